// Package ui is brief's terminal interface: the full-screen reader and the
// plain print path used when stdout is not a terminal. It imports model and
// Charm, never content.
package ui

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/briefreader/brief/model"
)

// Print renders the briefing at the given wrap width and writes it to w:
// the same rendering as the reader's document pane, with quotes and
// speakers' names styled when the style has colour. style is "dark",
// "light", "notty" or "ascii". The output keeps only text and SGR.
func Print(w io.Writer, b model.Briefing, width int, style string) error {
	if !validStyle(style) {
		return fmt.Errorf("unknown style %q (want dark, light, notty or ascii)", style)
	}
	width = max(width, minReadWidth)
	names := newNameForms(&b)
	st := newStyles(style != "light")
	colour := style == "dark" || style == "light"
	// units are independent: render them on every core, print in order
	units := planUnits(&b)
	rendered := make([][]renderedBlock, len(units))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, u := range units {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			rendered[i] = renderUnit(&b, names, u, renderKey{width: width, style: style})
		}()
	}
	wg.Wait()
	var sb strings.Builder
	first := true
	for _, blocks := range rendered {
		for _, rb := range blocks {
			if !first {
				sb.WriteByte('\n')
			}
			first = false
			for _, l := range rb.lines {
				text := l.text
				if colour {
					text = styleLine(l, st, overlay{})
				} else {
					text = strings.TrimRight(text, " ")
				}
				sb.WriteString(text)
				sb.WriteByte('\n')
			}
		}
	}
	_, err := io.WriteString(w, SafeOutput(sb.String()))
	return err
}

// validStyle reports whether name is a style brief knows.
func validStyle(name string) bool {
	switch name {
	case "dark", "light", "notty", "ascii":
		return true
	}
	return false
}

// Markdown writes the briefing as Markdown: title, intro, one heading per
// talking point. Document text is backslash-escaped so that other Markdown
// tools show it as text.
func Markdown(b model.Briefing) string {
	var sb strings.Builder
	if b.Title != "" {
		fmt.Fprintf(&sb, "# %s\n\n", escape(oneLine(b.Title)))
	}
	if b.Subtitle != "" {
		fmt.Fprintf(&sb, "*%s*\n\n", escape(oneLine(b.Subtitle)))
	}
	writeBlocks(&sb, b.Intro)
	for _, s := range b.Sections {
		fmt.Fprintf(&sb, "## %d. %s\n\n", s.Number, escape(oneLine(s.Heading)))
		writeBlocks(&sb, s.Blocks)
	}
	return sb.String()
}

func writeBlocks(sb *strings.Builder, blocks []model.Block) {
	for _, bl := range blocks {
		text := escape(sanitizeText(bl.Text))
		if bl.Label != "" {
			text = "**" + escape(oneLine(bl.Label)) + ":** " + text
		}
		switch bl.Kind {
		case model.Aside:
			fmt.Fprintf(sb, "> *%s*\n\n", strings.ReplaceAll(text, "\n", "\n> "))
		case model.QuoteBlock:
			fmt.Fprintf(sb, "> %s\n\n", strings.ReplaceAll(text, "\n", "\n> "))
		case model.ListItem:
			fmt.Fprintf(sb, "- %s\n\n", text)
		default:
			fmt.Fprintf(sb, "%s\n\n", text)
		}
	}
}

// escape keeps document text from being read as Markdown syntax or HTML by
// tools that honour backslash escapes.
func escape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#&|~!", r) {
			sb.WriteByte('\\')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
