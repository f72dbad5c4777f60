//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestColourProfileDetectedOnce checks that the reader asks tmux for its
// colours once, not once more as Bubble Tea starts: inside tmux without
// COLORTERM each detection runs `tmux info`, a process of its own between
// the launch and the first frame. lipgloss detects as the process starts
// (its package's Writer), so that one run is the least there can be; the
// reader takes its answer (Terminal.knownProfile).
func TestColourProfileDetectedOnce(t *testing.T) {
	bin := t.TempDir()
	log := filepath.Join(t.TempDir(), "tmux-runs")
	fake := "#!/bin/sh\necho \"$*\" >> " + log + "\necho 'RGB: [missing]'\n"
	if err := os.WriteFile(filepath.Join(bin, "tmux"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	doc := writeDoc(t, "harbour.txt", []byte(harbourDoc))
	env := []string{"TERM=tmux-256color", "TMUX=/tmp/fake-tmux,1,0", "PATH=" + bin + ":" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	out := runOnPTY(t, env, "q", doc)
	if !strings.Contains(out, "\x1b[?1049h") {
		t.Fatalf("the reader did not start: %q", out)
	}
	runs, err := os.ReadFile(log)
	if err != nil {
		t.Fatalf("tmux was never asked (the fake's log: %v): the test no longer sees the detection", err)
	}
	if n := strings.Count(string(runs), "info"); n != 1 {
		t.Errorf("tmux info ran %d times, want 1 (lipgloss's, at start): %q", n, runs)
	}
}
