// Package ui is brief's terminal interface: the full-screen reader and the
// plain print path used when stdout is not a terminal. It imports model and
// Charm, never content.
package ui

import (
	"fmt"
	"io"
	"runtime"
	"slices"
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
		return fmt.Errorf("unknown style %q (want %s)", oneLine(style), strings.Join(StyleNames(), ", "))
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
	_, err := io.WriteString(w, safeOutput(sb.String()))
	return err
}

// StyleNames returns the Glamour styles brief renders with, the names
// Options.Style, Print and the --style flag take.
func StyleNames() []string { return []string{"dark", "light", "notty", "ascii"} }

// validStyle reports whether name is a style brief knows.
func validStyle(name string) bool { return slices.Contains(StyleNames(), name) }
