package ui

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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

// keepMarks moves combining marks that Glamour's wrap put at the start of
// a line (it breaks a word longer than the width between a letter and its
// accent) back to the end of the line before, onto their letter.
func keepMarks(lines []string) []string {
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		// the marks after the line's opening SGR sequences
		at := 0
		for at < len(l) {
			seq, _, n, _ := ansi.DecodeSequence(l[at:], 0, nil)
			if n <= 0 || !isSGR(seq) {
				break
			}
			at += n
		}
		end := at
		for end < len(l) {
			r, size := utf8.DecodeRuneInString(l[end:])
			if !unicode.In(r, unicode.Mn, unicode.Me) {
				break
			}
			end += size
		}
		if end == at {
			continue
		}
		// put them after the last visible character of the line before
		prev, cut := lines[i-1], -1
		var state byte
		for pos := 0; pos < len(prev); {
			seq, w, n, ns := ansi.DecodeSequence(prev[pos:], state, nil)
			state = ns
			if n <= 0 {
				break
			}
			pos += n
			if w > 0 && strings.TrimSpace(seq) != "" {
				cut = pos
			}
		}
		if cut < 0 {
			continue
		}
		lines[i-1] = prev[:cut] + l[at:end] + prev[cut:]
		lines[i] = l[:at] + l[end:]
	}
	return lines
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
		for k, part := range strings.Split(ansi.Hardwrap(ansi.Wordwrap(l, w, ""), w, true), "\n") {
			if k > 0 {
				part = trimLeadSpace(part) // " ---" cut off "abcde ---": no blank opens the line
			}
			out = append(out, strings.TrimRight(part, " "))
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// trimLeadSpace drops the spaces that open a line, after any colour
// sequences before them.
func trimLeadSpace(l string) string {
	i := 0
	for i < len(l) {
		switch {
		case l[i] == ' ':
			l = l[:i] + l[i+1:]
		case l[i] == '\x1b' && i+1 < len(l) && l[i+1] == '[':
			j := i + 2
			for j < len(l) && (l[j] < 0x40 || l[j] > 0x7e) {
				j++
			}
			i = j + 1
		default:
			return l
		}
	}
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

// trimPad drops the padding Glamour puts at the end of a line to fill the
// width: spaces, each in its own colour sequence, which show as nothing
// but made up most of a line's bytes (and so of every frame, and of
// print's output). Only spaces nobody can see go: a space under a style
// that shows on it (a background, reverse, underline, strikeout) is kept
// with everything before it. A line cut inside a colour ends with a reset.
func trimPad(l string) string {
	end := 0      // after the last thing kept
	loud := false // a style that shows on a space is in force
	var state byte
	for at := 0; at < len(l); {
		seq, _, n, st := ansi.DecodeSequence(l[at:], state, nil)
		state = st
		if n <= 0 {
			return l
		}
		switch {
		case isSGR(seq):
			if seq == "\x1b[m" || seq == "\x1b[0m" {
				loud = false
			}
			if !invisibleOnSpace(seq) {
				loud = true
			}
		case seq == " " && !loud:
			// padding, unless something visible follows
		default:
			end = at + n
		}
		at += n
	}
	if end == len(l) {
		return l
	}
	out := l[:end]
	if strings.Contains(out, "\x1b[") && !strings.HasSuffix(out, "\x1b[m") {
		out += "\x1b[m"
	}
	return out
}

// invisibleOnSpace reports whether an SGR sequence sets nothing a space
// shows: a reset, foreground colours, bold, faint, italic and their ends.
func invisibleOnSpace(seq string) bool {
	ps := strings.FieldsFunc(seq[2:len(seq)-1], func(r rune) bool { return r == ';' || r == ':' })
	for i := 0; i < len(ps); i++ {
		switch ps[i] {
		case "0", "1", "2", "3", "22", "23", "39":
		case "38":
			switch {
			case i+2 < len(ps) && ps[i+1] == "5":
				i += 2
			case i+4 < len(ps) && ps[i+1] == "2":
				i += 4
			default:
				return false
			}
		default:
			if p := ps[i]; len(p) == 2 && (p[0] == '3' || p[0] == '9') && p[1] >= '0' && p[1] <= '7' {
				continue // 30–37, 90–97
			}
			return false
		}
	}
	return true
}
