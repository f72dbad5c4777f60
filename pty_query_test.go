//go:build linux

package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// terminalQueries are the sequences that ask a terminal for an answer. A
// terminal that does not answer makes the asker wait: fang's error path
// once waited 4 s for lipgloss.HasDarkBackground before printing an
// error.
var terminalQueries = map[string]string{
	"background colour": "\x1b]11;?",
	"device attributes": "\x1b[c",
	"mode report":       "$p",
}

// runAttached runs brief with its stdin and stderr on a fresh pty that
// never answers, and its stdout on the pty too, or on a pipe when pipeOut.
// It returns what reached the pty and the exit status; a run that has not
// ended within 10 s fails the test, since an unanswered query is a wait.
func runAttached(t *testing.T, pipeOut bool, args ...string) (tty string, code int) {
	t.Helper()
	master, slave := openPTY(t, 80, 24)
	defer master.Close()
	cmd := exec.Command(builtBinary(t), args...)
	cmd.Env = []string{"TERM=xterm-256color", "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	if pipeOut {
		cmd.Stdout = io.Discard
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	var out lockedBuffer
	done := make(chan struct{})
	go func() { _, _ = io.Copy(&out, master); close(done) }()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("brief %v still runs after 10 s on a terminal that does not answer; wrote %q", args, out.String())
	}
	closeDrained(master, done)
	return out.String(), code
}

// TestNoQueryOnErrorOrPrint checks that brief asks the terminal nothing
// when it only prints: an error on a terminal, and the print path with
// stdin and stderr on a terminal.
func TestNoQueryOnErrorOrPrint(t *testing.T) {
	doc := writeDoc(t, "harbour.txt", []byte(harbourDoc))
	missing := doc + ".missing"
	cases := []struct {
		name    string
		pipeOut bool
		args    []string
		code    int
		stderr  string
	}{
		{"missing file", false, []string{missing}, 1, "no such file"},
		{"bad flag", false, []string{"--width", "3", doc}, 1, "too narrow"},
		{"bad export format", false, []string{"export", "--format", "xml", doc}, 1, "unknown --format"},
		{"print to a pipe", true, []string{doc}, 0, ""},
		{"export to a pipe", true, []string{"export", doc}, 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tty, code := runAttached(t, tc.pipeOut, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; terminal got %q", code, tc.code, tty)
			}
			if !strings.Contains(tty, tc.stderr) {
				t.Errorf("terminal got %q, want the error %q", tty, tc.stderr)
			}
			for what, q := range terminalQueries {
				if strings.Contains(tty, q) {
					t.Errorf("brief sent a %s query: %q", what, tty)
				}
			}
		})
	}
}
