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

	"github.com/charmbracelet/x/ansi"

	"github.com/briefreader/brief/model"
)

// PrintOption changes what Print writes.
type PrintOption func(*printConfig)

type printConfig struct{ tags bool }

// WithTags has Print add brief's annotations: under a paragraph whose
// quotes name their speaker elsewhere, a line naming the speaker, marked
// as brief's ("[brief: Ana Lind]"). Without it Print adds no words to
// the author's text.
func WithTags() PrintOption { return func(c *printConfig) { c.tags = true } }

// Print renders the briefing at the given wrap width and writes it to w:
// the same rendering as the reader's document pane, with quotes, speakers'
// names and the author's emphasis and links styled when the style has
// colour. style is "dark", "light", "notty" or "ascii". The output keeps
// only text and SGR.
func Print(w io.Writer, b model.Briefing, width int, style string, opts ...PrintOption) error {
	if !validStyle(style) {
		return fmt.Errorf("unknown style %q (want %s)", oneLine(style), strings.Join(StyleNames(), ", "))
	}
	var cfg printConfig
	for _, o := range opts {
		o(&cfg)
	}
	width = max(width, minReadWidth)
	ix := newDocIndex(&b)
	st := newStyles(style != "light")
	colour := coloured(style)
	// units are independent: render them on every core, print in order
	units := planUnits(&b)
	rendered := make([][]renderedBlock, len(units))
	errs := make([]error, len(units))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, u := range units {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			r := renderGuarded(renderUnit, &b, ix, u, renderKey{width: width, style: style})
			rendered[i], errs[i] = r.blocks, r.err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err // the first is enough to report
		}
	}
	var sb strings.Builder
	first := true
	for _, blocks := range rendered {
		for _, rb := range blocks {
			switch {
			case first:
			case rb.tight:
			default:
				sb.WriteString(strings.TrimRight(ansiStrip(rb.gap, colour), " "))
				sb.WriteByte('\n')
			}
			first = false
			for _, l := range rb.lines {
				if l.tag && !cfg.tags {
					continue
				}
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
	out := safeFrame(sb.String())
	if !colour {
		out = ansi.Strip(out) // a style without colour writes no escapes at all
	}
	_, err := io.WriteString(w, out)
	return err
}

// ansiStrip keeps s's colours only where the style has colour.
func ansiStrip(s string, colour bool) string {
	if colour {
		return s
	}
	return ansi.Strip(s)
}

// StyleNames returns the Glamour styles brief renders with, the names
// Options.Style, Print and the --style flag take.
func StyleNames() []string { return []string{"dark", "light", "notty", "ascii"} }

// validStyle reports whether name is a style brief knows.
func validStyle(name string) bool { return slices.Contains(StyleNames(), name) }
