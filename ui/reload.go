package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// reloaded replaces the briefing with a new version of it (the file
// changed on disk, or r was pressed) and keeps the reader where they
// were: the same point and line, the same filter if its speaker is still
// quoted, the same search. Points that are new or changed since the
// reader last saw them are marked in the outline until visited.
func (m Model) reloaded(b model.Briefing) (Model, tea.Cmd) {
	old := m
	n := New(b, m.opts)
	n.isDark, n.focus, n.after = old.isDark, old.focus, old.after
	n.doc.key.style = old.doc.key.style
	n = n.restyle()
	n.fresh = freshSections(old.b, n.b, old.fresh)
	n.doc.search = searchState{query: old.doc.search.query}
	var cmds []tea.Cmd
	if old.width > 0 || old.height > 0 {
		var cmd tea.Cmd
		n, cmd = n.handleResize(tea.WindowSizeMsg{Width: old.width, Height: old.height})
		cmds = append(cmds, cmd)
	}
	p := old.place()
	if p.Quote >= 0 && (p.Quote >= len(n.b.Quotes) || n.b.Quotes[p.Quote].Text != old.b.Quotes[p.Quote].Text) {
		p.Quote = -1 // quotes moved: keep the point and line instead
	}
	n, cmd := n.restore(p)
	n.freshAt = n.doc.currentSection()
	n.outline.fresh = n.fresh
	return n, tea.Batch(append(cmds, cmd)...)
}

// freshSections returns the talking points of b that a did not have, word
// for word (heading and text): new points and changed ones. Points still
// marked from an earlier reload stay marked while they are unchanged.
func freshSections(a, b *model.Briefing, marked map[int]bool) map[int]bool {
	was := map[string]bool{}
	stillMarked := map[string]bool{}
	for _, s := range a.Sections {
		sig := sectionSignature(s)
		was[sig] = true
		if marked[s.Number] {
			stillMarked[sig] = true
		}
	}
	fresh := map[int]bool{}
	for _, s := range b.Sections {
		if sig := sectionSignature(s); !was[sig] || stillMarked[sig] {
			fresh[s.Number] = true
		}
	}
	return fresh
}

// sectionSignature is a talking point's words, to tell whether it changed.
func sectionSignature(s model.Section) string {
	var sb strings.Builder
	sb.WriteString(s.Heading)
	for _, bl := range s.Blocks {
		sb.WriteByte(0)
		sb.WriteString(bl.Text)
	}
	return sb.String()
}

// visitFresh unmarks the talking point the reader has moved to: a point
// is marked until visited, and one is visited when it reaches the top of
// the document pane after the reload (the point already there at the
// reload counts once the reader moves off it and back).
func (m Model) visitFresh() Model {
	cur := m.doc.currentSection()
	if len(m.fresh) == 0 || cur == m.freshAt {
		return m
	}
	m.freshAt = cur
	if m.fresh[cur] {
		fresh := make(map[int]bool, len(m.fresh))
		for k, v := range m.fresh {
			if k != cur {
				fresh[k] = v
			}
		}
		m.fresh = fresh
		m.outline.fresh = fresh
	}
	return m
}

// completed puts the whole briefing in the place of its start, which the
// reader showed while the whole was parsed. Nothing the reader did is
// undone: the same point and line (or the place saved for the document,
// if the reader has not moved since it opened), filter, search, toggles,
// focus and open dialog; the outline, the speakers and the counts become
// the whole briefing's. Nothing is marked new: it is the same document.
// pre is the reader New built for b off the event loop, nil to build it
// here.
func (m Model) completed(b model.Briefing, pre *Model) (Model, tea.Cmd) {
	var n Model
	if pre != nil {
		n = *pre
	} else {
		n = New(b, m.opts)
	}
	m.b, m.names, m.speakers, m.wants = n.b, n.names, n.speakers, n.wants
	// the whole's rows, where the start's pane was
	o := n.outline
	o.width, o.height, o.rail, o.fresh = m.outline.width, m.outline.height, m.outline.rail, m.outline.fresh
	m.outline = o.follow(m.outline.current)
	doc := n.doc
	doc.key.style = m.doc.key.style
	doc.showTags = m.doc.showTags
	old := m.doc.search
	p := m.place()
	if m.awaiting != nil && p == m.awaitFrom {
		p = *m.awaiting
	}
	toEnd := m.toEnd && p == m.endAt
	m.toEnd = false
	m.doc = doc
	m.partial, m.awaiting = false, nil
	filter := m.filter
	m.filter = ""
	if p.Filter != filter {
		p.Filter = filter
	}
	var cmds []tea.Cmd
	if m.width > 0 || m.height > 0 {
		var cmd tea.Cmd
		m, cmd = m.handleResize(tea.WindowSizeMsg{Width: m.width, Height: m.height})
		cmds = append(cmds, cmd)
	}
	if p.Quote >= len(m.b.Quotes) {
		p.Quote = -1
	}
	m, cmd := m.restore(p)
	cmds = append(cmds, cmd)
	if toEnd {
		// G was pressed at the start's end: the end is the whole's now
		m.doc, cmd = m.doc.scrollTo(m.doc.maxOffset()).schedule()
		cmds = append(cmds, cmd)
	}
	if old.query != "" {
		// the start's units are the whole's: the current match stays
		s := newSearch(m.doc, old.query)
		if old.cu >= 0 && old.cu < len(m.doc.units) && old.ck < s.countOf(old.cu) {
			s.cu, s.ck = old.cu, old.ck
		}
		m.doc.search = s
	}
	switch m.overlay {
	case pickerOverlay:
		typed := m.picker.input.Value()
		rows, _ := dialogRows(m.height)
		m.picker = newPicker(m.b, m.speakers.items, m.st, rows)
		m.picker.input.SetValue(typed)
		m.picker = m.picker.refilter()
	case quotesOverlay:
		_, rows := dialogRows(m.height)
		m.quotes = newQuotes(m.b, m.names, m.filter, m.st).setSize(m.dialogWidth()-4, rows)
	}
	return m.sync(), tea.Batch(cmds...)
}
