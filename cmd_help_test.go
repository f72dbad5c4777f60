package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefreader/brief/ui"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func TestHelpTarget(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // "" for no help
	}{
		{[]string{"--help"}, "brief"},
		{[]string{"-h"}, "brief"},
		{[]string{"help"}, "brief"},
		{[]string{"help", "quotes"}, "quotes"},
		{[]string{"quotes", "--help"}, "quotes"},
		{[]string{"quotes", "-s", "varga", "-h", "notes.txt"}, "quotes"},
		{[]string{"export", "--format", "markdown", "--help"}, "export"},
		{[]string{"man", "--help"}, "man"},
		{[]string{"completion", "--help"}, "completion"},
		{[]string{"help", "completion"}, "completion"},
		{[]string{"completion"}, "completion"},
		{[]string{"completion", "zsh", "--help"}, "zsh"},
		{[]string{"completion", "zsh"}, ""},
		{nil, ""},
		{[]string{"notes.txt"}, ""},
		{[]string{"quotes", "notes.txt"}, ""},
		{[]string{"--", "--help"}, ""},
	} {
		got := ""
		if c := helpTarget(newRootCmd(testEnv()), tc.args); c != nil {
			got = c.Name()
		}
		if got != tc.want {
			t.Errorf("helpTarget(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

// TestHelpWrapsToWidth lays out every command's help at several widths:
// no line is wider than the width or ends in spaces, and every
// subcommand and flag is still there.
func TestHelpWrapsToWidth(t *testing.T) {
	root := newRootCmd(testEnv())
	root.Version = "test"
	cmds := append([]*cobra.Command{root}, root.Commands()...)
	for _, width := range []int{30, 40, 60, 80, 100} {
		for _, c := range cmds {
			text := helpText(c, width, newHelpStyles())
			for i, l := range strings.Split(text, "\n") {
				if w := ansi.StringWidth(l); w > width && strings.Contains(strings.TrimSpace(l), " ") {
					t.Errorf("%s at %d: line %d is %d wide: %q", c.Name(), width, i, w, l)
				}
				if strings.TrimRight(l, " ") != l {
					t.Errorf("%s at %d: line %d ends in spaces: %q", c.Name(), width, i, l)
				}
			}
			flat := strings.Join(strings.Fields(ansi.Strip(text)), " ")
			for _, sub := range c.Commands() {
				if sub.IsAvailableCommand() && !strings.Contains(flat, sub.Name()) {
					t.Errorf("%s at %d: no %s", c.Name(), width, sub.Name())
				}
			}
			c.Flags().VisitAll(func(f *pflag.Flag) {
				if !f.Hidden && !strings.Contains(flat, "--"+f.Name) {
					t.Errorf("%s at %d: no --%s", c.Name(), width, f.Name)
				}
			})
			if !strings.Contains(flat, strings.Join(strings.Fields(c.Short), " ")) && c.Long == "" {
				t.Errorf("%s at %d: no description", c.Name(), width)
			}
		}
	}
}

// TestHelpWithoutTerminal: piped help is plain text at 80 columns, and
// lists brief man.
func TestHelpWithoutTerminal(t *testing.T) {
	out, errOut, code := runBrief(t, "", "--help")
	if code != 0 || errOut != "" || strings.Contains(out, "\x1b") {
		t.Fatalf("exit %d, stderr %q, output %q", code, errOut, out)
	}
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > defaultHelpWidth || strings.TrimRight(l, " ") != l {
			t.Errorf("line %q is over %d wide or padded", l, defaultHelpWidth)
		}
	}
	if !strings.Contains(out, "man ") {
		t.Error("--help does not list man")
	}
}

func TestManPage(t *testing.T) {
	out, errOut, code := runBrief(t, "", "man")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// flags as one types them (mango wrote "--r --recursive"), with what
	// they take; every command; the reader's keys; files and environment
	for _, want := range []string{".TH BRIEF 1", `\fB\-r, \-\-recursive\fR`, `\fB\-\-width\fR N`, `\fB\-s, \-\-speaker\fR NAME`,
		`.SS "brief quotes [PATH|\-]..."`, `.SS "brief completion"`, ".SH KEYS", ".SH FILES", "config.toml", "places.json",
		".SH ENVIRONMENT", "BRIEF_STYLE", "NO_COLOR", ".SH EXIT STATUS"} {
		if !strings.Contains(out, want) {
			t.Errorf("man page has no %q", want)
		}
	}
	for _, s := range ui.KeySections() {
		for _, r := range s.Rows {
			if !strings.Contains(out, `\fB`+roffCode(r[0])+`\fR`+"\n"+roffText(r[1])+"\n") {
				t.Errorf("man page lacks key %q: %q", r[0], r[1])
			}
		}
	}
	// a line that starts with . or ' is a request: only those the page
	// means to use, never text that happens to start with a dot
	for i, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			name, _, _ := strings.Cut(l[1:], " ")
			if !slices.Contains([]string{"TH", "SH", "SS", "TP", "PP", "RS", "RE", "nf", "fi", "nh", "ad"}, name) {
				t.Errorf("line %d is an unexpected request: %q", i+1, l)
			}
		}
	}
	if strings.Contains(out, "--r ") || strings.Count(out, "\nhelp for ") != 1 {
		t.Errorf("man page writes a short flag as --r, or --help for every command")
	}
}

// TestCompletionHelp: completion's help is its own (cobra adds the
// command only as it executes), laid out as brief's, with its usage
// naming the command before [command].
func TestCompletionHelp(t *testing.T) {
	for _, args := range [][]string{{"completion"}, {"completion", "--help"}, {"help", "completion"}} {
		out, errOut, code := runBrief(t, "", args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
		}
		if !strings.Contains(out, "brief completion [command]") || !strings.Contains(out, "zsh") ||
			strings.Contains(out, "Read a briefing") {
			t.Errorf("%q: not completion's help:\n%s", args, out)
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, " ") {
				t.Errorf("%q: line ends in spaces: %q", args, l)
			}
		}
	}
}
