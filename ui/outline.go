package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// pointChosenMsg reports that the reader chose a talking point (0 is the
// intro) in the outline.
type pointChosenMsg struct{ section int }

// outlineItem is one row of the outline.
type outlineItem struct {
	section int
	label   string
	count   int
}

// outlineModel is the left pane: the intro and the talking points with
// their quote counts, the one being read highlighted.
type outlineModel struct {
	items         []outlineItem
	list          listState
	current       int // the talking point at the top of the document
	width, height int
}

// newOutline lists the talking points; with a speaker filter only those
// where the speaker is quoted, with the speaker's count.
func newOutline(b *model.Briefing, filter string, prev outlineModel) outlineModel {
	m := outlineModel{width: prev.width, height: prev.height, current: prev.current}
	count := func(n int) int {
		c := 0
		for _, q := range b.QuotesIn(n) {
			if filter == "" || q.Speaker == filter {
				c++
			}
		}
		return c
	}
	m.items = append(m.items, outlineItem{section: 0, label: "Intro", count: count(0)})
	for _, s := range b.Sections {
		c := count(s.Number)
		if filter != "" && c == 0 {
			continue
		}
		m.items = append(m.items, outlineItem{section: s.Number, label: fmt.Sprintf("%d. %s", s.Number, oneLine(s.Heading)), count: c})
	}
	return m.follow(m.current)
}

func (m outlineModel) setSize(w, h int) outlineModel {
	m.width, m.height = w, h
	return m.follow(m.current)
}

// lines is how many lines each row takes: two when some heading does not
// fit on one, so that talking points stay readable in a narrow pane.
func (m outlineModel) lines() int {
	if m.height < 4 {
		return 1
	}
	for _, it := range m.items {
		if ansi.StringWidth(it.label) > m.labelWidth(it) {
			return 2
		}
	}
	return 1
}

// rows is how many rows fit in the pane.
func (m outlineModel) rows() int { return max(m.height/m.lines(), 1) }

func (m outlineModel) labelWidth(it outlineItem) int {
	count := 0
	if it.count > 0 {
		count = len(fmt.Sprint(it.count))
	}
	return max(m.width-2-count-1, 1)
}

// indexOf returns the row of a talking point, or of the last point before it.
func (m outlineModel) indexOf(section int) int {
	idx := 0
	for i, it := range m.items {
		if it.section <= section {
			idx = i
		}
	}
	return idx
}

// follow marks the talking point being read and moves the cursor to it.
func (m outlineModel) follow(section int) outlineModel {
	m.current = section
	m.list = m.list.set(m.indexOf(section), len(m.items), m.rows())
	return m
}

// update handles keys while the outline has focus.
func (m outlineModel) update(msg tea.KeyPressMsg, k keyMap) (outlineModel, tea.Cmd) {
	n, rows := len(m.items), m.rows()
	switch {
	case key.Matches(msg, k.Down):
		m.list = m.list.move(1, n, rows)
	case key.Matches(msg, k.Up):
		m.list = m.list.move(-1, n, rows)
	case key.Matches(msg, k.PageDown):
		m.list = m.list.move(rows, n, rows)
	case key.Matches(msg, k.PageUp):
		m.list = m.list.move(-rows, n, rows)
	case key.Matches(msg, k.HalfDown):
		m.list = m.list.move(rows/2, n, rows)
	case key.Matches(msg, k.HalfUp):
		m.list = m.list.move(-rows/2, n, rows)
	case key.Matches(msg, k.Top):
		m.list = m.list.set(0, n, rows)
	case key.Matches(msg, k.Bottom):
		m.list = m.list.set(n-1, n, rows)
	case key.Matches(msg, k.GoToPoint) && n > 0:
		s := m.items[m.list.cursor].section
		return m, func() tea.Msg { return pointChosenMsg{section: s} }
	}
	return m, nil
}

// view draws the pane's inner area.
func (m outlineModel) view(st Styles, focused bool) string {
	var out []string
	per := m.lines()
	for i := m.list.offset; i < len(m.items) && len(out)+per <= m.height; i++ {
		out = append(out, m.row(st, m.items[i], focused && i == m.list.cursor, per)...)
	}
	for len(out) < m.height {
		out = append(out, fit("", m.width))
	}
	return strings.Join(out, "\n")
}

// row draws one talking point on per lines: the label wrapped at a word
// boundary, the last line ending in "…" if it still does not fit.
func (m outlineModel) row(st Styles, it outlineItem, cursor bool, per int) []string {
	count := ""
	if it.count > 0 {
		count = fmt.Sprint(it.count)
	}
	marker := " "
	style := st.Item
	if it.section == m.current {
		marker, style = "▌", st.Current
	}
	labelW := m.labelWidth(it)
	parts := wrapLabel(it.label, labelW, per)
	lines := make([]string, per)
	for k := range lines {
		label, mark, num := fit(parts[k], labelW), marker, count
		if k > 0 {
			mark, num = marker, ""
			if marker == "▌" {
				mark = "▌"
			}
		}
		if cursor {
			lines[k] = st.Cursor.Render(fit(mark+" "+label+" "+num, m.width))
			continue
		}
		lines[k] = fit(style.Render(mark+" "+label)+" "+st.Count.Render(num), m.width)
	}
	return lines
}

// wrapLabel splits a label into n lines of at most w cells, breaking at
// spaces; the last line gets an ellipsis when text remains.
func wrapLabel(s string, w, n int) []string {
	out := make([]string, n)
	rest := s
	for k := 0; k < n; k++ {
		if k == n-1 || ansi.StringWidth(rest) <= w {
			out[k] = ellipsis(rest, w)
			break
		}
		cut := ansi.Truncate(rest, w, "")
		if i := strings.LastIndex(cut, " "); i > 0 && ansi.StringWidth(rest) > w {
			cut = cut[:i]
		}
		out[k] = cut
		rest = "   " + strings.TrimLeft(rest[len(cut):], " ")
	}
	return out
}
