package ui

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// searchState is an incremental search over the document's text. It
// searches each block's text with its wrapped lines joined, so that a
// phrase broken across two lines is one match drawn in two parts.
type searchState struct {
	query   string
	parts   []lineMatch // every part of every match, in document order
	count   int         // matches; a match over a wrap has a part per line
	current int         // the current match, 0..count-1
}

// active reports whether a search is on.
func (s searchState) active() bool { return s.query != "" }

// total is the number of matches.
func (s searchState) total() int { return s.count }

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

// lineRun is where one display line's text sits in its block's joined text.
type lineRun struct {
	line    int // index in the document's lines
	at, end int // runes [at, end) of the joined text
	col     int // cell of the line where that text starts
}

// find recomputes the matches on lines and makes current the first match at
// or after line from (wrapping), or the one nearest the previous current.
func (s searchState) find(lines iter.Seq2[int, docLine], from int) searchState {
	prevLine := s.lineOf(s.current)
	s.parts, s.count, s.current = nil, 0, 0
	if s.query == "" {
		return s
	}
	s = s.scan(lines)
	if prevLine >= 0 {
		from = prevLine
	}
	s.current = s.firstFrom(from)
	return s
}

// splice updates the matches after lines [from, oldEnd) of the document
// were replaced by the lines [from, newEnd) that lines yields: it searches
// those only, moves the matches after them, and keeps the current match
// current (or, if it was among the lines replaced, takes the first match
// from there). Lines at from and oldEnd must begin blocks, so that no
// match crosses them; the document's units begin with a blank line or at
// the top.
func (s searchState) splice(lines iter.Seq2[int, docLine], from, oldEnd, newEnd int) searchState {
	if s.query == "" {
		return s
	}
	a := sort.Search(len(s.parts), func(k int) bool { return s.parts[k].line >= from })
	b := sort.Search(len(s.parts), func(k int) bool { return s.parts[k].line >= oldEnd })
	before, removed := 0, 0 // matches before the lines, and among them
	if a > 0 {
		before = s.parts[a-1].match + 1
	}
	if b > a {
		removed = s.parts[b-1].match + 1 - before
	}
	// a new parts slice: other copies of the model share the old one
	n := searchState{query: s.query, parts: append([]lineMatch(nil), s.parts[:a]...), count: before}
	n = n.scan(lines)
	added, shift := n.count-before, newEnd-oldEnd
	for _, p := range s.parts[b:] {
		p.line += shift
		p.match += added - removed
		n.parts = append(n.parts, p)
	}
	n.count = s.count + added - removed
	switch {
	case s.current < before:
		n.current = s.current
	case s.current < before+removed:
		n.current = n.firstFrom(from)
	default:
		n.current = s.current + added - removed
	}
	if n.current >= n.count {
		n.current = 0
	}
	return n
}

// scan adds the matches in lines, given with their line numbers in
// order, numbering them after the s.count matches found before.
func (s searchState) scan(lines iter.Seq2[int, docLine]) searchState {
	q := []rune(s.query)
	fold := !smartCase(q)
	if fold {
		q = lowerRunes(q)
	}
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
			s = s.match(text, hay, runs, q)
		}
		text, runs = text[:0], runs[:0]
	}
	for li, l := range lines {
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
	return s
}

// lineText is a line's text for searching: without the bar in front, the
// padding around it and the blanks of a hanging indent, and how many
// cells of blanks were left out in front.
func lineText(l docLine) (string, int) {
	if l.placeholder {
		return "", 0
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
func (s searchState) match(text, hay []rune, runs []lineRun, q []rune) searchState {
	for i := 0; i+len(q) <= len(hay); i++ {
		if hay[i] != q[0] || !runesEqual(hay[i:i+len(q)], q) {
			continue
		}
		n := len(s.parts)
		// the parts: the match's stretch of each line it covers
		for k := sort.Search(len(runs), func(k int) bool { return runs[k].end > i }); k < len(runs) && runs[k].at < i+len(q); k++ {
			r := runs[k]
			a, b := max(i, r.at), min(i+len(q), r.end)
			if a >= b {
				continue
			}
			start := r.col + runesWidth(text[r.at:a])
			end := start + runesWidth(text[a:b])
			s.parts = append(s.parts, lineMatch{line: r.line, start: start, end: end, match: s.count})
		}
		if len(s.parts) > n { // a match of nothing but the joins draws nothing
			s.count++
		}
		i += len(q) - 1
	}
	return s
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

// lineOf is the first line of match i, or -1.
func (s searchState) lineOf(i int) int {
	k := sort.Search(len(s.parts), func(k int) bool { return s.parts[k].match >= i })
	if k == len(s.parts) || s.parts[k].match != i {
		return -1
	}
	return s.parts[k].line
}

// currentLine is the first line of the current match, or -1.
func (s searchState) currentLine() int { return s.lineOf(s.current) }

// firstFrom is the first match that reaches line or a later one, wrapping.
func (s searchState) firstFrom(line int) int {
	k := sort.Search(len(s.parts), func(k int) bool { return s.parts[k].line >= line })
	if k == len(s.parts) {
		return 0
	}
	return s.parts[k].match
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (s searchState) step(d int) searchState {
	if n := s.count; n > 0 {
		s.current = ((s.current+d)%n + n) % n
	}
	return s
}

// on returns the match parts on one line, the current match's marked.
func (s searchState) on(line int) []lineMatch {
	k := sort.Search(len(s.parts), func(k int) bool { return s.parts[k].line >= line })
	var out []lineMatch
	for ; k < len(s.parts) && s.parts[k].line == line; k++ {
		m := s.parts[k]
		m.current = m.match == s.current
		out = append(out, m)
	}
	return out
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
