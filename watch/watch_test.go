package watch

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func expect(t *testing.T, w *Watcher, want string) {
	t.Helper()
	select {
	case got := <-w.Changes():
		if got != want {
			t.Fatalf("change to %q, want %q", got, want)
		}
	case <-time.After(3 * time.Second):
		t.Fatalf("no change reported for %s", want)
	}
}

func quiet(t *testing.T, w *Watcher) {
	t.Helper()
	select {
	case got := <-w.Changes():
		t.Fatalf("unexpected change to %q", got)
	case <-time.After(3 * Settle):
	}
}

func TestWatch(t *testing.T) {
	dir := t.TempDir()
	a, b, other := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md"), filepath.Join(dir, "other.txt")
	for _, p := range []string{a, b, other} {
		os.WriteFile(p, []byte("one\n"), 0o644)
	}
	w, err := New([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	// an append in several writes is one change
	f, _ := os.OpenFile(a, os.O_APPEND|os.O_WRONLY, 0)
	for range 5 {
		f.WriteString("more\n")
	}
	f.Close()
	expect(t, w, a)
	quiet(t, w)

	// an editor's save: a new file renamed over the old
	tmp := filepath.Join(dir, ".b.md.swp")
	os.WriteFile(tmp, []byte("two\n"), 0o644)
	os.Rename(tmp, b)
	expect(t, w, b)

	// files not watched say nothing
	os.WriteFile(other, []byte("x\n"), 0o644)
	quiet(t, w)
}
