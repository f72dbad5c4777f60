package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// quoteChosenMsg reports that the reader chose a quote to see in context.
type quoteChosenMsg struct{ quote int }

// quotesModel is the quotes view: every quote (the filtered speaker's when
// a speaker filter is on), each wrapped in full with its speaker and
// talking point under it. "/" filters the list as you type.
type quotesModel struct {
	b      *model.Briefing
	names  docIndex
	all    []int // indexes of Briefing.Quotes the view can show
	quotes []int // of those, the ones the typed filter keeps
	list   listState

	filtering bool // the filter input has the keys
	input     textinput.Model

	width, rows int // the text width and the rows the list has
	// hs caches each shown quote's height at width: its wrapped words
	// (at most maxQuoteLines) and the line naming who and where.
	hs []int
}

// maxQuoteLines caps a quote's rows, so that a long transcript turn
// leaves room for others; enter shows it whole in the document.
const maxQuoteLines = 8

func newQuotes(b *model.Briefing, names docIndex, filter string, st *theme) quotesModel {
	m := quotesModel{b: b, names: names}
	for i, q := range b.Quotes {
		if filter == "" || q.Speaker == filter {
			m.all = append(m.all, i)
		}
	}
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.Placeholder = "words, a name or a point"
	s := st.Input
	s.Cursor.Blink = false
	m.input.SetStyles(s)
	m.input.CharLimit = 100
	return m.refilter()
}

// setSize sets the text width and the rows the list has, on open and on
// a resize.
func (m quotesModel) setSize(w, rows int) quotesModel {
	if w == m.width && rows == m.rows && m.hs != nil {
		return m
	}
	m.width, m.rows = max(w, 1), max(rows, 1)
	m.input.SetWidth(max(w-2, 1))
	return m.measure()
}

// listRows is the rows left for quotes under the filter line, if any.
func (m quotesModel) listRows() int {
	if m.filtering || m.input.Value() != "" {
		return max(m.rows-2, 1)
	}
	return m.rows
}

// measure computes every shown quote's height at the current width.
func (m quotesModel) measure() quotesModel {
	m.hs = make([]int, len(m.quotes))
	for i, qi := range m.quotes {
		m.hs[i] = len(m.textLines(m.b.Quotes[qi])) + 1
	}
	m.list = m.list.set(m.list.cursor, m.hs, m.listRows())
	return m
}

// refilter keeps the quotes whose words, speaker or talking point contain
// the typed text, ignoring case.
func (m quotesModel) refilter() quotesModel {
	q := foldQuery(m.input.Value())
	m.quotes = m.quotes[:0:0]
	for _, i := range m.all {
		qu := m.b.Quotes[i]
		if q == "" || strings.Contains(foldQuery(qu.Text+" "+m.names.name(qu.Speaker)+" "+m.where(qu)), q) {
			m.quotes = append(m.quotes, i)
		}
	}
	m.list = listState{}
	return m.measure()
}

// update handles keys in the quotes view; the root handles closing.
func (m quotesModel) update(msg tea.KeyPressMsg, k keyMap) (quotesModel, tea.Cmd) {
	if m.filtering {
		switch {
		case key.Matches(msg, k.InputConfirm):
			m.filtering = false
			m.input.Blur()
			return m.measure(), nil
		case key.Matches(msg, k.InputCancel):
			m.filtering = false
			m.input.Blur()
			m.input.SetValue("")
			return m.refilter(), nil
		}
		before := m.input.Value()
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		if m.input.Value() != before {
			m = m.refilter()
		}
		return m, cmd
	}
	rows := m.listRows()
	if key.Matches(msg, k.QuoteFilter) {
		m.filtering = true
		cmd := m.input.Focus() // before the copy measure returns
		return m.measure(), cmd
	}
	if l, moved := m.list.navigate(msg, k, m.hs, rows); moved {
		m.list = l
		return m, nil
	}
	if key.Matches(msg, k.QuoteJump) && len(m.quotes) > 0 {
		q := m.quotes[m.list.cursor]
		return m, func() tea.Msg { return quoteChosenMsg{quote: q} }
	}
	return m, nil
}

// clearFilter drops a typed filter; false when there was none (esc then
// closes the view).
func (m quotesModel) clearFilter() (quotesModel, bool) {
	if m.input.Value() == "" {
		return m, false
	}
	m.input.SetValue("")
	return m.refilter(), true
}

// paste feeds pasted text to the filter while it is open.
func (m quotesModel) paste(msg tea.PasteMsg) quotesModel {
	if !m.filtering {
		return m
	}
	m.input, _ = m.input.Update(msg)
	return m.refilter()
}

// where names a quote's talking point.
func (m quotesModel) where(q model.Quote) string {
	if q.Section == 0 || q.Section > len(m.b.Sections) {
		return "intro"
	}
	return fmt.Sprintf("%d. %s", q.Section, oneLine(m.b.Sections[q.Section-1].Heading))
}

// textLines wraps a quote's words in quote marks at the view's width.
func (m quotesModel) textLines(q model.Quote) []string {
	lines := wrapWords("“"+oneLine(q.Text)+"”", max(m.width-2, 1))
	if len(lines) > maxQuoteLines {
		lines = lines[:maxQuoteLines]
		lines[maxQuoteLines-1] = ellipsis(lines[maxQuoteLines-1]+" …", max(m.width-2, 1))
	}
	return lines
}

// title is the box's title: whose quotes, and which one of how many.
func (m quotesModel) title(filterName string) string {
	t := "Quotes"
	if filterName != "" {
		t = "Quotes by " + filterName
	}
	switch {
	case len(m.quotes) == 0:
		return t
	case len(m.quotes) < len(m.all):
		return fmt.Sprintf("%s · %d/%d (%d in all)", t, m.list.cursor+1, len(m.quotes), len(m.all))
	}
	return fmt.Sprintf("%s · %d/%d", t, m.list.cursor+1, len(m.quotes))
}

// footer is the hint in the box's bottom border.
func (m quotesModel) footer() string {
	if m.filtering {
		return "enter keeps the filter · esc clears it\nenter keeps · esc clears"
	}
	return "enter shows it · / filters · q closes\nenter · / · q closes"
}

// view draws the filter line (when there is a filter) and the list.
func (m quotesModel) view(st *theme) []string {
	var lines []string
	if m.filtering || m.input.Value() != "" {
		lines = append(lines, fit(m.input.View(), m.width), "")
	}
	if len(m.quotes) == 0 {
		switch {
		case len(m.all) == 0:
			lines = append(lines, st.Muted.Render("no quotes in this document"))
		default:
			lines = append(lines, st.Muted.Render("no quote matches · esc clears the filter"))
		}
		return lines
	}
	rows := m.listRows()
	used := 0
	// the quotes that fit whole, as the page keys count them (a quote
	// taller than the list shows its top)
	for i := m.list.offset; i < m.list.offset+fits(m.hs, m.list.offset, rows); i++ {
		q := m.b.Quotes[m.quotes[i]]
		who := m.names.name(q.Speaker)
		if who == "" {
			who = "unattributed"
		}
		meta := ellipsis("— "+who+" · "+m.where(q), max(m.width-2, 1))
		text := m.textLines(q)
		for j, t := range text {
			if used >= rows {
				break
			}
			switch {
			case i == m.list.cursor && j == 0:
				lines = append(lines, st.Cursor.Render(fit("▌ "+t, m.width)))
			case i == m.list.cursor:
				lines = append(lines, st.Cursor.Render(fit("  "+t, m.width)))
			default:
				lines = append(lines, fit("  "+st.Quote.Render(t), m.width))
			}
			used++
		}
		if used < rows {
			style := st.Muted
			if i == m.list.cursor {
				style = st.Name
			}
			lines = append(lines, fit("  "+style.Render(meta), m.width))
			used++
		}
	}
	return lines
}

// foldQuery lower-cases text and folds its white space, for filtering.
func foldQuery(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
