package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// place is where the reader is in its briefing, to save: the talking
// point at the top and the lines below its heading, or the quote it
// jumped to while that quote is still on screen, with the filter, the
// asides and how far it has read.
func (m Model) place() model.Place {
	d := m.doc
	p := model.Place{Section: d.currentSection(), Quote: -1, Filter: m.filter, HideAsides: !d.showAsides}
	p.Line = max(d.offset-d.startOf(p.Section), 0)
	if q := d.anchor.quote; q >= 0 {
		if l, ok := d.quoteLine(q); ok && l >= d.offset && l < d.offset+max(d.height, 1) {
			p.Quote = q
		}
	}
	p.Furthest = p.Section
	p.Done = !m.partial && d.total() > 0 && (d.offset >= d.maxOffset() || len(m.b.Sections) > 0 && p.Section == len(m.b.Sections))
	return p
}

// restore puts the reader back at a saved place. A filter by a speaker
// the briefing no longer has, or a point or quote it no longer has, is
// left out: the briefing may have changed since.
func (m Model) restore(p model.Place) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	if p.HideAsides == m.doc.showAsides {
		m.doc = m.doc.toggleAsides()
	}
	if _, ok := m.b.Speaker(p.Filter); ok && p.Filter != "" {
		var cmd tea.Cmd
		m, cmd = m.setFilter(p.Filter)
		cmds = append(cmds, cmd)
	}
	switch {
	case p.Quote >= 0 && p.Quote < len(m.b.Quotes):
		m.doc = m.doc.gotoQuote(p.Quote)
	case p.Section >= 0 && p.Section <= len(m.b.Sections):
		if d, ok := m.doc.gotoSection(p.Section); ok {
			d.offset = d.clamp(d.sectionStart(p.Section) + max(p.Line, 0))
			m.doc = d.holdAnchor()
		}
	}
	var cmd tea.Cmd
	m.doc, cmd = m.doc.schedule()
	return m.sync(), tea.Batch(append(cmds, cmd)...)
}

// capturing reports whether the reader takes keys as text or for a
// dialog, so that the shelf's keys must leave them to it.
func (m Model) capturing() bool { return m.searching || m.commanding || m.overlay != noOverlay }

// canGoBack reports whether esc has something to close in the reader (a
// search, then a filter) before it leaves for the library.
func (m Model) canGoBack() bool { return m.doc.search.active() || m.filter != "" }

// stepBriefing asks the library for the next or the previous briefing
// (:n, :p, as in less).
func (m Model) stepBriefing(next bool) (Model, tea.Cmd) {
	if !m.inLibrary {
		return m.setStatus("only one briefing is open", true)
	}
	d := -1
	if next {
		d = 1
	}
	return m, func() tea.Msg { return stepDocMsg{d: d} }
}

// helpGroups are the bindings help lists in a context: the reader's, and
// in its panes the library's keys that can act (shelfHelp).
func (m Model) helpGroups(c keyContext) [][]key.Binding {
	g := m.keys.groups(c)
	if c <= ctxSpeakers && len(m.shelfHelp) > 0 {
		g = append(g, m.shelfHelp)
	}
	return g
}
