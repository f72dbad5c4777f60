package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/briefreader/brief/model"
)

// maxPlaces bounds the places kept: the most recently seen win.
const maxPlaces = 2000

// Places remembers where the reader left each briefing, keyed by the
// document's path and the hash of its bytes, and which briefing each
// library had open. It is safe for concurrent use.
//
// Reading places is a convenience, never a reason to fail: a missing file
// is an empty store, and a corrupt or unwritable one is reported as an
// error for the status line while the store goes on in memory.
type Places struct {
	path string
	mu   sync.Mutex
	data placesFile
}

// placesFile is the JSON file's shape.
type placesFile struct {
	Version   int                   `json:"version"`
	Places    map[string]savedPlace `json:"places"`
	Libraries map[string]savedShelf `json:"libraries"`
}

// savedPlace is one briefing's place and the hash of the bytes it was in.
type savedPlace struct {
	Hash  string      `json:"hash"`
	Place model.Place `json:"place"`
	Seen  time.Time   `json:"seen"`
}

// savedShelf is what a library had open when it was left.
type savedShelf struct {
	Open string    `json:"open"` // the briefing open at quit, "" for the list
	Seen time.Time `json:"seen"`
}

const placesVersion = 1

// OpenPlaces reads the store at path. It always returns a usable store;
// the error, if any, says why what was there could not be used.
func OpenPlaces(path string) (*Places, error) {
	p := &Places{path: path, data: emptyPlaces()}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	}
	var f placesFile
	if err := json.Unmarshal(data, &f); err != nil || f.Version != placesVersion {
		return p, fmt.Errorf("%s is corrupt: places start afresh", path)
	}
	if f.Places != nil {
		p.data.Places = f.Places
	}
	if f.Libraries != nil {
		p.data.Libraries = f.Libraries
	}
	return p, nil
}

func emptyPlaces() placesFile {
	return placesFile{Version: placesVersion, Places: map[string]savedPlace{}, Libraries: map[string]savedShelf{}}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Path is the file the store lives in.
func (p *Places) Path() string { return p.path }

// Get returns the place saved for the document at path (an absolute path)
// whose bytes hash to hash. When the document has changed since, only its
// talking point and progress are kept: lines and quotes no longer mean
// what they did. ok is false when nothing was saved.
func (p *Places) Get(path, hash string) (pl model.Place, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.data.Places[path]
	if !ok {
		return model.Place{Quote: -1}, false
	}
	pl = s.Place
	if s.Hash != hash {
		pl = model.Place{Section: pl.Section, Quote: -1, Filter: pl.Filter, HideAsides: pl.HideAsides, Furthest: pl.Furthest}
	}
	return pl, true
}

// Progress returns how far the document at path has been read.
func (p *Places) Progress(path string) model.Progress {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.data.Places[path]
	switch {
	case !ok:
		return model.Unread
	case s.Place.Done:
		return model.Read
	}
	return model.Started
}

// Put saves the place in the document at path with hash hash, and writes
// the store.
func (p *Places) Put(path, hash string, pl model.Place) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.data.Places[path]; ok && old.Hash == hash {
		// progress only grows while the document stays the same
		pl.Furthest = max(pl.Furthest, old.Place.Furthest)
		pl.Done = pl.Done || old.Place.Done
	}
	p.data.Places[path] = savedPlace{Hash: hash, Place: pl, Seen: time.Now().UTC()}
	return p.write()
}

// Shelf returns the briefing that the library with the given key had open
// when it was left, "" when it was left at its list.
func (p *Places) Shelf(key string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.data.Libraries[key].Open
}

// PutShelf saves which briefing the library with the given key has open
// ("" for none), and writes the store.
func (p *Places) PutShelf(key, open string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.data.Libraries[key] = savedShelf{Open: open, Seen: time.Now().UTC()}
	return p.write()
}

// write merges the file's current entries (another brief may have saved
// its own since) under ours and writes the result atomically. Called with
// mu held.
func (p *Places) write() error {
	if data, err := os.ReadFile(p.path); err == nil {
		var f placesFile
		if json.Unmarshal(data, &f) == nil && f.Version == placesVersion {
			for k, v := range f.Places {
				if mine, ok := p.data.Places[k]; !ok || v.Seen.After(mine.Seen) {
					p.data.Places[k] = v
				}
			}
			for k, v := range f.Libraries {
				if mine, ok := p.data.Libraries[k]; !ok || v.Seen.After(mine.Seen) {
					p.data.Libraries[k] = v
				}
			}
		}
	}
	trim(p.data.Places, func(s savedPlace) time.Time { return s.Seen })
	trim(p.data.Libraries, func(s savedShelf) time.Time { return s.Seen })
	data, err := json.MarshalIndent(p.data, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFile(p.path, data); err != nil {
		return fmt.Errorf("cannot save places in %s: %w", p.path, unwrapPath(err))
	}
	return nil
}

// trim drops the least recently seen entries beyond maxPlaces.
func trim[V any](m map[string]V, seen func(V) time.Time) {
	if len(m) <= maxPlaces {
		return
	}
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int { return seen(m[b]).Compare(seen(m[a])) })
	for _, k := range keys[maxPlaces:] {
		delete(m, k)
	}
}
