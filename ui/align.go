package ui

import (
	"sort"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

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
		if !blank(r) {
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
				if k < len(chars) && !blank(r) && chars[k].r == r {
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
		cur := lineSpan{start: -1, kind: sp.kind, quote: sp.quote, speaker: sp.speaker, url: sp.url}
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

// blank reports white space that rendering may move or drop. A no-break
// space stays: Glamour's style pads code with it.
func blank(r rune) bool { return unicode.IsSpace(r) && r != '\u00a0' }
