package ui

import (
	"sort"
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// overlay is what changes a rendered line's look without rendering it
// again: the speaker filter and the search matches on that line.
type overlay struct {
	filter  string      // speaker ID, "" when no filter
	matches []lineMatch // search matches on this line
}

// lineMatch is a search match on a line, in cells.
type lineMatch struct {
	line, start, end int
	match            int // the match this is part of
	current          bool
}

// cell roles, in increasing precedence when ranges overlap
const (
	roleNone = iota
	roleSubtitle
	roleQuote
	roleQuoteHi
	roleQuoteDim
	roleName
	roleNameHi
	roleNameDim
	roleMatch
	roleCurrent
)

func (s theme) role(r int) lipgloss.Style {
	switch r {
	case roleSubtitle:
		return s.Subtitle
	case roleQuote:
		return s.Quote
	case roleQuoteHi:
		return s.QuoteHighlight
	case roleQuoteDim:
		return s.QuoteDim
	case roleName:
		return s.Name
	case roleNameHi:
		return s.NameHighlight
	case roleNameDim:
		return s.NameDim
	case roleMatch:
		return s.Match
	case roleCurrent:
		return s.CurrentMatch
	}
	return lipgloss.NewStyle()
}

// spanRole picks the role of a span under a filter: with no filter quotes
// and names have their own style; with one, the filtered speaker's are
// highlighted and everyone else's dimmed.
func spanRole(sp lineSpan, filter string) int {
	switch sp.kind {
	case spanSubtitle:
		return roleSubtitle
	case spanQuote:
		switch {
		case filter == "":
			return roleQuote
		case sp.speaker == filter:
			return roleQuoteHi
		default:
			return roleQuoteDim
		}
	default:
		switch {
		case filter == "":
			return roleName
		case sp.speaker == filter:
			return roleNameHi
		default:
			return roleNameDim
		}
	}
}

// styleLine applies quote, name and search styling to a rendered line.
func styleLine(l docLine, st theme, ov overlay) string {
	if len(l.spans) == 0 && len(ov.matches) == 0 {
		return l.text
	}
	w := ansi.StringWidth(l.plain)
	roles := make([]int, w)
	paint := func(s, e, r int) {
		for i := max(s, 0); i < e && i < w; i++ {
			if r > roles[i] || r >= roleMatch {
				roles[i] = r
			}
		}
	}
	for _, sp := range l.spans {
		paint(sp.start, sp.end, spanRole(sp, ov.filter))
	}
	for _, m := range ov.matches {
		r := roleMatch
		if m.current {
			r = roleCurrent
		}
		paint(m.start, m.end, r)
	}
	var ranges []lipgloss.Range
	for i := 0; i < w; {
		j := i
		for j < w && roles[j] == roles[i] {
			j++
		}
		if roles[i] != roleNone {
			ranges = append(ranges, lipgloss.NewRange(i, j, st.role(roles[i])))
		}
		i = j
	}
	return lipgloss.StyleRanges(l.text, ranges...)
}

// fit truncates or pads s to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// ellipsis truncates plain text to w cells with "…".
func ellipsis(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// alignSpans turns spans over the display text into cell ranges on the
// rendered lines. Glamour only moves whitespace (wrapping, padding) and adds
// decoration (quote bars, bullets), so the non-space characters of the
// text appear in the output in order: walk both and pair them up, skipping
// output characters that do not match (decoration).
func alignSpans(text string, spans []textSpan, lines []string) []docLine {
	dl := make([]docLine, len(lines))
	for i, l := range lines {
		dl[i] = docLine{text: l, plain: ansi.Strip(l)}
	}
	if len(spans) == 0 {
		return dl
	}
	type src struct {
		off int
		r   rune
	}
	var chars []src
	for off, r := range text {
		if !unicode.IsSpace(r) {
			chars = append(chars, src{off, r})
		}
	}
	type cell struct{ line, col, w int }
	cells := make([]cell, len(chars))
	for i := range cells {
		cells[i].line = -1
	}
	k := 0
	for li := range dl {
		col := 0
		var state byte
		p := dl[li].plain
		for len(p) > 0 && k < len(chars) {
			g, w, n, ns := ansi.DecodeSequence(p, state, nil)
			state = ns
			if n <= 0 {
				break
			}
			for _, r := range g {
				if k < len(chars) && !unicode.IsSpace(r) && chars[k].r == r {
					cells[k] = cell{li, col, w}
					k++
				}
			}
			col += w
			p = p[n:]
		}
	}
	for _, sp := range spans {
		i := sort.Search(len(chars), func(i int) bool { return chars[i].off >= sp.start })
		cur := lineSpan{start: -1, kind: sp.kind, quote: sp.quote, speaker: sp.speaker}
		line := -1
		flush := func() {
			if line >= 0 && cur.start >= 0 {
				dl[line].spans = append(dl[line].spans, cur)
			}
		}
		for ; i < len(chars) && chars[i].off < sp.end; i++ {
			c := cells[i]
			if c.line < 0 {
				continue
			}
			if c.line != line {
				flush()
				line = c.line
				cur.start, cur.end = c.col, c.col+c.w
				continue
			}
			cur.end = max(cur.end, c.col+c.w)
		}
		flush()
	}
	return dl
}
