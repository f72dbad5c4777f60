// Package ui is brief's terminal interface: the full-screen reader and the
// plain print path used when stdout is not a terminal. It imports model and
// Charm, never content.
package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/glamour/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// Print renders the briefing as Glamour-styled Markdown at the given wrap
// width and writes it to w. style is a Glamour standard style name ("dark",
// "light", "notty", "ascii"). The output keeps only text and SGR colour.
func Print(w io.Writer, b model.Briefing, width int, style string) error {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err != nil {
		return fmt.Errorf("renderer: %w", err)
	}
	out, err := r.Render(Markdown(b))
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	_, err = io.WriteString(w, SafeOutput(out))
	return err
}

// Markdown writes the briefing as Markdown: title, intro, one heading per
// talking point.
func Markdown(b model.Briefing) string {
	var sb strings.Builder
	if b.Title != "" {
		fmt.Fprintf(&sb, "# %s\n\n", escape(b.Title))
	}
	writeBlocks(&sb, b.Intro)
	for _, s := range b.Sections {
		fmt.Fprintf(&sb, "## %d. %s\n\n", s.Number, escape(s.Heading))
		writeBlocks(&sb, s.Blocks)
	}
	return sb.String()
}

func writeBlocks(sb *strings.Builder, blocks []model.Block) {
	for _, bl := range blocks {
		switch bl.Kind {
		case model.Aside:
			fmt.Fprintf(sb, "> *%s*\n\n", escape(bl.Text))
		case model.QuoteBlock:
			fmt.Fprintf(sb, "> %s\n\n", escape(bl.Text))
		case model.ListItem:
			fmt.Fprintf(sb, "- %s\n\n", escape(bl.Text))
		default:
			fmt.Fprintf(sb, "%s\n\n", escape(bl.Text))
		}
	}
}

// escape keeps document text from being read as Markdown syntax or HTML.
func escape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#&|~", r) {
			sb.WriteByte('\\')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// SafeOutput keeps printable text, newlines, tabs and SGR sequences and
// drops every other escape or control sequence, so that nothing a document
// contains can reach the terminal as a command (see SAFETY.md).
func SafeOutput(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var sb strings.Builder
	var state byte
	for len(s) > 0 {
		seq, _, n, newState := ansi.DecodeSequence(s, state, nil)
		state = newState
		if n <= 0 {
			break
		}
		switch {
		case ansi.HasCsiPrefix(seq) && strings.HasSuffix(seq, "m") && isSGR(seq):
			sb.WriteString(seq)
		case seq == "\n" || seq == "\t":
			sb.WriteString(seq)
		case len(seq) > 0 && !isControl(seq):
			sb.WriteString(seq)
		}
		s = s[n:]
	}
	return sb.String()
}

// isSGR reports whether a CSI sequence is plain SGR: only digits and
// separators between the introducer and the final "m".
func isSGR(seq string) bool {
	body := strings.TrimPrefix(strings.TrimPrefix(seq, "\x1b["), "\u009b")
	body = strings.TrimSuffix(body, "m")
	for _, r := range body {
		if (r < '0' || r > '9') && r != ';' && r != ':' {
			return false
		}
	}
	return true
}

// isControl reports whether a decoded sequence is a control (C0, DEL, C1 or
// an escape sequence) rather than printable text.
func isControl(seq string) bool {
	for _, r := range seq {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x1b {
			return true
		}
	}
	return false
}
