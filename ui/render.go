package ui

import (
	"strings"
	"sync"
	"unicode/utf8"

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
// screen back for long and only what the reader looks at is rendered. A
// block longer than a unit is cut into units of its own at white space
// (a 2 MB paragraph must not be one render of seconds).
type unit struct {
	section int  // 0 for the intro
	first   bool // the unit begins its section and so draws its heading
	// blocks [from, to) of the section; a part of a long block has
	// to == from+1 and the bytes [a, z) of its text, z > 0
	from, to int
	a, z     int
	size     int // bytes of text, to estimate its height
	blocks   int // blocks (or parts) it draws, for the estimate too
}

// cont reports whether the unit goes on with the block the unit before it
// cut: it is drawn right under it, with no blank line.
func (u unit) cont() bool { return u.z > 0 && u.a > 0 }

// part reports whether the unit is a part of a long block.
func (u unit) part() bool { return u.z > 0 }

// unitBytes caps the text in one unit: 8 KB renders in a few
// milliseconds, so a screen that needs a unit or two not yet rendered is
// drawn within a frame.
const unitBytes = 8 << 10

// planUnits splits the briefing into render units in document order.
func planUnits(b *model.Briefing) []unit {
	var units []unit
	for n := 0; n <= len(b.Sections); n++ {
		blocks := b.Blocks(n)
		u := unit{section: n, first: true}
		for i, bl := range blocks {
			if len(bl.Text) > unitBytes && bl.Kind != model.TableBlock {
				// the long block's parts are units of their own; the first
				// takes the heading when nothing came before it
				if u.blocks > 0 || !u.first {
					u.to = i
					units = append(units, u)
					u = unit{section: n}
				}
				for a := 0; a < len(bl.Text); {
					z := cutAt(bl.Text, a, unitBytes)
					p := unit{section: n, first: u.first && a == 0, from: i, to: i + 1, a: a, z: z, size: z - a, blocks: 1}
					units = append(units, p)
					a = z
				}
				u = unit{section: n, from: i + 1}
				continue
			}
			if u.size > 0 && u.size+len(bl.Text) > unitBytes {
				u.to = i
				units = append(units, u)
				u = unit{section: n, from: i}
			}
			u.size += len(bl.Text) + len(bl.Label)
			u.blocks++
		}
		u.to = len(blocks)
		if u.from < u.to || u.first {
			units = append(units, u)
		}
	}
	return units
}

// cutAt is where a part of a long text starting at a ends: about n bytes
// on, after a line break or a sentence's end if one is near, else after a
// space, else at a character boundary; the text's end if that is near.
func cutAt(text string, a, n int) int {
	if len(text)-a <= n+n/2 {
		return len(text)
	}
	end := a + n
	window := text[a+n/2 : end]
	for _, sep := range []string{"\n", ". ", " "} {
		if i := strings.LastIndex(window, sep); i >= 0 {
			return a + n/2 + i + len(sep)
		}
	}
	for end > a+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
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
	// tight marks a block drawn straight under the one before, with no
	// blank line: the items of a list.
	tight bool
	// gap is drawn on the blank line before the block: the bars of the
	// block quotes it shares with the block before.
	gap string
	// turn marks a transcript turn and by is its speaker ("" when it
	// has no words): under a speaker filter only that speaker's turns
	// are shown.
	turn  bool
	by    string
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
	// tag marks brief's annotation under a block, shown only while tags
	// are on
	tag bool
}

// lineSpan is a styled stretch of a line, in cells [start, end).
type lineSpan struct {
	start, end int
	kind       spanKind
	quote      int
	speaker    string
	url        string
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
		// sub-headings inside a point are told apart by colour too
		st.H3.Prefix, st.H4.Prefix, st.H5.Prefix, st.H6.Prefix = "", "", "", ""
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

// renderers makes the Glamour renderers one unit needs, one per width
// and look: nested blocks are drawn narrower, behind their indents and
// bars. A renderer is not safe for concurrent use, so each command has its
// own; but making one is not cheap (a Goldmark parser, a renderer and an
// HTML sanitiser policy each time: ~40 % of printing a plain briefing's
// units when every unit made its own), so a unit that finished takes its
// renderers back to idleRenderers for the next unit to reuse.
type renderers struct {
	style string
	made  map[[2]int]*glamour.TermRenderer
}

// rendererID names the renderers that can stand in for one another.
type rendererID struct {
	style string
	w     int
	aside bool
}

// idleRenderers holds, per rendererID, a *sync.Pool of Glamour renderers
// no unit is using. A pool lets the collector drop them when memory is
// short; a renderer holds no document text between renders.
var idleRenderers sync.Map

func newRenderers(key renderKey) *renderers {
	return &renderers{style: key.style, made: map[[2]int]*glamour.TermRenderer{}}
}

func (rs *renderers) pool(k [2]int) *sync.Pool {
	id := rendererID{style: rs.style, w: k[0], aside: k[1] == 1}
	if p, ok := idleRenderers.Load(id); ok {
		return p.(*sync.Pool)
	}
	p, _ := idleRenderers.LoadOrStore(id, &sync.Pool{})
	return p.(*sync.Pool)
}

// get returns the renderer for text w cells wide, for an aside or not.
func (rs *renderers) get(w int, aside bool) (*glamour.TermRenderer, error) {
	k := [2]int{max(w, 1), 0}
	if aside {
		k[1] = 1
	}
	if r, ok := rs.made[k]; ok {
		return r, nil
	}
	if r, ok := rs.pool(k).Get().(*glamour.TermRenderer); ok {
		rs.made[k] = r
		return r, nil
	}
	// newlines in the Markdown brief writes are the author's line breaks
	r, err := glamour.NewTermRenderer(glamour.WithStyles(glamourStyle(rs.style, aside)), glamour.WithWordWrap(k[0]),
		glamour.WithPreservedNewLines())
	if err == nil {
		rs.made[k] = r
	}
	return r, err
}

// drop forgets the renderer for w and aside: one whose render failed may
// hold a half-drawn block's state and must not be reused.
func (rs *renderers) drop(w int, aside bool) {
	k := [2]int{max(w, 1), 0}
	if aside {
		k[1] = 1
	}
	delete(rs.made, k)
}

// release gives the unit's renderers back for other units. Only a unit
// that finished calls it: a render that panicked leaves its renderers to
// the collector.
func (rs *renderers) release() {
	for k, r := range rs.made {
		rs.pool(k).Put(r)
	}
	clear(rs.made)
}

// barred returns the bar prefix and the text width of a piece: asides and
// block quotes are drawn narrower, behind a bar, as are blocks nested in
// lists and quotes.
func barred(p piece, key renderKey) (string, int) {
	prefix, w := p.prefix, key.width-p.prefixW
	switch {
	case p.kind == model.Aside:
		return prefix + bar(key.style, true), w - barWidth
	case p.kind == model.QuoteBlock && !p.turn:
		return prefix + bar(key.style, false), w - barWidth
	}
	return prefix, w
}

// finish aligns a piece's spans with its wrapped lines, puts the prefix
// (indents and bars) in front of them and the annotation under them.
func finish(p piece, lines []string, key renderKey) renderedBlock {
	prefix, w := barred(p, key)
	if p.kind == model.CodeBlock {
		lines = fitCode(lines, max(w, 1), key.style) // continuations keep the code's indent
	}
	dl := alignSpans(p.d.text, p.d.spans, fitLines(lines, max(w, 1)))
	return decorate(p, dl, prefix, key)
}

// decorate puts the prefix before each line and the tag lines under them.
func decorate(p piece, dl []docLine, prefix string, key renderKey) renderedBlock {
	pw := ansi.StringWidth(prefix)
	for i := range dl {
		if prefix != "" {
			dl[i] = dl[i].indent(prefix, pw)
		}
		dl[i].cont = i > 0
	}
	if len(p.tags) > 0 {
		dl = append(dl, tagLine(p.tags, key))
	}
	return renderedBlock{block: p.block, aside: p.kind == model.Aside, tight: p.tight, gap: p.gap, turn: p.turn, by: p.by, lines: dl}
}

// renderUnit renders one unit with Glamour. It is pure, so commands can
// run it on any goroutine and the print path can call it directly.
func renderUnit(b *model.Briefing, ix docIndex, u unit, key renderKey) []renderedBlock {
	rs := newRenderers(key)
	var out []renderedBlock
	for _, p := range unitPieces(b, ix, u, key.style) {
		out = append(out, renderPiece(p, key, func(w int, aside bool, md string) []string {
			r, err := rs.get(w, aside)
			if err != nil {
				return nil
			}
			s, err := r.Render(md)
			if err != nil {
				rs.drop(w, aside)
				return nil
			}
			lines := trimBlank(strings.Split(safeOutput(s), "\n"))
			for i, l := range lines {
				lines[i] = trimPad(l)
			}
			return keepMarks(lines)
		}))
	}
	rs.release()
	return out
}

// hang puts a list item's marker before its first line and indents the
// others under the text, the marker in the colours of Glamour's style.
func hang(lines []string, marker, style string) []string {
	m := marker
	if coloured(style) {
		m = marksOf(style).marker.Render(marker)
	}
	indent := strings.Repeat(" ", ansi.StringWidth(marker))
	for i := range lines {
		if i == 0 {
			lines[i] = m + lines[i]
		} else {
			lines[i] = indent + lines[i]
		}
	}
	return lines
}

// safeLines passes lines brief laid out itself through the output filter,
// as Glamour's are: the text in them is the document's.
func safeLines(lines []string) []string {
	for i, l := range lines {
		lines[i] = safeOutput(l)
	}
	return lines
}

// fastParagraphs lets brief lay plain paragraphs out itself
// (plainParagraph); tests turn it off to compare with Glamour's.
var fastParagraphs = true

// glamourFunc renders Markdown at a width, nil when it cannot.
type glamourFunc func(w int, aside bool, md string) []string

// renderPiece lays one piece out: Glamour's lines for Markdown (plain
// wrapped text if Glamour fails or g is nil), brief's own grid for a
// table, brief's own lines for references and derived headings.
func renderPiece(p piece, key renderKey, g glamourFunc) renderedBlock {
	_, w := barred(p, key)
	switch p.layout {
	case asTable:
		prefix, _ := barred(p, key)
		lines := tableLines(p, max(w, 1), key.style)
		for i := range lines {
			lines[i].text = safeOutput(lines[i].text)
			lines[i].plain = ansi.Strip(lines[i].text)
		}
		return decorate(p, lines, prefix, key)
	case asPlain:
		return finish(p, safeLines(wrapLines(p.d.text, max(w, 1))), key)
	}
	var lines []string
	if g != nil {
		lead, gw := ansi.StringWidth(p.d.text[:p.d.lead]), w
		if p.kind == model.CodeBlock {
			gw = codeWidth(p.d.text, w) // fitCode wraps it, keeping the indent
		}
		aside := p.kind == model.Aside
		if look, ok := paragraphLook(key.style, aside, g); ok && p.plain && fastParagraphs {
			lines = plainParagraph(p.d.text[p.d.lead:], gw-lead, look)
		}
		if lines == nil {
			lines = g(gw-lead, aside, p.md)
		}
		if lines != nil && lead > 0 {
			lines = hang(lines, p.d.text[:p.d.lead], key.style)
		}
	}
	if lines == nil { // Glamour failed: plain wrapped text is still readable
		lines = safeLines(plainLines(p, w, key.style))
	}
	return finish(p, lines, key)
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
