package ui

// Opening briefings, moving between them, and saving where the reader is.

import (
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// openEntry opens entry i in the reader, at place (nil: where the reader
// left it), saving the place in the briefing being left. An entry not
// parsed yet opens when it is.
func (a App) openEntry(i int, place *model.Place) (App, tea.Cmd) {
	if i < 0 || i >= len(a.entries) {
		return a, nil
	}
	e := a.entries[i]
	if e.err != nil {
		return a.setStatus(e.err.Error(), true)
	}
	cmds := []tea.Cmd{a.saveCmd()}
	if e.b == nil {
		a.pending, a.pendingPlace, a.reading = i, place, true
		a.open = -1
		var cmd tea.Cmd
		a, cmd = a.schedule()
		return a, tea.Batch(append(cmds, cmd)...)
	}
	r := New(*e.b, a.opts)
	r.keys, r.after, r.inLibrary = a.keys, a.after, a.shelf.Library
	r.shelfHelp = a.readerHelp()
	r.isDark = a.dark
	r.doc.key.style = r.glamourStyle()
	r = r.restyle()
	if a.profile != nil {
		m, _ := r.Update(*a.profile)
		r = m.(Model)
	}
	if a.width > 0 && a.height > 0 {
		var cmd tea.Cmd
		r, cmd = r.handleResize(tea.WindowSizeMsg{Width: a.width, Height: a.height})
		cmds = append(cmds, cmd)
	}
	p, ok := model.Place{}, false
	switch {
	case place != nil:
		p, ok = *place, true
	case a.shelf.Places != nil:
		p, ok = a.shelf.Places.Get(e.doc.ID, e.hash)
	}
	if ok {
		var cmd tea.Cmd
		r, cmd = r.restore(p)
		cmds = append(cmds, cmd)
	}
	if e.partial {
		// the place may lie past the start: it is taken again when the
		// whole is read, unless the reader has moved by then
		r.partial = true
		if ok {
			r.awaiting, r.awaitFrom = &p, r.place()
		}
	}
	r.freshAt = r.doc.currentSection()
	if a.status.isError && a.status.text != "" {
		// a warning not yet read (places that could not be loaded) moves
		// to the reader's status bar, the one on screen from now on:
		// a briefing opened at start would otherwise hide it
		r, _ = r.setStatus(a.status.text, true)
		a.status = status{id: a.status.id}
	}
	a.reader, a.open, a.reading = r, i, true
	a.linkSection, a.linkNext = -1, 0
	if a.entries[i].progress == model.Unread {
		a.entries[i].progress = model.Started
	}
	a.lib.list = a.lib.list.set(max(indexOf(a.lib.rows, i), 0), uniform(len(a.lib.rows), 1), a.lib.listHeight())
	cmds = append(cmds, a.saveShelfCmd(e.doc.ID))
	return a, tea.Batch(cmds...)
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// backToLibrary leaves the reader for the list, saving its place.
func (a App) backToLibrary() (App, tea.Cmd) {
	cmd := a.saveCmd()
	if a.open >= 0 && a.reader.place().Done {
		a.entries[a.open].progress = model.Read
	}
	a.reading, a.pending = false, -1
	return a, tea.Batch(cmd, a.saveShelfCmd(""))
}

// stepDoc opens the next or previous briefing in the library's order.
func (a App) stepDoc(d int) (App, tea.Cmd) {
	if !a.shelf.Library || len(a.lib.rows) == 0 {
		return a.setStatus("only one briefing is open", true)
	}
	cur := indexOf(a.lib.rows, a.open)
	if a.open < 0 {
		cur = a.lib.list.cursor
	}
	for k := cur + d; k >= 0 && k < len(a.lib.rows); k += d {
		if a.entries[a.lib.rows[k]].err == nil {
			if a.open >= 0 && a.reader.place().Done {
				a.entries[a.open].progress = model.Read
			}
			return a.openEntry(a.lib.rows[k], nil)
		}
	}
	if d > 0 {
		return a.setStatus("this is the last briefing", false)
	}
	return a.setStatus("this is the first briefing", false)
}

// saveCmd saves the place in the briefing being read, off the event loop.
func (a App) saveCmd() tea.Cmd {
	if a.shelf.Places == nil || a.open < 0 || !a.reading {
		return nil
	}
	e, p, places := a.entries[a.open], a.reader.place(), a.shelf.Places
	return func() tea.Msg { return savedMsg{err: places.Put(e.doc.ID, e.hash, p)} }
}

// saveShelfCmd saves which briefing the library has open.
func (a App) saveShelfCmd(id string) tea.Cmd {
	if a.shelf.Places == nil || !a.shelf.Library || a.shelf.Key == "" {
		return nil
	}
	places, k := a.shelf.Places, a.shelf.Key
	return func() tea.Msg { return savedMsg{err: places.PutShelf(k, id)} }
}

// saveNow saves the place and what the library has open, when the program
// ends.
func (a App) saveNow() {
	if cmd := a.saveCmd(); cmd != nil {
		cmd()
	}
	open := ""
	if a.reading && a.open >= 0 {
		open = a.entries[a.open].doc.ID
	}
	if cmd := a.saveShelfCmd(open); cmd != nil {
		cmd()
	}
}

// openFromList opens a briefing chosen in the list. When the list is
// filtered by a speaker, it opens filtered by them, where it was left.
func (a App) openFromList(i int) (App, tea.Cmd) {
	voices := a.voicesNow()
	if v := a.lib.voice; v >= 0 && v < len(voices) && i >= 0 && i < len(a.entries) && a.entries[i].b != nil {
		if id := voices[v].SpeakerIn(i); id != "" {
			p := model.Place{Quote: -1}
			if a.shelf.Places != nil {
				if saved, ok := a.shelf.Places.Get(a.entries[i].doc.ID, a.entries[i].hash); ok {
					p = saved
				}
			}
			p.Filter = id
			return a.openEntry(i, &p)
		}
	}
	return a.openEntry(i, nil)
}
