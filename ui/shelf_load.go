package ui

// Parsing the shelf in the background, nearest first, and reloading what
// changes on disk.

import (
	"fmt"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// workers is how many documents parse at once: a core each, but one
// left free while a briefing is read, for its rendering — parsing in the
// background must never slow reading.
func (a App) workers() int {
	if a.shelf.Workers > 0 {
		return a.shelf.Workers
	}
	n := runtime.GOMAXPROCS(0)
	if a.reading && a.open >= 0 {
		n--
	}
	return max(n, 1)
}

// schedule starts parsing documents until workers are busy, nearest to
// what the reader looks at first: the entry waiting to open, then the
// entries nearest the one open or under the library's cursor.
func (a App) schedule() (App, tea.Cmd) {
	if a.shelf.Load == nil {
		return a, nil
	}
	busy := 0
	for _, e := range a.entries {
		if e.loading {
			busy++
		}
	}
	var cmds []tea.Cmd
	for busy < a.workers() {
		i := a.nearestUnparsed()
		if i < 0 {
			break
		}
		a.entries[i].loading = true
		busy++
		cmds = append(cmds, a.loadCmd(i, false, false))
	}
	return a, tea.Batch(cmds...)
}

// focusEntry is the entry the reader looks at.
func (a App) focusEntry() int {
	switch {
	case a.pending >= 0:
		return a.pending
	case a.reading && a.open >= 0:
		return a.open
	}
	return max(a.lib.current(), 0)
}

// nearestUnparsed is the unparsed entry nearest the focus (the next one on
// a tie: reading goes forward), -1 when all are parsed or loading.
func (a App) nearestUnparsed() int {
	f := a.focusEntry()
	for d := 0; d <= len(a.entries); d++ {
		for _, i := range []int{f + d, f - d} {
			if i >= 0 && i < len(a.entries) && !a.entries[i].parsed() && !a.entries[i].loading {
				return i
			}
		}
	}
	return -1
}

// loadCmd parses entry i off the event loop.
func (a App) loadCmd(i int, reload, manual bool) tea.Cmd {
	load, path := a.shelf.Load, a.entries[i].doc.Path
	partial, opts := a.entries[i].partial, a.opts
	return func() tea.Msg {
		var b model.Briefing
		var hash string
		var err error
		var pre *Model
		// a document that makes the parser panic is one bad entry, not
		// the end of the reader
		if perr := guard("parsing "+path, func() {
			b, hash, err = load(path)
			if partial && err == nil {
				// the whole of the open document: its reader is built
				// here, so that putting it in place (completed) does
				// not hold the keys back for as long as a long
				// document's index and outline take
				m := New(b, opts)
				pre = &m
			}
		}); perr != nil {
			err = perr
		}
		return loadedMsg{entry: i, b: b, hash: hash, err: err, reload: reload, manual: manual, pre: pre}
	}
}

// watch waits for the next document changed on disk.
func (a App) watch() tea.Cmd {
	ch := a.shelf.Changes
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		id, ok := <-ch
		if !ok {
			return nil
		}
		return changedMsg{id: id}
	}
}

// watchAdded waits for the next document new in the library's folders.
func (a App) watchAdded() tea.Cmd {
	ch := a.shelf.Added
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		d, ok := <-ch
		if !ok {
			return nil
		}
		return addedMsg{doc: d}
	}
}

// handleAdded lists a document that appeared in the library's folders
// after the others, parses it in the background, and waits for the next.
// The reader stays where it is; the status says what came.
func (a App) handleAdded(msg addedMsg) (App, tea.Cmd) {
	cmds := []tea.Cmd{a.watchAdded()}
	for _, e := range a.entries {
		if e.doc.ID == msg.doc.ID {
			return a, tea.Batch(cmds...)
		}
	}
	e := entry{doc: msg.doc}
	if a.shelf.Places != nil {
		e.progress = a.shelf.Places.Progress(msg.doc.ID)
	}
	a.entries = append(a.entries, e)
	a.lib = a.lib.refilter(a.entries, a.voicesNow())
	var cmd tea.Cmd
	a, cmd = a.setStatus("new briefing: "+e.file(), false)
	cmds = append(cmds, cmd)
	a, cmd = a.schedule()
	return a, tea.Batch(append(cmds, cmd)...)
}

// handleLoaded stores a parsed document, opens it if it was waited for,
// and starts the next.
func (a App) handleLoaded(msg loadedMsg) (App, tea.Cmd) {
	i := msg.entry
	if i < 0 || i >= len(a.entries) {
		return a, nil
	}
	e := &a.entries[i]
	wasParsed := e.parsed()
	e.loading = false
	var cmds []tea.Cmd
	switch {
	case e.partial && msg.err != nil:
		// the start read well but the whole did not (the file changed
		// under us): say so, and keep the start
		e.partial = false
		var cmd tea.Cmd
		a, cmd = a.setStatus("only the start could be read: "+msg.err.Error(), true)
		cmds = append(cmds, cmd)
	case e.partial:
		b := msg.b
		e.b, e.hash, e.partial = &b, msg.hash, false
		if a.open == i {
			var cmd tea.Cmd
			a.reader, cmd = a.reader.completed(b, msg.pre)
			cmds = append(cmds, cmd)
		}
	case msg.err != nil && msg.reload && e.b != nil:
		// a file caught mid-write, or gone: keep what was read
		var cmd tea.Cmd
		a, cmd = a.setStatus(notReloaded+msg.err.Error(), true)
		cmds = append(cmds, cmd)
	case msg.err != nil:
		e.err, e.b = msg.err, nil
	default:
		same := msg.hash == e.hash
		b := msg.b
		e.b, e.hash, e.err = &b, msg.hash, nil
		if msg.reload && a.open == i && a.reading {
			if same {
				var cmd tea.Cmd
				switch {
				case msg.manual:
					a, cmd = a.setStatus("no change on disk", false)
				case a.reader.status.isError && strings.HasPrefix(a.reader.status.text, notReloaded):
					// the file that was gone (or caught mid-write) is
					// back as it was: the error no longer holds
					a, cmd = a.setStatus("the file is back, unchanged", false)
				}
				cmds = append(cmds, cmd)
				break
			}
			var cmd tea.Cmd
			a.reader, cmd = a.reader.reloaded(b)
			cmds = append(cmds, cmd)
			a, cmd = a.setStatus(reloadNote(len(a.reader.fresh)), false)
			cmds = append(cmds, cmd)
		}
	}
	if !wasParsed {
		a.parsed++
	}
	if a.lib.query != "" && !msg.reload {
		a.lib = a.lib.refilter(a.entries, a.voicesNow())
	}
	if a.pending == i {
		place := a.pendingPlace
		a.pending, a.pendingPlace = -1, nil
		var cmd tea.Cmd
		a, cmd = a.openEntry(i, place)
		cmds = append(cmds, cmd)
	}
	var cmd tea.Cmd
	a, cmd = a.schedule()
	return a, tea.Batch(append(cmds, cmd)...)
}

// notReloaded begins the error of a reload that failed.
const notReloaded = "not reloaded: "

// reloadNote says what a reload found.
func reloadNote(fresh int) string {
	if fresh == 0 {
		return "reloaded"
	}
	return fmt.Sprintf("reloaded · %s new or changed (+ in the outline)", plural(fresh, "point"))
}

// handleChanged reloads a document changed on disk, and waits for the
// next change.
func (a App) handleChanged(msg changedMsg) (App, tea.Cmd) {
	cmds := []tea.Cmd{a.watch()}
	for i, e := range a.entries {
		if e.doc.ID == msg.id && e.parsed() && !e.loading {
			a.entries[i].loading = true
			cmds = append(cmds, a.loadCmd(i, true, false))
		}
	}
	return a, tea.Batch(cmds...)
}

// voicesNow matches the speakers of every briefing parsed so far,
// reusing the last match until more are parsed.
func (a *App) voicesNow() []model.Voice {
	if a.shelf.Voices == nil {
		return nil
	}
	if a.voices == nil || a.voicesN != a.parsed {
		bs := make([]*model.Briefing, len(a.entries))
		for i, e := range a.entries {
			bs[i] = e.b
		}
		a.voices, a.voicesN = a.shelf.Voices(bs), a.parsed
	}
	return a.voices
}
