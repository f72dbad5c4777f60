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

// acrossItem is one quote of the voice, in one briefing.
type acrossItem struct{ entry, quote int }

// acrossModel lists one voice's quotes in every briefing parsed, briefing
// by briefing in the shelf's order: the quotes view across a day's
// briefings.
type acrossModel struct {
	voice  model.Voice
	items  []acrossItem
	list   listState
	width  int
	height int
}

// acrossRows is the lines one quote takes: its words, then where.
const acrossRows = 2

func newAcross(v model.Voice, es []entry) acrossModel {
	m := acrossModel{voice: v}
	for _, ap := range v.In {
		if ap.Briefing < 0 || ap.Briefing >= len(es) || es[ap.Briefing].b == nil {
			continue
		}
		for qi, q := range es[ap.Briefing].b.Quotes {
			if q.Speaker == ap.Speaker {
				m.items = append(m.items, acrossItem{entry: ap.Briefing, quote: qi})
			}
		}
	}
	return m
}

func (m acrossModel) setSize(w, h int) acrossModel {
	m.width, m.height = w, h
	m.list = m.list.set(m.list.cursor, uniform(len(m.items), acrossRows), m.bodyHeight())
	return m
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
	return max(h-2, acrossRows)
}

// openAcross opens the quotes of voice v (an index into the voices) in
// every briefing.
func (a App) openAcross(v int) (App, tea.Cmd) {
	voices := a.voicesNow()
	if v < 0 || v >= len(voices) {
		return a.setStatus("filter by a speaker first (/ and a name), then A lists their quotes in every briefing", true)
	}
	a.across = newAcross(voices[v], a.entries).setSize(a.width, a.height)
	// start on the first quote from another briefing than the one open:
	// what the reader came for
	for i, it := range a.across.items {
		if it.entry != a.open {
			a.across.list = a.across.list.set(i, uniform(len(a.across.items), acrossRows), a.across.bodyHeight())
			break
		}
	}
	a.acrossOpen = true
	return a, nil
}

func (a App) handleAcrossKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	m := &a.across
	hs := uniform(len(m.items), acrossRows)
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
	body := m.view(a.st, a.entries, a.open, max(w-4, 1))
	footer := fmt.Sprintf("%d/%d · enter opens · y copies", min(m.list.cursor+1, len(m.items)), len(m.items))
	box := overlayBox(a.st, frameText{title: title, footer: footer}, body, w, min(len(body)+2, h))
	return strings.Join(splice(lines, box, (a.width-w)/2, 1), "\n")
}

// view draws the quotes at width w: each its words, then "— where".
func (m acrossModel) view(st theme, es []entry, open int, w int) []string {
	if len(m.items) == 0 {
		return []string{st.Muted.Render("no quotes")}
	}
	var lines []string
	rows := m.bodyHeight() / acrossRows
	for i := m.list.offset; i < len(m.items) && i < m.list.offset+rows; i++ {
		it := m.items[i]
		e := es[it.entry]
		q := e.b.Quotes[it.quote]
		text := ellipsis("“"+oneLine(q.Text)+"”", w-2)
		where := e.title()
		if it.entry == open {
			where += " (open)"
		}
		if q.Section > 0 && q.Section <= len(e.b.Sections) {
			where += fmt.Sprintf(" · %d. %s", q.Section, oneLine(e.b.Sections[q.Section-1].Heading))
		}
		meta := ellipsis("— "+where, w-2)
		if i == m.list.cursor {
			lines = append(lines, st.Cursor.Render(fit("▌ "+text, w)), fit("  "+st.Name.Render(meta), w))
		} else {
			lines = append(lines, fit("  "+st.Quote.Render(text), w), fit("  "+st.Muted.Render(meta), w))
		}
	}
	return lines
}
