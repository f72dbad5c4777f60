package ui

import (
	"fmt"
	"strings"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// renderKey is what a rendering depends on besides the document: the wrap
// width and the Glamour style. Results are cached and tagged by it.
type renderKey struct {
	width int
	style string // "dark", "light", "notty" or "ascii"
}

// unit is one piece of the document rendered by one command: a talking
// point, or a slice of one when it is long, so that no command holds the
// screen back for long and the sections nearest the reader come first.
type unit struct {
	section  int  // 0 for the intro
	first    bool // the unit begins its section and so draws its heading
	from, to int  // blocks [from, to) of the section
	size     int  // bytes of text, to estimate a placeholder's height
}

// unitBytes caps the text in one unit: 32 KB renders in about 50 ms here,
// so the first screen of a long document shows within a frame or three.
const unitBytes = 32 << 10

// planUnits splits the briefing into render units in document order.
func planUnits(b *model.Briefing) []unit {
	var units []unit
	for n := 0; n <= len(b.Sections); n++ {
		blocks := b.Blocks(n)
		u := unit{section: n, first: true}
		for i, bl := range blocks {
			if u.size > 0 && u.size+len(bl.Text) > unitBytes {
				u.to = i
				units = append(units, u)
				u = unit{section: n, from: i}
			}
			u.size += len(bl.Text) + len(bl.Label)
		}
		u.to = len(blocks)
		units = append(units, u)
	}
	return units
}

// Pseudo block numbers for the lines that are not a block of the document.
const (
	blockHeading  = -1 // a talking point's heading
	blockTitle    = -2
	blockSubtitle = -3
)

// renderedBlock is the lines of one block (or heading) after rendering.
type renderedBlock struct {
	block int // index in the section's blocks, or one of the pseudo blocks
	aside bool
	lines []docLine
}

// docLine is one rendered line with what is needed to restyle and search it
// without rendering again.
type docLine struct {
	text  string // rendered, filtered by safeOutput
	plain string // text without SGR
	spans []lineSpan
	// cont marks a line that continues the block of the line before it,
	// so that search reads a phrase broken by the wrap as one
	cont bool
	// skip is the cells of decoration (a bar) in front of the text
	skip int
	// placeholder marks a line standing in for a unit not yet rendered
	placeholder bool
}

// lineSpan is a styled stretch of a line, in cells [start, end).
type lineSpan struct {
	start, end int
	kind       spanKind
	quote      int
	speaker    string
}

// glamourStyle returns the Glamour style for the name, adjusted for
// brief: no document margin (the panes place the text), headings without
// "##" where colour tells them apart, a quieter title, and for asides
// coloured italic text.
func glamourStyle(name string, aside bool) gansi.StyleConfig {
	var st gansi.StyleConfig
	switch name {
	case "light":
		st = styles.LightStyleConfig
	case "notty":
		st = styles.NoTTYStyleConfig
	case "ascii":
		st = styles.ASCIIStyleConfig
	default:
		st = styles.DarkStyleConfig
	}
	zero, empty := uint(0), ""
	st.Document.Margin = &zero
	st.Document.BlockPrefix, st.Document.BlockSuffix = empty, empty
	if coloured(name) {
		// the title as a headline in bold text colour rather than
		// Glamour's yellow on purple bar, which shouts over the page
		st.H1.Prefix, st.H1.Suffix, st.H1.BackgroundColor = "", "", nil
		title := titleColour(name)
		st.H1.Color = &title
		st.H2.Prefix = ""
		if aside {
			colour, italic := asideColour(name), true
			st.Paragraph.Color, st.Paragraph.Italic = &colour, &italic
		}
	}
	return st
}

// titleColour is the title's colour: the body text's, a step stronger.
func titleColour(style string) string {
	if style == "light" {
		return "232"
	}
	return "255"
}

func coloured(style string) bool { return style == "dark" || style == "light" }

func asideColour(style string) string {
	if style == "light" {
		return "24"
	}
	return "109"
}

// barWidth is the width of the bar brief draws left of asides and block
// quotes. brief draws it itself rather than use Glamour's block quotes,
// whose wrapping overflows the width by the bar's width on some lines.
const barWidth = 2

// bar returns the bar for an aside (a heavy coloured line) or a block
// quote (a light line).
func bar(style string, aside bool) string {
	switch {
	case !coloured(style):
		return "| "
	case aside:
		return lipgloss.NewStyle().Foreground(lipgloss.Color(asideColour(style))).Render("┃") + " "
	}
	return lipgloss.NewStyle().Foreground(lipgloss.Color("244")).Render("│") + " "
}

// renderers holds the Glamour renderers one unit needs: body text at the
// reading width, and asides and block quotes narrower by the bar. A
// renderer is cheap (~26 µs) but not safe for concurrent use, so each
// command makes its own.
type renderers struct {
	text, aside, quote *glamour.TermRenderer
}

func newRenderers(key renderKey) (renderers, error) {
	w := max(key.width, 1)
	mk := func(aside bool, w int) (*glamour.TermRenderer, error) {
		return glamour.NewTermRenderer(glamour.WithStyles(glamourStyle(key.style, aside)), glamour.WithWordWrap(max(w, 1)))
	}
	var rs renderers
	var err error
	if rs.text, err = mk(false, w); err != nil {
		return rs, err
	}
	if rs.aside, err = mk(true, w-barWidth); err != nil {
		return rs, err
	}
	rs.quote, err = mk(false, w-barWidth)
	return rs, err
}

// piece is one block of a unit (or a heading) ready to render: its
// Markdown for Glamour and its display text for the plain fallback and for
// aligning quote spans.
type piece struct {
	block int // index in the section's blocks, or a pseudo block
	kind  model.BlockKind
	md    string
	d     display
}

// unitPieces lists what a unit draws, in order: the title and standfirst
// or the talking point's heading when the unit begins its section, then
// its blocks that have text.
func unitPieces(b *model.Briefing, names nameForms, u unit) []piece {
	var out []piece
	if u.first {
		if u.section == 0 {
			if t := oneLine(b.Title); t != "" {
				out = append(out, piece{blockTitle, model.Paragraph, "# " + markdownText(t), display{text: t}})
			}
			if s := oneLine(b.Subtitle); s != "" {
				out = append(out, piece{blockSubtitle, model.Paragraph, markdownText(s),
					display{text: s, spans: []textSpan{{end: len(s), kind: spanSubtitle, quote: -1}}}})
			}
		} else {
			s := b.Sections[u.section-1]
			h := fmt.Sprintf("%d. %s", s.Number, oneLine(s.Heading))
			out = append(out, piece{blockHeading, model.Paragraph, "## " + markdownText(h), display{text: h}})
		}
	}
	blocks := b.Blocks(u.section)
	for i := u.from; i < u.to && i < len(blocks); i++ {
		bl := blocks[i]
		d := newDisplay(b, bl, names)
		if strings.TrimSpace(d.text) == "" {
			continue
		}
		md := markdownText(d.text)
		if bl.Kind == model.ListItem {
			md = "- " + strings.ReplaceAll(md, "\n", "\n  ")
		}
		out = append(out, piece{i, bl.Kind, md, d})
	}
	return out
}

// barred returns the bar prefix and the text width of a piece: asides and
// block quotes are drawn narrower, behind a bar.
func barred(kind model.BlockKind, key renderKey) (string, int) {
	switch kind {
	case model.Aside:
		return bar(key.style, true), key.width - barWidth
	case model.QuoteBlock:
		return bar(key.style, false), key.width - barWidth
	}
	return "", key.width
}

// finish aligns a piece's quote spans with its wrapped lines and puts the
// bar in front of them.
func finish(p piece, lines []string, key renderKey) renderedBlock {
	prefix, w := barred(p.kind, key)
	dl := alignSpans(p.d.text, p.d.spans, fitLines(lines, max(w, 1)))
	for i := range dl {
		if prefix != "" {
			dl[i] = dl[i].indent(prefix, barWidth)
		}
		dl[i].cont = i > 0
	}
	return renderedBlock{block: p.block, aside: p.kind == model.Aside, lines: dl}
}

// renderUnit renders one unit with Glamour. It is pure, so commands can
// run it on any goroutine and the print path can call it directly.
func renderUnit(b *model.Briefing, names nameForms, u unit, key renderKey) []renderedBlock {
	rs, err := newRenderers(key)
	var out []renderedBlock
	for _, p := range unitPieces(b, names, u) {
		r := rs.text
		switch p.kind {
		case model.Aside:
			r = rs.aside
		case model.QuoteBlock:
			r = rs.quote
		}
		var lines []string
		if err == nil {
			if s, rerr := r.Render(p.md); rerr == nil {
				lines = trimBlank(strings.Split(safeOutput(s), "\n"))
			}
		}
		if lines == nil { // Glamour failed: plain wrapped text is still readable
			_, w := barred(p.kind, key)
			lines = plainLines(p, w, key.style)
		}
		out = append(out, finish(p, lines, key))
	}
	return out
}

// fitLines wraps again any line wider than w. Glamour's wrap misjudges a
// few inputs (entity-heavy text, words longer than the width) and would
// otherwise have the pane cut text off.
func fitLines(lines []string, w int) []string {
	var out []string
	for i, l := range lines {
		if ansi.StringWidth(l) <= w {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(out, lines[:i]...)
		}
		// Wordwrap, then Hardwrap for what it leaves too long (a long word,
		// or input that trips its breakpoint handling)
		for _, part := range strings.Split(ansi.Hardwrap(ansi.Wordwrap(l, w, ""), w, true), "\n") {
			out = append(out, strings.TrimRight(part, " "))
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// indent puts a prefix of w cells before the line, shifting its spans.
func (l docLine) indent(prefix string, w int) docLine {
	l.text = prefix + l.text
	l.plain = ansi.Strip(prefix) + l.plain
	l.skip += w
	spans := make([]lineSpan, len(l.spans))
	for i, sp := range l.spans {
		sp.start += w
		sp.end += w
		spans[i] = sp
	}
	l.spans = spans
	return l
}

// trimBlank drops blank lines at both ends.
func trimBlank(lines []string) []string {
	blank := func(s string) bool { return strings.TrimSpace(ansi.Strip(s)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	if lines == nil {
		lines = []string{}
	}
	return lines
}
