//go:build linux

package main

import (
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReaderDrawsAgainAfterTheEditor opens the editor (v) again and again
// on a pty, with an editor that returns at once, and checks that the
// reader comes back on screen after each. Bubble Tea v2.1.1 could stop its
// frame ticker for good when a program handed the terminal back quickly
// (its old render goroutine stopped the ticker the new one had just
// reset): the reader then stayed a blank screen, reading keys but drawing
// nothing, about one time in ten.
func TestReaderDrawsAgainAfterTheEditor(t *testing.T) {
	if testing.Short() {
		t.Skip("opens the editor 25 times")
	}
	doc := writeDoc(t, "harbour.txt", []byte(harbourDoc))
	master, slave := openPTY(t, 80, 24)
	defer master.Close()
	cmd := exec.Command(builtBinary(t), doc)
	cmd.Env = append([]string{"TERM=xterm-256color", "PATH=" + os.Getenv("PATH"), "EDITOR=true"}, xdgEnv()...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	var out lockedBuffer
	go func() { _, _ = io.Copy(&out, master) }()

	// drawn waits until the reader has entered the alternate screen n
	// times and drawn its outline after the last of them.
	drawn := func(n int) bool {
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			s := out.String()
			if strings.Count(s, "\x1b[?1049h") >= n {
				last := strings.LastIndex(s, "\x1b[?1049h")
				if strings.Contains(s[last:], "No agreement yet") {
					return true
				}
			}
			time.Sleep(20 * time.Millisecond)
		}
		return false
	}
	if !drawn(1) {
		t.Fatalf("the reader never drew: %q", out.String())
	}
	for i := range 25 {
		if _, err := master.WriteString("v"); err != nil {
			t.Fatal(err)
		}
		if !drawn(i + 2) {
			s := out.String()
			t.Fatalf("after the editor returned (time %d), the reader did not draw again; it last wrote %q", i+1, s[max(0, len(s)-300):])
		}
	}
	_, _ = master.WriteString("q")
}
