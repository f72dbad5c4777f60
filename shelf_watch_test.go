package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefreader/brief/watch"
)

// TestWatchFoldersNamesNewBriefings: a briefing that appears in a folder
// named on the command line (or a subfolder, with -r) comes out as a
// document named as the folder's own are: its path under the folder as
// given, its name relative to the folder.
func TestWatchFoldersNamesNewBriefings(t *testing.T) {
	root := t.TempDir()
	day := filepath.Join(root, "day")
	sub := filepath.Join(day, "monday")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	w, err := watch.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	defer func() { close(done); w.Close() }()
	added := watchFolders(w, []string{"day"}, true, done)
	if added == nil {
		t.Fatal("no channel for a folder")
	}
	for _, tc := range []struct{ file, path, name string }{
		{filepath.Join(day, "new.md"), filepath.Join("day", "new.md"), "new.md"},
		{filepath.Join(sub, "later.txt"), filepath.Join("day", "monday", "later.txt"), "monday/later.txt"},
	} {
		os.WriteFile(filepath.Join(day, "skip.log"), []byte("x\n"), 0o644)
		if err := os.WriteFile(tc.file, []byte("Title\n\n\"Yes,\" said Ana Lind.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		select {
		case d := <-added:
			if d.Path != tc.path || d.Name != tc.name || d.ID != tc.file || d.ModTime.IsZero() {
				t.Errorf("added %+v, want path %q, name %q, id %q", d, tc.path, tc.name, tc.file)
			}
		case <-time.After(3 * time.Second):
			t.Fatalf("%s was not reported", tc.file)
		}
	}
	if watchFolders(w, []string{filepath.Join("day", "new.md")}, false, done) != nil {
		t.Error("a channel for files only: nothing to watch for")
	}
}
