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
	// wrapped caches the wrapped labels at the size wrappedAt, since
	// every message and every frame asks for them.
	wrapped   [][]string
	wrappedAt [2]int
}

// newOutline lists the talking points; with a speaker filter only those
// where the speaker is quoted, with the speaker's count.
func newOutline(b *model.Briefing, filter string, prev outlineModel) outlineModel {
	m := outlineModel{width: prev.width, height: prev.height, current: prev.current}
	// one pass over the quotes: asking the briefing for each point's
	// quotes would be quadratic in a long document
	counts := make([]int, len(b.Sections)+1)
	for _, q := range b.Quotes {
		if q.Section >= 0 && q.Section < len(counts) && (filter == "" || q.Speaker == filter) {
			counts[q.Section]++
		}
	}
	count := func(n int) int {
		if n < 0 || n >= len(counts) {
			return 0
		}
		return counts[n]
	}
	m.items = append(m.items, outlineItem{section: 0, label: "Intro", count: count(0)})
	// numbers right-aligned, so that from ten points on the headings
	// still start in one column
	digits := len(fmt.Sprint(len(b.Sections)))
	for _, s := range b.Sections {
		c := count(s.Number)
		if filter != "" && c == 0 {
			continue
		}
		m.items = append(m.items, outlineItem{section: s.Number, label: fmt.Sprintf("%*d. %s", digits, s.Number, oneLine(s.Heading)), count: c})
	}
	m.wrapped, m.wrappedAt = m.wrapLabels(), [2]int{m.width, m.height}
	return m.follow(m.current)
}

// setSize lays the pane out for w × h cells, keeping the cursor where the
// reader put it. The view calls it on every frame, so it does nothing when
// the size is the one already laid out.
func (m outlineModel) setSize(w, h int) outlineModel {
	if m.wrapped != nil && m.wrappedAt == [2]int{w, h} && m.width == w && m.height == h {
		return m
	}
	m.width, m.height = w, h
	m.wrapped, m.wrappedAt = m.wrapLabels(), [2]int{w, h}
	m.list = m.list.set(m.list.cursor, m.heights(), m.height)
	return m
}

// maxLabelLines is the most lines a talking point's heading wraps to.
const maxLabelLines = 4

// labels is every row's label wrapped for the pane, from the cache when
// it is for the pane's size.
func (m outlineModel) labels() [][]string {
	if m.wrapped != nil && m.wrappedAt == [2]int{m.width, m.height} {
		return m.wrapped
	}
	return m.wrapLabels()
}

// wrapLabels wraps every row's label for the pane: to as many lines as the
// longest needs (up to four) when the whole outline then fits, else to
// three, so that headings stay readable and the outline scrolls (two in a
// pane under 15 lines, one under 4). The last line ends in "…" if text
// remains.
func (m outlineModel) wrapLabels() [][]string {
	wrap := func(most int) ([][]string, int) {
		out, total := make([][]string, len(m.items)), 0
		for i, it := range m.items {
			out[i] = wrapLabel(it.label, m.labelWidth(it), most)
			total += len(out[i])
		}
		return out, total
	}
	least := 3
	switch {
	case m.height < 4:
		least = 1
	case m.height < 15:
		least = 2
	}
	for most := maxLabelLines; ; most-- {
		if out, total := wrap(most); total <= m.height || most <= least {
			return out
		}
	}
}

// heights is the height of every row in lines.
func (m outlineModel) heights() []int {
	ls := m.labels()
	hs := make([]int, len(ls))
	for i, l := range ls {
		hs[i] = len(l)
	}
	return hs
}

func (m outlineModel) labelWidth(it outlineItem) int {
	count := 0
	if it.count > 0 {
		count = len(fmt.Sprint(it.count))
	}
	return max(m.width-2-count-2, 1) // two blanks keep the count apart
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
	m.list = m.list.set(m.indexOf(section), m.heights(), m.height)
	return m
}

// update handles keys while the outline has focus.
func (m outlineModel) update(msg tea.KeyPressMsg, k keyMap) (outlineModel, tea.Cmd) {
	var moved bool
	if m.list, moved = m.list.navigate(msg, k, m.heights(), m.height); moved {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.GoToPoint) && len(m.items) > 0:
		s := m.items[m.list.cursor].section
		return m, func() tea.Msg { return pointChosenMsg{section: s} }
	}
	return m, nil
}

// view draws the pane's inner area.
func (m outlineModel) view(st theme, focused bool) string {
	var out []string
	labels := m.labels()
	for i := m.list.offset; i < len(m.items) && len(out) < m.height; i++ {
		out = append(out, m.row(st, m.items[i], focused && i == m.list.cursor, labels[i])...)
	}
	for len(out) < m.height {
		out = append(out, fit("", m.width))
	}
	return strings.Join(out[:m.height], "\n")
}

// row draws one talking point: its label's lines, the count on the first.
func (m outlineModel) row(st theme, it outlineItem, cursor bool, label []string) []string {
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
	lines := make([]string, len(label))
	for k, part := range label {
		text, num := fit(part, labelW), count
		if k > 0 {
			num = ""
		}
		if cursor {
			lines[k] = st.Cursor.Render(fit(marker+" "+text+"  "+num, m.width))
			continue
		}
		lines[k] = fit(style.Render(marker+" "+text)+"  "+st.Count.Render(num), m.width)
	}
	return lines
}

// minHangText is the narrowest text a wrapped heading's indent leaves.
const minHangText = 8

// wrapLabel splits a label into at most n lines of at most w cells,
// breaking at spaces, later lines indented under the text after the
// point's number; the last line gets an ellipsis when text remains.
func wrapLabel(s string, w, n int) []string {
	hang := ""
	// the indent only where it leaves room for words
	if i := strings.Index(s, ". "); i > 0 && i < 4 && strings.Trim(s[:i], " 0123456789") == "" && w-(i+2) >= minHangText {
		hang = strings.Repeat(" ", i+2)
	}
	var out []string
	rest := s
	for len(out) < n {
		if len(out) == n-1 || ansi.StringWidth(rest) <= w {
			out = append(out, ellipsis(rest, w))
			break
		}
		cut := ansi.Truncate(rest, w, "")
		// break at the last space, unless the cut already ends a word
		if i := strings.LastIndex(cut, " "); i > len(hang) && !strings.HasPrefix(rest[len(cut):], " ") {
			cut = cut[:i]
		}
		out = append(out, cut)
		rest = hang + strings.TrimLeft(rest[len(cut):], " ")
	}
	return out
}
