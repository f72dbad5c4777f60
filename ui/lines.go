package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// overlay is what changes a rendered line's look without rendering it
// again: the speaker filter, the search matches on that line, and whether
// links become terminal hyperlinks.
type overlay struct {
	filter  string      // speaker ID, "" when no filter
	matches []lineMatch // search matches on this line
	links   bool        // draw links as OSC 8 hyperlinks
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
	roleTurnHi
	roleTurnDim
	roleQuote
	roleQuoteHi
	roleQuoteDim
	roleName
	roleNameHi
	roleNameDim
	roleMatch
	roleCurrent
)

func (s *theme) role(r int) lipgloss.Style {
	switch r {
	case roleSubtitle:
		return s.Subtitle
	case roleTurnHi:
		return s.TurnHighlight
	case roleTurnDim:
		return s.QuoteDim.Italic(false)
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

// attrs are the looks that add to a cell's role rather than replace it:
// the author's inline styles and brief's marks.
type attrs uint16

const (
	attrEmph attrs = 1 << iota
	attrStrong
	attrCode
	attrStrike
	attrLink
	attrRef
	attrURL
	attrTag
	attrDerived
)

// spanAttr is the attribute a span adds, 0 for spans that set a role.
func spanAttr(k spanKind) attrs {
	switch k {
	case spanEmph:
		return attrEmph
	case spanStrong:
		return attrStrong
	case spanCode:
		return attrCode
	case spanStrike:
		return attrStrike
	case spanLink:
		return attrLink
	case spanRef:
		return attrRef
	case spanURL:
		return attrURL
	case spanTag:
		return attrTag
	case spanDerived:
		return attrDerived
	}
	return 0
}

// look is the style of a set of attributes, each adding to the others.
func (s *theme) look(a attrs) lipgloss.Style {
	st := lipgloss.NewStyle()
	for bit, add := range map[attrs]lipgloss.Style{attrEmph: s.Emph, attrStrong: s.Strong, attrCode: s.Code,
		attrStrike: s.Strike, attrLink: s.LinkText, attrRef: s.Ref, attrURL: s.URL, attrTag: s.Tag, attrDerived: s.Derived} {
		if a&bit != 0 {
			st = merge(st, add)
		}
	}
	return st
}

// merge adds b's colours (where set) and attributes to a.
func merge(a, b lipgloss.Style) lipgloss.Style {
	if _, none := b.GetForeground().(lipgloss.NoColor); !none && b.GetForeground() != nil {
		a = a.Foreground(b.GetForeground())
	}
	if _, none := b.GetBackground().(lipgloss.NoColor); !none && b.GetBackground() != nil {
		a = a.Background(b.GetBackground())
	}
	if b.GetBold() {
		a = a.Bold(true)
	}
	if b.GetItalic() {
		a = a.Italic(true)
	}
	if b.GetUnderline() {
		a = a.Underline(true)
	}
	if b.GetStrikethrough() {
		a = a.Strikethrough(true)
	}
	if b.GetFaint() {
		a = a.Faint(true)
	}
	return a
}

// addOnly keeps only the attributes of b that add to a role's colours:
// inside a quote, emphasis stays bold or italic but takes the quote's
// colour.
func addOnly(a, b lipgloss.Style) lipgloss.Style {
	return a.Bold(a.GetBold() || b.GetBold()).Italic(a.GetItalic() || b.GetItalic()).
		Underline(a.GetUnderline() || b.GetUnderline()).Strikethrough(a.GetStrikethrough() || b.GetStrikethrough())
}

// spanRole picks the role of a span under a filter: with no filter quotes
// and names have their own style and a turn's words none; with one, the
// filtered speaker's are highlighted and everyone else's dimmed.
func spanRole(sp lineSpan, filter string) int {
	switch sp.kind {
	case spanSubtitle:
		return roleSubtitle
	case spanTurn:
		switch {
		case filter == "":
			return roleNone
		case sp.speaker == filter:
			return roleTurnHi
		default:
			return roleTurnDim
		}
	case spanQuote:
		switch {
		case filter == "":
			return roleQuote
		case sp.speaker == filter:
			return roleQuoteHi
		default:
			return roleQuoteDim
		}
	case spanName:
		switch {
		case filter == "":
			return roleName
		case sp.speaker == filter:
			return roleNameHi
		default:
			return roleNameDim
		}
	}
	return roleNone
}

// styleLine applies quote, name, inline and search styling to a rendered
// line. Where only the author's styles or brief's marks apply, they are
// added to Glamour's colours; where a quote, name or match applies, its
// style replaces them, keeping bold, italic, underline and strikethrough.
// Links become hyperlinks when ov.links is set.
//
// It walks the line once, keeping Glamour's SGR in force, so that each
// run of cells starts from the right colours whatever came before it.
func styleLine(l docLine, st *theme, ov overlay) string {
	if len(l.spans) == 0 && len(ov.matches) == 0 {
		return l.text
	}
	w := ansi.StringWidth(l.plain)
	roles := make([]int, w)
	looks := make([]attrs, w)
	urls := make([]string, w)
	paint := func(s, e, r int) {
		for i := max(s, 0); i < e && i < w; i++ {
			if r > roles[i] || r >= roleMatch {
				roles[i] = r
			}
		}
	}
	for _, sp := range l.spans {
		if a := spanAttr(sp.kind); a != 0 {
			for i := max(sp.start, 0); i < sp.end && i < w; i++ {
				looks[i] |= a
				if sp.url != "" {
					urls[i] = sp.url
				}
			}
			continue
		}
		paint(sp.start, sp.end, spanRole(sp, ov.filter))
	}
	for _, m := range ov.matches {
		r := roleMatch
		if m.current {
			r = roleCurrent
		}
		paint(m.start, m.end, r)
	}
	return drawRuns(l.text, w, st, ov.links, func(c int) run { return run{roles[c], looks[c], urls[c]} })
}

// run is how one cell is drawn: its role, the looks added to it, and the
// link it is part of.
type run struct {
	role int
	look attrs
	url  string
}

// drawRuns draws a rendered line cell by cell as runs of equal look.
func drawRuns(text string, w int, st *theme, links bool, at func(col int) run) string {
	var sb strings.Builder
	var glam strings.Builder // Glamour's SGR in force
	cur, on := run{}, ""     // the run being drawn and its sequence
	linked := false
	start := func(r run) {
		cur, on = r, st.runSGR(r.role, r.look)
		if links && r.url != "" && hyperlinkable(r.url) {
			sb.WriteString(openLink(r.url))
			linked = true
		}
		if r.role != roleNone {
			sb.WriteString("\x1b[m") // a role replaces Glamour's colours
		}
		sb.WriteString(on)
	}
	end := func() {
		if linked {
			sb.WriteString(closeLink)
			linked = false
		}
		if on != "" {
			sb.WriteString("\x1b[m")
			sb.WriteString(glam.String())
		}
		cur, on = run{}, ""
	}
	col := 0
	var state byte
	for len(text) > 0 {
		seq, cw, n, ns := ansi.DecodeSequence(text, state, nil)
		state = ns
		if n <= 0 {
			break
		}
		text = text[n:]
		if isSGR(seq) {
			if seq == "\x1b[m" || seq == "\x1b[0m" {
				glam.Reset()
			} else {
				glam.WriteString(seq)
			}
			if cur.role == roleNone {
				sb.WriteString(seq)
				sb.WriteString(on) // a look adds to whatever Glamour sets
			}
			continue
		}
		if cw > 0 && col < w {
			if r := at(col); r != cur {
				end()
				start(r)
			}
		}
		sb.WriteString(seq)
		col += cw
	}
	end()
	return sb.String()
}

// runSGR is the sequence that turns a run's look on: its role's style
// with the looks' attributes added, the looks alone, or nothing. It is
// worked out once per theme and look (a lipgloss render each time was a
// good part of every frame and of print).
func (s *theme) runSGR(role int, look attrs) string {
	k := [2]int{role, int(look)}
	if s.sgr != nil {
		if v, ok := s.sgr.Load(k); ok {
			return v.(string)
		}
	}
	on := ""
	switch {
	case role != roleNone:
		on = sgrOf(addOnly(s.role(role), s.look(look)))
	case look != 0:
		on = sgrOf(s.look(look))
	}
	if s.sgr != nil {
		s.sgr.Store(k, on)
	}
	return on
}

// sgrOf is the sequence that turns a style's look on.
func sgrOf(st lipgloss.Style) string {
	out := st.Render("x")
	if i := strings.IndexByte(out, 'x'); i > 0 {
		return out[:i]
	}
	return ""
}

// fit truncates or pads s to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := cellWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = cellWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// cellWidth is ansi.StringWidth(s), measured without segmenting s into
// grapheme clusters when every character of it is one cell on its own
// (ASCII, Latin letters, punctuation, box drawing and blocks), as the
// lines of a frame almost always are: a frame measures each of its lines
// several times, and segmenting was most of a key press's time.
func cellWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			w++
			i++
		case c == 0x1b:
			n := escapeLen(s[i:])
			if n == 0 {
				return ansi.StringWidth(s)
			}
			i += n
		case c < utf8.RuneSelf:
			return ansi.StringWidth(s)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !frameCell(r) {
				return ansi.StringWidth(s)
			}
			w++
			i += size
		}
	}
	return w
}

// frameCell reports a character that is one cell wide and never joins
// the one before it: what cellWidth counts without segmenting.
func frameCell(r rune) bool {
	return oneCell(r) || r >= 0x2030 && r <= 0x205e || r >= 0x2190 && r <= 0x21ff ||
		r >= 0x2500 && r <= 0x25fc || r == 0x25ff
}

// escapeLen is the length of the CSI or OSC sequence s starts with, 0
// when it starts with another.
func escapeLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if c := s[i]; c >= 0x40 && c <= 0x7e {
				return i + 1
			} else if c < 0x20 || c > 0x7e {
				return 0
			}
		}
	case ']':
		for i := 2; i < len(s); i++ {
			switch {
			case s[i] == 0x07:
				return i + 1
			case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
				return i + 2
			}
		}
	}
	return 0
}

// ellipsis truncates plain text to w cells with "…".
func ellipsis(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}
