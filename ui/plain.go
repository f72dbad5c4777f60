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
func plainUnit(b *model.Briefing, ix docIndex, u unit, key renderKey) []renderedBlock {
	var out []renderedBlock
	for _, p := range unitPieces(b, ix, u, key.style) {
		out = append(out, renderPiece(p, key, nil))
	}
	return out
}

// plainLines wraps a piece's display text at w cells, styled as the
// Glamour style would: headings with their prefix and colours, list items
// behind their marker, code as it is, asides in their colour.
func plainLines(p piece, w int, style string) []string {
	st := glamourStyle(style, p.kind == model.Aside)
	ls, prefix, suffix, hang := cascade(st.Document.StylePrimitive, st.Paragraph.StylePrimitive), "", "", ""
	switch {
	case p.block == blockTitle:
		ls = cascade(st.Document.StylePrimitive, st.Heading.StylePrimitive, st.H1.StylePrimitive)
		prefix, suffix = st.H1.Prefix, st.H1.Suffix
	case p.block == blockHeading || p.kind == model.Heading:
		ls = cascade(st.Document.StylePrimitive, st.Heading.StylePrimitive, st.H2.StylePrimitive)
		prefix = st.H2.Prefix
	case p.kind == model.CodeBlock:
		ls = cascade(st.Document.StylePrimitive, st.CodeBlock.StylePrimitive)
		margin := strings.Repeat(" ", int(ptrOr(st.CodeBlock.Margin, 0)))
		var out []string
		for _, l := range strings.Split(p.d.text, "\n") {
			for _, part := range wrapIndented(margin+strings.ReplaceAll(l, "\t", "    "), max(w, 1), style) {
				out = append(out, ls.Render(part))
			}
		}
		return out
	case p.kind == model.ListItem:
		hang = strings.Repeat(" ", ansi.StringWidth(p.d.text[:p.d.lead]))
	case p.kind == model.Rule:
		rule := strings.Trim(st.HorizontalRule.Format, "\n")
		return []string{cascade(st.Document.StylePrimitive, st.HorizontalRule).Render(ansi.Truncate(rule, max(w, 1), ""))}
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

// wrapLines wraps brief's own text at w cells, line by line.
func wrapLines(s string, w int) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		out = append(out, wrapPlain(l, w)...)
	}
	return out
}

func ptrOr(p *uint, def uint) uint {
	if p == nil {
		return def
	}
	return *p
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
		if p.Underline != nil {
			ls = ls.Underline(*p.Underline)
		}
		if p.CrossedOut != nil {
			ls = ls.Strikethrough(*p.CrossedOut)
		}
		if p.Faint != nil {
			ls = ls.Faint(*p.Faint)
		}
	}
	return ls
}
