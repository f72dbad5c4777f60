package ui

import (
	"context"
	"errors"
	"os/exec"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// Shelf is what the reader needs from outside to read several briefings
// and to remember, reload and open them. main builds it on packages
// content (parsing, speakers across briefings) and store (the cache and
// the places), so that ui imports neither and does no I/O of its own:
// every file it needs read or written goes through these functions, run
// in commands off the event loop.
type Shelf struct {
	// Docs are the documents, in the order to list them.
	Docs []Doc
	// Library opens on the list of Docs (several paths, or a folder);
	// without it the first document opens at once and esc does not leave
	// it.
	Library bool
	// Key names this set of documents, to remember which one was open.
	Key string
	// Load reads and parses a document; hash is the hash of its bytes,
	// which keys its place.
	Load func(path string) (b model.Briefing, hash string, err error)
	// Voices matches the speakers of several briefings into voices.
	Voices func([]*model.Briefing) []model.Voice
	// Markdown writes talking point n (0 for the intro) as Markdown, for
	// Y; nil writes its plain text with Markdown's headings and lists.
	Markdown func(b model.Briefing, n int) string
	// Places remembers where the reader left each briefing; nil forgets.
	Places Places
	// Changes delivers the IDs of documents changed on disk; nil when
	// nothing watches them.
	Changes <-chan string
	// Added delivers documents that appear in the library's folders while
	// it is open, to list after the others; nil when nothing watches.
	Added <-chan Doc
	// Open opens a link with the system's opener; nil when there is none.
	Open func(link string) error
	// Edit returns the command that opens a document in the user's
	// editor at talking point section; nil when no editor is set.
	Edit func(path string, b *model.Briefing, section int) *exec.Cmd
	// Warning is shown in the status line at start: stored places that
	// could not be read, say.
	Warning string
	// Workers is how many documents parse at once in the background
	// (the number of cores when 0).
	Workers int
}

// Doc is one document on the shelf.
type Doc struct {
	// Path is the path as given or found: what is read.
	Path string
	// Name is what the library shows for the file: its path below the
	// folder named on the command line ("monday/notes.md"), or its base
	// name; "" shows the base name of Path.
	Name string
	// ID is its absolute path: the key of its place and of its changes.
	ID string
	// ModTime dates it when the document gives no date of its own.
	ModTime time.Time
	// First is the briefing already read from the document, opened at
	// once: the whole of it, or when Partial only its start, shown while
	// the whole is parsed in the background (Load) and then put in its
	// place, the reader staying where it is. Hash is the hash of the
	// document's bytes, which keys its place.
	First   *model.Briefing
	Partial bool
	Hash    string
}

// Places is where the reader's places are kept (package store's Places).
// Every method may be called from a command's goroutine.
type Places interface {
	// Get returns the place saved for a document with these bytes.
	Get(id, hash string) (model.Place, bool)
	// Put saves a place.
	Put(id, hash string, p model.Place) error
	// Progress says how far a document has been read.
	Progress(id string) model.Progress
	// Shelf returns the document a set of documents had open, "" if none.
	Shelf(key string) string
	// PutShelf saves the document a set has open, "" for its list.
	PutShelf(key, id string) error
}

// RunShelf opens the reader on a shelf of documents, full screen on t,
// and returns when the reader quits or ctx is done. Where the reader was
// is saved before it returns, whatever ended it.
func RunShelf(ctx context.Context, s Shelf, opts Options, t Terminal) error {
	final, err := runProgram(ctx, NewApp(s, opts), t)
	if a, ok := final.(App); ok {
		a.saveNow()
		if a.open >= 0 && a.reader.fatal != nil {
			return a.reader.fatal
		}
	}
	return err
}

// maxFPS is how often Bubble Tea may draw a changed frame: its highest
// rate. A key's frame waits for the next tick, half a tick on average,
// 4 ms at 120 frames a second against 8 ms at its default 60; a tick
// with nothing changed costs nothing.
const maxFPS = 120

// runProgram runs a root model full screen on t. Whatever ends it (q, a
// signal, a panic in a render), the terminal is given back first: a
// signal returns a *SignalError.
func runProgram(ctx context.Context, m tea.Model, t Terminal) (tea.Model, error) {
	in, closeIn, err := t.input()
	if err != nil {
		return nil, err
	}
	defer closeIn()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	w := newSignalWatch(cancel)
	// profiled is closed once Bubble Tea's own word on the colour profile
	// (the ColorProfileMsg it sends as it starts) has passed: a raise
	// sent before it would be undone by it
	profiled := make(chan struct{})
	var once sync.Once
	filter := func(m tea.Model, msg tea.Msg) tea.Msg {
		if _, ok := msg.(tea.ColorProfileMsg); ok {
			once.Do(func() { close(profiled) })
		}
		return w.filter(m, msg)
	}
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithInput(in),
		tea.WithOutput(t.Out), tea.WithEnvironment(t.Env),
		tea.WithoutSignalHandler(), tea.WithFilter(filter), tea.WithFPS(maxFPS)}
	if t.Colours != nil {
		opts = append(opts, tea.WithColorProfile(*t.Colours))
	}
	p := tea.NewProgram(m, opts...)
	if t.TrueColor != nil {
		go func() {
			select {
			case yes := <-t.TrueColor:
				if !yes {
					return
				}
			case <-ctx.Done():
				return
			}
			select {
			case <-profiled:
				// as Bubble Tea raises the profile of a terminal that
				// reports the capability itself
				p.Send(tea.CapabilityMsg{Content: "RGB"})
			case <-ctx.Done():
			}
		}()
	}
	w.start(p.Send)
	defer w.stop()
	final, err := p.Run()
	var se *SignalError
	if errors.As(context.Cause(ctx), &se) {
		return final, se
	}
	return final, err
}
