// Package watch reports when documents change on disk, for the reader's
// live reload. It watches the folders that hold the documents rather than
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
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Settle is how long a file must stay quiet after an event before its
// change is reported.
const Settle = 120 * time.Millisecond

// Watcher watches a set of files.
type Watcher struct {
	w       *fsnotify.Watcher
	files   map[string]bool // absolute paths watched
	changes chan string
	done    chan struct{}

	mu     sync.Mutex
	timers map[string]*time.Timer
	closed bool
}

// New watches the files (absolute paths). A folder that cannot be watched
// is skipped: reload is a convenience.
func New(files []string) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{w: fw, files: map[string]bool{}, changes: make(chan string, 16), done: make(chan struct{}), timers: map[string]*time.Timer{}}
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
			if w.files[name] && ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename|fsnotify.Remove) != 0 {
				w.touch(name)
			}
		case _, ok := <-w.w.Errors:
			if !ok {
				return
			}
		}
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
		select {
		case w.changes <- name:
		case <-w.done:
		}
	})
}
