package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer a program writes to while the test reads it.
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

// startRun runs the reader on a terminal made of a pipe for keys, a
// buffer for output and the environment env, and waits for its first
// frame. The output is no terminal, so the frame is empty but for the
// window title: Bubble Tea learns a size from a terminal only.
func startRun(t *testing.T, ctx context.Context, env ...string) (keys io.Writer, out *lockedBuffer, done chan error) {
	t.Helper()
	in, keysW := io.Pipe()
	t.Cleanup(func() { keysW.Close() })
	out = &lockedBuffer{}
	done = make(chan error, 1)
	go func() {
		done <- Run(ctx, fixture(), Options{Style: "dark"}, Terminal{In: in, Out: out, Env: env})
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "brief: fixture") { // the window title names the document
		if time.Now().After(deadline) {
			t.Fatalf("no frame on the given output:\n%q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	return keysW, out, done
}

func waitRun(t *testing.T, done chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(20 * time.Second):
		t.Fatal("the reader did not end")
		return nil
	}
}

// TestRunUsesItsTerminal checks that Run draws on the output it is given
// and reads keys from its input, and that Bubble Tea reads the
// environment it is given rather than the process's: it asks a terminal
// whether it supports synchronized output (CSI ? 2026 $ p) unless the
// environment names Apple's Terminal, which does not.
func TestRunUsesItsTerminal(t *testing.T) {
	const syncQuery = "\x1b[?2026$p"
	for _, env := range [][]string{{"TERM=xterm-256color"}, {"TERM=xterm-256color", "TERM_PROGRAM=Apple_Terminal"}} {
		keys, out, done := startRun(t, context.Background(), env...)
		if _, err := keys.Write([]byte("q")); err != nil {
			t.Fatal(err)
		}
		if err := waitRun(t, done); err != nil {
			t.Fatalf("quit with q: %v", err)
		}
		if asked, apple := strings.Contains(out.String(), syncQuery), len(env) > 1; asked == apple {
			t.Errorf("environment %q: synchronized output queried %v", env, asked)
		}
	}
}

// TestRunEndsWithItsContext checks that cancelling the context ends the
// reader, with an error that says so.
func TestRunEndsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, _, done := startRun(t, ctx, "TERM=xterm-256color")
	cancel()
	if err := waitRun(t, done); !errors.Is(err, context.Canceled) {
		t.Fatalf("after cancelling: %v, want context.Canceled", err)
	}
}
