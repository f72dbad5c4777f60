package ui

// Drawing the shelf: the library, the reader, the dialogs over them,
// and the mouse in the list.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the library, the reader, or the reader under the quotes
// across briefings.
func (a App) View() tea.View {
	var v tea.View
	switch {
	case a.reading && a.open >= 0:
		v = a.reader.View()
		if a.acrossOpen {
			v.Content = safeOutput(a.acrossOver(a.reader.render()))
		}
	case a.reading:
		v = tea.NewView(safeOutput(a.waiting()))
		v.AltScreen = true
	default:
		body := a.lib.view(a.st, a.entries, a.voices, a.parsed, a.libraryStatus())
		switch {
		case a.acrossOpen:
			body = a.acrossOver(body)
		case a.libHelp:
			body = a.libraryHelpOver(body)
		}
		v = tea.NewView(safeOutput(body))
		if !a.opts.NoMouse {
			v.MouseMode = tea.MouseModeCellMotion
		}
		v.AltScreen = true
		v.WindowTitle = safeOutput(fmt.Sprintf("brief: library of %s", plural(len(a.entries), "briefing")))
	}
	if a.lib.typing && !a.reading {
		v.Cursor = nil
	}
	return v
}

// waiting is the screen while the briefing to open is parsed.
func (a App) waiting() string {
	name := ""
	if a.pending >= 0 {
		name = a.entries[a.pending].doc.Path
	}
	lines := make([]string, max(a.height, 1))
	lines[0] = a.st.Muted.Render(" opening " + oneLine(name) + " …")
	for i := range lines {
		lines[i] = fit(lines[i], a.width)
	}
	return strings.Join(lines, "\n")
}

// libraryStatus is the library's bottom line: a message, else the keys.
func (a App) libraryStatus() string {
	st := a.st
	if a.status.text != "" {
		style := st.StatusInfo
		if a.status.isError {
			style = st.StatusError
		}
		return fitStyled(st, style.Render(" "+a.status.text), a.width)
	}
	if row := a.cutRow(); row != "" && !a.lib.typing {
		// the row under the cursor, whole, as the reader's status shows
		// its outline's: a cut title, a hidden file, why a file failed
		help := " ? help "
		left := ellipsis(" "+row, max(a.width-ansi.StringWidth(help), 1))
		return fitStyled(st, st.Status.Render(fit(left, a.width-ansi.StringWidth(help))+help), a.width)
	}
	hints := []string{" enter open · / filter · A quotes across briefings · ? help · q quit", " enter open · / filter · ? help · q quit", " ? help · q quit"}
	if a.lib.typing {
		hints = []string{" enter keep the filter · esc clear it", " enter keep · esc clear"}
	}
	hint := hints[len(hints)-1]
	for _, h := range hints { // the longest that fits
		if ansi.StringWidth(h) <= a.width {
			hint = h
			break
		}
	}
	return fitStyled(st, st.Status.Render(hint), a.width)
}

// cutRow is the library's row under the cursor as the status bar shows
// it — file · title, or file · why it cannot be read — when the list
// does not show it whole; "" when it does.
func (a App) cutRow() string {
	i := a.lib.current()
	if i < 0 || i >= len(a.entries) {
		return ""
	}
	e := a.entries[i]
	if e.err != nil {
		return e.file() + " · " + oneLine(strings.TrimPrefix(e.err.Error(), e.doc.Path+": "))
	}
	c := a.lib.columns(a.entries)
	title, file := e.title(), e.file()
	// a file column left out for room is no cut: the key hints keep the
	// status bar until a title or file is cut
	titleCut := ansi.StringWidth(title) > c.title
	fileCut := c.file > 0 && ansi.StringWidth(file) > c.file
	if !titleCut && !fileCut {
		return ""
	}
	if title == file {
		return title
	}
	return file + " · " + title // the file is short: the title's end may go
}

// readerHelp is the shelf's keys that can act in the reader, for its help.
func (a App) readerHelp() []key.Binding {
	k := a.sk
	lib := a.shelf.Library
	k.NextDoc.SetEnabled(lib)
	k.PrevDoc.SetEnabled(lib)
	k.Library.SetEnabled(lib)
	k.Across.SetEnabled(lib && a.shelf.Voices != nil)
	k.OpenLink.SetEnabled(a.shelf.Open != nil)
	file := len(a.entries) > 0 && a.entries[0].doc.ID != ""
	k.Edit.SetEnabled(a.shelf.Edit != nil && file)
	k.Reload.SetEnabled(a.shelf.Load != nil && file)
	var out []key.Binding
	for _, b := range k.reader() {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// libraryHelpBox is the library help's width, its lines laid out for that
// width, and the rows of them the screen shows.
func (a App) libraryHelpBox() (w int, lines []string, rows int) {
	k, sk := a.keys, a.sk
	groups := [][]key.Binding{
		{sk.OpenDoc, sk.FilterDocs, sk.ClearFilter, sk.Across, k.Help, k.Quit},
		k.movement(),
		{sk.NextDoc, sk.PrevDoc, sk.Library},
	}
	w = max(min(a.width-4, 90), min(a.width, 20))
	lines = helpLines(a.st, groups, max(w-4, 1))
	lines = append(lines, "")
	for _, l := range wrapWords("in a briefing, ? lists the reader's keys", max(w-4, 1)) {
		lines = append(lines, fit(a.st.Muted.Render(l), max(w-4, 1)))
	}
	rows = max(min(len(lines), a.height-4), 1) // the frame, and a line above and below
	return w, lines, rows
}

// libraryHelpOver draws the library's keys over its list: all of them, or
// a window that j/k scroll where the screen is too small.
func (a App) libraryHelpOver(screen string) string {
	w, lines, rows := a.libraryHelpBox()
	body, footer := a.libHelpAt.view(lines, rows, w)
	box := overlayBox(a.st, frameText{title: "Library keys", footer: footer}, body, w, len(body)+2)
	return strings.Join(splice(strings.Split(screen, "\n"), box, (a.width-w)/2, 1), "\n")
}

// handleLibraryMouse scrolls the list with the wheel; a click puts the
// cursor on a row, and a click on the row under the cursor opens it.
func (a App) handleLibraryMouse(msg tea.MouseMsg) (App, tea.Cmd) {
	m := msg.Mouse()
	hs := uniform(len(a.lib.rows), 1)
	switch msg.(type) {
	case tea.MouseWheelMsg:
		d := 3
		if m.Button == tea.MouseWheelUp {
			d = -3
		}
		a.lib.list = a.lib.list.scroll(d, hs, a.lib.listHeight(), true)
	case tea.MouseClickMsg:
		if m.Button != tea.MouseLeft {
			return a, nil
		}
		row := a.lib.list.rowAt(m.Y-1, hs) // the header is line 0
		if row < 0 {
			return a, nil
		}
		if row == a.lib.list.cursor {
			return a.openFromList(a.lib.rows[row])
		}
		a.lib.list = a.lib.list.set(row, hs, a.lib.listHeight())
	}
	return a.schedule()
}

// wheelDialog scrolls the shelf's open dialog (the quotes across
// briefings, the library's help) with the wheel; clicks do nothing there.
func (a App) wheelDialog(msg tea.Msg) App {
	wheel, ok := msg.(tea.MouseWheelMsg)
	if !ok {
		return a
	}
	d := 3
	if wheel.Mouse().Button == tea.MouseWheelUp {
		d = -3
	}
	switch {
	case a.acrossOpen:
		a.across.list = a.across.list.scroll(d, a.across.hs, a.across.bodyHeight(), true)
	case a.libHelp:
		_, lines, rows := a.libraryHelpBox()
		a.libHelpAt.offset = min(max(a.libHelpAt.offset+d, 0), max(len(lines)-rows, 0))
	}
	return a
}
