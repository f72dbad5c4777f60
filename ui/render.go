package ui

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
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
	text  string // rendered, filtered by SafeOutput
	plain string // text without SGR
	spans []lineSpan
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
// "##" where colour tells them apart, and asides as a coloured callout.
func glamourStyle(name string, aside bool) gansi.StyleConfig {
	var st gansi.StyleConfig
	coloured := true
	switch name {
	case "light":
		st = styles.LightStyleConfig
	case "notty":
		st, coloured = styles.NoTTYStyleConfig, false
	case "ascii":
		st, coloured = styles.ASCIIStyleConfig, false
	default:
		st = styles.DarkStyleConfig
	}
	zero, empty := uint(0), ""
	st.Document.Margin = &zero
	st.Document.BlockPrefix, st.Document.BlockSuffix = empty, empty
	if coloured {
		st.H2.Prefix = ""
	}
	if aside && coloured {
		bar, one := "┃ ", uint(1)
		colour := "109"
		if name == "light" {
			colour = "24"
		}
		italic := true
		st.BlockQuote.Indent, st.BlockQuote.IndentToken = &one, &bar
		st.BlockQuote.Color = &colour
		st.BlockQuote.Italic = &italic
	}
	return st
}

// renderers holds the two Glamour renderers one unit needs. A renderer is
// cheap (~26 µs) but not safe for concurrent use, so each command makes
// its own.
type renderers struct {
	text, aside *glamour.TermRenderer
}

func newRenderers(key renderKey) (renderers, error) {
	w := max(key.width, 1)
	t, err := glamour.NewTermRenderer(glamour.WithStyles(glamourStyle(key.style, false)), glamour.WithWordWrap(w))
	if err != nil {
		return renderers{}, err
	}
	a, err := glamour.NewTermRenderer(glamour.WithStyles(glamourStyle(key.style, true)), glamour.WithWordWrap(w))
	if err != nil {
		return renderers{}, err
	}
	return renderers{text: t, aside: a}, nil
}

// renderUnit renders one unit. It is pure, so commands can run it on any
// goroutine and the print path can call it directly.
func renderUnit(b *model.Briefing, names nameForms, u unit, key renderKey) []renderedBlock {
	rs, err := newRenderers(key)
	var out []renderedBlock
	add := func(block int, aside bool, md string, d display) {
		var lines []string
		if err == nil {
			r := rs.text
			if aside {
				r = rs.aside
			}
			if s, rerr := r.Render(md); rerr == nil {
				lines = trimBlank(strings.Split(SafeOutput(s), "\n"))
			}
		}
		if lines == nil { // Glamour failed: plain wrapped text is still readable
			lines = strings.Split(ansi.Wrap(d.text, max(key.width, 1), ""), "\n")
		}
		out = append(out, renderedBlock{block: block, aside: aside, lines: alignSpans(d.text, d.spans, lines)})
	}
	if u.first {
		if u.section == 0 {
			if t := oneLine(b.Title); t != "" {
				add(blockTitle, false, "# "+markdownText(t), display{text: t})
			}
			if s := oneLine(b.Subtitle); s != "" {
				add(blockSubtitle, false, markdownText(s), display{text: s, spans: []textSpan{{end: len(s), kind: spanSubtitle, quote: -1}}})
			}
		} else {
			s := b.Sections[u.section-1]
			h := fmt.Sprintf("%d. %s", s.Number, oneLine(s.Heading))
			add(blockHeading, false, "## "+markdownText(h), display{text: h})
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
		switch bl.Kind {
		case model.Aside, model.QuoteBlock:
			md = "> " + strings.ReplaceAll(md, "\n", "\n> ")
		case model.ListItem:
			md = "- " + strings.ReplaceAll(md, "\n", "\n  ")
		}
		add(i, bl.Kind == model.Aside, md, d)
	}
	return out
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
