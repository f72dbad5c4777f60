package ui

import "strings"

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
	x, y := (m.width-w)/2, max((l.height-h)/2, 0)
	return splice(clearBeside(screen, l, m.width, x, y, w, h), box, x, y)
}

// clearBeside blanks, on the rows a dialog at x, y of w × h covers, what
// the panes under it show beside it: the ends of cut lines and words
// ("ling in" at its right edge) read as if they were the dialog's. Pane
// borders stay, and so do panes the dialog does not reach.
func clearBeside(screen []string, l paneLayout, width, x, y, w, h int) []string {
	cols := []column{l.outline, l.document, l.speakers}
	switch l.drawer {
	case outlinePane:
		cols = append(cols, l.outline)
	case speakersPane:
		cols = append(cols, l.speakers)
	}
	// owner[i] is the pane drawn at column i, the last drawn on top
	owner := make([]int, width)
	for i := range owner {
		owner[i] = -1
	}
	for k, c := range cols {
		for i := max(c.x, 0); i < min(c.x+c.w, width); i++ {
			owner[i] = k
		}
	}
	blank := make([]bool, width)
	for i := range width {
		if i >= x && i < x+w || owner[i] < 0 {
			continue
		}
		c := cols[owner[i]]
		reached := c.x < x+w && c.x+c.w > x
		if reached && i > c.x && i < c.x+c.w-1 {
			blank[i] = true // inside the pane's frame
		}
	}
	for i := 0; i < width; {
		if !blank[i] {
			i++
			continue
		}
		j := i
		for j < width && blank[j] {
			j++
		}
		gap := []string{strings.Repeat(" ", j-i)}
		for r := max(y, 1); r < min(y+h, l.height-1); r++ {
			screen = splice(screen, gap, i, r) // the panes' own top and bottom borders stay
		}
		i = j
	}
	return screen
}
