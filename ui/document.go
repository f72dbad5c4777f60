package ui

import (
	"maps"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// minReadWidth is the narrowest reading width brief renders at.
const minReadWidth = 8

// keptKeys is how many (width, style) renderings the cache keeps, so that
// resizing back and forth does not render again.
const keptKeys = 3

// unitKey tags a rendering: which unit, at which width and style.
type unitKey struct {
	unit int
	key  renderKey
}

// sectionStart is where a visible talking point begins in the document.
type sectionStart struct{ section, line int }

// anchor is the position the document keeps across re-layouts: a line
// within a talking point, or a quote the reader jumped to.
type anchor struct {
	section, line int
	quote         int  // -1 unless pinned to a quote
	end           bool // the reader went to the end: stay there
}

// documentModel is the centre pane: the whole briefing rendered section by
// section, scrolled as one text.
//
// Like every model here it is a value: a method returns the changed model
// and leaves its receiver as it was. Its maps (cache, plain, inflight,
// late, plainPending) are shared by all copies of a model, so they are
// never written in place: a method that changes them first takes copies of
// its own (own). A copy that is dropped, such as a model Bubble Tea never
// received or a test's probe, can then not change the one in use.
type documentModel struct {
	b        *model.Briefing
	names    docIndex
	units    []unit
	maxWidth int

	cache map[unitKey][]renderedBlock
	plain map[unitKey]bool // cached units drawn as plain text
	keys  []renderKey      // cached keys, oldest first
	key   renderKey

	glamour      renderFunc
	inflight     map[unitKey]bool // Glamour renders running
	late         map[unitKey]bool // of those, the ones past their deadline
	plainPending map[unitKey]bool // plain renders running

	filter     string       // speaker ID or ""
	shown      map[int]bool // sections shown while filtering; nil shows all
	showAsides bool
	showTags   bool // brief's annotations naming speakers whose cue is elsewhere

	segs   []segment // the laid-out document, unit by unit
	total  int       // lines in segs
	starts []sectionStart

	width, height int // the pane's inner size
	pad           int // left margin that centres the reading column
	offset        int
	anchor        anchor
	search        searchState
}

func newDocument(b *model.Briefing, names docIndex, maxWidth int) documentModel {
	return documentModel{
		b: b, names: names, units: planUnits(b), maxWidth: max(maxWidth, minReadWidth),
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

func (m documentModel) setKey(k renderKey) (documentModel, tea.Cmd) {
	if k == m.key && m.segs != nil {
		return m, nil
	}
	m.key = k
	m.keys = append(removeKey(m.keys, k), k)
	if len(m.keys) > keptKeys {
		old := m.keys[0]
		m.keys = m.keys[1:]
		m = m.own()
		for id := range m.cache {
			if id.key == old {
				delete(m.cache, id)
				delete(m.plain, id)
			}
		}
	}
	m = m.rebuild()
	return m.schedule()
}

// own gives the model copies of its maps, to change them without changing
// any other copy of the model (see documentModel).
func (m documentModel) own() documentModel {
	m.cache, m.plain = maps.Clone(m.cache), maps.Clone(m.plain)
	m.inflight, m.late, m.plainPending = maps.Clone(m.inflight), maps.Clone(m.late), maps.Clone(m.plainPending)
	return m
}

func removeKey(keys []renderKey, k renderKey) []renderKey {
	out := keys[:0:0]
	for _, x := range keys {
		if x != k {
			out = append(out, x)
		}
	}
	return out
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
	if a.end {
		return m.maxOffset()
	}
	if a.quote >= 0 {
		if l, ok := m.quoteLine(a.quote); ok {
			return m.clamp(l - min(2, m.height/3))
		}
		return m.clamp(m.startOf(m.b.Quotes[a.quote].Section))
	}
	return m.clamp(m.startOf(a.section) + a.line)
}

// startOf returns the first line of a talking point, or of the next visible
// one when it is hidden by the filter.
func (m documentModel) startOf(section int) int {
	for _, s := range m.starts {
		if s.section >= section {
			return s.line
		}
	}
	if len(m.starts) > 0 {
		return m.starts[len(m.starts)-1].line
	}
	return 0
}

// maxOffset lets the last talking point's heading reach the top, even when
// the point is shorter than the pane.
func (m documentModel) maxOffset() int {
	mx := m.total - m.height
	if len(m.starts) > 0 {
		mx = max(mx, m.starts[len(m.starts)-1].line)
	}
	return max(mx, 0)
}

func (m documentModel) clamp(off int) int { return min(max(off, 0), m.maxOffset()) }

// currentSection is the talking point at the top of the pane.
func (m documentModel) currentSection() int {
	cur := 0
	for _, s := range m.starts {
		if s.line > m.offset {
			break
		}
		cur = s.section
	}
	return cur
}

// scrollTo moves the top of the pane to line off and unpins the anchor.
func (m documentModel) scrollTo(off int) documentModel {
	m.offset = m.clamp(off)
	m.anchor = anchor{section: m.currentSection(), quote: -1, end: off >= m.maxOffset() && m.offset > 0}
	m.anchor.line = m.offset - m.startOf(m.anchor.section)
	return m
}

func (m documentModel) scrollBy(n int) documentModel { return m.scrollTo(m.offset + n) }

// gotoSection puts a talking point's heading at the top; false when it is
// not shown.
func (m documentModel) gotoSection(n int) (documentModel, bool) {
	for _, s := range m.starts {
		if s.section == n {
			m.offset = m.clamp(s.line)
			m.anchor = anchor{section: n, line: m.offset - s.line, quote: -1}
			return m, true
		}
	}
	return m, false
}

// gotoQuote scrolls to a quote in context, showing asides if it is in one.
func (m documentModel) gotoQuote(q int) documentModel {
	m.anchor = anchor{quote: q}
	if _, ok := m.quoteLine(q); !ok && !m.showAsides {
		m.showAsides = true
		return m.rebuild()
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
func (m documentModel) view(st theme) string {
	var sb strings.Builder
	read := m.key.width
	pad := strings.Repeat(" ", m.pad)
	for i := 0; i < m.height; i++ {
		if i > 0 {
			sb.WriteByte('\n')
		}
		li := m.offset + i
		if li >= m.total {
			sb.WriteString(fit("", m.width))
			continue
		}
		l := m.line(li)
		var s string
		if l.placeholder {
			s = st.Placeholder.Render(l.plain)
		} else {
			s = styleLine(l, st, overlay{filter: m.filter, matches: m.search.on(li), links: coloured(m.key.style)})
		}
		sb.WriteString(fit(pad+fit(s, read), m.width))
	}
	return sb.String()
}
