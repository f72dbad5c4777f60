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

func expectAdded(t *testing.T, w *Watcher, want string) {
	t.Helper()
	select {
	case got := <-w.Added():
		if got != want {
			t.Fatalf("added %q, want %q", got, want)
		}
	case got := <-w.Changes():
		t.Fatalf("a change to %q where %q was to be added", got, want)
	case <-time.After(3 * time.Second):
		t.Fatalf("%s not reported as added", want)
	}
}

func quietAdded(t *testing.T, w *Watcher) {
	t.Helper()
	select {
	case got := <-w.Added():
		t.Fatalf("unexpected new file %q", got)
	case <-time.After(3 * Settle):
	}
}

func TestFolders(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("one\n"), 0o644)
	w, err := New([]string{a})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Folders([]string{dir}, func(name string) bool { return filepath.Ext(name) == ".md" })

	// a new briefing is added once, then its changes are changes
	c := filepath.Join(dir, "c.md")
	f, _ := os.Create(c)
	for range 3 {
		f.WriteString("line\n")
	}
	f.Close()
	expectAdded(t, w, c)
	quietAdded(t, w)
	os.WriteFile(c, []byte("two\n"), 0o644)
	expect(t, w, c)

	// a file moved in is added too
	outside := filepath.Join(t.TempDir(), "d.md")
	os.WriteFile(outside, []byte("d\n"), 0o644)
	d := filepath.Join(dir, "d.md")
	if err := os.Rename(outside, d); err != nil {
		t.Skipf("no rename across folders here: %v", err)
	}
	expectAdded(t, w, d)

	// a file already watched is a change, not an addition
	os.WriteFile(a, []byte("three\n"), 0o644)
	expect(t, w, a)

	// names accept refuses, hidden files, a file gone before it settles,
	// and a folder are not briefings
	os.WriteFile(filepath.Join(dir, "notes.log"), []byte("x\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".e.md.swp"), []byte("x\n"), 0o644)
	gone := filepath.Join(dir, "gone.md")
	os.WriteFile(gone, []byte("x\n"), 0o644)
	os.Remove(gone)
	os.Mkdir(filepath.Join(dir, "sub.md"), 0o755)
	quietAdded(t, w)
	quiet(t, w)
}
