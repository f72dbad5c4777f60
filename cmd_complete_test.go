package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestShellCompletion asks for completions as the shells' scripts do
// (brief __complete ARGS… PARTIAL): a path completes to folders and
// briefings (cobra offered only the subcommands after "brief "), flags
// to their values.
func TestShellCompletion(t *testing.T) {
	abs, err := filepath.Abs("examples")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args      []string
		want, not []string
	}{
		{[]string{"exa"}, []string{"examples/\n", ":6\n"}, nil},
		{[]string{""}, []string{"examples/\n", "quotes\t", "README.md\n"}, []string{"go.mod", ".ci/"}},
		{[]string{"examples/h"}, []string{"examples/harbour-talks.txt\n", ":4\n"}, []string{"examples/day/"}},
		{[]string{"quotes", "examples/"}, []string{"examples/day/\n", "examples/library-memo.md\n"}, nil},
		{[]string{"export", "-r", "examples/d"}, []string{"examples/day/\n"}, nil},
		{[]string{"--style", ""}, []string{"dark\n", "light\n", "notty\n", "ascii\n", ":4\n"}, nil},
		{[]string{"export", "--format", ""}, []string{"json\n", "markdown\n", ":4\n"}, nil},
		{[]string{abs + "/h"}, []string{abs + "/harbour-talks.txt\n"}, nil},
		{[]string{"quotes", "examples/harbour-talks.txt", "-s", ""}, []string{"Ilse Varga\n", "Tomas Reyes\n", ":4\n"}, nil},
		{[]string{"quotes", "examples/harbour-talks.txt", "--speaker", "to"}, []string{"Tomas Reyes\n"}, []string{"Ilse Varga"}},
		{[]string{"quotes", "-r", "examples/", "-s", "ilse"}, []string{"Ilse Varga\n"}, nil},
		{[]string{"quotes", "-s", ""}, []string{":4\n"}, []string{"Varga"}},
	} {
		out, _, code := runBrief(t, "", append([]string{"__complete"}, tc.args...)...)
		if code != 0 {
			t.Errorf("__complete %q: exit %d", tc.args, code)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("__complete %q lacks %q:\n%s", tc.args, w, out)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(out, n) {
				t.Errorf("__complete %q offers %q:\n%s", tc.args, n, out)
			}
		}
	}
}
