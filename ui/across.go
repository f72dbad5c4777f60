package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// acrossChosenMsg asks to open a briefing at one of its quotes, filtered
// by its speaker.
type acrossChosenMsg struct {
	entry, quote int
	speaker      string
}

// acrossItem is one quote of the voice, in one briefing, with its words.
type acrossItem struct {
	entry, quote int
	text         string
	where        string // the briefing's title and the talking point
}

// acrossModel lists one voice's quotes in every briefing parsed, briefing
// by briefing in the shelf's order: the quotes view across a day's
// briefings.
type acrossModel struct {
	voice  model.Voice
	items  []acrossItem
	list   listState
	width  int
	height int
	hs     []int // each quote's lines at the box's width: its words, then where
}

// newAcross lists the quotes of voice v in the briefings es; open is the
// briefing being read, -1 for none.
func newAcross(v model.Voice, es []entry, open int) acrossModel {
	m := acrossModel{voice: v}
	for _, ap := range v.In {
		if ap.Briefing < 0 || ap.Briefing >= len(es) || es[ap.Briefing].b == nil {
			continue
		}
		e := es[ap.Briefing]
		for qi, q := range e.b.Quotes {
			if q.Speaker != ap.Speaker {
				continue
			}
			where := e.title()
			if ap.Briefing == open {
				where += " (open)"
			}
			if q.Section > 0 && q.Section <= len(e.b.Sections) {
				where += fmt.Sprintf(" · %d. %s", q.Section, oneLine(e.b.Sections[q.Section-1].Heading))
			} else {
				where += " · intro"
			}
			m.items = append(m.items, acrossItem{entry: ap.Briefing, quote: qi, text: oneLine(q.Text), where: where})
		}
	}
	return m
}

// setSize lays the quotes out for a w × h screen: each wrapped in full
// (up to maxQuoteLines), as in the quotes view of one briefing.
func (m acrossModel) setSize(w, h int) acrossModel {
	m.width, m.height = w, h
	m.hs = make([]int, len(m.items))
	for i, it := range m.items {
		m.hs[i] = len(m.textLines(it)) + len(m.whereLines(it))
	}
	m.list = m.list.set(m.list.cursor, m.hs, m.bodyHeight())
	return m
}

// textWidth is the width of a quote's words inside the box, after the
// cursor's margin.
func (m acrossModel) textWidth() int {
	w, _ := m.box()
	return max(w-4-2, 1)
}

// whereLines wraps "— title · point" under the quote, on two lines at most.
func (m acrossModel) whereLines(it acrossItem) []string {
	lines := wrapWords("— "+it.where, m.textWidth())
	if len(lines) > 2 {
		lines = lines[:2]
		lines[1] = ellipsis(lines[1]+" …", m.textWidth())
	}
	return lines
}

// textLines wraps a quote's words in quote marks.
func (m acrossModel) textLines(it acrossItem) []string {
	lines := wrapWords("“"+it.text+"”", m.textWidth())
	if len(lines) > maxQuoteLines {
		lines = lines[:maxQuoteLines]
		lines[maxQuoteLines-1] = ellipsis(lines[maxQuoteLines-1]+" …", m.textWidth())
	}
	return lines
}

// box is the dialog's width and height on the screen.
func (m acrossModel) box() (w, h int) {
	w = min(max(m.width*4/5, 40), m.width-2, 110)
	if m.width < 44 {
		w = m.width
	}
	return w, max(m.height-3, 3)
}

// bodyHeight is the lines inside the box.
func (m acrossModel) bodyHeight() int {
	_, h := m.box()
	return max(h-2, 2)
}

// openAcross opens the quotes of voice v (an index into the voices) in
// every briefing.
func (a App) openAcross(v int) (App, tea.Cmd) {
	voices := a.voicesNow()
	if v < 0 || v >= len(voices) {
		return a.setStatus("filter by a speaker first (/ and a name), then A lists their quotes in every briefing", true)
	}
	a.across = newAcross(voices[v], a.entries, a.openForAcross()).setSize(a.width, a.height)
	// start on the first quote from another briefing than the one open:
	// what the reader came for
	for i, it := range a.across.items {
		if it.entry != a.open {
			a.across.list = a.across.list.set(i, a.across.hs, a.across.bodyHeight())
			break
		}
	}
	a.acrossOpen = true
	return a, nil
}

func (a App) handleAcrossKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	m := &a.across
	hs := m.hs
	switch {
	case key.Matches(msg, a.keys.Interrupt):
		return a, tea.Quit
	case key.Matches(msg, a.keys.Close), key.Matches(msg, a.sk.Across):
		a.acrossOpen = false
	case key.Matches(msg, a.keys.QuoteJump) && len(m.items) > 0:
		it := m.items[m.list.cursor]
		id := m.voice.SpeakerIn(it.entry)
		return a, func() tea.Msg { return acrossChosenMsg{entry: it.entry, quote: it.quote, speaker: id} }
	case key.Matches(msg, a.sk.CopyQuote) && len(m.items) > 0:
		it := m.items[m.list.cursor]
		b := a.entries[it.entry].b
		clip := quoteClip(b, b.Quotes[it.quote])
		a2, cmd := a.setStatus("copied: "+clip, false)
		return a2, tea.Batch(tea.SetClipboard(clip), cmd)
	default:
		m.list, _ = m.list.navigate(msg, a.keys, hs, m.bodyHeight())
	}
	return a, nil
}

// acrossOver draws the dialog over a screen.
func (a App) acrossOver(screen string) string {
	m := a.across
	w, h := m.box()
	lines := strings.Split(screen, "\n")
	briefings := map[int]bool{}
	for _, it := range m.items {
		briefings[it.entry] = true
	}
	title := fmt.Sprintf("%s · %s in %s", oneLine(m.voice.Name), plural(len(m.items), "quote"), plural(len(briefings), "briefing"))
	if a.parsed < len(a.entries) {
		title += fmt.Sprintf(" (%d of %d parsed)", a.parsed, len(a.entries))
	}
	body := m.view(a.st)
	footer := fmt.Sprintf("%d/%d · enter opens · y copies", min(m.list.cursor+1, len(m.items)), len(m.items))
	box := overlayBox(a.st, frameText{title: title, footer: footer}, body, w, min(len(body)+2, h))
	return strings.Join(splice(lines, box, (a.width-w)/2, 1), "\n")
}

// openForAcross is the briefing being read, -1 in the library's list.
func (a App) openForAcross() int {
	if a.reading {
		return a.open
	}
	return -1
}

// view draws the quotes at width w: each its words, then "— where".
func (m acrossModel) view(st *theme) []string {
	if len(m.items) == 0 {
		return []string{st.Muted.Render("no quotes")}
	}
	w := m.textWidth() + 2
	var lines []string
	rows := m.bodyHeight()
	for i := m.list.offset; i < m.list.offset+fits(m.hs, m.list.offset, rows); i++ {
		it := m.items[i]
		for j, t := range m.textLines(it) {
			if len(lines) >= rows {
				break
			}
			switch {
			case i == m.list.cursor && j == 0:
				lines = append(lines, st.Cursor.Render(fit("▌ "+t, w)))
			case i == m.list.cursor:
				lines = append(lines, st.Cursor.Render(fit("  "+t, w)))
			default:
				lines = append(lines, fit("  "+st.Quote.Render(t), w))
			}
		}
		style := st.Muted
		if i == m.list.cursor {
			style = st.Name
		}
		for _, t := range m.whereLines(it) {
			if len(lines) < rows {
				lines = append(lines, fit("  "+style.Render(t), w))
			}
		}
	}
	return lines
}
