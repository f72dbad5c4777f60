//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestDashOnATerminalSaysItIsReading: "brief -" with the terminal as
// standard input says on stderr that it waits for a briefing and how to
// end it, then reads what is typed; from a pipe it says nothing.
func TestDashOnATerminalSaysItIsReading(t *testing.T) {
	master, slave := openPTY(t, 80, 24)
	defer master.Close()
	var out, errOut bytes.Buffer
	cmd := exec.Command(builtBinary(t), "quotes", "-")
	cmd.Env = append([]string{"TERM=xterm-256color", "PATH=" + os.Getenv("PATH")}, xdgEnv()...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	time.Sleep(200 * time.Millisecond)
	// the terminal's line discipline ends the input at ctrl+d on a line
	// of its own
	if _, err := master.WriteString("Harbour talks\n\n\"We are not there yet,\" said Ilse Varga.\n\x04"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("brief quotes -: %v, stderr %q", err, errOut.String())
		}
	case <-time.After(15 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("brief quotes - did not end at ctrl+d; stderr %q", errOut.String())
	}
	if !strings.Contains(errOut.String(), "reading a briefing from the terminal") || !strings.Contains(errOut.String(), "ctrl+d") {
		t.Errorf("no word on stderr that brief reads the terminal: %q", errOut.String())
	}
	if !strings.Contains(out.String(), "Ilse Varga: “We are not there yet,”") {
		t.Errorf("what was typed was not read: %q", out.String())
	}

	_, piped, code := runBrief(t, "\"Yes,\" said Ana Lind.\n", "quotes", "-")
	if code != 0 || piped != "" {
		t.Errorf("from a pipe: exit %d, stderr %q", code, piped)
	}
}
