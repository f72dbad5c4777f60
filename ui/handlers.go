package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleKey routes a key press: the search input or an open dialog first,
// then the global keys, then the focused pane.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.status.isError { // errors clear on the next key
		m.status = status{id: m.status.id}
	}
	switch {
	case m.searching:
		return m.handleSearchKey(msg)
	case m.overlay != noOverlay:
		return m.handleOverlayKey(msg)
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		return m.back()
	case key.Matches(msg, k.Help):
		m.overlay = helpOverlay
	case key.Matches(msg, k.NextPane):
		m.focus = (m.focus + 1) % paneCount
	case key.Matches(msg, k.PrevPane):
		m.focus = (m.focus + paneCount - 1) % paneCount
	case key.Matches(msg, k.NextPoint):
		return m.stepPoint(1)
	case key.Matches(msg, k.PrevPoint):
		return m.stepPoint(-1)
	case key.Matches(msg, k.Point):
		return m.gotoPoint(int(msg.Code - '0')), nil
	case key.Matches(msg, k.Picker):
		rows, _ := dialogRows(m.height)
		m.overlay, m.picker = pickerOverlay, newPicker(m.b, m.speakers.items, m.st, rows)
	case key.Matches(msg, k.Search):
		return m.startSearch()
	case key.Matches(msg, k.NextMatch):
		return m.stepMatch(1), nil
	case key.Matches(msg, k.PrevMatch):
		return m.stepMatch(-1), nil
	case key.Matches(msg, k.Quotes):
		_, rows := dialogRows(m.height)
		m.overlay, m.quotes = quotesOverlay, newQuotes(m.b, m.names, m.filter, rows)
	case key.Matches(msg, k.Asides):
		m.doc = m.doc.toggleAsides()
		if m.doc.showAsides {
			return m.setStatus("asides shown", false)
		}
		return m.setStatus("asides hidden", false)
	case key.Matches(msg, k.Tags):
		m.doc = m.doc.toggleTags()
		if m.doc.showTags {
			return m.setStatus("speaker tags shown", false)
		}
		return m.setStatus("speaker tags hidden", false)
	default:
		return m.handlePaneKey(msg)
	}
	return m, nil
}

// back closes what is open, innermost first: the search, then the filter.
// esc is matched before the panes because nothing else uses it.
func (m Model) back() (Model, tea.Cmd) {
	if m.doc.search.active() {
		m.doc.search = searchState{}
		return m, nil
	}
	if m.filter != "" {
		return m.setFilter("")
	}
	return m, nil
}

func (m Model) handlePaneKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.focus {
	case outlinePane:
		m.outline, cmd = m.outline.update(msg, m.keys)
	case speakersPane:
		m.speakers, cmd = m.speakers.update(msg, m.keys)
	default:
		m.doc, cmd = m.scrollDocument(msg).schedule()
	}
	return m, cmd
}

// scrollDocument applies a movement key to the document.
func (m Model) scrollDocument(msg tea.KeyPressMsg) documentModel {
	k, d := m.keys, m.doc
	page := max(d.height-1, 1)
	switch {
	case key.Matches(msg, k.Down):
		return d.scrollBy(1)
	case key.Matches(msg, k.Up):
		return d.scrollBy(-1)
	case key.Matches(msg, k.PageDown):
		return d.scrollBy(page)
	case key.Matches(msg, k.PageUp):
		return d.scrollBy(-page)
	case key.Matches(msg, k.HalfDown):
		return d.scrollBy(max(d.height/2, 1))
	case key.Matches(msg, k.HalfUp):
		return d.scrollBy(-max(d.height/2, 1))
	case key.Matches(msg, k.Top):
		return d.scrollTo(0)
	case key.Matches(msg, k.Bottom):
		return d.scrollTo(d.maxOffset())
	}
	return d
}

// gotoPoint brings talking point n's heading to the top of the document.
func (m Model) gotoPoint(n int) Model {
	if n < 0 || n > len(m.b.Sections) {
		m, _ = m.setStatus(fmt.Sprintf("there is no point %d", n), true)
		return m
	}
	doc, ok := m.doc.gotoSection(n)
	if !ok {
		m, _ = m.setStatus(fmt.Sprintf("%s is not quoted in point %d", m.names.name(m.filter), n), true)
		return m
	}
	m.doc = doc
	return m
}

// stepPoint moves to the next (+1) or previous (-1) talking point shown.
func (m Model) stepPoint(d int) (Model, tea.Cmd) {
	starts, off := m.doc.starts, m.doc.offset
	target := -1
	if d > 0 {
		for _, s := range starts {
			if s.line > off {
				target = s.section
				break
			}
		}
	} else {
		for _, s := range starts {
			if s.line < off {
				target = s.section
			}
		}
	}
	if target < 0 {
		return m, nil
	}
	m.doc, _ = m.doc.gotoSection(target)
	var cmd tea.Cmd
	m.doc, cmd = m.doc.schedule()
	return m, cmd
}

// handleOverlayKey routes keys to the open dialog.
func (m Model) handleOverlayKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	var cmd tea.Cmd
	switch m.overlay {
	case pickerOverlay:
		switch {
		case key.Matches(msg, k.Interrupt):
			return m, tea.Quit
		case key.Matches(msg, k.Close):
			m.overlay = noOverlay
		default:
			m.picker, cmd = m.picker.update(msg, k)
		}
	case quotesOverlay:
		switch {
		case key.Matches(msg, k.Quit):
			return m, tea.Quit
		case key.Matches(msg, k.Close):
			m.overlay = noOverlay
		default:
			m.quotes, cmd = m.quotes.update(msg, k)
		}
	case helpOverlay:
		switch {
		case key.Matches(msg, k.Quit):
			return m, tea.Quit
		case key.Matches(msg, k.Close, k.Help):
			m.overlay = noOverlay
		}
	}
	return m, cmd
}

// startSearch opens the search input in the status bar.
func (m Model) startSearch() (Model, tea.Cmd) {
	m.searching = true
	m.searchOrigin = m.doc.offset
	m.searchInput.SetValue("")
	m.doc.search = searchState{}
	return m, m.searchInput.Focus()
}

// handleSearchKey edits the query; the search runs as it is typed.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Interrupt):
		return m, tea.Quit
	case key.Matches(msg, k.SearchConfirm):
		m.searching = false
		m.searchInput.Blur()
		return m, nil
	case key.Matches(msg, k.SearchCancel):
		m.searching = false
		m.searchInput.Blur()
		m.doc.search = searchState{}
		m.doc = m.doc.scrollTo(m.searchOrigin)
		return m, nil
	}
	var cmd tea.Cmd
	before := m.searchInput.Value()
	m.searchInput, cmd = m.searchInput.Update(msg)
	if m.searchInput.Value() != before {
		m = m.searchChanged()
	}
	return m, cmd
}

// searchChanged re-runs the search and shows its first match in the
// document, so that "match 1/n" counts from the top whatever the position;
// n and N then walk from there.
func (m Model) searchChanged() Model {
	m.doc.search = searchState{query: m.searchInput.Value()}.find(m.doc.allLines(), 0)
	if m.doc.search.total() == 0 {
		m.doc = m.doc.scrollTo(m.searchOrigin)
		return m
	}
	return m.revealMatch()
}

// stepMatch moves to the next or previous match, wrapping around.
func (m Model) stepMatch(d int) Model {
	m.doc.search = m.doc.search.step(d)
	return m.revealMatch()
}

// revealMatch scrolls the current match into view, a third down the pane.
func (m Model) revealMatch() Model {
	line := m.doc.search.currentLine()
	if line < 0 {
		return m
	}
	if line < m.doc.offset || line >= m.doc.offset+m.doc.height {
		m.doc = m.doc.scrollTo(line - m.doc.height/3)
	}
	return m
}
