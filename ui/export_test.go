package ui

import (
	"testing"

	"github.com/briefreader/brief/model"
)

// Hooks for the tests of package ui_test, which read documents through
// package content (package ui itself may not import it).

// SafeOutput is the output filter.
var SafeOutput = safeOutput

// ScreenAfter opens the reader on b at w × h cells with every unit
// rendered, presses keys and returns the screen's text.
func ScreenAfter(t *testing.T, b model.Briefing, w, h int, keys ...string) string {
	t.Helper()
	tt := newTester(t, b, w, h)
	tt.press(keys...)
	return tt.screen()
}

// DocumentAfter is ScreenAfter for the whole laid-out document: every
// line of it, not only those on screen, and the talking point at the top.
func DocumentAfter(t *testing.T, b model.Briefing, w, h int, keys ...string) (string, int) {
	t.Helper()
	tt := newTester(t, b, w, h)
	tt.press(keys...)
	tt.m = renderAll(tt.m)
	return tt.allDocText(), tt.m.doc.currentSection()
}

// Highlight is a stretch of text the reader draws as a speaker's name.
type Highlight struct {
	Text, Speaker string
}

// Highlights lists the name highlights the reader draws in block i of
// section n (its heading for i == -1), in the dark style.
func Highlights(b *model.Briefing, n, i int) []Highlight {
	ix := newDocIndex(b)
	var d display
	if i == blockHeading {
		text := b.Title
		if n > 0 {
			text = b.Sections[n-1].Heading
		}
		d = headingDisplay(text, blockRef{n, i}, ix)
	} else {
		d = newDisplay(b, blockRef{n, i}, b.Blocks(n)[i], ix, "dark")
	}
	var out []Highlight
	for _, sp := range d.spans {
		if sp.kind == spanName {
			out = append(out, Highlight{Text: d.text[sp.start:sp.end], Speaker: sp.speaker})
		}
	}
	return out
}
