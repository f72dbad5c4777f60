package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/briefreader/brief/store"
	"github.com/briefreader/brief/ui"
	"github.com/briefreader/brief/watch"
	"github.com/spf13/cobra"
)

// cacheMaxAge is how long a cached briefing nobody opens is kept.
const cacheMaxAge = 30 * 24 * time.Hour

// readPaths reads the documents the arguments name — one file, several,
// folders — in the reader when stdout is a terminal that can take it,
// else printed one after the other.
func readPaths(cmd *cobra.Command, args []string, recursive bool, opts readOptions, env environment) error {
	if slices.Contains(args, content.StdinName) {
		return errors.New("- (standard input) cannot be read together with other paths")
	}
	if !several(args) {
		if _, err := os.Stat(args[0]); err != nil {
			_, err = loadArgs(cmd, args) // the error, with its suggestion
			return err
		}
	}
	paths, missing := findEach(args, recursive)
	if m, ok := missing.(fileErrors); ok {
		// "brief exprt notes.txt" is a typo of a command, not a path:
		// say so and read nothing
		if err := suggestCommand(cmd, args, m[0]); err != m[0] {
			return err
		}
	}
	if len(paths) == 0 && missing != nil {
		return missing
	}
	if len(paths) == 0 {
		return noBriefingsError(args, recursive)
	}
	ld := newLoader(env)
	if !isTerminal(cmd.OutOrStdout()) || env.getenv("TERM") == "dumb" {
		// printed: a path that is missing is reported and left out, as
		// one that cannot be read is
		bs, bad := readable(ld.loadAll(paths))
		if missing != nil {
			notRead, _ := bad.(fileErrors)
			bad = append(missing.(fileErrors), notRead...)
		}
		if len(bs) == 0 {
			return bad
		}
		return alsoFailed(bad, printAll(cmd.OutOrStdout(), bs, opts))
	}
	if missing != nil {
		// the reader: said before the screen changes, not hidden behind it
		return missing
	}
	// the reader's loads run behind the screen, each followed by the
	// building of the reader's view of the briefing: their garbage is
	// collected in between (loader.settle)
	ld.settle = true
	// what tmux says of its colours is asked behind the loading and the
	// first frame
	term := ui.Terminal{In: cmd.InOrStdin(), Out: cmd.OutOrStdout(), Env: env.environ}
	term.Colours, term.TrueColor = readerColours(cmd.OutOrStdout(), env.environ)
	s, closeShelf := newShelf(paths, args, recursive, ld, env)
	defer closeShelf()
	if !several(args) {
		// one file: a bad one is an error before the screen changes; a
		// long one opens on its start while the whole is parsed
		b, partial, hash, wait, err := ld.first(paths[0])
		if err != nil {
			return err
		}
		defer wait()
		s.Docs[0].First, s.Docs[0].Partial = &b, partial
		if partial && s.Places != nil {
			// the hash comes with the whole; till then the places ask
			s.Places = lateHash{Places: s.Places, id: s.Docs[0].ID, hash: hash}
		} else {
			s.Docs[0].Hash = hash()
		}
	}
	// every parse from here on runs behind the screen (the rest of a long
	// file, the other files of a library): it keeps a goroutine per core
	// and the reader gets a scheduler slot of its own besides, so that a
	// key never waits for a parse to give one up (Go preempts a busy
	// goroutine only every 10 ms; the system shares the cores among
	// threads far more finely, and a reader that mostly waits for keys
	// gets one as soon as it wakes). Fewer parse goroutines would do as
	// well for the keys, but content keeps about twice as much of a
	// document alive on one goroutine (15 MB: ~120 → ~245 MB live).
	//
	// Those goroutines, and the shelf's loads themselves (behind), run on
	// threads of lowered priority: with both cores busy parsing, a key
	// measured 10.8 ms median to its frame, 7.2 ms with the parse's
	// threads niced (5 MB, keys pressed during the parse).
	//
	// Setting GOMAXPROCS stops the world once a collection in progress
	// has ended (up to 13 ms measured at start-up, when the heap is young
	// and collected often): it is done on a goroutine of its own, off the
	// first screen's path.
	n := runtime.GOMAXPROCS(0)
	content.SetMaxWorkers(n)
	content.SetWorkerStart(lowerPriority)
	raised := make(chan struct{})
	go func() { runtime.GOMAXPROCS(n + 1); close(raised) }()
	defer func() { <-raised; runtime.GOMAXPROCS(n); content.SetMaxWorkers(0); content.SetWorkerStart(nil) }()
	return ui.RunShelf(cmd.Context(), s, opts.ui(), term)
}

// behind runs the shelf's loads on threads of lowered priority (see
// lowerPriority): the reader calls Load only behind its screen, each time
// on a goroutine of its own that ends after it (a Bubble Tea command's).
func behind(load func(string) (model.Briefing, string, error)) func(string) (model.Briefing, string, error) {
	return func(path string) (model.Briefing, string, error) {
		lowerPriority()
		return load(path)
	}
}

// printAll prints briefings one after the other, a rule between them.
func printAll(w io.Writer, bs []model.Briefing, opts readOptions) error {
	for i, b := range bs {
		if i > 0 {
			if _, err := fmt.Fprintf(w, "\n%s\n\n", strings.Repeat("─", min(opts.width, 80))); err != nil {
				return err
			}
		}
		if err := ui.Print(w, b, opts.width, opts.style, opts.print()...); err != nil {
			return err
		}
	}
	return nil
}

// newShelf builds what the reader needs to read the documents at paths:
// the cached loader, the speakers' matcher, the places, the watcher, the
// opener and the editor. The function returned stops the watcher.
func newShelf(paths, args []string, recursive bool, ld loader, env environment) (ui.Shelf, func()) {
	d := xdgDirs(env)
	s := ui.Shelf{
		Library:  several(args),
		Key:      shelfKey(args, recursive),
		Load:     behind(ld.load),
		Voices:   content.Voices,
		Markdown: content.PointMarkdown,
		Open:     opener(env),
		Edit:     editor(env),
	}
	ids := make([]string, len(paths))
	for i, p := range paths {
		id, err := filepath.Abs(p)
		if err != nil {
			id = p
		}
		ids[i] = id
		doc := ui.Doc{Path: p, ID: id, Name: displayName(p, args)}
		if fi, err := os.Stat(p); err == nil {
			doc.ModTime = fi.ModTime()
		}
		s.Docs = append(s.Docs, doc)
	}
	places, err := store.OpenPlaces(d.placesPath())
	s.Places = places
	if err != nil {
		s.Warning = content.SanitizeLine(err.Error())
	}
	if ld.cache != nil {
		go ld.cache.Prune(cacheMaxAge) //nolint:errcheck // a cache left unpruned is only bigger
	}
	closeFn := func() {}
	if w, err := watch.New(ids); err == nil {
		s.Changes = w.Changes()
		done := make(chan struct{})
		closeFn = func() { close(done); w.Close() }
		if s.Library {
			s.Added = watchFolders(w, args, recursive, done)
		}
	}
	return s, closeFn
}

// watchFolders has the watcher report briefings that appear in the
// folders among args (and their subfolders, with -r) while the library
// is open, as documents named as the folder's own are.
func watchFolders(w *watch.Watcher, args []string, recursive bool, done <-chan struct{}) <-chan ui.Doc {
	type folder struct{ arg, abs string }
	var folders []folder
	var dirs []string
	for _, a := range args {
		abs, err := filepath.Abs(a)
		if err != nil || !content.IsDir(a) {
			continue
		}
		folders = append(folders, folder{a, abs})
		dirs = append(dirs, abs)
		if recursive {
			_ = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
				switch {
				case err != nil || !d.IsDir() || p == abs:
				case strings.HasPrefix(d.Name(), "."):
					return filepath.SkipDir
				default:
					dirs = append(dirs, p)
				}
				return nil
			})
		}
	}
	if len(dirs) == 0 {
		return nil
	}
	w.Folders(dirs, content.IsDocumentName)
	out := make(chan ui.Doc, 16)
	go func() {
		for {
			var p string
			select {
			case p = <-w.Added():
			case <-done:
				return
			}
			path := p
			for _, f := range folders {
				if rel, err := filepath.Rel(f.abs, p); err == nil && !strings.HasPrefix(rel, "..") {
					path = filepath.Join(f.arg, rel)
					break
				}
			}
			doc := ui.Doc{Path: path, ID: p, Name: displayName(path, args)}
			if fi, err := os.Stat(p); err == nil {
				doc.ModTime = fi.ModTime()
			}
			select {
			case out <- doc:
			case <-done:
				return
			}
		}
	}()
	return out
}

// shelfKey names a set of arguments, to remember which briefing was open
// the last time the same folder (or files) was read.
func shelfKey(args []string, recursive bool) string {
	abs := make([]string, len(args))
	for i, a := range args {
		if p, err := filepath.Abs(a); err == nil {
			a = p
		}
		abs[i] = a
	}
	slices.Sort(abs)
	h := sha256.Sum256([]byte(fmt.Sprintf("%v\x00%q", recursive, abs)))
	return hex.EncodeToString(h[:12])
}

// displayName is how the library names a file: its path below the folder
// argument that holds it, else its base name.
func displayName(p string, args []string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Base(p)
	}
	for _, a := range args {
		dir, err := filepath.Abs(a)
		if err != nil || !content.IsDir(a) {
			continue
		}
		if rel, err := filepath.Rel(dir, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(p)
}
