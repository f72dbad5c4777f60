//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// fakeTmux puts a tmux on PATH that logs each run to the file returned
// and answers `tmux info` with answer.
func fakeTmux(t *testing.T, answer string) (dir, log string) {
	t.Helper()
	dir = t.TempDir()
	log = filepath.Join(t.TempDir(), "tmux-runs")
	fake := "#!/bin/sh\necho \"$*\" >> " + log + "\necho '" + answer + "'\n"
	if err := os.WriteFile(filepath.Join(dir, "tmux"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, log
}

// tmuxRuns counts the runs of `tmux info` the fake logged.
func tmuxRuns(log string) int {
	runs, _ := os.ReadFile(log)
	return strings.Count(string(runs), "info")
}

// TestColourProfileDetectedOnce checks how often brief asks tmux for its
// colours (inside tmux without COLORTERM each detection runs `tmux info`,
// a process of its own): the reader once, behind its loading, where
// lipgloss's package init and then Bubble Tea each ran it before the
// first frame; --version, whose output has no colour, never (package
// early keeps TMUX from lipgloss's init).
func TestColourProfileDetectedOnce(t *testing.T) {
	bin, log := fakeTmux(t, "RGB: [missing]")
	doc := writeDoc(t, "harbour.txt", []byte(harbourDoc))
	env := []string{"TERM=tmux-256color", "TMUX=/tmp/fake-tmux,1,0", "PATH=" + bin + ":" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	out := runOnPTY(t, env, "q", doc)
	if !strings.Contains(out, "\x1b[?1049h") {
		t.Fatalf("the reader did not start: %q", out)
	}
	if n := tmuxRuns(log); n != 1 {
		t.Errorf("the reader ran tmux info %d times, want 1", n)
	}
	_ = os.Remove(log)
	if out := runOnPTY(t, env, "", "--version"); !strings.Contains(out, "brief") {
		t.Fatalf("--version wrote %q", out)
	}
	if n := tmuxRuns(log); n != 0 {
		t.Errorf("--version on a terminal ran tmux info %d times, want 0", n)
	}
}

// TestReaderColoursWithTmux checks the profile the reader gets inside
// tmux: what tmux says is added to the profile detected without it, as
// colorprofile.Detect adds it, and not asked where Detect would not ask.
func TestReaderColoursWithTmux(t *testing.T) {
	base := []string{"TERM=tmux-256color", "TMUX=/tmp/fake-tmux,1,0"}
	cases := []struct {
		name   string
		answer string
		env    []string
		from   colorprofile.Profile
		want   colorprofile.Profile
		asked  int
	}{
		{"tmux has RGB", "  RGB: (flag) true", base, colorprofile.ANSI256, colorprofile.TrueColor, 1},
		{"tmux has Tc", "  Tc: (flag) true", base, colorprofile.ANSI256, colorprofile.TrueColor, 1},
		{"tmux has neither", "RGB: [missing]", base, colorprofile.ANSI, colorprofile.ANSI256, 1},
		{"NO_COLOR", "  RGB: (flag) true", append(base, "NO_COLOR=1"), colorprofile.ASCII, colorprofile.ASCII, 0},
		// tmux's own TERM hides COLORTERM from colorprofile, another's not
		{"COLORTERM under tmux's TERM", "RGB: [missing]", append(base, "COLORTERM=truecolor"), colorprofile.ANSI256, colorprofile.ANSI256, 1},
		{"COLORTERM says it", "RGB: [missing]", []string{"TERM=xterm-256color", "TMUX=x", "COLORTERM=truecolor"}, colorprofile.TrueColor, colorprofile.TrueColor, 0},
		{"not a terminal", "  RGB: (flag) true", base, colorprofile.NoTTY, colorprofile.NoTTY, 0},
		{"dumb", "  RGB: (flag) true", []string{"TERM=dumb", "TMUX=x"}, colorprofile.ANSI, colorprofile.ANSI, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bin, log := fakeTmux(t, c.answer)
			t.Setenv("PATH", bin+":"+os.Getenv("PATH"))
			if got := withTmux(c.from, c.env)(); got != c.want {
				t.Errorf("profile %v, want %v", got, c.want)
			}
			if n := tmuxRuns(log); n != c.asked {
				t.Errorf("tmux info ran %d times, want %d", n, c.asked)
			}
		})
	}
}
