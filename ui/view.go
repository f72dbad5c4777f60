package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the reader: exactly the terminal's width × height.
func (m Model) View() tea.View {
	v := tea.NewView(safeFrame(m.render()))
	v.AltScreen = true
	// cell motion: clicks and the wheel, no motion events unless a button
	// is down; terminals still select text with shift+drag
	if !m.opts.NoMouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	title := "brief"
	if t := oneLine(m.b.Title); t != "" {
		title = "brief: " + ellipsis(t, 60)
	}
	v.WindowTitle = safeOutput(title)
	return v
}

// render composes panes, status bar and any dialog.
func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	l := layout(m.width, m.height, m.focus)
	screen := make([]string, l.height)
	for i := range screen {
		screen[i] = ""
	}
	add := func(c column, lines []string) {
		if c.w == 0 {
			return
		}
		for i := range screen {
			if i < len(lines) {
				screen[i] += lines[i]
			}
		}
	}
	// the child views are sized for the side width; a pane shown alone
	// below 80 columns is as wide as the screen, so re-size a copy
	if c := l.outline; c.w > 0 {
		o := m.outline.setSize(sideInner(c.w, l.height))
		add(c, frame(m.st, "Talking points", o.view(m.st, m.focus == outlinePane), c.w, l.height, m.focus == outlinePane))
	}
	if c := l.document; c.w > 0 {
		add(c, frame(m.st, m.docTitle(), m.doc.view(m.st), c.w, l.height, m.focus == documentPane))
	}
	if c := l.speakers; c.w > 0 {
		s := m.speakers.setSize(sideInner(c.w, l.height))
		add(c, frame(m.st, "Speakers", s.view(m.st, m.focus == speakersPane), c.w, l.height, m.focus == speakersPane))
	}
	screen = m.renderOverlay(screen, l)
	screen = append(screen, m.statusView())
	for i := range screen {
		screen[i] = fit(screen[i], m.width)
	}
	return strings.Join(screen[:m.height], "\n")
}

// docTitle is the document pane's title: the briefing's title if any.
func (m Model) docTitle() string {
	if t := oneLine(m.b.Title); t != "" {
		return t
	}
	return "Briefing"
}

// dialogRows is how many rows the speaker picker and the quotes view show
// on a screen h lines high: as many as their box holds, the picker's
// names under its input line and a blank one, the quotes at quoteRows
// lines each, the box leaving a line free above and below. The model
// stores them on a resize, so that its page keys move by what the dialog
// shows.
func dialogRows(h int) (picker, quotes int) {
	panes := layout(0, h, documentPane).height // the box is centred over the panes
	return max(panes-6, 1), max((panes-4)/quoteRows, 1)
}

// renderOverlay draws the open dialog centred over the panes.
func (m Model) renderOverlay(screen []string, l paneLayout) []string {
	if m.overlay == noOverlay || l.height < 3 {
		return screen
	}
	w := min(max(m.width*2/3, 40), m.width-2, 90)
	if m.width < 44 {
		w = m.width
	}
	var title string
	var body []string
	switch m.overlay {
	case pickerOverlay:
		title = "Filter by speaker"
		body = m.picker.view(m.st, max(w-4, 1))
	case quotesOverlay:
		title = "Quotes"
		if m.filter != "" {
			title = "Quotes by " + m.names.name(m.filter)
		}
		body = m.quotes.view(m.st, max(w-4, 1))
	case helpOverlay:
		title = "Keys"
		w = max(min(m.width-4, 100), min(m.width, 20))
		body = helpView(m.st, m.keys.groups(keyContext(m.focus)), max(w-4, 1), max(l.height-2, 1))
	}
	h := min(len(body)+2, l.height)
	box := overlayBox(m.st, title, body, w, h)
	return splice(screen, box, (m.width-w)/2, max((l.height-h)/2, 0))
}

// helpView lays out the enabled bindings of a context in as many columns
// as fit: every key the reader answers to, straight from the keyMap.
func helpView(st theme, groups [][]key.Binding, w, h int) []string {
	var keys, descs []string
	kw, dw := 0, 0
	for _, g := range groups {
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			keys, descs = append(keys, b.Help().Key), append(descs, b.Help().Desc)
			kw, dw = max(kw, ansi.StringWidth(b.Help().Key)), max(dw, ansi.StringWidth(b.Help().Desc))
		}
	}
	colW := kw + 2 + dw
	cols := max(1, min((w+3)/(colW+3), len(keys)))
	rows := (len(keys) + cols - 1) / cols
	lines := make([]string, 0, rows)
	for r := 0; r < rows && r < h; r++ {
		var sb strings.Builder
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(keys) {
				break
			}
			if c > 0 {
				sb.WriteString("   ")
			}
			sb.WriteString(st.Help.FullKey.Render(fit(keys[i], kw)) + "  " + st.Help.FullDesc.Render(fit(descs[i], dw)))
		}
		lines = append(lines, fit(sb.String(), w))
	}
	if rows > h && h > 0 {
		lines[h-1] = fit(st.Muted.Render("… enlarge the terminal for the rest"), w)
		return lines
	}
	// the mouse, below the keys when there is room for all of it
	if mouse := strings.Split(ansi.Wordwrap(mouseHelp, w, ""), "\n"); len(lines)+1+len(mouse) <= h {
		lines = append(lines, "")
		for _, l := range mouse {
			lines = append(lines, fit(st.Muted.Render(l), w))
		}
	}
	return lines
}
