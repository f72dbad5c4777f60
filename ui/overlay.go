package ui

// dialogRows is how many rows the speaker picker and the quotes view have
// on a screen h lines high: as many as their box holds, the picker's
// names under its input line and a blank one, the box leaving a line free
// above and below. The model stores them on a resize, so that its page
// keys move by what the dialog shows.
func dialogRows(h int) (picker, quotes int) {
	panes := max(h-1, 0) // the box is centred over the panes
	return max(panes-6, 1), max(panes-4, 1)
}

// dialogWidth is the width of the picker's and the quotes view's box: the
// screen less a margin, at most 90, so that a quote wraps near the
// reading column's width (two thirds of 80 columns wrapped every quote
// at 47).
func (m Model) dialogWidth() int {
	if m.width < 44 {
		return m.width
	}
	return min(m.width-4, 90)
}

// helpBox is the help dialog's width, its lines at that width and the
// rows it shows at once.
func (m Model) helpBox() (w int, lines []string, rows int) {
	w = max(min(m.width-4, 100), min(m.width, 20))
	lines = helpLines(m.st, m.helpGroups(keyContext(m.focus)), max(w-4, 1))
	rows = max(min(len(lines), max(m.height-1, 0)-2), 1)
	return w, lines, rows
}

// renderOverlay draws the open dialog centred over the panes.
func (m Model) renderOverlay(screen []string, l paneLayout) []string {
	if m.overlay == noOverlay || l.height < 3 {
		return screen
	}
	w := m.dialogWidth()
	var ft frameText
	var body []string
	switch m.overlay {
	case pickerOverlay:
		ft.title, ft.footer = m.picker.title(), "enter filters · esc closes"
		body = m.picker.view(m.st, max(w-4, 1))
	case quotesOverlay:
		ft.title, ft.footer = m.quotes.title(m.names.name(m.filter)), m.quotes.footer()
		body = m.quotes.view(m.st)
	case helpOverlay:
		var lines []string
		var rows int
		w, lines, rows = m.helpBox()
		ft.title = "Keys: " + keyContext(m.focus).String()
		body, ft.footer = m.help.view(lines, rows, w)
	}
	h := min(len(body)+2, l.height)
	box := overlayBox(m.st, ft, body, w, h)
	return splice(screen, box, (m.width-w)/2, max((l.height-h)/2, 0))
}
