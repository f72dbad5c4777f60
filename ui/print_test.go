package ui

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestInOrderWritesInOrder checks that results done out of order are
// written in order, and that no more than twice the workers wait at once.
func TestInOrderWritesInOrder(t *testing.T) {
	var running, most atomic.Int32
	var got []int
	err := inOrder(50, 3, func(i int) (int, error) {
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(time.Duration((i*7)%5) * time.Millisecond) // later ones often finish first
		return i, nil
	}, func(i int) error {
		got = append(got, i)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("wrote %v, want 0…49 in order", got)
		}
	}
	if len(got) != 50 {
		t.Fatalf("wrote %d results, want 50", len(got))
	}
	if most.Load() > 3 {
		t.Errorf("%d ran at once, want at most 3", most.Load())
	}
}

// TestInOrderStopsAtError checks that an error, in the work or in the
// writing, stops the writing there and is returned once no work runs.
func TestInOrderStopsAtError(t *testing.T) {
	bad := errors.New("bad unit")
	var got []int
	err := inOrder(1000, 2, func(i int) (int, error) {
		if i == 10 {
			return 0, bad
		}
		return i, nil
	}, func(i int) error {
		got = append(got, i)
		return nil
	})
	if !errors.Is(err, bad) || len(got) != 10 {
		t.Fatalf("got %v after writing %d, want the work's error after 10", err, len(got))
	}
	full := errors.New("disk full")
	var started, active atomic.Int32
	err = inOrder(1000, 2, func(i int) (int, error) {
		started.Add(1)
		active.Add(1)
		defer active.Add(-1)
		time.Sleep(time.Millisecond)
		return i, nil
	}, func(i int) error {
		if i == 3 {
			return full
		}
		return nil
	})
	if !errors.Is(err, full) {
		t.Fatalf("got %v, want the writer's error", err)
	}
	if n := started.Load(); n > 20 {
		t.Errorf("%d units rendered after the writer failed at the 4th, want a few", n)
	}
	if n := active.Load(); n != 0 {
		t.Errorf("%d units still rendering after inOrder returned", n)
	}
}

// TestPrintStreams checks that a writer's error stops Print and is
// returned (the rest is not rendered: see TestInOrderStopsAtError).
func TestPrintStreams(t *testing.T) {
	full := errors.New("pipe closed")
	w := &failingWriter{err: full}
	if err := Print(w, big, 80, "notty"); !errors.Is(err, full) {
		t.Fatalf("Print returned %v, want the writer's error", err)
	}
	var sb strings.Builder
	if err := Print(&sb, fixture(), 80, "notty"); err != nil || sb.Len() == 0 {
		t.Fatalf("Print wrote %d bytes, err %v", sb.Len(), err)
	}
}

type failingWriter struct{ err error }

func (w *failingWriter) Write([]byte) (int, error) { return 0, w.err }
