package ui

import (
	"path/filepath"
	"strings"
	"time"

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
	v.WindowTitle = safeOutput("brief: " + ellipsis(m.docName(), 60))
	return v
}

// docName names the document for the pane's title and the window's: the
// file's name (not the path: the title has little room), or what stands
// for standard input and the sample. The headline is the first thing in
// the pane, so it is not repeated here.
func (m Model) docName() string {
	switch src := oneLine(m.b.Source); src {
	case "", "-":
		return "standard input"
	case "sample":
		return "the built-in sample"
	default:
		return filepath.Base(src)
	}
}

// render composes panes, status bar and any dialog.
func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	l := layout(m.width, m.height, m.focus, m.wants)
	screen := make([]string, l.height)
	// filled is how many cells of each row are drawn: the panes side by
	// side are joined (each frame line is exactly its column's width),
	// a drawer over another pane is spliced in
	filled := make([]int, l.height)
	put := func(c column, lines []string) {
		for i := range screen {
			if i >= len(lines) {
				continue
			}
			if c.x >= filled[i] {
				screen[i] += strings.Repeat(" ", c.x-filled[i]) + lines[i]
				filled[i] = c.x + c.w
				continue
			}
			screen[i] = splice([]string{fit(screen[i], m.width)}, []string{lines[i]}, c.x, 0)[0]
			filled[i] = max(m.width, c.x+c.w)
		}
	}
	// the document first: a drawer is drawn over its left edge
	side := func(p pane, c column) {
		if c.w == 0 {
			return
		}
		focused := m.focus == p
		if p == outlinePane {
			o := m.outline.setSize(sideInnerOf(c.w, l.height, l.outlineRail()))
			put(c, frame(m.st, frameText{m.outlineTitle(l, c), o.footer()}, o.view(m.st, focused), c.w, l.height, focused))
			return
		}
		s := m.speakers.setSize(sideInner(c.w, l.height))
		put(c, frame(m.st, frameText{"Speakers", s.footer()}, s.view(m.st, focused), c.w, l.height, focused))
	}
	if l.drawer != outlinePane {
		side(outlinePane, l.outline)
	}
	if c := l.document; c.w > 0 {
		put(c, frame(m.st, frameText{title: m.docName()}, m.docView(), c.w, l.height, m.focus == documentPane))
	}
	if l.drawer != speakersPane {
		side(speakersPane, l.speakers)
	}
	switch l.drawer {
	case outlinePane:
		side(outlinePane, l.outline)
	case speakersPane:
		side(speakersPane, l.speakers)
	}
	screen = m.renderOverlay(screen, l)
	screen = append(screen, m.statusView())
	for i := range screen {
		screen[i] = fit(screen[i], m.width)
	}
	return strings.Join(screen[:m.height], "\n")
}

// outlineTitle is the outline's title: "Talking points", or on the rail
// (too narrow for words) nothing but the frame.
func (m Model) outlineTitle(l paneLayout, c column) string {
	if l.outlineRail() && c.w == railWidth(m.wants.digits) {
		return ""
	}
	return outlineTitle
}

// flashTTL is how long a quote jumped to stays marked.
const flashTTL = 1500 * time.Millisecond

// flashExpiredMsg ends the mark on a quote jumped to.
type flashExpiredMsg struct{ id int }

// docView is the document pane's inner area, with the quote just jumped
// to marked in the margin beside its lines.
func (m Model) docView() string {
	v := m.doc.view(m.st)
	if m.flash < 0 || m.doc.pad < 1 {
		return v
	}
	lines := strings.Split(v, "\n")
	for i := range lines {
		li := m.doc.offset + i
		if li >= m.doc.total() || !lineHasQuote(m.doc.line(li), m.flash) {
			continue
		}
		lines[i] = m.st.Flash.Render("▌") + cutLeft(lines[i], 1)
	}
	return strings.Join(lines, "\n")
}

// lineHasQuote reports whether a rendered line shows part of quote q.
func lineHasQuote(l docLine, q int) bool {
	for _, sp := range l.spans {
		if (sp.kind == spanQuote || sp.kind == spanTurn) && sp.quote == q {
			return true
		}
	}
	return false
}

// cutLeft drops the first n cells of a styled line.
func cutLeft(s string, n int) string { return ansi.Cut(s, n, ansi.StringWidth(s)) }
