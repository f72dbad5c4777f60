package ui

import (
	"fmt"
	"sort"
	"strconv"
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
	heading string // on one line; "Intro" for the intro
	// derived marks a unit brief named (a transcript's exchange): its
	// heading is brief's words, not the author's, and is drawn dimmed.
	derived bool
	count   int
	// depth is how far the author set this point below the document's
	// shallowest points ("### Capital" under "## Budget": 1), shown as
	// an indent of the heading so the outline keeps the author's levels.
	depth int
}

// maxDepth bounds the indent: past three levels an outline row would
// give its heading away to blanks.
const maxDepth = 3

// outlineModel is the left pane: the intro and the talking points, one
// line each, with their quote counts and the one being read marked. On a
// narrow screen it is a rail of point numbers.
type outlineModel struct {
	items         []outlineItem
	hs            []int // the rows' heights: one line each (heights)
	list          listState
	current       int          // the talking point at the top of the document
	fresh         map[int]bool // points new or changed on disk, marked until visited (reload.go)
	width, height int
	rail          bool
	digits        int // of the highest point number
	total         int // talking points in the briefing
}

// newOutline lists the talking points; with a speaker filter only those
// where the speaker is quoted, with the speaker's count.
func newOutline(b *model.Briefing, filter string, prev outlineModel) outlineModel {
	m := outlineModel{width: prev.width, height: prev.height, rail: prev.rail, current: prev.current, fresh: prev.fresh,
		digits: len(strconv.Itoa(len(b.Sections))), total: len(b.Sections)}
	// one pass over the quotes: asking the briefing for each point's
	// quotes would be quadratic in a long document
	counts := make([]int, len(b.Sections)+1)
	for _, q := range b.Quotes {
		if q.Section >= 0 && q.Section < len(counts) && (filter == "" || q.Speaker == filter) {
			counts[q.Section]++
		}
	}
	m.items = append(m.items, outlineItem{section: 0, heading: "Intro", count: counts[0]})
	top := 0 // the shallowest level the author gave a point
	for _, s := range b.Sections {
		if s.Level > 0 && (top == 0 || s.Level < top) {
			top = s.Level
		}
	}
	for _, s := range b.Sections {
		if s.Number < 0 || s.Number >= len(counts) {
			continue
		}
		c := counts[s.Number]
		if filter != "" && c == 0 {
			continue
		}
		depth := 0
		if s.Level > 0 && top > 0 {
			depth = min(s.Level-top, maxDepth)
		}
		m.items = append(m.items, outlineItem{section: s.Number, heading: oneLine(s.Heading), derived: s.Derived, count: c, depth: depth})
	}
	m.hs = uniform(len(m.items), 1)
	return m.follow(m.current)
}

// setSize lays the pane out for w × h cells, as a rail of numbers or
// with headings, keeping the cursor where the reader put it.
func (m outlineModel) setSize(w, h int, rail bool) outlineModel {
	if m.width == w && m.height == h && m.rail == rail {
		return m
	}
	m.width, m.height, m.rail = w, h, rail
	m.list = m.list.set(m.list.cursor, m.heights(), m.height)
	return m
}

// heights is the height of every row: one line each. The slice is made
// with the rows (newOutline), not at every key: a briefing's outline may
// have 12,000 of them.
func (m outlineModel) heights() []int { return m.hs }

// want is the pane width (frame included) that shows every heading
// whole, with its number and count.
func (m outlineModel) want() int {
	w := 0
	for _, it := range m.items {
		w = max(w, m.labelWidth(it)+m.countWidth(it))
	}
	if len(m.items) == 1 {
		w = max(w, 2+ansi.StringWidth(noPoints))
	}
	// the frame and the blank before the right border; never narrower
	// than the title
	return max(w+3, ansi.StringWidth(outlineTitle)+6)
}

// noPoints is said where the points would be when there are none.
const noPoints = "no talking points"

// outlineTitle is the pane's title.
const outlineTitle = "Talking points"

// labelWidth is the width of a row's text without its count: marker,
// number, heading.
func (m outlineModel) labelWidth(it outlineItem) int {
	return 1 + max(m.digits, 2) + 2 + 2*it.depth + ansi.StringWidth(it.heading)
}

func (m outlineModel) countWidth(it outlineItem) int {
	if it.count == 0 {
		return 0
	}
	return 2 + len(strconv.Itoa(it.count))
}

// indexOf returns the row of a talking point, or of the last point before
// it. The rows are in the briefing's order, which numbers its points in
// order: a binary search, as every key that moves the document asks.
func (m outlineModel) indexOf(section int) int {
	i := sort.Search(len(m.items), func(i int) bool { return m.items[i].section > section })
	return max(i-1, 0)
}

// follow marks the talking point being read and moves the cursor to it.
func (m outlineModel) follow(section int) outlineModel {
	m.current = section
	m.list = m.list.set(m.indexOf(section), m.heights(), m.height)
	return m
}

// update handles keys while the outline has focus.
func (m outlineModel) update(msg tea.KeyPressMsg, k keyMap) (outlineModel, tea.Cmd, bool) {
	var moved bool
	if m.list, moved = m.list.navigate(msg, k, m.heights(), m.height); moved {
		return m, nil, true
	}
	if key.Matches(msg, k.GoToPoint) && len(m.items) > 0 {
		s := m.items[m.list.cursor].section
		return m, func() tea.Msg { return pointChosenMsg{section: s} }, true
	}
	return m, nil, false
}

// cursorItem is the row under the cursor.
func (m outlineModel) cursorItem() (outlineItem, bool) {
	if m.list.cursor < 0 || m.list.cursor >= len(m.items) {
		return outlineItem{}, false
	}
	return m.items[m.list.cursor], true
}

// view draws the pane's inner area.
func (m outlineModel) view(st *theme, focused bool) string {
	out := make([]string, 0, m.height)
	for i := m.list.offset; i < len(m.items) && len(out) < m.height; i++ {
		out = append(out, m.row(st, m.items[i], focused && i == m.list.cursor))
	}
	if len(m.items) == 1 && !m.rail && len(out) < m.height {
		out = append(out, fit("  "+st.Muted.Render(ellipsis(noPoints, max(m.width-2, 1))), m.width))
	}
	for len(out) < m.height {
		out = append(out, fit("", m.width))
	}
	return strings.Join(out, "\n")
}

// row draws one talking point: "▌ 3. Heading…  2", or on the rail "▌ 3".
// The marker is on the point being read.
func (m outlineModel) row(st *theme, it outlineItem, cursor bool) string {
	marker, style := " ", paintItem
	if m.fresh[it.section] {
		marker = "+" // new or changed on disk, until visited
	}
	if it.section == m.current {
		marker, style = "▌", paintCurrent
	}
	num := fmt.Sprintf("%*d", max(m.digits, 2), it.section)
	if it.section == 0 {
		num = fmt.Sprintf("%*s", max(m.digits, 2), "·")
	}
	if m.rail {
		text := fit(marker+num, m.width)
		if cursor {
			return st.paint(paintCursor, text)
		}
		return st.paint(style, text)
	}
	count := ""
	if it.count > 0 {
		count = strconv.Itoa(it.count)
	}
	// "▌ 3. " and "▌12. ": numbers right-aligned under the marker
	prefix := marker + fmt.Sprintf("%*d. ", max(m.digits, 2), it.section) + strings.Repeat("  ", it.depth)
	if it.section == 0 {
		prefix = marker + " "
	}
	headW := max(m.width-ansi.StringWidth(prefix)-m.countWidth(it), 1)
	gap := ""
	if count != "" {
		gap = "  "
		if ansi.StringWidth(it.heading) > headW {
			// a cut heading takes a column of the gap: "Interest cost… 1"
			gap, headW = " ", headW+1
		}
	}
	head := fit(ellipsis(it.heading, headW), headW)
	if cursor {
		return st.paint(paintCursor, fit(prefix+head+gap+count, m.width))
	}
	hs := style
	if it.derived && it.section != m.current {
		hs = paintDerived // brief's words, not the author's: drawn as in the document
	}
	return fit(st.paint(style, prefix)+st.paint(hs, head)+gap+st.paint(paintCount, count), m.width)
}

// footer is the scroll hint set into the pane's bottom border when the
// points do not all fit: which are shown, and arrows for where the others
// are ("3–14 of 30 ↓"); on the rail the arrows alone.
func (m outlineModel) footer() string {
	first, last := m.list.offset, min(m.list.offset+m.height, len(m.items))-1
	if first == 0 && last == len(m.items)-1 {
		return ""
	}
	arrows := ""
	if first > 0 {
		arrows += "↑"
	}
	if last < len(m.items)-1 {
		arrows += "↓"
	}
	if m.rail {
		return arrows
	}
	lo := max(m.items[first].section, 1) // the intro is not a point
	return fmt.Sprintf("%d–%d of %d %s", lo, m.items[last].section, m.total, arrows)
}

// statusText is the full heading under the cursor, for the status bar
// while the outline has focus (the row may show it cut).
func (m outlineModel) statusText() string {
	it, ok := m.cursorItem()
	if !ok {
		return ""
	}
	if it.section == 0 {
		return "" // the position says "intro" already
	}
	s := fmt.Sprintf("%d. %s", it.section, it.heading)
	if it.derived {
		s += " (named by brief)"
	}
	return s
}
