package ui

import (
	"sort"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// searchState is an incremental search over the document's rendered lines.
type searchState struct {
	query   string
	matches []lineMatch // in document order
	current int         // index in matches
}

// active reports whether a search is on.
func (s searchState) active() bool { return s.query != "" }

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

// find recomputes the matches on lines and makes current the first match at
// or after line from (wrapping), or the one nearest the previous current.
func (s searchState) find(lines []docLine, from int) searchState {
	prevLine := -1
	if s.current < len(s.matches) {
		prevLine = s.matches[s.current].line
	}
	s.matches, s.current = nil, 0
	if s.query == "" {
		return s
	}
	q := []rune(s.query)
	fold := !smartCase(q)
	if fold {
		q = lowerRunes(q)
	}
	for li, l := range lines {
		if l.placeholder || l.plain == "" {
			continue
		}
		rs := []rune(l.plain)
		hay := rs
		if fold {
			hay = lowerRunes(rs)
		}
		for i := 0; i+len(q) <= len(hay); i++ {
			if runesEqual(hay[i:i+len(q)], q) {
				start := ansi.StringWidth(string(rs[:i]))
				end := start + ansi.StringWidth(string(rs[i:i+len(q)]))
				s.matches = append(s.matches, lineMatch{line: li, start: start, end: end})
				i += len(q) - 1
			}
		}
	}
	if prevLine >= 0 {
		from = prevLine
	}
	s.current = s.firstFrom(from)
	return s
}

// firstFrom is the index of the first match on or after line, wrapping.
func (s searchState) firstFrom(line int) int {
	i := sort.Search(len(s.matches), func(i int) bool { return s.matches[i].line >= line })
	if i == len(s.matches) {
		return 0
	}
	return i
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (s searchState) step(d int) searchState {
	if n := len(s.matches); n > 0 {
		s.current = ((s.current+d)%n + n) % n
	}
	return s
}

// on returns the matches on one line, the current one marked.
func (s searchState) on(line int) []lineMatch {
	i := sort.Search(len(s.matches), func(i int) bool { return s.matches[i].line >= line })
	var out []lineMatch
	for ; i < len(s.matches) && s.matches[i].line == line; i++ {
		m := s.matches[i]
		m.current = i == s.current
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
