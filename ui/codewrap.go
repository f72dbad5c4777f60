package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Glamour wraps a line of code wider than the column as it wraps prose,
// its continuation at the left edge, outside the block's margin. So code
// is rendered wide enough for its longest line (codeWidth), and fitCode
// then wraps what is wider than the column itself, keeping the indent.

// codeWidth is the width to render code at so that Glamour wraps none of
// its lines: w, or more for a line longer than that (a tab drawn as four
// spaces, with room for the block's margin).
func codeWidth(code string, w int) int {
	widest := 0
	for line := range strings.SplitSeq(code, "\n") {
		widest = max(widest, ansi.StringWidth(line)+4*strings.Count(line, "\t"))
	}
	return max(w, widest+8)
}

// fitCode fits code rendered at codeWidth into w cells: each line without
// the padding after its last character, and a line still wider than w
// wrapped, its continuation lines indented as the line is (the block's
// margin and the code's own indent, at most half of w) behind a mark that
// says the line goes on, so that they cannot be taken for lines of their
// own.
func fitCode(lines []string, w int, style string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		l = trimPadding(l)
		if ansi.StringWidth(l) <= w {
			out = append(out, l)
			continue
		}
		out = append(out, wrapIndented(l, w, style)...)
	}
	return out
}

// trimPadding cuts a rendered line after its last visible character other
// than a space, closing any style it leaves open.
func trimPadding(l string) string {
	cut, styled := -1, false
	var state byte
	for pos := 0; pos < len(l); {
		seq, w, n, ns := ansi.DecodeSequence(l[pos:], state, nil)
		state = ns
		if n <= 0 {
			break
		}
		pos += n
		switch {
		case w > 0 && seq != " ":
			cut = pos
		case w == 0 && cut >= 0:
			styled = true
		}
	}
	if cut < 0 || cut == len(l) {
		return l
	}
	if styled {
		return l[:cut] + ansi.ResetStyle
	}
	return l[:cut]
}

// wrapIndented wraps a line of code at w cells, words kept whole where
// they fit: its continuation lines start with the line's indent (at most
// half of w) and the style's continuation mark.
func wrapIndented(l string, w int, style string) []string {
	plain := ansi.Strip(l)
	ind := min(len(plain)-len(strings.TrimLeft(plain, " ")), w/2)
	mark := "↪ "
	if style == "ascii" {
		mark = "> "
	}
	markW := min(ansi.StringWidth(mark), max(w-ind-1, 0))
	if coloured(style) {
		mark = lipgloss.NewStyle().Foreground(lipgloss.Color("244")).Render(mark)
	}
	// lipgloss carries the style of a token cut in two onto the next line
	body := lipgloss.Wrap(ansi.TruncateLeft(l, ind, ""), max(w-ind-markW, 1), "")
	indent := strings.Repeat(" ", ind)
	parts := strings.Split(body, "\n")
	for i, part := range parts {
		if i == 0 {
			parts[i] = indent + strings.TrimRight(part, " ")
		} else {
			parts[i] = indent + mark + strings.TrimRight(part, " ")
		}
	}
	return parts
}
