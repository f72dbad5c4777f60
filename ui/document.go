package ui

import (
	"maps"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// minReadWidth is the narrowest reading width brief renders at.
const minReadWidth = 8

// unitKey tags a rendering: which unit, at which width and style.
type unitKey struct {
	unit int
	key  renderKey
}

// anchor is the position the document keeps across re-layouts: a line
// within the unit at the top (and its talking point, should the unit be
// hidden), a quote the reader jumped to, the current search match, or
// the end.
type anchor struct {
	section, unit, line int
	quote               int  // -1 unless pinned to a quote
	match               bool // pinned to the current search match
	end                 bool // the reader went to the end: stay there
}

// documentModel is the centre pane: the whole briefing laid out unit by
// unit, scrolled as one text, with only the units near the reader
// rendered (schedule.go).
//
// Like every model here it is a value: a method returns the changed model
// and leaves its receiver as it was. Its maps (cache, plain, inflight,
// late, plainPending) are shared by all copies of a model, so they are
// never written in place: a method that changes them first takes copies of
// its own (own). A copy that is dropped, such as a model Bubble Tea never
// received or a test's probe, can then not change the one in use.
type documentModel struct {
	b     *model.Briefing
	names docIndex
	units []unit
	// firstUnit is the unit that begins each talking point (0 the intro).
	firstUnit []int
	maxWidth  int

	cache map[unitKey][]renderedBlock // the units rendered at key
	plain map[unitKey]bool            // cached units drawn as plain text
	key   renderKey

	glamour      renderFunc
	inflight     map[unitKey]bool // Glamour renders running
	late         map[unitKey]bool // of those, the ones past their deadline
	plainPending map[unitKey]bool // plain renders running

	filter     string       // speaker ID or ""
	shown      map[int]bool // sections shown while filtering; nil shows all
	showAsides bool
	showTags   bool // brief's annotations naming speakers whose cue is elsewhere

	lay docLayout

	width, height int // the pane's inner size
	pad           int // left margin that centres the reading column
	offset        int
	anchor        anchor
	search        searchState
}

func newDocument(b *model.Briefing, names docIndex, maxWidth int) documentModel {
	units := planUnits(b)
	first := make([]int, len(b.Sections)+1)
	for i := len(units) - 1; i >= 0; i-- {
		if units[i].first {
			first[units[i].section] = i
		}
	}
	return documentModel{
		b: b, names: names, units: units, firstUnit: first, maxWidth: max(maxWidth, minReadWidth),
		cache: map[unitKey][]renderedBlock{}, plain: map[unitKey]bool{}, glamour: renderUnit,
		inflight: map[unitKey]bool{}, late: map[unitKey]bool{}, plainPending: map[unitKey]bool{},
		showAsides: true, showTags: true, key: renderKey{style: "dark"}, anchor: anchor{quote: -1},
	}
}

// setSize lays the document out for a pane of w × h cells.
func (m documentModel) setSize(w, h int) (documentModel, tea.Cmd) {
	m.width, m.height = max(w, 0), max(h, 0)
	read := min(m.maxWidth, max(m.width-2, minReadWidth))
	m.pad = max((m.width-read)/2, 0)
	return m.setKey(renderKey{width: read, style: m.key.style})
}

// setStyle switches the Glamour style.
func (m documentModel) setStyle(style string) (documentModel, tea.Cmd) {
	return m.setKey(renderKey{width: m.key.width, style: style})
}

// setKey lays the document out at another width or style. Renderings at
// the old one are dropped: only what is near the reader is rendered
// again, so keeping them would save little and hold memory.
func (m documentModel) setKey(k renderKey) (documentModel, tea.Cmd) {
	if k == m.key && m.lay.starts != nil {
		return m.schedule()
	}
	m.key = k
	if len(m.cache) > 0 || len(m.plain) > 0 {
		m = m.own()
		for id := range m.cache {
			if id.key != k {
				delete(m.cache, id)
				delete(m.plain, id)
			}
		}
	}
	m = m.rebuild()
	return m.schedule()
}

// own gives the model copies of its maps, to change them without changing
// any other copy of the model (see documentModel). The maps hold only the
// units near the reader, so copying them is cheap.
func (m documentModel) own() documentModel {
	m.cache, m.plain = maps.Clone(m.cache), maps.Clone(m.plain)
	m.inflight, m.late, m.plainPending = maps.Clone(m.inflight), maps.Clone(m.late), maps.Clone(m.plainPending)
	return m
}

// setFilter shows only the intro and the given talking points (all of them
// when sections is nil) and styles the speaker's quotes.
func (m documentModel) setFilter(speaker string, sections []int) (documentModel, tea.Cmd) {
	m.filter = speaker
	m.shown = nil
	if sections != nil {
		m.shown = map[int]bool{0: true}
		for _, s := range sections {
			m.shown[s] = true
		}
	}
	m = m.rebuild()
	return m.schedule()
}

// toggleTags shows or hides brief's annotations naming the speaker of
// quotes whose cue is not in their paragraph.
func (m documentModel) toggleTags() documentModel {
	m.showTags = !m.showTags
	return m.rebuild()
}

// toggleAsides shows or hides explainer asides.
func (m documentModel) toggleAsides() documentModel {
	m.showAsides = !m.showAsides
	return m.rebuild()
}

func (m documentModel) visible(section int) bool { return m.shown == nil || m.shown[section] }

func (m documentModel) anchorOffset() int {
	a := m.anchor
	switch {
	case a.end:
		return m.maxOffset()
	case a.quote >= 0 && a.quote < len(m.b.Quotes):
		if l, ok := m.quoteLine(a.quote); ok {
			return m.clamp(l - min(2, m.height/3))
		}
		q := m.b.Quotes[a.quote]
		if u := m.unitOf(q.Section, q.Block, q.Start); u >= 0 && m.visible(q.Section) {
			return m.clamp(m.lay.starts[u] + m.head(u))
		}
		return m.clamp(m.startOf(q.Section))
	case a.match:
		if l := m.search.currentLine(m); l >= 0 {
			return m.clamp(l - m.height/3)
		}
		if u, _, ok := m.search.currentUnit(); ok {
			return m.clamp(m.lay.starts[u])
		}
	}
	if a.unit >= 0 && a.unit < len(m.units) && m.visible(m.units[a.unit].section) && len(m.lay.starts) == len(m.units)+1 {
		return m.clamp(m.lay.starts[a.unit] + a.line)
	}
	return m.clamp(m.startOf(a.section))
}

// startOf returns the first line of a talking point, or of the next visible
// one when it is hidden by the filter.
func (m documentModel) startOf(section int) int {
	if len(m.lay.starts) != len(m.units)+1 {
		return 0
	}
	n := len(m.firstUnit)
	for s := max(section, 0); s < n; s++ {
		if m.visible(s) {
			return m.sectionStart(s)
		}
	}
	for s := n - 1; s >= 0; s-- {
		if m.visible(s) {
			return m.sectionStart(s)
		}
	}
	return 0
}

// lastStart is the first line of the last talking point shown, -1 when
// none is.
func (m documentModel) lastStart() int {
	for s := len(m.firstUnit) - 1; s >= 0; s-- {
		if m.visible(s) {
			return m.sectionStart(s)
		}
	}
	return -1
}

// maxOffset lets the last talking point's heading reach the top, even when
// the point is shorter than the pane.
func (m documentModel) maxOffset() int {
	if len(m.lay.starts) != len(m.units)+1 {
		return 0
	}
	return max(m.total()-m.height, m.lastStart(), 0)
}

func (m documentModel) clamp(off int) int { return min(max(off, 0), m.maxOffset()) }

// currentSection is the talking point at the top of the pane: the last
// one shown that starts at or above it.
func (m documentModel) currentSection() int {
	return m.sectionAt(m.offset)
}

// sectionAt is the last talking point shown that starts at or above line,
// 0 when none does.
func (m documentModel) sectionAt(line int) int {
	if len(m.lay.starts) != len(m.units)+1 {
		return 0
	}
	for s := m.lastSectionAt(line); s >= 0; s-- {
		if m.visible(s) {
			return s
		}
	}
	return 0
}

// nextSection is the first talking point shown that starts below line,
// -1 when none does.
func (m documentModel) nextSection(line int) int {
	for s := m.lastSectionAt(line) + 1; s < len(m.firstUnit); s++ {
		if m.visible(s) && m.sectionStart(s) > line {
			return s
		}
	}
	return -1
}

// prevSection is the last talking point shown that starts above line, -1
// when none does.
func (m documentModel) prevSection(line int) int {
	for s := m.lastSectionAt(line - 1); s >= 0; s-- {
		if m.visible(s) && m.sectionStart(s) < line {
			return s
		}
	}
	return -1
}

// scrollTo moves the top of the pane to line off and unpins the anchor.
func (m documentModel) scrollTo(off int) documentModel {
	m.offset = m.clamp(off)
	m.anchor = anchor{quote: -1}
	m = m.holdAnchor()
	m.anchor.end = off >= m.maxOffset() && m.offset > 0
	return m
}

func (m documentModel) scrollBy(n int) documentModel { return m.scrollTo(m.offset + n) }

// gotoSection puts a talking point's heading at the top; false when it is
// not shown.
func (m documentModel) gotoSection(n int) (documentModel, bool) {
	if n < 0 || n >= len(m.firstUnit) || !m.visible(n) || len(m.lay.starts) != len(m.units)+1 {
		return m, false
	}
	m.offset = m.clamp(m.sectionStart(n))
	m.anchor = anchor{quote: -1}
	return m.holdAnchor(), true
}

// gotoQuote scrolls to a quote in context, showing asides if it is in one.
func (m documentModel) gotoQuote(q int) documentModel {
	m.anchor = anchor{quote: q, unit: -1}
	if q >= 0 && q < len(m.b.Quotes) && !m.showAsides {
		if bl, ok := m.b.BlockOf(m.b.Quotes[q]); ok && bl.Kind == model.Aside {
			m.showAsides = true
			return m.rebuild()
		}
	}
	m.offset = m.anchorOffset()
	return m
}

// scrollPercent is how far through the document the pane is, 0–100.
func (m documentModel) scrollPercent() int {
	if m.maxOffset() == 0 {
		return 100
	}
	return m.offset * 100 / m.maxOffset()
}

// view draws the pane's inner area.
func (m documentModel) view(st *theme) string {
	var sb strings.Builder
	read := m.key.width
	pad := strings.Repeat(" ", m.pad)
	for i := 0; i < m.height; i++ {
		if i > 0 {
			sb.WriteByte('\n')
		}
		li := m.offset + i
		if li >= m.total() {
			sb.WriteString(fit("", m.width))
			continue
		}
		l := m.line(li)
		var s string
		if l.placeholder {
			s = st.Placeholder.Render(l.plain)
		} else {
			s = styleLine(l, st, overlay{filter: m.filter, matches: m.search.on(m, li), links: coloured(m.key.style)})
		}
		sb.WriteString(fit(pad+fit(s, read), m.width))
	}
	return sb.String()
}
