package ui

import (
	"strings"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// tableLines lays a table out as a grid w cells wide at most, in the look
// of Glamour's tables: cells padded by a space, columns split by the
// style's separator, a rule under the header. brief lays tables out itself
// because Glamour's grid cuts header cells short ("Sail…") when the table
// is wider than the pane, and a reader must see every word: here a column
// too wide wraps its cells instead, never truncating them.
//
// The table's display text holds its cells with a tab between cells and a
// newline between rows, as the model keeps them; spans (quotes, names,
// links, the author's styles) are placed cell by cell.
func tableLines(p piece, w int, style string) []docLine {
	sep, rule, cross := "│", "─", "┼"
	if !coloured(style) {
		sep, rule, cross = "|", "-", "|"
	}
	rows := splitCells(p.d)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return nil
	}
	widths, ok := columnWidths(rows, cols, w-3*cols+1)
	if !ok {
		return narrowTable(rows, w, sep)
	}
	var out []docLine
	for ri, r := range rows {
		// each cell wrapped and its spans placed on its own lines
		cells := make([][]docLine, cols)
		height := 1
		for c := range cols {
			var cl cell
			if c < len(r) {
				cl = r[c]
			}
			cells[c] = alignSpans(cl.text, cl.spans, wrapPlain(cl.text, widths[c]))
			height = max(height, len(cells[c]))
		}
		for li := range height {
			var line docLine
			col := 0
			for c := range cols {
				if c > 0 {
					line = line.join(docLine{text: sep, plain: sep}, &col)
				}
				var part docLine
				if li < len(cells[c]) {
					part = cells[c][li]
				}
				line = line.join(padCell(part, widths[c], alignOf(p.align, c)), &col)
			}
			line.cont = li > 0 || ri > 0
			out = append(out, line)
		}
		if ri == 0 && len(rows) > 1 {
			var sb strings.Builder
			for c := range cols {
				if c > 0 {
					sb.WriteString(cross)
				}
				sb.WriteString(strings.Repeat(rule, widths[c]+2))
			}
			out = append(out, docLine{text: sb.String(), plain: sb.String(), cont: true})
		}
	}
	return out
}

// narrowTable lays out a table too wide for any grid in w cells: each row
// as its cells one after the other between separators, wrapped, so that
// no cell is cut.
func narrowTable(rows [][]cell, w int, sep string) []docLine {
	var out []docLine
	for ri, r := range rows {
		var text string
		var spans []textSpan
		for c, cl := range r {
			if c > 0 {
				text += " " + sep + " "
			}
			for _, sp := range cl.spans {
				sp.start, sp.end = sp.start+len(text), sp.end+len(text)
				spans = append(spans, sp)
			}
			text += cl.text
		}
		for i, l := range alignSpans(text, spans, wrapPlain(text, w)) {
			l.cont = i > 0 || ri > 0
			out = append(out, l)
		}
	}
	return out
}

// cell is one table cell's display text and spans.
type cell struct {
	text  string
	spans []textSpan
}

// splitCells cuts a table's display text into rows and cells, moving each
// span into the cell it falls in.
func splitCells(d display) [][]cell {
	var rows [][]cell
	start := 0
	for _, row := range strings.Split(d.text, "\n") {
		var cells []cell
		for _, c := range strings.Split(row, "\t") {
			end := start + len(c)
			cl := cell{text: c}
			for _, sp := range d.spans {
				if sp.end <= start || sp.start >= end {
					continue
				}
				sp.start, sp.end = max(sp.start, start)-start, min(sp.end, end)-start
				cl.spans = append(cl.spans, sp)
			}
			cells = append(cells, cl)
			start = end + 1 // the tab or newline
		}
		rows = append(rows, cells)
	}
	return rows
}

// columnWidths gives each column its widest cell when the table fits in
// avail cells, else takes cells from the widest columns first, down to
// their longest word. It reports false when even that does not fit: the
// grid would break words.
func columnWidths(rows [][]cell, cols, avail int) ([]int, bool) {
	want := make([]int, cols)
	least := make([]int, cols)
	for _, r := range rows {
		for c, cl := range r {
			want[c] = max(want[c], ansi.StringWidth(cl.text))
			for _, word := range strings.Fields(cl.text) {
				least[c] = max(least[c], ansi.StringWidth(word))
			}
		}
	}
	widths := make([]int, cols)
	total := 0
	for c := range cols {
		widths[c] = max(want[c], 1)
		total += widths[c]
	}
	for total > avail {
		// the widest column that may still give a cell
		best := -1
		for c := range cols {
			if widths[c] > max(least[c], 1) && (best < 0 || widths[c] > widths[best]) {
				best = c
			}
		}
		if best < 0 {
			return widths, false
		}
		widths[best]--
		total--
	}
	return widths, true
}

func alignOf(align []model.Align, c int) model.Align {
	if c < len(align) {
		return align[c]
	}
	return model.AlignDefault
}

// padCell pads a cell's line to w cells plus a space either side, placed
// by the column's alignment, moving its spans to match.
func padCell(l docLine, w int, a model.Align) docLine {
	gap := max(w-ansi.StringWidth(l.plain), 0)
	left := 0
	switch a {
	case model.AlignRight:
		left = gap
	case model.AlignCenter:
		left = gap / 2
	}
	pre := strings.Repeat(" ", left+1)
	post := strings.Repeat(" ", gap-left+1)
	out := docLine{text: pre + l.text + post, plain: pre + l.plain + post}
	for _, sp := range l.spans {
		sp.start, sp.end = sp.start+left+1, sp.end+left+1
		out.spans = append(out.spans, sp)
	}
	return out
}

// join appends part to the line; col is the line's width so far, which
// part's spans are moved by.
func (l docLine) join(part docLine, col *int) docLine {
	l.text += part.text
	l.plain += part.plain
	for _, sp := range part.spans {
		sp.start, sp.end = sp.start+*col, sp.end+*col
		l.spans = append(l.spans, sp)
	}
	*col += ansi.StringWidth(part.plain)
	return l
}
