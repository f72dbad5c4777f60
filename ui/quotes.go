package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// quoteChosenMsg reports that the reader chose a quote to see in context.
type quoteChosenMsg struct{ quote int }

// quotesModel is the quotes view: every quote (the filtered speaker's when
// a filter is on) with its speaker and talking point.
type quotesModel struct {
	b      *model.Briefing
	names  docIndex
	quotes []int // indexes of Briefing.Quotes
	list   listState
	rows   int // quotes shown at once: dialogRows
}

// quoteRows is the height of one quote: its words, then who and where.
const quoteRows = 2

func newQuotes(b *model.Briefing, names docIndex, filter string, rows int) quotesModel {
	m := quotesModel{b: b, names: names, rows: max(rows, 1)}
	for i, q := range b.Quotes {
		if filter == "" || q.Speaker == filter {
			m.quotes = append(m.quotes, i)
		}
	}
	return m
}

// setRows sets how many quotes the dialog shows, on a resize.
func (m quotesModel) setRows(rows int) quotesModel {
	m.rows = max(rows, 1)
	m.list = m.list.set(m.list.cursor, uniform(len(m.quotes), 1), m.rows)
	return m
}

// update handles keys in the quotes view.
func (m quotesModel) update(msg tea.KeyPressMsg, k keyMap) (quotesModel, tea.Cmd) {
	n, hs := len(m.quotes), uniform(len(m.quotes), 1)
	switch {
	case key.Matches(msg, k.Down):
		m.list = m.list.move(1, hs, m.rows)
	case key.Matches(msg, k.Up):
		m.list = m.list.move(-1, hs, m.rows)
	case key.Matches(msg, k.PageDown):
		m.list = m.list.move(m.rows, hs, m.rows)
	case key.Matches(msg, k.PageUp):
		m.list = m.list.move(-m.rows, hs, m.rows)
	case key.Matches(msg, k.Top):
		m.list = m.list.set(0, hs, m.rows)
	case key.Matches(msg, k.Bottom):
		m.list = m.list.set(n-1, hs, m.rows)
	case key.Matches(msg, k.QuoteJump) && n > 0:
		q := m.quotes[m.list.cursor]
		return m, func() tea.Msg { return quoteChosenMsg{quote: q} }
	}
	return m, nil
}

// where names a quote's talking point.
func (m quotesModel) where(q model.Quote) string {
	if q.Section == 0 || q.Section > len(m.b.Sections) {
		return "intro"
	}
	return fmt.Sprintf("%d. %s", q.Section, oneLine(m.b.Sections[q.Section-1].Heading))
}

// view draws the list at width w.
func (m quotesModel) view(st theme, w int) []string {
	if len(m.quotes) == 0 {
		return []string{st.Muted.Render("no quotes")}
	}
	var lines []string
	for i := m.list.offset; i < len(m.quotes) && i < m.list.offset+m.rows; i++ {
		q := m.b.Quotes[m.quotes[i]]
		who := m.names.name(q.Speaker)
		if who == "" {
			who = "unattributed"
		}
		text := ellipsis("“"+oneLine(q.Text)+"”", w-2)
		meta := ellipsis("— "+who+" · "+m.where(q), w-2)
		if i == m.list.cursor {
			lines = append(lines, st.Cursor.Render(fit("▌ "+text, w)), fit("  "+st.Name.Render(meta), w))
		} else {
			lines = append(lines, fit("  "+st.Quote.Render(text), w), fit("  "+st.Muted.Render(meta), w))
		}
	}
	return lines
}
