package ui

import (
	"iter"
	"maps"
	"slices"
	"sort"

	"github.com/charmbracelet/x/ansi"
)

// The document pane lays the briefing out unit by unit. Only the units
// near the reader are rendered (schedule.go); every other one stands in
// by an estimate of its height, so that the document has its full length
// from the start and a jump anywhere is one lookup. Laying out costs the
// units rendered, plus one pass over an array of starts: never the
// document's text.

// segment is one rendered unit's part of the laid-out document: its lines,
// counting the blank line that separates it from the text before it.
type segment struct {
	// lines are never changed once laid out: copies of the model share
	// them.
	lines []docLine
	// head is the line where the unit's talking point starts, relative
	// to the unit's start; meaningful for the first unit of a point only.
	head int
	// quotes maps a quote to the first line, relative to the unit's
	// start, showing it.
	quotes map[int]int
}

// docLayout is the document laid out at one width and style, under one
// filter: where each unit starts, and the lines of the rendered ones. A
// unit hidden by the filter has no lines; one not rendered has its
// estimated height in placeholder lines. Copies of the model share it, so
// it is never changed in place.
type docLayout struct {
	// starts[i] is the first line of unit i; starts[len(units)] is the
	// number of lines.
	starts []int
	// segs are the rendered units' lines.
	segs map[int]segment
}

func (l docLayout) total() int {
	if len(l.starts) == 0 {
		return 0
	}
	return l.starts[len(l.starts)-1]
}

// total is the number of lines of the laid-out document.
func (m documentModel) total() int { return m.lay.total() }

// rebuild lays out every visible unit (its rendering, or an estimate)
// and keeps the reader where they were. A change to one unit's rendering
// takes relayUnit instead.
func (m documentModel) rebuild() documentModel {
	m = m.holdAnchor()
	n := len(m.units)
	starts := make([]int, n+1)
	segs := map[int]segment{}
	total := 0
	for i := range m.units {
		starts[i] = total
		total += m.layOut(i, total, segs)
	}
	starts[n] = total
	m.lay = docLayout{starts: starts, segs: segs}
	m.search = m.search.relaid(m)
	m.offset = m.anchorOffset()
	return m
}

// layOut lays unit i out starting at line at: its segment into segs when
// it is rendered (and removed from segs when not), and returns its height.
func (m documentModel) layOut(i, at int, segs map[int]segment) int {
	u := m.units[i]
	if !m.visible(u.section) {
		delete(segs, i)
		return 0
	}
	lead := at > 0 && !u.cont()
	if blocks, ok := m.cache[unitKey{i, m.key}]; ok {
		seg := m.layUnit(i, blocks, lead)
		segs[i] = seg
		return len(seg.lines)
	}
	delete(segs, i)
	return m.estimate(u, lead)
}

// relayUnit lays out unit i again after its rendering changed (arrived,
// or was dropped): its lines are replaced and the units after it move.
// Only the units whose blank line before them can change (those with
// nothing above them) are laid out again with it.
func (m documentModel) relayUnit(i int) documentModel {
	n := len(m.units)
	if len(m.lay.starts) != n+1 || i < 0 || i >= n {
		return m.rebuild()
	}
	if !m.visible(m.units[i].section) {
		return m // not shown: nothing moves
	}
	m = m.holdAnchor()
	old := m.lay
	starts := slices.Clone(old.starts)
	segs := maps.Clone(old.segs)
	total := old.starts[i]
	j := i
	for ; j < n; j++ {
		if j > i && (total > 0) == (old.starts[j] > 0) {
			break // its lead is as it was, and so is everything after
		}
		starts[j] = total
		total += m.layOut(j, total, segs)
	}
	delta := total - old.starts[j]
	for k := j; k <= n; k++ {
		starts[k] = old.starts[k] + delta
	}
	m.lay = docLayout{starts: starts, segs: segs}
	m.search = m.search.relaidUnits(m, i, j)
	m.offset = m.anchorOffset()
	return m
}

// forget drops the lines of units that are no longer cached, keeping
// their heights: the document does not move, and a unit drawn again is
// rendered again.
func (m documentModel) forget(units []int) documentModel {
	segs := maps.Clone(m.lay.segs)
	for _, i := range units {
		delete(segs, i)
	}
	m.lay.segs = segs
	m.search = m.search.forget(units)
	return m
}

// estimate is the height of a unit not rendered yet: its heading, about
// a line per width of text, a line per block for the blank lines between
// blocks and the last lines' ends.
func (m documentModel) estimate(u unit, lead bool) int {
	h := 0
	if lead {
		h++
	}
	switch {
	case u.first && u.section > 0:
		h += 2
	case u.first:
		if m.b.Title != "" {
			h += 2
		}
		if m.b.Subtitle != "" {
			h += 2
		}
	}
	if u.blocks == 0 {
		if h == 1 && lead {
			return 0 // nothing to draw: no blank line either
		}
		return h
	}
	w := max(m.key.width, 1)
	return h + (u.size*11/10+w-1)/w + 2*u.blocks - 1
}

// layUnit lays out one visible, rendered unit: its blocks without hidden
// asides and other speakers' turns. lead says whether text comes before
// it, which then ends with a blank line before the unit's first block.
func (m documentModel) layUnit(i int, blocks []renderedBlock, lead bool) segment {
	seg := segment{quotes: map[int]int{}}
	var lines []docLine
	started := false
	for _, rb := range blocks {
		if rb.aside && !m.showAsides || rb.turn && m.filter != "" && rb.by != m.filter {
			continue // a hidden aside; another speaker's turn under a filter
		}
		if lead || len(lines) > 0 {
			switch {
			case rb.tight && len(lines) > 0:
			case rb.gap != "":
				lines = append(lines, docLine{text: rb.gap, plain: ansi.Strip(rb.gap)})
			default:
				lines = append(lines, docLine{})
			}
		}
		if !started {
			seg.head, started = len(lines), true
		}
		for _, l := range rb.lines {
			if l.tag && !m.showTags {
				continue
			}
			for _, sp := range l.spans {
				if _, seen := seg.quotes[sp.quote]; (sp.kind == spanQuote || sp.kind == spanTurn) && !seen {
					seg.quotes[sp.quote] = len(lines)
				}
			}
			lines = append(lines, l)
		}
	}
	if !started {
		seg.head = len(lines)
	}
	seg.lines = lines
	return seg
}

// head is the line, relative to the unit's start, where unit i's
// talking point starts: after the blank line before it.
func (m documentModel) head(i int) int {
	if s, ok := m.lay.segs[i]; ok {
		return s.head
	}
	if m.lay.starts[i] > 0 && !m.units[i].cont() && m.lay.starts[i+1] > m.lay.starts[i] {
		return 1
	}
	return 0
}

// line returns line i of the document, which must exist.
func (m documentModel) line(i int) docLine {
	u := m.unitAtLine(i)
	rel := i - m.lay.starts[u]
	if s, ok := m.lay.segs[u]; ok && rel < len(s.lines) {
		return s.lines[rel]
	}
	return m.placeholderLine(u, rel)
}

// placeholderLine is line rel of a unit not rendered yet: its heading,
// then "rendering…", then blank lines, as tall as it is estimated to be.
func (m documentModel) placeholderLine(i, rel int) docLine {
	u := m.units[i]
	h := m.head(i)
	switch {
	case rel < h:
		return docLine{}
	case u.first && u.section > 0 && rel == h:
		t := oneLine(m.b.Sections[u.section-1].Heading)
		return docLine{text: t, plain: t, placeholder: true}
	case u.first && u.section > 0 && rel == h+1:
		return docLine{}
	case rel == h+2 || rel == h && !(u.first && u.section > 0):
		return docLine{text: "rendering…", plain: "rendering…", placeholder: true}
	}
	return docLine{placeholder: true}
}

// unitAtLine is the unit that line belongs to: the one with lines whose
// range holds it (the last unit with lines past the end).
func (m documentModel) unitAtLine(line int) int {
	n := len(m.units)
	if len(m.lay.starts) != n+1 || n == 0 {
		return 0
	}
	i := sort.Search(n, func(i int) bool { return m.lay.starts[i+1] > line })
	if i == n { // past the end: the last unit with lines
		for i--; i > 0 && m.lay.starts[i+1] == m.lay.starts[i]; i-- {
		}
	}
	return max(i, 0)
}

// unitsIn returns the units with lines in [from, to), as a range of
// indices [a, b).
func (m documentModel) unitsIn(from, to int) (int, int) {
	n := len(m.units)
	if len(m.lay.starts) != n+1 {
		return 0, 0
	}
	a := sort.Search(n, func(i int) bool { return m.lay.starts[i+1] > from })
	b := sort.Search(n, func(i int) bool { return m.lay.starts[i] >= to })
	return a, max(a, b)
}

// allLines yields every line of the document with its number.
func (m documentModel) allLines() iter.Seq2[int, docLine] {
	return func(yield func(int, docLine) bool) {
		for i := 0; i < m.total(); i++ {
			if !yield(i, m.line(i)) {
				return
			}
		}
	}
}

// holdAnchor records where the reader is, as a line within the unit at
// the top, so that the offset can be found again once lines above have
// changed; a pinned quote, match or the end stays as it is.
func (m documentModel) holdAnchor() documentModel {
	if len(m.lay.starts) == len(m.units)+1 && m.anchor.quote < 0 && !m.anchor.end && !m.anchor.match {
		u := m.unitAtLine(m.offset)
		m.anchor = anchor{section: m.units[u].section, unit: u, line: m.offset - m.lay.starts[u], quote: -1}
	}
	return m
}

// sectionStart is the first line of talking point s: its heading, after
// the blank line before it; for a point hidden by the filter, where it
// would be.
func (m documentModel) sectionStart(s int) int {
	fu := m.firstUnit[s]
	if !m.visible(s) {
		return m.lay.starts[fu]
	}
	return m.lay.starts[fu] + m.head(fu)
}

// lastSectionAt is the last talking point (shown or not) whose start is
// at or before line; -1 when none is.
func (m documentModel) lastSectionAt(line int) int {
	return sort.Search(len(m.firstUnit), func(s int) bool { return m.sectionStart(s) > line }) - 1
}

// unitOf is the unit that draws byte at of block blk of section s.
func (m documentModel) unitOf(s, blk, at int) int {
	if s < 0 || s >= len(m.firstUnit) {
		return -1
	}
	end := len(m.units)
	if s+1 < len(m.firstUnit) {
		end = m.firstUnit[s+1]
	}
	for i := m.firstUnit[s]; i < end; i++ {
		u := m.units[i]
		if blk >= u.from && blk < u.to && (!u.part() || at < u.z || u.z >= len(m.b.Blocks(s)[blk].Text)) {
			return i
		}
	}
	return m.firstUnit[s]
}

// quoteLine is the first line showing quote q, if its unit is rendered.
func (m documentModel) quoteLine(q int) (int, bool) {
	if q < 0 || q >= len(m.b.Quotes) {
		return 0, false
	}
	qq := m.b.Quotes[q]
	i := m.unitOf(qq.Section, qq.Block, qq.Start)
	if i < 0 {
		return 0, false
	}
	for ; i < len(m.units) && m.units[i].section == qq.Section; i++ {
		s, ok := m.lay.segs[i]
		if !ok {
			return 0, false
		}
		if l, ok := s.quotes[q]; ok {
			return m.lay.starts[i] + l, true
		}
		if !m.units[i].part() {
			break
		}
	}
	return 0, false
}
