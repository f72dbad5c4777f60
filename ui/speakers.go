package ui

import (
	"fmt"
	"strings"

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

// speakersModel is the right pane: who is quoted, with role and count.
type speakersModel struct {
	items         []speakerItem
	list          listState
	filter        string
	width, height int
	// hs caches every speaker's height for hsKey: wrapping thousands of
	// names on every frame and key would make each cost tens of ms.
	hs    []int
	hsKey heightsKey
}

// heightsKey is what the speakers' heights depend on besides the items,
// which do not change: the width they wrap at, and whether the pane is
// too short for wrapping.
type heightsKey struct {
	width   int
	compact bool
}

// maxRoleLines is the most lines a speaker's role wraps to.
const maxRoleLines = 2

func newSpeakers(b *model.Briefing) speakersModel {
	return speakersModel{items: speakerItems(b)}
}

// setSize lays the pane out for w × h cells. The view calls it on every
// frame, so it does nothing when the size is the one already laid out.
func (m speakersModel) setSize(w, h int) speakersModel {
	if w == m.width && h == m.height && m.hs != nil {
		return m
	}
	m.width, m.height = w, h
	if k := (heightsKey{w, h < 4}); m.hs == nil || m.hsKey != k {
		m.hs, m.hsKey = m.measure(), k
	}
	m.list = m.list.set(m.list.cursor, m.hs, m.height)
	return m
}

// roleLines wraps a speaker's role under their name: up to two lines, none
// when the role is unknown.
func (m speakersModel) roleLines(it speakerItem) []string {
	if it.role == "" {
		return nil
	}
	w := max(m.width-2, 1)
	if m.height < 4 {
		return []string{ellipsis(it.role, w)}
	}
	return wrapLabel(it.role, w, maxRoleLines)
}

// nameLines wraps a speaker's name beside their count: up to two lines
// ("Ana Ruiz, Duchess of Lorn" would otherwise lose the title that tells
// her apart).
func (m speakersModel) nameLines(it speakerItem) []string {
	w := max(m.width-2-ansi.StringWidth(fmt.Sprint(it.count))-2, 1) // two blanks before the count
	if m.height < 4 {
		return []string{ellipsis(it.name, w)}
	}
	return wrapLabel(it.name, w, 2)
}

// heights is the height of every speaker in lines at the pane's size,
// cached by setSize.
func (m speakersModel) heights() []int {
	if m.hs != nil && m.hsKey == (heightsKey{m.width, m.height < 4}) {
		return m.hs
	}
	return m.measure()
}

// measure wraps every speaker to find their heights: the name, then the
// role.
func (m speakersModel) measure() []int {
	hs := make([]int, len(m.items))
	for i, it := range m.items {
		hs[i] = len(m.nameLines(it)) + len(m.roleLines(it))
	}
	return hs
}

// update handles keys while the speakers pane has focus.
func (m speakersModel) update(msg tea.KeyPressMsg, k keyMap) (speakersModel, tea.Cmd) {
	var moved bool
	if m.list, moved = m.list.navigate(msg, k, m.heights(), m.height); moved {
		return m, nil
	}
	switch {
	case key.Matches(msg, k.FilterSpeaker) && len(m.items) > 0:
		id := m.items[m.list.cursor].id
		return m, func() tea.Msg { return speakerChosenMsg{id: id} }
	}
	return m, nil
}

// view draws the pane's inner area.
func (m speakersModel) view(st theme, focused bool) string {
	var lines []string
	if len(m.items) == 0 {
		lines = append(lines, st.Muted.Render(ellipsis("No quoted speakers", m.width)))
	}
	for i := m.list.offset; i < len(m.items) && len(lines) < m.height; i++ {
		it := m.items[i]
		count := fmt.Sprint(it.count)
		nameW := max(m.width-2-ansi.StringWidth(count)-2, 1)
		marker, style := " ", st.Item
		if it.id == m.filter {
			marker, style = "▌", st.Filtered
		}
		for k, part := range m.nameLines(it) {
			name, num := fit(part, nameW), count
			if k > 0 {
				num = ""
			}
			if focused && i == m.list.cursor {
				lines = append(lines, st.Cursor.Render(fit(marker+" "+name+"  "+num, m.width)))
			} else {
				lines = append(lines, fit(style.Render(marker+" "+name)+"  "+st.Count.Render(num), m.width))
			}
		}
		for _, r := range m.roleLines(it) {
			lines = append(lines, fit("  "+st.Muted.Render(r), m.width))
		}
	}
	for len(lines) < m.height {
		lines = append(lines, fit("", m.width))
	}
	return strings.Join(lines[:m.height], "\n")
}
