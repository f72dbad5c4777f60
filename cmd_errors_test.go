package main

import (
	"errors"
	"fmt"
	"syscall"
	"testing"

	"github.com/briefreader/brief/ui"
)

func TestExitCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("no such file"), 1},
		{&ui.SignalError{Signal: syscall.SIGTERM}, 143},
		{fmt.Errorf("reader: %w", &ui.SignalError{Signal: syscall.SIGHUP}), 129},
		{&ui.PanicError{Where: "rendering", Value: "x"}, 1},
	}
	for _, tt := range tests {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// TestCaughtErrorsStopTheCommand checks that an error caught from a
// command's flags or arguments keeps its later hooks from running: the
// document is not read after a bad flag.
func TestCaughtErrorsStopTheCommand(t *testing.T) {
	for _, args := range [][]string{{"--width", "3", "-"}, {"a", "b"}, {"--nope", "-"}} {
		// stdin would be read (and parsed) if RunE ran: give it
		// something that would print
		out, errOut, code := runBrief(t, harbourDoc, args...)
		if code != 1 || out != "" || errOut == "" {
			t.Errorf("brief %v: exit %d, stdout %q, stderr %q; want 1, nothing, an error", args, code, out, errOut)
		}
	}
}
