package ui

import (
	"maps"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// searchState is an incremental search over the whole document, rendered
// or not. A unit laid out is searched in its lines, each block's wrapped
// lines joined, so that a phrase broken across two lines is one match
// drawn in two parts; a unit not rendered is searched in the briefing's
// text, so that its matches count (and n goes there, rendering it) before
// it is drawn. The current match is the k-th of its unit, which stays
// that match when the layout changes.
type searchState struct {
	query string
	q     []rune // the query, lower-cased when fold
	fold  bool
	// view is the filter and asides the counts are for
	view searchView
	// src is each unit's matches in the briefing's text
	src []int32
	// laid are the matches of the units laid out (or laid out before:
	// their count stays when their lines are dropped)
	laid  map[int]unitMatches
	count int // matches in all
	// cu, ck: the current match is the ck-th of unit cu; cu is -1 when
	// there is none
	cu, ck int
}

// searchView is what the matches depend on besides the text.
type searchView struct {
	filter     string
	showAsides bool
}

// unitMatches are the matches in one laid-out unit: parts on lines
// relative to the unit's start, numbered from 0 in the unit.
type unitMatches struct {
	parts []lineMatch
	count int
	lines bool // parts are those of its lines now laid out
}

// newSearch searches the document for query; the current match is the
// first.
func newSearch(m documentModel, query string) searchState {
	s := searchState{query: query, cu: -1}
	if query == "" {
		return s
	}
	s.q = []rune(normalizeQuery(query))
	s.fold = !smartCase(s.q)
	if s.fold {
		s.q = lowerRunes(s.q)
	}
	s = s.recount(m)
	s.cu, s.ck = s.next(-1, 0)
	return s
}

// normalizeQuery makes each run of blanks in a query one space: the
// joined lines of a block have one between words.
func normalizeQuery(q string) string {
	var sb strings.Builder
	blank := false
	for _, r := range q {
		if unicode.IsSpace(r) {
			blank = true
			continue
		}
		if blank && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		blank = false
		sb.WriteRune(r)
	}
	if blank && sb.Len() == 0 {
		return " "
	}
	return sb.String()
}

// smartCase reports whether the query should match case: only when it has
// an upper-case letter, as in vim and less.
func smartCase(q []rune) bool {
	for _, r := range q {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// active reports whether a search is on.
func (s searchState) active() bool { return s.query != "" }

// total is the number of matches.
func (s searchState) total() int { return s.count }

// countOf is the number of matches in unit u.
func (s searchState) countOf(u int) int {
	if m, ok := s.laid[u]; ok {
		return m.count
	}
	if u >= 0 && u < len(s.src) {
		return int(s.src[u])
	}
	return 0
}

// recount counts every unit's matches in the briefing's text, and the
// laid-out units' on their lines.
func (s searchState) recount(m documentModel) searchState {
	s.view = searchView{m.filter, m.showAsides}
	s.src = make([]int32, len(m.units))
	for i := range m.units {
		s.src[i] = int32(m.sourceMatches(i, s.q, s.fold))
	}
	s.laid = map[int]unitMatches{}
	for i, seg := range m.lay.segs {
		s.laid[i] = scanSegment(seg, s.q, s.fold)
	}
	s.count = 0
	for i := range m.units {
		s.count += s.countOf(i)
	}
	return s
}

// relaid brings the matches up to a new layout of the whole document
// (another width, filter or asides), keeping the current match.
func (s searchState) relaid(m documentModel) searchState {
	if s.query == "" {
		return s
	}
	if s.q == nil {
		return newSearch(m, s.query)
	}
	if s.view != (searchView{m.filter, m.showAsides}) || len(s.src) != len(m.units) {
		s = s.recount(m)
	} else {
		laid := map[int]unitMatches{}
		for i, seg := range m.lay.segs {
			laid[i] = scanSegment(seg, s.q, s.fold)
		}
		s.laid = laid
		s.count = 0
		for i := range m.units {
			s.count += s.countOf(i)
		}
	}
	return s.keepCurrent()
}

// relaidUnits brings the matches up to units [a, b) laid out again.
func (s searchState) relaidUnits(m documentModel, a, b int) searchState {
	if s.query == "" {
		return s
	}
	if len(s.src) != len(m.units) || s.q == nil {
		return s.relaid(m)
	}
	laid := maps.Clone(s.laid)
	for i := a; i < b; i++ {
		s.count -= s.countOf(i)
		if seg, ok := m.lay.segs[i]; ok {
			laid[i] = scanSegment(seg, s.q, s.fold)
		} else {
			delete(laid, i)
		}
		s.laid = laid
		s.count += s.countOf(i)
	}
	s.laid = laid
	return s.keepCurrent()
}

// forget drops the parts of units whose lines were dropped; their counts
// stay.
func (s searchState) forget(units []int) searchState {
	if s.query == "" || len(units) == 0 {
		return s
	}
	laid := maps.Clone(s.laid)
	for _, i := range units {
		if um, ok := laid[i]; ok {
			um.parts, um.lines = nil, false
			laid[i] = um
		}
	}
	s.laid = laid
	return s
}

// keepCurrent keeps the current match in its unit when it still has it,
// else moves it to the next match.
func (s searchState) keepCurrent() searchState {
	switch {
	case s.count == 0:
		s.cu, s.ck = -1, 0
	case s.cu < 0:
		s.cu, s.ck = s.next(-1, 0)
	case s.ck >= s.countOf(s.cu):
		s.cu, s.ck = s.next(s.cu, 0)
	}
	return s
}

// next is the first match after match k-1 of unit u, wrapping; the
// first of all for u = -1.
func (s searchState) next(u, k int) (int, int) {
	n := len(s.src)
	if u >= 0 && k < s.countOf(u) {
		return u, k
	}
	for d := 1; d <= n; d++ {
		i := (u + d) % n
		if u < 0 {
			i = d - 1
		}
		if s.countOf(i) > 0 {
			return i, 0
		}
	}
	return -1, 0
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (s searchState) step(d int) searchState {
	if s.count == 0 || s.cu < 0 {
		return s
	}
	if d > 0 {
		s.cu, s.ck = s.next(s.cu, s.ck+1)
		return s
	}
	if s.ck > 0 {
		s.ck--
		return s
	}
	n := len(s.src)
	for k := 1; k <= n; k++ {
		i := ((s.cu-k)%n + n) % n
		if c := s.countOf(i); c > 0 {
			s.cu, s.ck = i, c-1
			return s
		}
	}
	return s
}

// current is the number of the current match, from 0.
func (s searchState) current() int {
	if s.cu < 0 {
		return 0
	}
	n := s.ck
	for i := 0; i < s.cu; i++ {
		n += s.countOf(i)
	}
	return n
}

// currentUnit is the unit of the current match and its number there.
func (s searchState) currentUnit() (int, int, bool) {
	return s.cu, s.ck, s.cu >= 0 && s.count > 0
}

// currentLine is the first line of the current match, -1 when there is
// none or its unit is not laid out.
func (s searchState) currentLine(m documentModel) int {
	um, ok := s.laid[s.cu]
	if s.cu < 0 || !ok || !um.lines {
		return -1
	}
	for _, p := range um.parts {
		if p.match == s.ck {
			return m.lay.starts[s.cu] + p.line
		}
	}
	return -1
}

// on returns the match parts on one line of the document, the current
// match's marked.
func (s searchState) on(m documentModel, line int) []lineMatch {
	if s.query == "" || len(s.laid) == 0 {
		return nil
	}
	u := m.unitAtLine(line)
	um, ok := s.laid[u]
	if !ok || !um.lines {
		return nil
	}
	rel := line - m.lay.starts[u]
	k := sort.Search(len(um.parts), func(k int) bool { return um.parts[k].line >= rel })
	var out []lineMatch
	for ; k < len(um.parts) && um.parts[k].line == rel; k++ {
		p := um.parts[k]
		p.current = u == s.cu && p.match == s.ck
		out = append(out, p)
	}
	return out
}

// lineRun is where one display line's text sits in its block's joined text.
type lineRun struct {
	line    int // index in the unit's lines
	at, end int // runes [at, end) of the joined text
	col     int // cell of the line where that text starts
}

// scanSegment finds the matches of q in a laid-out unit's lines.
func scanSegment(seg segment, q []rune, fold bool) unitMatches {
	var um unitMatches
	um.lines = true
	var text, hay []rune // a block's text with its lines joined; folded
	var runs []lineRun
	flush := func() {
		if len(runs) > 0 {
			hay = hay[:0]
			for _, r := range text {
				if fold {
					r = unicode.ToLower(r)
				}
				hay = append(hay, r)
			}
			um = um.match(text, hay, runs, q)
		}
		text, runs = text[:0], runs[:0]
	}
	for li, l := range seg.lines {
		content, lead := lineText(l)
		if !l.cont || content == "" {
			flush() // a new block, a blank line or a placeholder ends the text
		}
		if content == "" {
			continue
		}
		// lines join with a space, except after a hyphen the wrap broke at
		if len(runs) > 0 && text[len(text)-1] != '-' {
			text = append(text, ' ')
		}
		at := len(text)
		text = append(text, []rune(content)...)
		runs = append(runs, lineRun{line: li, at: at, end: len(text), col: l.skip + lead})
	}
	flush()
	return um
}

// lineText is a line's text for searching: without the bar in front, the
// padding around it and the blanks of a hanging indent, and how many
// cells of blanks were left out in front.
func lineText(l docLine) (string, int) {
	if l.placeholder || l.tag {
		return "", 0 // brief's words, not the document's
	}
	p := l.plain
	for i := 0; i < l.skip && p != ""; i++ { // a bar's runes are one cell each
		_, n := utf8.DecodeRuneInString(p)
		p = p[n:]
	}
	t := strings.TrimLeft(p, " ")
	return strings.TrimRight(t, " "), len(p) - len(t)
}

// match adds the matches of q in one block's joined text.
func (um unitMatches) match(text, hay []rune, runs []lineRun, q []rune) unitMatches {
	for i := 0; i+len(q) <= len(hay); i++ {
		if hay[i] != q[0] || !runesEqual(hay[i:i+len(q)], q) {
			continue
		}
		n := len(um.parts)
		// the parts: the match's stretch of each line it covers
		for k := sort.Search(len(runs), func(k int) bool { return runs[k].end > i }); k < len(runs) && runs[k].at < i+len(q); k++ {
			r := runs[k]
			a, b := max(i, r.at), min(i+len(q), r.end)
			if a >= b {
				continue
			}
			start := r.col + runesWidth(text[r.at:a])
			end := start + runesWidth(text[a:b])
			um.parts = append(um.parts, lineMatch{line: r.line, start: start, end: end, match: um.count})
		}
		if len(um.parts) > n { // a match of nothing but the joins draws nothing
			um.count++
		}
		i += len(q) - 1
	}
	return um
}

// runesWidth is the width of rs in cells, as ansi.StringWidth counts it,
// without its grapheme segmentation for the common case of text where
// every rune is one cell: Latin letters and the dashes and quote marks of
// U+2010–U+2027.
func runesWidth(rs []rune) int {
	for _, r := range rs {
		if !oneCell(r) {
			return ansi.StringWidth(string(rs))
		}
	}
	return len(rs)
}

func oneCell(r rune) bool {
	return r >= 0x20 && r < 0x7f || r >= 0xa0 && r < 0x300 && r != 0xad || r >= 0x2010 && r <= 0x2027
}

// lowerRunes lower-cases rune by rune, so that indices stay aligned with
// the original (strings.ToLower can change byte lengths).
func lowerRunes(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = unicode.ToLower(r)
	}
	return out
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
