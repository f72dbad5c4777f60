package ui

import (
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one notch of the wheel scrolls the document: three
// lines, as in most terminal programs and in bubbles' viewport.
const wheelLines = 3

// mouseHelp is shown under the keys in the help overlay. The mouse has no
// key bindings to generate it from.
const mouseHelp = "mouse: the wheel scrolls the pane under the pointer; a click on a point goes to it, on a speaker filters by them; shift+drag selects text (option+drag in iTerm2)."

// hit is what lies under a screen cell: a pane, and the row of its inner
// area (-1 on its frame).
type hit struct {
	pane pane
	col  column
	row  int
}

// hitTest finds the pane under cell (x, y); false over the status bar or
// outside the screen.
func (m Model) hitTest(x, y int) (hit, bool) {
	l := layout(m.width, m.height, m.focus, m.wants)
	if y < 0 || y >= l.height {
		return hit{}, false
	}
	cols := [paneCount]column{outlinePane: l.outline, documentPane: l.document, speakersPane: l.speakers}
	order := []pane{outlinePane, documentPane, speakersPane}
	if l.drawer != paneCount { // drawn over the document: it is hit first
		order = append([]pane{l.drawer}, order...)
	}
	for _, p := range order {
		c := cols[p]
		if c.w == 0 || x < c.x || x >= c.x+c.w {
			continue
		}
		h := hit{pane: p, col: c, row: y}
		if iw, ih := inner(c.w, l.height); iw != c.w { // framed
			h.row = y - 1
			if h.row >= ih || x == c.x || x == c.x+c.w-1 {
				h.row = -1
			}
		}
		return h, true
	}
	return hit{}, false
}

// handleWheel scrolls what is under the pointer: the open dialog's list,
// the document, or a side list, without moving the focus.
func (m Model) handleWheel(msg tea.MouseWheelMsg) (Model, tea.Cmd) {
	d := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		d = -1
	case tea.MouseWheelDown:
		d = 1
	default:
		return m, nil
	}
	switch m.overlay {
	case pickerOverlay:
		m.picker.list = m.picker.list.move(d, uniform(len(m.picker.matches), 1), m.picker.rows)
		return m, nil
	case quotesOverlay:
		m.quotes.list = m.quotes.list.move(d, m.quotes.hs, m.quotes.listRows())
		return m, nil
	case helpOverlay:
		_, lines, rows := m.helpBox()
		m.help.offset = min(max(m.help.offset+d*wheelLines, 0), max(len(lines)-rows, 0))
		return m, nil
	}
	h, ok := m.hitTest(msg.X, msg.Y)
	if !ok {
		return m, nil
	}
	switch h.pane {
	case outlinePane:
		m.outline.list = m.outline.list.scroll(d, m.outline.heights(), m.outline.height, m.focus == outlinePane)
	case speakersPane:
		m.speakers.list = m.speakers.list.scroll(d, m.speakers.heights(), m.speakers.height, m.focus == speakersPane)
	default:
		var cmd tea.Cmd
		m.doc, cmd = m.doc.scrollBy(d * wheelLines).schedule()
		return m, cmd
	}
	return m, nil
}

// handleClick focuses the pane clicked; a click on a talking point goes to
// it and one on a speaker filters by them, as enter does. Clicks do
// nothing while a dialog or the search input is open: they must not act
// on what the dialog hides.
func (m Model) handleClick(msg tea.MouseClickMsg) (Model, tea.Cmd) {
	if msg.Button != tea.MouseLeft || m.overlay != noOverlay || m.searching || m.commanding {
		return m, nil
	}
	h, ok := m.hitTest(msg.X, msg.Y)
	if !ok {
		return m, nil
	}
	// the rows as drawn, before the focus moves: a click on the rail goes
	// to the point without opening the drawer
	l := layout(m.width, m.height, m.focus, m.wants)
	rail := h.pane == outlinePane && l.outlineRail()
	if !rail {
		m = m.setFocus(h.pane)
	}
	if h.row < 0 {
		return m, nil
	}
	w, ht := sideInner(h.col.w, l.height)
	switch h.pane {
	case outlinePane:
		o := m.outline.setSize(w, ht, rail)
		i := o.list.rowAt(h.row, o.heights())
		if i < 0 {
			return m, nil
		}
		m.outline.list = m.outline.list.set(i, m.outline.heights(), m.outline.height)
		return m.handlePointChosen(pointChosenMsg{section: o.items[i].section})
	case speakersPane:
		s := m.speakers.setSize(w, ht)
		i := s.list.rowAt(h.row, s.heights())
		if i < 0 {
			return m, nil
		}
		m.speakers.list = m.speakers.list.set(i, m.speakers.heights(), m.speakers.height)
		return m.handleSpeakerChosen(speakerChosenMsg{id: s.items[i].id})
	}
	return m, nil
}
