package ui

// What the reader does with a briefing's file and words: copy, open
// links, edit.

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// pointName is "point N", or "the intro".
func pointName(n int) string {
	if n == 0 {
		return "the intro"
	}
	return fmt.Sprintf("point %d", n)
}

// copyQuote puts the quote under the cursor on the clipboard with who
// said it, by OSC 52: the terminal owns the clipboard, so it works over
// SSH and in tmux too.
func (a App) copyQuote() (App, tea.Cmd) {
	q, ok := a.reader.quoteAtCursor()
	if !ok {
		return a.setStatus("no quote on screen to copy", true)
	}
	clip := quoteClip(a.reader.b, a.reader.b.Quotes[q])
	a, cmd := a.setStatus("copied: "+clip, false)
	return a, tea.Batch(tea.SetClipboard(clip), cmd)
}

// openLink opens the current point's links one after another, each o the
// next, with the system's opener.
func (a App) openLink() (App, tea.Cmd) {
	n := a.reader.doc.currentSection()
	links := sectionLinks(a.reader.b, n)
	if len(links) == 0 {
		return a.setStatus(fmt.Sprintf("no link in %s", pointName(n)), true)
	}
	if n != a.linkSection {
		a.linkSection, a.linkNext = n, 0
	}
	link := links[a.linkNext%len(links)]
	a.linkNext++
	if a.shelf.Open == nil {
		return a.setStatus("no program to open links with · "+link, true)
	}
	open := a.shelf.Open
	return a, func() tea.Msg { return openedMsg{link: link, err: open(link)} }
}

// edit opens the file in the editor at the current point, and reloads it
// after.
func (a App) edit() (App, tea.Cmd) {
	e := a.entries[a.open]
	if e.doc.ID == "" {
		return a.setStatus("nothing to edit: this briefing has no file", true)
	}
	if a.shelf.Edit == nil {
		return a.setStatus("no editor: set $VISUAL or $EDITOR", true)
	}
	c := a.shelf.Edit(e.doc.Path, a.reader.b, a.reader.doc.currentSection())
	if c == nil {
		return a.setStatus("no editor: set $VISUAL or $EDITOR", true)
	}
	i := a.open
	return a, tea.Batch(a.saveCmd(), tea.ExecProcess(c, func(err error) tea.Msg { return editedMsg{entry: i, err: err} }))
}

// handleEdited reloads the file the editor closed on. The screen is
// cleared first: Bubble Tea hands the terminal back after the editor
// without forgetting what it last drew, and would otherwise draw only
// what changed since, on a blank alternate screen.
func (a App) handleEdited(msg editedMsg) (App, tea.Cmd) {
	if msg.err != nil {
		a, cmd := a.setStatus("editor: "+msg.err.Error(), true)
		return a, tea.Batch(tea.ClearScreen, cmd)
	}
	if msg.entry < 0 || msg.entry >= len(a.entries) || a.entries[msg.entry].loading {
		return a, tea.ClearScreen
	}
	a.entries[msg.entry].loading = true
	return a, tea.Batch(tea.ClearScreen, a.loadCmd(msg.entry, true, false))
}
