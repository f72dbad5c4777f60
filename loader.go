package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/briefreader/brief/store"
	"github.com/briefreader/brief/ui"
	"github.com/spf13/cobra"
)

// loader reads documents through the cache of parsed briefings. It is the
// one place where content (parsing) and store (the cache) meet; the reader
// gets its load method as a function and knows neither.
type loader struct {
	cache *store.Cache // nil: parse every time
	// settle has load collect a long document's parse garbage before it
	// caches the briefing and hands it on (see load)
	settle bool
}

func newLoader(env environment) loader { return loader{cache: xdgDirs(env).openCache()} }

// settleSize is the size from which load settles a parse (see loader):
// one collection costs tens of milliseconds on a long document.
const settleSize = 1 << 20

// load reads and parses the document at path, from the cache when it holds
// it, and returns the hash of its bytes, which keys its reading place. A
// cache that cannot be read or written only makes brief slower.
func (l loader) load(path string) (model.Briefing, string, error) {
	data, err := content.ReadFile(path)
	if err != nil {
		return model.Briefing{}, "", err
	}
	sum := store.SumOf(data)
	if l.cache != nil {
		if b, err := l.cache.Get(sum, path); err == nil {
			b.Source = content.SanitizeLine(path) // the same bytes may live in two files
			return b, sum.String(), nil
		}
	}
	b, err := content.ParseBytes(path, data, content.Auto)
	if err != nil {
		return b, "", err
	}
	if l.settle && len(data) >= settleSize {
		// the reader's peak memory came after the parse: caching the
		// briefing and building the reader's view of it allocated on
		// top of the parse's garbage, and the heap grew past the
		// parse's own peak (15 MB: 295-302 MB RSS; 251-284 MB with
		// this collection first, txt 268-283 -> 229-236 MB)
		runtime.GC()
	}
	if l.cache != nil {
		_ = l.cache.Put(sum, path, b)
	}
	return b, sum.String(), nil
}

// firstHead is how much of a long document the reader parses before its
// first screen: about five screens of text, parsed in ~3 ms where the
// 64 KB of content.HeadSize took ~14 ms (1.7 MB briefing); the rest comes
// with the whole, parsed behind the screen.
const firstHead = 16 << 10

// first reads the document at path for the reader to open at once: the
// whole briefing when it is short (from the cache when it holds it), else
// its start (content.ParseHead), partial set, for the reader to show while
// the whole is parsed in the background (load). hash returns the hash of
// the document's bytes, which keys its place: a long document's is taken
// on a goroutine of its own (~45 ms at 15 MB) and the first screen does
// not wait for it unless a place saved for the document needs it
// (lateHash). What first puts in the cache is written in the background:
// wait, which returns once it is written, is for the end of the reader.
func (l loader) first(path string) (b model.Briefing, partial bool, hash func() string, wait func(), err error) {
	wait = func() {}
	data, err := content.ReadFile(path)
	if err != nil {
		return model.Briefing{}, false, nil, wait, err
	}
	short := len(data) <= firstHead+firstHead/2
	var sum store.Sum
	if short && l.cache != nil {
		sum = store.SumOf(data)
		if b, err := l.cache.Get(sum, path); err == nil {
			b.Source = content.SanitizeLine(path)
			s := sum.String()
			return b, false, func() string { return s }, wait, nil
		}
	}
	summed := make(chan struct{})
	go func() {
		if !short {
			// behind the first screen, as the parse of the whole:
			// the frame's thread gets a core first
			lowerPriority()
		}
		if !short || l.cache == nil {
			sum = store.SumOf(data)
		}
		close(summed)
	}()
	b, whole, err := content.ParseHead(path, data, content.Auto, firstHead)
	if err != nil {
		return b, false, nil, wait, err
	}
	hash = func() string {
		<-summed
		return sum.String()
	}
	if whole && l.cache != nil {
		done := make(chan struct{})
		go func() {
			defer close(done)
			<-summed
			_ = l.cache.Put(sum, path, b)
		}()
		wait = func() { <-done }
	}
	return b, !whole, hash, wait, nil
}

// lateHash are the reader's places while the hash of the document it
// opens on (id) is still being taken: a document never read before (no
// place saved for it: the first reading, a new file) opens at its start
// without waiting for the hash; one with a place waits, to learn whether
// its bytes are those the place was saved in. The reader gets the hash
// itself with the whole document, or asks with "" before.
type lateHash struct {
	ui.Places
	id   string
	hash func() string
}

// Get returns the place saved for the document id with bytes hash; ""
// is the opened document's hash, not taken yet.
func (p lateHash) Get(id, hash string) (model.Place, bool) {
	if id == p.id && hash == "" {
		if p.Progress(id) == model.Unread {
			return model.Place{Quote: -1}, false
		}
		hash = p.hash()
	}
	return p.Places.Get(id, hash)
}

// Put saves a place; "" is the opened document's hash, not taken yet.
func (p lateHash) Put(id, hash string, pl model.Place) error {
	if id == p.id && hash == "" {
		hash = p.hash()
	}
	return p.Places.Put(id, hash, pl)
}

// loadAll loads documents in parallel, one worker per core, and returns
// them in the order given, with each one's error (nil when it was read).
func (l loader) loadAll(paths []string) ([]model.Briefing, []error) {
	out := make([]model.Briefing, len(paths))
	errs := make([]error, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		wg.Go(func() {
			for i := range next {
				out[i], _, errs[i] = l.load(paths[i])
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return out, errs
}

// fileErrors are the documents brief could not read among several, in
// argument order. One bad file (a binary or empty one in a folder) does
// not stop the others from being read, as with cat or grep: each is
// reported on a line of its own and brief exits 1 once the rest is done.
type fileErrors []error

func (e fileErrors) Error() string {
	msgs := make([]string, len(e))
	for i, err := range e {
		msgs[i] = err.Error()
	}
	return strings.Join(msgs, "; ")
}

// Unwrap gives the errors, for errors.Is and errors.As.
func (e fileErrors) Unwrap() []error { return e }

// readable keeps the briefings that were read and gathers the errors of
// the others; the error is nil when every one was read.
func readable(bs []model.Briefing, errs []error) ([]model.Briefing, error) {
	var good []model.Briefing
	var bad fileErrors
	for i, err := range errs {
		if err != nil {
			bad = append(bad, err)
			continue
		}
		good = append(good, bs[i])
	}
	if len(bad) == 0 {
		return good, nil
	}
	return good, bad
}

// several reports whether the arguments name more than one briefing's
// worth: several paths, or a folder.
func several(args []string) bool {
	return len(args) > 1 || len(args) == 1 && args[0] != content.StdinName && content.IsDir(args[0])
}

// withBriefings adapts fn into a cobra RunE that first loads the
// briefings the arguments name: one, as loadArgs does, or with several
// paths or a folder every document they hold, in argument order.
func withBriefings(env environment, recursive *bool, fn func(cmd *cobra.Command, bs []model.Briefing, several bool) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if !several(args) {
			b, err := loadArgs(cmd, args)
			if err != nil {
				return err
			}
			return fn(cmd, []model.Briefing{b}, false)
		}
		paths, missing := findEach(args, *recursive)
		if len(paths) == 0 {
			if missing != nil {
				return missing
			}
			return noBriefingsError(args, *recursive)
		}
		bs := make([]model.Briefing, len(paths))
		errs := make([]error, len(paths))
		var files []string
		var at []int
		for i, p := range paths {
			if p == content.StdinName {
				bs[i], errs[i] = readStdin(cmd)
				continue
			}
			files, at = append(files, p), append(at, i)
		}
		loaded, loadErrs := newLoader(env).loadAll(files)
		for k, i := range at {
			bs[i], errs[i] = loaded[k], loadErrs[k]
		}
		good, bad := readable(bs, errs)
		if missing != nil {
			notRead, _ := bad.(fileErrors)
			bad = append(missing.(fileErrors), notRead...)
		}
		if len(good) == 0 {
			return bad
		}
		return alsoFailed(bad, fn(cmd, good, true))
	}
}

// findEach expands each argument as content.Find does, but a path that
// cannot be read (missing, or a folder that cannot be listed) is reported
// and left out instead of stopping the others, as the README promises for
// several paths. A document named twice is listed once.
func findEach(args []string, recursive bool) ([]string, error) {
	var paths []string
	var missing fileErrors
	seen := map[string]bool{}
	for _, a := range args {
		found, err := content.Find([]string{a}, recursive)
		if err != nil {
			missing = append(missing, err)
			continue
		}
		for _, p := range found {
			key := p
			if abs, err := filepath.Abs(p); err == nil && p != content.StdinName {
				key = abs
			}
			if !seen[key] {
				seen[key] = true
				paths = append(paths, p)
			}
		}
	}
	if len(missing) == 0 {
		return paths, nil
	}
	return paths, missing
}

// alsoFailed is the error of a command run over the files that could be
// read, after the errors of those that could not (bad): every one is
// reported.
func alsoFailed(bad, err error) error {
	files, _ := bad.(fileErrors)
	switch {
	case err == nil && len(files) == 0:
		return nil
	case err == nil:
		return files
	case len(files) == 0:
		return err
	}
	return append(files, err)
}

// noBriefingsError says that folders hold nothing brief reads.
func noBriefingsError(args []string, recursive bool) error {
	where := content.SanitizeLine(strings.Join(args, ", "))
	hint := ""
	if !recursive {
		hint = "; -r looks in subfolders"
	}
	return fmt.Errorf("%s: no briefings here (brief reads .txt, .md and .html files%s)", where, hint)
}
