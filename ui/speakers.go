package ui

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// speakerChosenMsg reports that the reader chose a speaker to filter by.
type speakerChosenMsg struct{ id string }

// speakerItem is one speaker in the pane or the picker.
type speakerItem struct {
	id, name, role string
	aliases        []string
	count          int
}

// speakerItems lists the speakers, most quoted first, with clean text.
func speakerItems(b *model.Briefing) []speakerItem {
	var out []speakerItem
	counts := b.QuoteCounts()
	for _, s := range b.SpeakersByQuotes() {
		it := speakerItem{id: s.ID, name: oneLine(s.Name), role: oneLine(s.Role), count: counts[s.ID]}
		if it.name == "" {
			it.name = oneLine(s.ID)
		}
		for _, a := range append([]string{s.FullName}, s.Aliases...) {
			if a = oneLine(a); a != "" && a != it.name {
				it.aliases = append(it.aliases, a)
			}
		}
		out = append(out, it)
	}
	return out
}

// speakersModel is the right pane: who is quoted, with role and count,
// one line for the name and one for the role.
type speakersModel struct {
	items         []speakerItem
	list          listState
	filter        string
	width, height int
	hs            []int // every speaker's height: a role takes a second line
}

func newSpeakers(b *model.Briefing) speakersModel {
	m := speakersModel{items: speakerItems(b)}
	m.hs = make([]int, len(m.items))
	for i, it := range m.items {
		m.hs[i] = 1
		if it.role != "" {
			m.hs[i] = 2
		}
	}
	return m
}

// setSize lays the pane out for w × h cells.
func (m speakersModel) setSize(w, h int) speakersModel {
	if w == m.width && h == m.height {
		return m
	}
	m.width, m.height = w, h
	m.list = m.list.set(m.list.cursor, m.heights(), m.height)
	return m
}

// heights is the height of every speaker in lines: the name, then the
// role if the document gives one.
func (m speakersModel) heights() []int { return m.hs }

// want is the pane width (frame included) that shows every name whole
// beside its count. Roles widen the pane only where the document leaves
// columns unused (wantRoles); elsewhere they are cut, and shown whole in
// the status bar.
func (m speakersModel) want() int {
	w := 0
	for _, it := range m.items {
		w = max(w, 2+ansi.StringWidth(it.name)+2+len(strconv.Itoa(it.count)))
	}
	if len(m.items) == 0 {
		w = ansi.StringWidth(noSpeakers) + 2
	}
	return w + 3 // the frame and the blank before the right border
}

// update handles keys while the speakers pane has focus.
func (m speakersModel) update(msg tea.KeyPressMsg, k keyMap) (speakersModel, tea.Cmd, bool) {
	var moved bool
	if m.list, moved = m.list.navigate(msg, k, m.heights(), m.height); moved {
		return m, nil, true
	}
	if key.Matches(msg, k.FilterSpeaker) && len(m.items) > 0 {
		id := m.items[m.list.cursor].id
		return m, func() tea.Msg { return speakerChosenMsg{id: id} }, true
	}
	return m, nil, false
}

// Empty state: said where the names would be, and why.
const (
	noSpeakers    = "No quoted speakers"
	noSpeakersWhy = "no quote here names who said it"
)

// wantRoles is the pane width (frame included) that shows every name and
// every role whole: what the pane takes where the document leaves columns
// unused.
func (m speakersModel) wantRoles() int {
	w := m.want()
	for _, it := range m.items {
		if it.role != "" {
			w = max(w, 2+ansi.StringWidth(it.role)+3)
		}
	}
	return w
}

// view draws the pane's inner area.
func (m speakersModel) view(st *theme, focused bool) string {
	var lines []string
	if len(m.items) == 0 {
		for _, l := range wrapWords(noSpeakers, max(m.width-2, 1)) {
			lines = append(lines, fit("  "+st.Item.Render(l), m.width))
		}
		for _, l := range wrapWords(noSpeakersWhy, max(m.width-2, 1)) {
			lines = append(lines, fit("  "+st.Muted.Render(l), m.width))
		}
	}
	for i := m.list.offset; i < len(m.items) && len(lines) < m.height; i++ {
		it := m.items[i]
		count := strconv.Itoa(it.count)
		nameW, gap := max(m.width-2-len(count)-2, 1), "  "
		if ansi.StringWidth(it.name) > nameW {
			nameW, gap = nameW+1, " " // a cut name takes a column of the gap
		}
		marker, style := " ", paintItem
		if it.id == m.filter {
			marker, style = "▌", paintFiltered
		}
		name := fit(ellipsis(it.name, nameW), nameW)
		if focused && i == m.list.cursor {
			lines = append(lines, st.paint(paintCursor, fit(marker+" "+name+gap+count, m.width)))
		} else {
			lines = append(lines, fit(st.paint(style, marker+" "+name)+gap+st.paint(paintCount, count), m.width))
		}
		if it.role != "" {
			lines = append(lines, fit("  "+st.paint(paintMuted, ellipsis(it.role, max(m.width-2, 1))), m.width))
		}
	}
	for len(lines) < m.height {
		lines = append(lines, fit("", m.width))
	}
	return strings.Join(lines[:m.height], "\n")
}

// footer is the scroll hint set into the pane's bottom border when the
// speakers do not all fit.
func (m speakersModel) footer() string {
	if len(m.items) == 0 {
		return ""
	}
	shown := fits(m.heights(), m.list.offset, m.height)
	below := len(m.items) - m.list.offset - shown
	switch {
	case m.list.offset == 0 && below <= 0:
		return ""
	case below <= 0:
		return fmt.Sprintf("↑ %d more", m.list.offset)
	case m.list.offset == 0:
		return fmt.Sprintf("↓ %d more", below)
	}
	return fmt.Sprintf("↑ %d · ↓ %d more", m.list.offset, below)
}

// statusText is the speaker under the cursor in full, for the status bar
// while the pane has focus: the row may cut the name and role.
func (m speakersModel) statusText() string {
	if m.list.cursor < 0 || m.list.cursor >= len(m.items) {
		return ""
	}
	it := m.items[m.list.cursor]
	s := it.name
	if it.role != "" {
		s += " · " + it.role
	}
	s += " · " + plural(it.count, "quote")
	if it.id == m.filter {
		s += " · enter clears the filter"
	}
	return s
}

// wrapWords wraps text at w cells, at spaces; a word longer than w is
// broken.
func wrapWords(s string, w int) []string {
	w = max(w, 1)
	var out []string
	cur := ""
	for _, word := range strings.Fields(s) {
		for ansi.StringWidth(word) > w {
			if cur != "" {
				out, cur = append(out, cur), ""
			}
			head := ansi.Truncate(word, w, "")
			if head == "" { // a character wider than w: it takes a line
				_, n := utf8.DecodeRuneInString(word)
				head = word[:n]
			}
			out, word = append(out, head), word[len(head):]
		}
		switch {
		case cur == "":
			cur = word
		case ansi.StringWidth(cur)+1+ansi.StringWidth(word) <= w:
			cur += " " + word
		default:
			out, cur = append(out, cur), word
		}
	}
	if cur != "" || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}
