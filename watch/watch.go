// Package watch reports when documents change on disk, for the reader's
// live reload, and when new ones appear in the library's folders. It watches the folders that hold the documents rather than
// the files: editors save by writing a new file and renaming it over the
// old one, which a watch on the old file would miss. Bursts of events
// for one file (a write in several chunks, a rename then a chmod) come
// out as one change, a short quiet time after the last.
//
// It is its own package so that neither the reader (ui, which does no I/O)
// nor the parser (content) depends on fsnotify; main starts it and hands
// the reader its channel.
package watch

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Settle is how long a file must stay quiet after an event before its
// change is reported.
const Settle = 120 * time.Millisecond

// Watcher watches a set of files, and folders for new ones.
type Watcher struct {
	w       *fsnotify.Watcher
	changes chan string
	added   chan string
	done    chan struct{}

	mu     sync.Mutex
	files  map[string]bool // absolute paths watched
	timers map[string]*time.Timer
	closed bool
	// folders are watched for new files that accept takes
	folders map[string]bool
	accept  func(name string) bool
}

// New watches the files (absolute paths). A folder that cannot be watched
// is skipped: reload is a convenience.
func New(files []string) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{w: fw, files: map[string]bool{}, changes: make(chan string, 16), added: make(chan string, 16),
		done: make(chan struct{}), timers: map[string]*time.Timer{}, folders: map[string]bool{}}
	dirs := map[string]bool{}
	for _, f := range files {
		f = filepath.Clean(f)
		w.files[f] = true
		dirs[filepath.Dir(f)] = true
	}
	for d := range dirs {
		_ = fw.Add(d)
	}
	go w.loop()
	return w, nil
}

// Changes delivers the path of each file changed, once per burst.
func (w *Watcher) Changes() <-chan string { return w.changes }

// Folders watches folders (absolute paths) for files that appear in them
// — created, copied, or moved in — whose base name accept takes: each is
// reported once on Added when it has been quiet for Settle, and its
// changes from then on on Changes. A folder that cannot be watched is
// skipped.
func (w *Watcher) Folders(dirs []string, accept func(name string) bool) {
	w.mu.Lock()
	w.accept = accept
	for _, d := range dirs {
		w.folders[filepath.Clean(d)] = true
	}
	w.mu.Unlock()
	for _, d := range dirs {
		_ = w.w.Add(filepath.Clean(d))
	}
}

// Added delivers the path of each new file in the folders watched.
func (w *Watcher) Added() <-chan string { return w.added }

// Close stops watching.
func (w *Watcher) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.closed = true
	for _, t := range w.timers {
		t.Stop()
	}
	w.mu.Unlock()
	close(w.done)
	return w.w.Close()
}

func (w *Watcher) loop() {
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			name := filepath.Clean(ev.Name)
			if ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename|fsnotify.Remove) != 0 && w.wants(name) {
				w.touch(name)
			}
		case _, ok := <-w.w.Errors:
			if !ok {
				return
			}
		}
	}
}

// wants reports whether an event on name matters: a file watched, or a
// file that could be a new briefing in a folder watched.
func (w *Watcher) wants(name string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.files[name] {
		return true
	}
	base := filepath.Base(name)
	return w.folders[filepath.Dir(name)] && w.accept != nil && !strings.HasPrefix(base, ".") && w.accept(base)
}

// settled reports a file quiet for Settle: a change to one watched, or
// a new file, if it is there and a regular file, which is watched from
// then on.
func (w *Watcher) settled(name string) {
	w.mu.Lock()
	known := w.files[name]
	w.mu.Unlock()
	out := w.changes
	if !known {
		if fi, err := os.Stat(name); err != nil || !fi.Mode().IsRegular() {
			return // gone again (an editor's temporary file), or a folder
		}
		w.mu.Lock()
		known = w.files[name]
		w.files[name] = true
		w.mu.Unlock()
		if !known {
			out = w.added
		}
	}
	select {
	case out <- name:
	case <-w.done:
	}
}

// touch (re)starts the file's quiet timer.
func (w *Watcher) touch(name string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return
	}
	if t, ok := w.timers[name]; ok {
		t.Reset(Settle)
		return
	}
	w.timers[name] = time.AfterFunc(Settle, func() {
		w.mu.Lock()
		delete(w.timers, name)
		closed := w.closed
		w.mu.Unlock()
		if closed {
			return
		}
		w.settled(name)
	})
}
