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
	return slowTmux(t, answer, "0")
}

// slowTmux is fakeTmux answering after delay seconds.
func slowTmux(t *testing.T, answer, delay string) (dir, log string) {
	t.Helper()
	dir = t.TempDir()
	log = filepath.Join(t.TempDir(), "tmux-runs")
	fake := "#!/bin/sh\necho \"$*\" >> " + log + "\nsleep " + delay + "\necho '" + answer + "'\n"
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
// tmux: 256 colours at once, raised to 24-bit colour when tmux says its
// terminal takes it, as colorprofile.Detect answers; tmux is not asked
// where Detect would not ask.
func TestReaderColoursWithTmux(t *testing.T) {
	base := []string{"TERM=tmux-256color", "TMUX=/tmp/fake-tmux,1,0"}
	cases := []struct {
		name      string
		answer    string
		env       []string
		from, now colorprofile.Profile
		later     bool // tmux asked, and its answer: 24-bit colour
		asked     int
	}{
		{"tmux has RGB", "  RGB: (flag) true", base, colorprofile.ANSI256, colorprofile.ANSI256, true, 1},
		{"tmux has Tc", "  Tc: (flag) true", base, colorprofile.ANSI256, colorprofile.ANSI256, true, 1},
		{"tmux has neither", "RGB: [missing]", base, colorprofile.ANSI, colorprofile.ANSI256, false, 1},
		// tmux's own TERM hides COLORTERM from colorprofile, another's not
		{"COLORTERM under tmux's TERM", "RGB: [missing]", append(base, "COLORTERM=truecolor"), colorprofile.ANSI256, colorprofile.ANSI256, false, 1},
		{"COLORTERM says it", "RGB: [missing]", []string{"TERM=xterm-256color", "TMUX=x", "COLORTERM=truecolor"}, colorprofile.TrueColor, colorprofile.TrueColor, false, 0},
		{"NO_COLOR", "  RGB: (flag) true", append(base, "NO_COLOR=1"), colorprofile.ASCII, colorprofile.ASCII, false, 0},
		{"not a terminal", "  RGB: (flag) true", base, colorprofile.NoTTY, colorprofile.NoTTY, false, 0},
		{"dumb", "  RGB: (flag) true", []string{"TERM=dumb", "TMUX=x"}, colorprofile.ANSI, colorprofile.ANSI, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bin, log := fakeTmux(t, c.answer)
			t.Setenv("PATH", bin+":"+os.Getenv("PATH"))
			now, later := withTmux(c.from, c.env)
			if now != c.now {
				t.Errorf("profile at once %v, want %v", now, c.now)
			}
			if (later != nil) != (c.asked > 0) {
				t.Fatalf("an answer to wait for: %v, want %v", later != nil, c.asked > 0)
			}
			if later != nil {
				if yes := <-later; yes != c.later {
					t.Errorf("24-bit colour from tmux's answer: %v, want %v", yes, c.later)
				}
			}
			if n := tmuxRuns(log); n != c.asked {
				t.Errorf("tmux info ran %d times, want %d", n, c.asked)
			}
		})
	}
}

// TestReaderTakesTmuxTrueColour checks that tmux's answer, asked behind
// the first frame, reaches the screen: with 24-bit colour brief's own
// colours (given as #rrggbb) are drawn as they are, without it as the
// nearest of 256; an answer that comes after the first frame has the
// screen drawn again, or what is on it would keep the approximations.
func TestReaderTakesTmuxTrueColour(t *testing.T) {
	doc := writeDoc(t, "memo.md", []byte("# Harbour memo\n\n## 1. Berths\n\nThe plan, as code:\n\n```go\nfunc main() { println(\"dredge\") }\n```\n"))
	for _, c := range []struct {
		answer, delay string
		rgb           bool
	}{{"  RGB: (flag) true", "0", true}, {"  RGB: (flag) true", "0.15", true}, {"RGB: [missing]", "0", false}} {
		bin, _ := slowTmux(t, c.answer, c.delay)
		env := []string{"TERM=tmux-256color", "TMUX=/tmp/fake-tmux,1,0", "PATH=" + bin + ":" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
		out := runOnPTY(t, env, "q", doc)
		if got := strings.Contains(out, "38;2;"); got != c.rgb {
			t.Errorf("tmux answered %q after %s s: 24-bit colour on screen %v, want %v", c.answer, c.delay, got, c.rgb)
		}
	}
}
