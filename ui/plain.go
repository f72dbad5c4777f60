package ui

import (
	"strings"

	gansi "charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// plainUnit renders a unit without Glamour: word-wrapped, sanitized text
// in the colours of the Glamour style, with the same bars, bullets and
// quote spans. It stands in when Glamour is too slow on a unit (see
// renderDeadline); it is linear in the text, and about a hundred times
// cheaper than Glamour.
func plainUnit(b *model.Briefing, names nameForms, u unit, key renderKey) []renderedBlock {
	var out []renderedBlock
	for _, p := range unitPieces(b, names, u) {
		_, w := barred(p.kind, key)
		out = append(out, finish(p, plainLines(p, w, key.style), key))
	}
	return out
}

// plainLines wraps a piece's display text at w cells, styled as the
// Glamour style would: headings with their prefix and colours, list items
// behind a bullet, asides in their colour.
func plainLines(p piece, w int, style string) []string {
	st := glamourStyle(style, p.kind == model.Aside)
	ls, prefix, suffix, hang := cascade(st.Document.StylePrimitive, st.Paragraph.StylePrimitive), "", "", ""
	switch p.block {
	case blockTitle:
		ls = cascade(st.Document.StylePrimitive, st.Heading.StylePrimitive, st.H1.StylePrimitive)
		prefix, suffix = st.H1.Prefix, st.H1.Suffix
	case blockHeading:
		ls = cascade(st.Document.StylePrimitive, st.Heading.StylePrimitive, st.H2.StylePrimitive)
		prefix = st.H2.Prefix
	}
	if p.kind == model.ListItem {
		prefix = st.Item.BlockPrefix
		hang = strings.Repeat(" ", ansi.StringWidth(prefix))
	}
	pw := ansi.StringWidth(prefix) + ansi.StringWidth(suffix)
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(p.d.text, "\t", " "), "\n") {
		if para = strings.TrimSpace(para); para == "" {
			continue
		}
		for _, l := range wrapPlain(para, max(w-pw, 1)) {
			if len(out) == 0 {
				out = append(out, prefix+l)
			} else {
				out = append(out, hang+l)
			}
		}
	}
	if len(out) > 0 {
		out[len(out)-1] += suffix
	}
	for i, l := range out {
		out[i] = ls.Render(l)
	}
	return out
}

// wrapPlain word-wraps text at w cells, breaking words longer than w.
func wrapPlain(s string, w int) []string {
	lines := strings.Split(ansi.Hardwrap(ansi.Wordwrap(s, w, ""), w, true), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// cascade merges Glamour style primitives, later ones winning, into a
// lipgloss style: the colours and attributes Glamour would have used.
func cascade(ps ...gansi.StylePrimitive) lipgloss.Style {
	ls := lipgloss.NewStyle()
	for _, p := range ps {
		if p.Color != nil {
			ls = ls.Foreground(lipgloss.Color(*p.Color))
		}
		if p.BackgroundColor != nil {
			ls = ls.Background(lipgloss.Color(*p.BackgroundColor))
		}
		if p.Bold != nil {
			ls = ls.Bold(*p.Bold)
		}
		if p.Italic != nil {
			ls = ls.Italic(*p.Italic)
		}
	}
	return ls
}
