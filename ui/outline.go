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
	m.list = m.list.set(m.indexOf(section), len(m.items), m.height)
	return m
}

// update handles keys while the outline has focus.
func (m outlineModel) update(msg tea.KeyPressMsg, k keyMap) (outlineModel, tea.Cmd) {
	n, rows := len(m.items), max(m.height, 1)
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
	var sb strings.Builder
	for r := 0; r < m.height; r++ {
		if r > 0 {
			sb.WriteByte('\n')
		}
		i := m.list.offset + r
		if i >= len(m.items) {
			sb.WriteString(fit("", m.width))
			continue
		}
		sb.WriteString(m.row(st, m.items[i], focused && i == m.list.cursor))
	}
	return sb.String()
}

func (m outlineModel) row(st Styles, it outlineItem, cursor bool) string {
	count := ""
	if it.count > 0 {
		count = fmt.Sprint(it.count)
	}
	marker := " "
	style := st.Item
	if it.section == m.current {
		marker, style = "▌", st.Current
	}
	labelW := max(m.width-2-ansi.StringWidth(count)-1, 1)
	label := fit(ellipsis(it.label, labelW), labelW)
	if cursor {
		return st.Cursor.Render(fit(marker+" "+label+" "+count, m.width))
	}
	return fit(style.Render(marker+" "+label)+" "+st.Count.Render(count), m.width)
}
