package ui

import (
	"iter"
	"sort"

	"github.com/charmbracelet/x/ansi"
)

// segment is one unit's part of the laid-out document: its lines,
// counting the blank line that separates it from the text before it, and
// where they start. A unit hidden by the filter has no lines. The document
// is kept as its segments, not as one slice of lines, so that a unit's
// rendering arriving replaces that unit's lines only.
type segment struct {
	// lines are never changed once laid out: copies of the model share
	// them.
	lines  []docLine
	start  int
	hidden bool
	// head is the line where the unit's talking point starts, relative
	// to start; meaningful for the first unit of a point only.
	head int
	// quotes maps a quote to the first line, relative to start, showing
	// it.
	quotes map[int]int
}

func (s segment) end() int { return s.start + len(s.lines) }

// rebuild lays out every visible unit (rendered, or placeholders) and
// keeps the reader where they were. A change to one unit's rendering
// takes relayUnit instead, which costs that unit, not the document.
func (m documentModel) rebuild() documentModel {
	m = m.holdAnchor()
	segs := make([]segment, len(m.units))
	total := 0
	for i, u := range m.units {
		if !m.visible(u.section) {
			segs[i] = segment{start: total, hidden: true}
			continue
		}
		segs[i] = m.layUnit(i, total > 0)
		segs[i].start = total
		total += len(segs[i].lines)
	}
	m.segs, m.total = segs, total
	m.starts = m.sectionStarts()
	m.offset = m.anchorOffset()
	m.search = m.search.find(m.allLines(), m.offset)
	return m
}

// relayUnit lays out unit i again after its rendering changed: its lines
// are replaced, the units after it move, and the search runs on its lines
// only. Every result used to lay out and search the whole document again,
// which was quadratic in a long one.
func (m documentModel) relayUnit(i int) documentModel {
	if m.segs == nil || i < 0 || i >= len(m.segs) {
		return m.rebuild()
	}
	if m.segs[i].hidden {
		return m // not shown: nothing moves
	}
	from, oldEnd := m.segs[i].start, m.segs[i].end()
	seg := m.layUnit(i, from > 0)
	seg.start = from
	last, lastSeg := i, segment{}
	if from == 0 && (len(seg.lines) == 0) != (oldEnd == 0) {
		// the unit at the top became empty or stopped being so: the
		// next unit with lines opens with a blank line only when text
		// comes before it, so it is laid out again too
		for j := i + 1; j < len(m.segs); j++ {
			if s := m.segs[j]; !s.hidden && len(s.lines) > 0 {
				last, oldEnd = j, s.end()
				lastSeg = m.layUnit(j, len(seg.lines) > 0)
				lastSeg.start = seg.end()
				break
			}
		}
	}
	m = m.holdAnchor()
	// a new slice of segments: other copies of the model share the old
	segs := make([]segment, len(m.segs))
	copy(segs, m.segs)
	segs[i] = seg
	newEnd := seg.end()
	for j := i + 1; j < last; j++ { // empty ones between
		segs[j].start = newEnd
	}
	if last > i {
		segs[last] = lastSeg
		newEnd = lastSeg.end()
	}
	delta := newEnd - oldEnd
	for j := last + 1; j < len(segs); j++ {
		segs[j].start += delta
	}
	m.segs, m.total = segs, m.total+delta
	m.starts = m.sectionStarts()
	m.offset = m.anchorOffset()
	m.search = m.search.splice(m.linesIn(i, last), from, oldEnd, newEnd)
	return m
}

// allLines yields every line of the document with its number.
func (m documentModel) allLines() iter.Seq2[int, docLine] {
	return m.linesIn(0, len(m.segs)-1)
}

// linesIn yields the lines of units first to last with their numbers.
func (m documentModel) linesIn(first, last int) iter.Seq2[int, docLine] {
	return func(yield func(int, docLine) bool) {
		for _, s := range m.segs[max(first, 0):min(last+1, len(m.segs))] {
			for k, l := range s.lines {
				if !yield(s.start+k, l) {
					return
				}
			}
		}
	}
}

// line returns line i of the document, which must exist.
func (m documentModel) line(i int) docLine {
	s := m.segs[m.unitAtLine(i)]
	return s.lines[i-s.start]
}

// holdAnchor records where the reader is, as a line within a talking
// point, so that the offset can be found again once lines above have
// changed; a pinned quote or the end stays as it is.
func (m documentModel) holdAnchor() documentModel {
	if m.segs != nil && m.anchor.quote < 0 && !m.anchor.end {
		s := m.currentSection()
		m.anchor = anchor{section: s, line: m.offset - m.startOf(s), quote: -1}
	}
	return m
}

// layUnit lays out one visible unit: its cached rendering without hidden
// asides, or a placeholder. lead says whether text comes before it, which
// then ends with a blank line before the unit's first block.
func (m documentModel) layUnit(i int, lead bool) segment {
	u := m.units[i]
	seg := segment{quotes: map[int]int{}}
	var lines []docLine
	blocks, ok := m.cache[unitKey{i, m.key}]
	if !ok {
		if lead {
			lines = append(lines, docLine{})
		}
		seg.head = len(lines)
		seg.lines = append(lines, m.placeholder(u)...)
		return seg
	}
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

// placeholder stands in for a unit until it is rendered, about as tall as
// it will be so that the scroll position does not jump much.
func (m documentModel) placeholder(u unit) []docLine {
	var out []docLine
	if u.first && u.section > 0 {
		s := m.b.Sections[u.section-1]
		h := oneLine(s.Heading)
		out = append(out, docLine{text: h, plain: h, placeholder: true}, docLine{})
	}
	out = append(out, docLine{text: "rendering…", plain: "rendering…", placeholder: true})
	for n := u.size / max(m.key.width, 1); n > 0 && len(out) < 10000; n-- {
		out = append(out, docLine{placeholder: true})
	}
	return out
}

// sectionStarts lists where each visible talking point begins.
func (m documentModel) sectionStarts() []sectionStart {
	var starts []sectionStart
	for i, u := range m.units {
		if s := m.segs[i]; u.first && !s.hidden {
			starts = append(starts, sectionStart{u.section, s.start + s.head})
		}
	}
	return starts
}

// quoteLine is the first line showing quote q, if it is laid out.
func (m documentModel) quoteLine(q int) (int, bool) {
	for _, s := range m.segs {
		if l, ok := s.quotes[q]; ok {
			return s.start + l, true
		}
	}
	return 0, false
}

// unitAtLine is the unit that line belongs to: the last one starting at
// or before it, which is one with lines when the line exists (units
// without lines start where the next one does).
func (m documentModel) unitAtLine(line int) int {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].start > line })
	for i--; i > 0 && len(m.segs[i].lines) == 0; i-- {
	}
	return max(i, 0)
}
