package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// pieceKind is how a piece is laid out.
type pieceKind int

const (
	byGlamour pieceKind = iota // Markdown rendered by Glamour
	asTable                    // a table grid brief lays out
	asPlain                    // brief's own lines: references, derived headings
)

// piece is one block of a unit (or a heading, or brief's references)
// ready to render: its Markdown for Glamour and its display text, for the
// plain fallback and for aligning spans with the rendered lines.
type piece struct {
	block  int // index in the section's blocks, or a pseudo block
	kind   model.BlockKind
	layout pieceKind
	md     string
	d      display
	// prefix is drawn before every line: the indents and bars of the
	// containers the block is nested in; prefixW is its width.
	prefix  string
	prefixW int
	// ctx is the block's containers, its own quote included, for the
	// blank line before the next block.
	ctx   []model.Container
	tight bool
	gap   string
	// turn marks a transcript turn, which reads as its label then plain
	// text, not as a block quote.
	turn bool
	by   string
	// tags name the speakers of the block's quotes whose cue is
	// elsewhere, for the annotation under it.
	tags []string
	// align is a table's column alignment.
	align []model.Align
	// plain marks a paragraph whose Markdown is its words and nothing
	// else (markdownText of its text after the list marker): brief can
	// lay it out itself (plainParagraph).
	plain bool
}

// Pseudo block numbers for brief's own lines.
const (
	blockRefs    = -4 // a talking point's link references
	blockDerived = -5 // the heading of a unit the document does not head
)

// unitPieces lists what a unit draws, in order: the title and standfirst
// or the talking point's heading when the unit begins its section, then
// its blocks that have text, then the point's link references when the
// unit ends it.
func unitPieces(b *model.Briefing, ix docIndex, u unit, style string) []piece {
	var out []piece
	if u.first {
		out = append(out, headingPieces(b, ix, u.section, style)...)
	}
	blocks := b.Blocks(u.section)
	if u.part() {
		if u.from >= len(blocks) {
			return out
		}
		bl := blocks[u.from]
		p := partPiece(b, ix, blockRef{u.section, u.from}, bl, style, u.a, min(u.z, len(bl.Text)))
		if u.z >= len(bl.Text) && u.to >= len(blocks) {
			out = append(out, p)
			if links := ix.links[u.section]; len(links) > 0 {
				out = append(out, refsPiece(blocks, links, style))
			}
			return out
		}
		return append(out, p)
	}
	var prev []model.Container
	prevList, prevItem, itemDepth := false, false, -1
	for i := u.from; i < u.to && i < len(blocks); i++ {
		bl := blocks[i]
		if strings.TrimSpace(bl.Text) == "" && bl.Kind != model.Rule {
			continue
		}
		p := blockPiece(b, ix, blockRef{u.section, i}, bl, style)
		inList := bl.Kind == model.ListItem || slices.Contains(bl.Nest, model.InListItem)
		if i > u.from {
			// a list's items, and what an item holds right under it, are
			// drawn without a blank line, as Glamour draws a tight list
			child := len(p.ctx) > 0 && p.ctx[len(p.ctx)-1] == model.InListItem ||
				len(p.ctx) > 1 && p.ctx[len(p.ctx)-2] == model.InListItem && prevItem
			p.tight = prevList && (bl.Kind == model.ListItem || child && prevItem)
			if bl.ListStart && len(bl.Nest) <= itemDepth {
				p.tight = false // a second list right after another is a list of its own
			}
			shared := p.ctx[:sharedContainers(prev, p.ctx)]
			if slices.Contains(shared, model.InQuote) {
				g, _ := nestPrefix(shared, style)
				p.gap = strings.TrimRight(g, " ")
			}
		}
		prev, prevList, prevItem = p.ctx, inList, bl.Kind == model.ListItem
		if prevItem {
			itemDepth = len(bl.Nest)
		} else if !inList {
			itemDepth = -1
		}
		out = append(out, p)
	}
	if u.to >= len(blocks) {
		if links := ix.links[u.section]; len(links) > 0 {
			out = append(out, refsPiece(blocks, links, style))
		}
	}
	return out
}

// partPiece prepares the bytes [a, z) of a long block, a unit of its own:
// drawn as the block is, its later parts straight under the earlier ones
// (hanging under a list item's marker), the block's tags under its last.
func partPiece(b *model.Briefing, ix docIndex, ref blockRef, bl model.Block, style string, a, z int) piece {
	p := blockPiece(b, ix, ref, bl, style, a, z)
	if a > 0 {
		p.tight = true
		if bl.Kind == model.ListItem {
			pad := ansi.StringWidth(listMarker(bl, style))
			p.prefix, p.prefixW = p.prefix+strings.Repeat(" ", pad), p.prefixW+pad
		}
	}
	if z < len(bl.Text) {
		p.tags = nil
	}
	return p
}

// headingPieces are what opens a unit that begins its section: the title
// and standfirst for the intro, else the talking point's heading.
func headingPieces(b *model.Briefing, ix docIndex, section int, style string) []piece {
	if section == 0 {
		var out []piece
		if t := oneLine(b.Title); t != "" {
			d := display{text: t}
			if t == b.Title {
				d = headingDisplay(t, blockRef{0, blockHeading}, ix)
			}
			out = append(out, piece{block: blockTitle, md: "# " + markdownText(t), d: d})
		}
		if s := oneLine(b.Subtitle); s != "" {
			out = append(out, piece{block: blockSubtitle, md: markdownText(s),
				d: display{text: s, spans: []textSpan{{end: len(s), kind: spanSubtitle, quote: -1}}}})
		}
		return out
	}
	s := b.Sections[section-1]
	h := oneLine(s.Heading)
	num := fmt.Sprintf("%d. ", s.Number)
	d := display{text: num + h}
	if h == s.Heading {
		hd := headingDisplay(h, blockRef{section, blockHeading}, ix)
		if len(s.HeadingInlines) > 0 {
			// the author's link or emphasis in the heading, drawn as in a
			// paragraph, its link numbered first among the point's
			hd = newDisplay(b, blockRef{section, blockHeading}, model.Block{Kind: model.Paragraph, Text: h, Inlines: s.HeadingInlines}, ix, style)
			d.text = num + hd.text
		}
		for _, sp := range hd.spans {
			sp.start, sp.end = sp.start+len(num), sp.end+len(num)
			d.spans = append(d.spans, sp)
		}
	}
	if s.Derived {
		// brief's name for the unit, not the author's heading
		text := d.text
		if !coloured(style) {
			text = "[" + text + "]"
		}
		return []piece{{block: blockDerived, layout: asPlain, d: display{text: text,
			spans: []textSpan{{end: len(text), kind: spanDerived, quote: -1}}}}}
	}
	return []piece{{block: blockHeading, md: s.HeadingMarks() + " " + markdownText(d.text), d: d}}
}

// blockPiece prepares one block of the document.
func blockPiece(b *model.Briefing, ix docIndex, ref blockRef, bl model.Block, style string, cut ...int) piece {
	d := display{}
	if len(cut) == 2 {
		d = newDisplayIn(b, ref, bl, ix, style, cut[0], cut[1])
	} else {
		d = newDisplay(b, ref, bl, ix, style)
	}
	p := piece{block: ref.block, kind: bl.Kind, d: d, turn: bl.Label != ""}
	for _, qi := range bl.Quotes {
		if qi >= 0 && qi < len(b.Quotes) && b.Quotes[qi].Kind == model.Turn {
			p.by = b.Quotes[qi].Speaker
		}
	}
	p.ctx = slices.Clip(bl.Nest)
	if bl.Kind == model.QuoteBlock && bl.Label == "" {
		p.ctx = append(p.ctx, model.InQuote)
	}
	p.prefix, p.prefixW = nestPrefix(bl.Nest, style)
	for _, id := range ix.tags[ref] {
		p.tags = append(p.tags, ix.name(id))
	}
	switch bl.Kind {
	case model.ListItem:
		// the marker is drawn by brief, the text hangs under it: Glamour
		// would run the text past the width by the marker's width
		p.md, p.plain = markdownText(d.text[d.lead:]), true
	case model.Heading:
		p.md = strings.Repeat("#", min(max(bl.Level, 3), 6)) + " " + markdownText(d.text)
	case model.CodeBlock:
		// a tab would reach the terminal, which moves to its own tab
		// stop: the code's indent is drawn with spaces, as plainLines does
		fence := codeFence(d.text)
		p.md = fence + bl.Lang + "\n" + strings.ReplaceAll(d.text, "\t", "    ") + "\n" + fence
	case model.Rule:
		p.md = "---" // Glamour draws the style's rule, as glow does
	case model.TableBlock:
		p.layout = asTable
		if bl.Table != nil {
			p.align = bl.Table.Align
		}
	default:
		p.md, p.plain = markdownText(d.text), true
	}
	return p
}

// codeFence returns a fence of backticks longer than any run in the code.
func codeFence(code string) string {
	run, longest := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

// nestPrefix is what is drawn before each line of a block nested in
// containers: Glamour's list indent for a list item, a bar for a quote.
func nestPrefix(nest []model.Container, style string) (string, int) {
	var sb strings.Builder
	w := 0
	indent := marksOf(style).levelIndent
	for _, c := range nest {
		if c == model.InQuote {
			sb.WriteString(bar(style, false))
			w += barWidth
			continue
		}
		sb.WriteString(strings.Repeat(" ", indent))
		w += indent
	}
	return sb.String(), w
}

// sharedContainers is how many containers two blocks share from the
// outside in.
func sharedContainers(a, b []model.Container) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// refsPiece lists a talking point's links under it: "[1] https://…".
func refsPiece(blocks []model.Block, links []model.Inline, style string) piece {
	var sb strings.Builder
	var spans []textSpan
	for i, l := range links {
		if i > 0 {
			sb.WriteByte('\n')
		}
		mark := "[" + fmt.Sprint(i+1) + "]"
		spans = append(spans, textSpan{start: sb.Len(), end: sb.Len() + len(mark), kind: spanRef, quote: -1})
		sb.WriteString(mark + " ")
		u := oneLine(l.URL)
		spans = append(spans, textSpan{start: sb.Len(), end: sb.Len() + len(u), kind: spanURL, quote: -1, url: l.URL})
		sb.WriteString(u)
	}
	return piece{block: blockRefs, layout: asPlain, d: display{text: sb.String(), spans: spans}}
}

// tagLine is brief's annotation under a block: who said the quotes whose
// cue is elsewhere, dim and set right, marked as brief's where there is no
// colour to set it apart.
func tagLine(names []string, key renderKey) docLine {
	text := "◂ " + strings.Join(names, " · ")
	if !coloured(key.style) {
		text = "[brief: " + strings.Join(names, "; ") + "]"
	}
	text = ellipsis(ansi.Strip(safeOutput(text)), max(key.width, 1))
	pad := max(key.width-ansi.StringWidth(text), 0)
	line := strings.Repeat(" ", pad) + text
	w := ansi.StringWidth(line)
	return docLine{text: line, plain: line, tag: true, cont: true,
		spans: []lineSpan{{start: pad, end: w, kind: spanTag, quote: -1}}}
}
