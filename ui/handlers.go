package ui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// handleKey routes a key press: an input line or an open dialog first,
// then the global keys, then the focused pane. A key nothing takes says
// so in the status bar.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.status.isError { // errors clear on the next key
		m.status = status{id: m.status.id}
	}
	switch {
	case m.searching:
		return m.handleSearchKey(msg)
	case m.commanding:
		return m.handleCommandKey(msg)
	case m.overlay != noOverlay:
		return m.handleOverlayKey(msg)
	}
	k := m.keys
	if key.Matches(msg, k.Point) {
		return m.typeDigit(msg.Code)
	}
	if m.count != "" {
		m.count = "" // any other key ends a point number
		if key.Matches(msg, k.GoToPoint) {
			return m, nil // "12 enter": already there
		}
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		return m.back()
	case key.Matches(msg, k.Help):
		m.overlay, m.help = helpOverlay, newHelpState()
	case key.Matches(msg, k.Command):
		return m.startCommand()
	case key.Matches(msg, k.NextPane):
		return m.setFocus((m.focus + 1) % paneCount), nil
	case key.Matches(msg, k.PrevPane):
		return m.setFocus((m.focus + paneCount - 1) % paneCount), nil
	case key.Matches(msg, k.PaneLeft):
		return m.setFocus(max(m.focus-1, outlinePane)), nil
	case key.Matches(msg, k.PaneRight):
		return m.setFocus(min(m.focus+1, speakersPane)), nil
	case key.Matches(msg, k.NextPoint):
		return m.stepPoint(1)
	case key.Matches(msg, k.PrevPoint):
		return m.stepPoint(-1)
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
		m.overlay = quotesOverlay
		m.quotes = newQuotes(m.b, m.names, m.filter, m.st).setSize(m.dialogWidth()-4, rows)
	case key.Matches(msg, k.Asides):
		m.doc = m.doc.toggleAsides()
		note := ""
		if !m.hasAsides() {
			note = " (this briefing has none)"
		}
		if m.doc.showAsides {
			return m.setStatus("asides shown"+note, false)
		}
		return m.setStatus("asides hidden"+note, false)
	case key.Matches(msg, k.Tags):
		m.doc = m.doc.toggleTags()
		note := ""
		if len(m.names.tags) == 0 {
			note = " (none here: every quote names its speaker nearby)"
		}
		if m.doc.showTags {
			return m.setStatus("speaker tags shown"+note, false)
		}
		return m.setStatus("speaker tags hidden"+note, false)
	default:
		return m.handlePaneKey(msg)
	}
	return m, nil
}

// setFocus moves the focus to pane p and lays the side panes out for it
// (a rail opens into a drawer, a drawer closes).
func (m Model) setFocus(p pane) Model {
	m.focus = p
	return m.sizeSides()
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
	var ok bool
	switch m.focus {
	case outlinePane:
		m.outline, cmd, ok = m.outline.update(msg, m.keys)
	case speakersPane:
		m.speakers, cmd, ok = m.speakers.update(msg, m.keys)
	default:
		var d documentModel
		if d, ok = m.scrollDocument(msg); ok {
			m.doc, cmd = d.schedule()
			if m.partial && key.Matches(msg, m.keys.Bottom) {
				m.toEnd, m.endAt = true, m.place()
			}
		}
	}
	if !ok {
		return m.unknownKey(msg)
	}
	return m, cmd
}

// unknownKey answers a key nothing took: why, when it is a key that
// cannot act now, else a pointer to help. Modifier keys alone, and esc
// with nothing to clear, pass quietly.
func (m Model) unknownKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	has := func(b key.Binding) bool { return slices.Contains(b.Keys(), msg.String()) }
	switch {
	case isModifier(msg.Code), has(k.Back):
		return m, nil
	case has(k.Picker):
		return m.setStatus("no quoted speakers here: no quote names who said it", false)
	case (has(k.NextMatch) || has(k.PrevMatch)) && m.doc.search.active():
		return m.setStatus(fmt.Sprintf("no match for %q · / to search again", oneLine(m.doc.search.query)), false)
	case has(k.NextMatch), has(k.PrevMatch):
		return m.setStatus("no search · / to search", false)
	case has(k.Point), has(k.NextPoint), has(k.PrevPoint):
		return m.setStatus("this document has no talking points", false)
	case has(k.GoToPoint):
		return m.setStatus("enter acts in the outline and the speakers · tab moves there", false)
	}
	return m.setStatus(fmt.Sprintf("%s does nothing here · ? for help", keyName(msg)), false)
}

// keyName names a key for a message: "x", "ctrl+x", "f5".
func keyName(msg tea.KeyPressMsg) string {
	return oneLine(ellipsis(msg.String(), 16))
}

// isModifier reports whether a key code is a modifier pressed alone.
func isModifier(code rune) bool {
	switch code {
	case tea.KeyLeftShift, tea.KeyRightShift, tea.KeyLeftCtrl, tea.KeyRightCtrl, tea.KeyLeftAlt, tea.KeyRightAlt,
		tea.KeyLeftSuper, tea.KeyRightSuper, tea.KeyLeftHyper, tea.KeyRightHyper, tea.KeyLeftMeta, tea.KeyRightMeta,
		tea.KeyCapsLock, tea.KeyNumLock, tea.KeyScrollLock, tea.KeyIsoLevel3Shift, tea.KeyIsoLevel5Shift:
		return true
	}
	return false
}

// scrollDocument applies a movement key to the document; false when msg
// is not one.
func (m Model) scrollDocument(msg tea.KeyPressMsg) (documentModel, bool) {
	k, d := m.keys, m.doc
	page := max(d.height-1, 1)
	switch {
	case key.Matches(msg, k.Down):
		return d.scrollBy(1), true
	case key.Matches(msg, k.Up):
		return d.scrollBy(-1), true
	case key.Matches(msg, k.PageDown):
		return d.scrollBy(page), true
	case key.Matches(msg, k.PageUp):
		return d.scrollBy(-page), true
	case key.Matches(msg, k.HalfDown):
		return d.scrollBy(max(d.height/2, 1)), true
	case key.Matches(msg, k.HalfUp):
		return d.scrollBy(-max(d.height/2, 1)), true
	case key.Matches(msg, k.Top):
		return d.scrollTo(0), true
	case key.Matches(msg, k.Bottom):
		return d.scrollTo(d.maxOffset()), true
	}
	return d, false
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
	target := m.doc.prevSection(m.doc.offset)
	if d > 0 {
		target = m.doc.nextSection(m.doc.offset)
	}
	if target < 0 {
		return m, nil
	}
	m.doc, _ = m.doc.gotoSection(target)
	var cmd tea.Cmd
	m.doc, cmd = m.doc.schedule()
	return m, cmd
}

// handleOverlayKey routes keys to the open dialog. q closes help and the
// quotes view rather than quitting (ctrl+c still quits); in the picker q
// is a letter of a name, and esc closes it.
func (m Model) handleOverlayKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	if key.Matches(msg, k.Interrupt) {
		return m, tea.Quit
	}
	var cmd tea.Cmd
	switch m.overlay {
	case pickerOverlay:
		if key.Matches(msg, k.PickerClose) {
			m.overlay = noOverlay
			return m, nil
		}
		m.picker, cmd = m.picker.update(msg, k)
	case quotesOverlay:
		if !m.quotes.filtering && key.Matches(msg, k.Close) {
			var cleared bool
			if m.quotes, cleared = m.quotes.clearFilter(); !cleared || msg.String() == "q" {
				m.overlay = noOverlay
			}
			return m, nil
		}
		m.quotes, cmd = m.quotes.update(msg, k)
	case helpOverlay:
		if key.Matches(msg, k.Close, k.Help) {
			m.overlay = noOverlay
			return m, nil
		}
		_, lines, rows := m.helpBox()
		m.help, _ = m.help.scroll(msg, k, len(lines), rows)
	}
	return m, cmd
}

// startSearch opens the search input in the status bar.
func (m Model) startSearch() (Model, tea.Cmd) {
	m.searching = true
	m.searchOrigin = m.doc.offset
	// a message about the last search ("no match", "no search") is
	// stale once a new one is typed
	m.status = status{id: m.status.id}
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
	case key.Matches(msg, k.InputConfirm):
		m.searching = false
		m.searchInput.Blur()
		return m, nil
	case key.Matches(msg, k.InputCancel):
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
	m.doc.search = newSearch(m.doc, m.searchInput.Value())
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
// A match in a unit not rendered yet pins the document to it: the unit is
// rendered (schedule) and the match brought into view when it is laid
// out.
func (m Model) revealMatch() Model {
	if _, _, ok := m.doc.search.currentUnit(); !ok {
		return m
	}
	line := m.doc.search.currentLine(m.doc)
	if line < 0 {
		m.doc.anchor = anchor{match: true, quote: -1, unit: -1}
		m.doc.offset = m.doc.anchorOffset()
		return m
	}
	if line < m.doc.offset || line >= m.doc.offset+m.doc.height {
		m.doc = m.doc.scrollTo(line - m.doc.height/3)
	}
	return m
}

// hasAsides reports whether the briefing has an explainer aside for e to
// show or hide.
func (m Model) hasAsides() bool {
	for n := 0; n <= len(m.b.Sections); n++ {
		for _, bl := range m.b.Blocks(n) {
			if bl.Kind == model.Aside {
				return true
			}
		}
	}
	return false
}
