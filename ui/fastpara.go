package ui

import (
	"strings"
	"sync"
	"unicode"

	"charm.land/lipgloss/v2"
)

// A paragraph of plain text reaches Glamour as its words with every ASCII
// punctuation mark written as an entity (markdownText): brief draws the
// author's emphasis, links, quotes and names itself, from spans, so
// Glamour has nothing to do for it but wrap the words at the width and
// colour them as its style colours a paragraph — at about 1 MB/s, the
// most of what reading and printing cost. plainParagraph does that much
// itself, with the wrap Glamour uses (lipgloss.Wrap) and the sequence
// Glamour's own renderer gives the paragraph style; whatever it is not
// sure to lay out as Glamour would goes to Glamour.

// paraLooks holds each style's paragraph sequence, found by rendering a
// probe with Glamour once: by [style, aside], a string, or false when the
// probe did not come out as text between a sequence and a reset (the
// paragraph style has more to it than a colour), which leaves that style
// to Glamour.
var paraLooks sync.Map

// paragraphLook is the sequence Glamour colours a paragraph with in
// style (an aside's when aside), through g; ok is false when brief
// cannot lay its paragraphs out itself.
func paragraphLook(style string, aside bool, g glamourFunc) (string, bool) {
	k := [2]any{style, aside}
	if v, ok := paraLooks.Load(k); ok {
		s, ok := v.(string)
		return s, ok
	}
	lines := g(40, aside, "x")
	var v any = false
	if len(lines) == 1 {
		switch l := lines[0]; {
		case l == "x":
			v = ""
		case strings.HasSuffix(l, "x\x1b[m") && strings.Count(l, "x") == 1 && isSGR(strings.TrimSuffix(l, "x\x1b[m")):
			v = strings.TrimSuffix(l, "x\x1b[m")
		}
	}
	paraLooks.Store(k, v)
	s, ok := v.(string)
	return s, ok
}

// plainParagraph lays out text, a paragraph's words as markdownText
// writes them for Glamour, w cells wide as Glamour would: nil when text
// has anything Glamour might read otherwise (a blank line, which would
// end the paragraph; a line ending in spaces, a break of Markdown's; a
// control character), and for Glamour then.
func plainParagraph(text string, w int, look string) []string {
	if text == "" || w < 1 {
		return nil
	}
	var sb strings.Builder
	sb.Grow(len(text))
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimLeft(l, " \t")
		if l == "" || strings.HasSuffix(l, " ") || strings.HasSuffix(l, "\t") {
			return nil
		}
		for _, r := range l {
			if r == '\t' {
				r = ' '
			}
			if unicode.IsControl(r) || r == unicode.ReplacementChar || unicode.IsSpace(r) && r != ' ' {
				return nil
			}
		}
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(strings.ReplaceAll(l, "\t", " "))
	}
	lines := strings.Split(lipgloss.Wrap(sb.String(), w, ""), "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if look != "" && l != "" {
			l = look + l + "\x1b[m"
		}
		lines[i] = safeOutput(l)
	}
	return keepMarks(trimBlank(lines))
}
