package ui

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// Searching the briefing's text: what a unit not rendered yet will show,
// read from the model as the reader would draw it (a point's number
// before its heading, a turn's label before its words), without the
// asides and turns the reader hides. Rendering moves only white space, so
// a match here is a match on the unit's lines once it is laid out (a
// query over brief's marks, such as a link's reference number, aside).

// sourceMatches counts the matches of q in unit i's text.
func (m documentModel) sourceMatches(i int, q []rune, fold bool) int {
	u := m.units[i]
	if len(q) == 0 || !m.visible(u.section) {
		return 0
	}
	n := 0
	if u.first {
		if u.section == 0 {
			n += countIn(oneLine(m.b.Title), q, fold) + countIn(oneLine(m.b.Subtitle), q, fold)
		} else {
			s := m.b.Sections[u.section-1]
			n += countIn(strconv.Itoa(s.Number)+". "+oneLine(s.Heading), q, fold)
		}
	}
	blocks := m.b.Blocks(u.section)
	for k := u.from; k < u.to && k < len(blocks); k++ {
		bl := blocks[k]
		if bl.Kind == model.Aside && !m.showAsides || m.filter != "" && bl.Label != "" && turnBy(m.b, bl) != m.filter {
			continue
		}
		text := bl.Text
		if u.part() {
			text = text[min(u.a, len(text)):min(u.z, len(text))]
		}
		if bl.Label != "" && !u.cont() {
			text = oneLine(bl.Label) + bl.LabelMark + " " + text
		}
		n += countIn(text, q, fold)
	}
	return n
}

// turnBy is the speaker of a transcript turn, "" when it has no words.
func turnBy(b *model.Briefing, bl model.Block) string {
	by := ""
	for _, qi := range bl.Quotes {
		if qi >= 0 && qi < len(b.Quotes) && b.Quotes[qi].Kind == model.Turn {
			by = b.Quotes[qi].Speaker
		}
	}
	return by
}

// countIn counts the matches of q in text, one after the other, a space
// in q matching any run of blanks.
func countIn(text string, q []rune, fold bool) int {
	if len(q) == 0 {
		return 0
	}
	n := 0
	first := q[0]
	ascii := first < utf8.RuneSelf && first != ' '
	var lo, up byte
	if ascii {
		lo, up = byte(first), byte(first)
		if fold && 'a' <= lo && lo <= 'z' {
			up = lo - 'a' + 'A'
		}
	}
	for i := 0; i < len(text); {
		if ascii {
			// jump to the next place the first letter is
			j := strings.IndexByte(text[i:], lo)
			if up != lo {
				if k := strings.IndexByte(text[i:], up); k >= 0 && (j < 0 || k < j) {
					j = k
				}
			}
			if j < 0 {
				break
			}
			i += j
		}
		if end, ok := matchAt(text, i, q, fold); ok {
			n++
			i = end
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return n
}

// matchAt reports whether q matches text at byte i, and where the match
// ends.
func matchAt(text string, i int, q []rune, fold bool) (int, bool) {
	for _, c := range q {
		if i >= len(text) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if c == ' ' {
			if !unicode.IsSpace(r) {
				return 0, false
			}
			for i < len(text) {
				r, size = utf8.DecodeRuneInString(text[i:])
				if !unicode.IsSpace(r) {
					break
				}
				i += size
			}
			continue
		}
		if fold {
			r = unicode.ToLower(r)
		}
		if r != c {
			return 0, false
		}
		i += size
	}
	return i, true
}
