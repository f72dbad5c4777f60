package store

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefreader/brief/model"
)

// Cache keeps parsed briefings on disk, keyed by the hash of the
// document's bytes and of the program that parsed them: a changed
// document or a new build of brief gets a new key, so an entry is never
// stale by construction. Every entry carries a checksum of its payload;
// one that fails it, or does not decode, is deleted and reported as a
// miss, so that the caller parses the document again.
type Cache struct {
	dir   string
	build string
}

// NewCache returns a cache in dir for the given build of brief: any string
// that changes whenever the parser may (the version and the executable's
// identity, say).
func NewCache(dir, build string) *Cache { return &Cache{dir: dir, build: build} }

// Dir is where the cache keeps its entries.
func (c *Cache) Dir() string { return c.dir }

// Sum is the hash of a document's bytes, which also keys its place.
type Sum [sha256.Size]byte

// String is the hash in hex.
func (s Sum) String() string { return hex.EncodeToString(s[:]) }

// SumOf hashes a document's bytes.
func SumOf(data []byte) Sum { return sha256.Sum256(data) }

// magic opens every entry, naming the format so that a future one is not
// misread (1: the briefing as one gob value; 2: in chunks, entry.go).
const magic = "brief-cache 2\n"

// Key names the entry of a document: its bytes' hash, its extension
// (which decides its format) and the build.
func (c *Cache) key(sum Sum, ext string) string {
	h := sha256.New()
	h.Write([]byte(c.build))
	h.Write([]byte{0})
	h.Write([]byte(strings.ToLower(ext)))
	h.Write([]byte{0})
	h.Write(sum[:])
	return hex.EncodeToString(h.Sum(nil))
}

func (c *Cache) path(sum Sum, name string) string {
	return filepath.Join(c.dir, c.key(sum, filepath.Ext(name))+".gob")
}

// ErrMiss reports that the cache holds no good entry.
var ErrMiss = errors.New("not in the cache")

// Get returns the briefing parsed from a document with hash sum and file
// name name. A corrupt entry is removed and is a miss.
func (c *Cache) Get(sum Sum, name string) (model.Briefing, error) {
	p := c.path(sum, name)
	f, err := os.Open(p)
	if err != nil {
		return model.Briefing{}, ErrMiss
	}
	b, err := readEntry(f)
	f.Close()
	if err != nil {
		os.Remove(p) // rebuilt by the caller's Put
		return model.Briefing{}, err
	}
	now := time.Now() // used recently: Prune keeps it
	_ = os.Chtimes(p, now, now)
	return b, nil
}

// errCorrupt reports an entry that fails its checks.
var errCorrupt = errors.New("corrupt cache entry")

// readEntry decodes an entry as it reads it, hashing the payload on the
// way, rather than reading it whole first: a long briefing's entry is
// never held in memory besides the briefing. What was decoded is trusted
// only once the whole payload matches its checksum.
func readEntry(r io.Reader) (model.Briefing, error) {
	br := bufio.NewReaderSize(r, 256<<10)
	head := make([]byte, len(magic)+sha256.Size)
	if _, err := io.ReadFull(br, head); err != nil || !bytes.HasPrefix(head, []byte(magic)) {
		return model.Briefing{}, errCorrupt
	}
	h := sha256.New()
	payload := io.TeeReader(br, h)
	b, err := decodeEntryFrom(payload)
	if err != nil {
		return model.Briefing{}, errCorrupt
	}
	// gob reads no further than its last message: the rest, if any,
	// belongs to the checksum too
	if _, err := io.Copy(io.Discard, payload); err != nil {
		return model.Briefing{}, errCorrupt
	}
	if !bytes.Equal(h.Sum(nil), head[len(magic):]) {
		return model.Briefing{}, errCorrupt
	}
	return b, nil
}

// Put stores a briefing parsed from a document with hash sum and file
// name name.
func (c *Cache) Put(sum Sum, name string, b model.Briefing) error {
	// the payload goes to the file as gob makes it, in small messages
	// (entry.go), hashed on the way, and its checksum in the room left
	// for it: a long briefing's entry is never held in memory
	return writeFileWith(c.path(sum, name), func(f *os.File) error {
		if _, err := f.Write(make([]byte, len(magic)+sha256.Size)); err != nil {
			return err
		}
		h := sha256.New()
		w := bufio.NewWriterSize(io.MultiWriter(f, h), 256<<10)
		if err := encodeEntry(w, b); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		head := append([]byte(magic), h.Sum(nil)...)
		_, err := f.WriteAt(head, 0)
		return err
	})
}

// Prune removes entries not used for maxAge: those of old builds and of
// documents since changed or gone, which no key reaches any more.
func (c *Cache) Prune(maxAge time.Duration) error {
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return err
	}
	cutoff := time.Now().Add(-maxAge)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".gob") && !strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.ModTime().Before(cutoff) {
			os.Remove(filepath.Join(c.dir, e.Name()))
		}
	}
	return nil
}
