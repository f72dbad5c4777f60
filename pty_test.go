//go:build linux

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair of the given size.
func openPTY(t *testing.T, cols, rows int) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: uint16(rows), Col: uint16(cols)}); err != nil {
		t.Fatal(err)
	}
	return m, s
}

// runOnPTY runs brief with args on a fresh 80×24 pty in env, typing keys
// once it has written something, and returns all it wrote.
func runOnPTY(t *testing.T, env []string, keys string, args ...string) string {
	t.Helper()
	master, slave := openPTY(t, 80, 24)
	defer master.Close()
	cmd := exec.Command(builtBinary(t), args...)
	cmd.Env = append(env, xdgEnv()...) // never the user's state and cache
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	var out lockedBuffer
	done := make(chan struct{})
	go func() {
		// reading the master ends with EIO once the child is gone
		_, _ = io.Copy(&out, master)
		close(done)
	}()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	if keys != "" {
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) && !strings.Contains(out.String(), "\x1b[?1049h") {
			time.Sleep(50 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
		_, _ = master.WriteString(keys)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("brief %v: %v\n%q", args, err, out.String())
		}
	case <-time.After(15 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("brief %v did not exit; wrote %q", args, out.String())
	}
	closeDrained(master, done)
	return out.String()
}

// closeDrained closes a pty's master once the copy reading it (done) has
// reached its end. The child has exited, but what it wrote last may still
// sit in the pty's buffer; the read ends (EIO) once it is drained and the
// last slave is closed. Closing the master first lost that output on a
// loaded machine (an error line read as ""). A child that left the slave
// open in a grandchild would keep the read going: 5 s is the bound.
func closeDrained(master *os.File, done <-chan struct{}) {
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	master.Close()
	<-done
}

// lockedBuffer is a buffer one goroutine writes while another reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Sequences a full-screen program writes and a dumb terminal must never
// get: the alternate screen, mouse tracking, and queries that wait for an
// answer (background colour, device attributes, mode reports).
var fullScreenSequences = map[string]string{
	"alternate screen":    "\x1b[?1049h",
	"mouse (buttons)":     "\x1b[?1000h",
	"mouse (cell motion)": "\x1b[?1002h",
	"mouse (all motion)":  "\x1b[?1003h",
	"mouse (SGR)":         "\x1b[?1006h",
	"background query":    "\x1b]11;?",
	"mode report query":   "$p",
	"hide cursor":         "\x1b[?25l",
}

// TestDumbTerminalPrintsLikeAPipe runs brief on a pty with TERM=dumb: it
// must print the briefing and exit, writing none of the full-screen
// sequences. The same run with TERM=xterm-256color shows that the check
// sees them when they are there.
func TestDumbTerminalPrintsLikeAPipe(t *testing.T) {
	doc := writeDoc(t, "harbour.txt", []byte(harbourDoc))
	out := runOnPTY(t, []string{"TERM=dumb", "PATH=" + os.Getenv("PATH")}, "", doc)
	for what, seq := range fullScreenSequences {
		if strings.Contains(out, seq) {
			t.Errorf("TERM=dumb: brief wrote the %s sequence %q", what, seq)
		}
	}
	if !strings.Contains(out, "No agreement yet") || strings.Contains(out, "\x1b[") {
		t.Errorf("TERM=dumb: want the briefing printed without escape sequences, got %q", out)
	}

	full := runOnPTY(t, []string{"TERM=xterm-256color", "PATH=" + os.Getenv("PATH")}, "q", doc)
	for _, what := range []string{"alternate screen", "mouse (cell motion)"} {
		if !strings.Contains(full, fullScreenSequences[what]) {
			t.Errorf("TERM=xterm-256color: no %s sequence: the check would see nothing", what)
		}
	}
}
