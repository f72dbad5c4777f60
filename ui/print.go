// Package ui is brief's terminal interface: the full-screen reader and the
// plain print path used when stdout is not a terminal. It imports model and
// Charm, never content.
package ui

import (
	"bufio"
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
	st := newStyles(style != "light")
	pr := printer{b: &b, ix: newDocIndex(&b), st: &st, colour: coloured(style),
		tags: cfg.tags, key: renderKey{width: width, style: style}}
	units := planUnits(&b)
	bw := bufio.NewWriterSize(w, 64<<10)
	started := false
	err := inOrder(len(units), runtime.GOMAXPROCS(0), func(i int) (printedUnit, error) {
		return pr.unit(units[i])
	}, func(p printedUnit) error {
		if !p.blocks {
			return nil
		}
		if started {
			if _, err := bw.WriteString(p.sep); err != nil {
				return err
			}
		}
		started = true
		_, err := bw.WriteString(p.body)
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// printer renders the units of one briefing for Print.
type printer struct {
	b      *model.Briefing
	ix     docIndex
	st     *theme // never changed: the units share it
	colour bool
	tags   bool
	key    renderKey
}

// printedUnit is one unit's printed text: sep goes before it unless it
// is the first text printed, and blocks is false when it drew no block
// (nothing of it is printed then).
type printedUnit struct {
	sep, body string
	blocks    bool
}

// unit renders a unit and writes out its lines, styled and filtered, so
// that the workers do all of it and the writer only copies.
func (pr printer) unit(u unit) (printedUnit, error) {
	r := renderGuarded(renderUnit, pr.b, pr.ix, u, pr.key)
	if r.err != nil {
		return printedUnit{}, r.err
	}
	var sep, sb strings.Builder
	for k, rb := range r.blocks {
		out := &sb
		if k == 0 {
			out = &sep
		}
		if !rb.tight {
			out.WriteString(strings.TrimRight(ansiStrip(rb.gap, pr.colour), " "))
			out.WriteByte('\n')
		}
		for _, l := range rb.lines {
			if l.tag && !pr.tags {
				continue
			}
			text := l.text
			if pr.colour {
				text = styleLine(l, pr.st, overlay{})
			} else {
				text = strings.TrimRight(text, " ")
			}
			sb.WriteString(text)
			sb.WriteByte('\n')
		}
	}
	return printedUnit{sep: pr.filter(sep.String()), body: pr.filter(sb.String()), blocks: len(r.blocks) > 0}, nil
}

// filter passes printed text through the output filter; a style without
// colour writes no escapes at all.
func (pr printer) filter(s string) string {
	s = safeFrame(s)
	if !pr.colour {
		s = ansi.Strip(s)
	}
	return s
}

// inOrder runs work(0) … work(n-1) on up to workers goroutines and hands
// the results to write in order, as each is ready: at most 2×workers
// results wait at once, so that the memory used stays that of a few
// units however long the document. The first error (of work or write)
// stops it: no later result is written.
func inOrder[T any](n, workers int, work func(int) (T, error), write func(T) error) error {
	type result struct {
		v   T
		err error
	}
	workers = max(workers, 1)
	pending := make(chan chan result, 2*workers)
	slots := make(chan struct{}, workers)
	stop := make(chan struct{})
	var running sync.WaitGroup // every work started has ended when inOrder returns
	go func() {
		defer close(pending)
		for i := range n {
			ch := make(chan result, 1)
			select {
			case pending <- ch:
			case <-stop:
				return
			}
			slots <- struct{}{}
			running.Add(1)
			go func() {
				defer func() { <-slots; running.Done() }()
				v, err := work(i)
				ch <- result{v, err}
			}()
		}
	}()
	var err error
	for ch := range pending {
		if err != nil {
			continue // drain: the feeder is told to stop
		}
		r := <-ch
		if err = r.err; err == nil {
			err = write(r.v)
		}
		if err != nil {
			close(stop)
		}
	}
	running.Wait()
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
