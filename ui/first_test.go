package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	xansi "github.com/charmbracelet/x/ansi"
)

// headOf is the start of b as content.ParseHead gives it: its first n
// points, with their quotes.
func headOf(b model.Briefing, n int) model.Briefing {
	h := b
	h.Sections = b.Sections[:n]
	k := 0
	for k < len(b.Quotes) && b.Quotes[k].Section <= n {
		k++
	}
	h.Quotes = b.Quotes[:k]
	return h
}

// firstApp opens the reader on the start of a long briefing, as main does
// for a long file, without running any command: the whole is delivered
// by the test.
func firstApp(t *testing.T, places Places) (App, model.Briefing) {
	t.Helper()
	full := generateBriefing(300<<10, 12)
	head := headOf(full, 3)
	s := Shelf{Places: places, Docs: []Doc{{Path: "long.txt", ID: "/long.txt", First: &head, Partial: true, Hash: "h"}},
		Load: func(string) (model.Briefing, string, error) { return full, "h", nil }}
	a := NewApp(s, Options{Style: "dark"})
	a.after = nil
	if !a.reading || a.open != 0 {
		t.Fatal("the reader does not open on the start at once")
	}
	return a, full
}

func sendApp(a App, msgs ...tea.Msg) App {
	for _, msg := range msgs {
		m, _ := a.Update(msg)
		a = m.(App)
	}
	return a
}

// TestStartThenWhole checks that a long document opens on its start, says
// it is reading the rest, and that the whole takes its place where the
// reader is: the same point and line, the same search and its current
// match, nothing marked new; the outline and counts become the whole's.
// The whole comes as the load command delivers it (with its reader built
// off the event loop) and bare; both end on the same screen.
func TestStartThenWhole(t *testing.T) {
	patientRenders(t)
	var screens []string
	for _, viaCmd := range []bool{true, false} {
		screens = append(screens, startThenWhole(t, viaCmd))
	}
	if screens[0] != screens[1] {
		t.Errorf("the whole built off the event loop shows\n%s\nbuilt on it\n%s", screens[0], screens[1])
	}
}

func startThenWhole(t *testing.T, viaCmd bool) string {
	t.Helper()
	a, full := firstApp(t, newMemPlaces())
	a = sendApp(a, sizeMsg(120, 35))
	if s := screenOf(a); !strings.Contains(s, "reading the rest") || !strings.Contains(s, "Generated point about berth 1") {
		t.Fatalf("the start is not shown as such:\n%s", s)
	}
	a = sendApp(a, keyMsg("2"), keyMsg("j"), keyMsg("j"), keyMsg("/"))
	for _, r := range "tide" {
		a = sendApp(a, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	a = sendApp(a, keyMsg("enter"), keyMsg("n"), keyMsg("n"))
	before := a.reader
	msg := loadedMsg{entry: 0, b: full, hash: "h"}
	if viaCmd {
		msg = a.loadCmd(0, false, false)().(loadedMsg)
		if msg.pre == nil || len(msg.pre.b.Sections) != 12 {
			t.Fatal("the load command of a document open on its start builds no reader for the whole")
		}
	}
	a = sendApp(a, msg)
	r := a.reader
	if len(r.b.Sections) != 12 || r.partial || len(r.outline.items) != 13 {
		t.Fatalf("after the whole: %d points, partial %v, %d in the outline", len(r.b.Sections), r.partial, len(r.outline.items))
	}
	if r.doc.offset != before.doc.offset || r.doc.currentSection() != before.doc.currentSection() {
		t.Errorf("the reader moved: offset %d→%d, point %d→%d", before.doc.offset, r.doc.offset,
			before.doc.currentSection(), r.doc.currentSection())
	}
	if r.doc.search.query != "tide" || r.doc.search.current() != before.doc.search.current() ||
		r.doc.search.total() <= before.doc.search.total() {
		t.Errorf("search %q match %d of %d, was %q %d of %d", r.doc.search.query, r.doc.search.current(), r.doc.search.total(),
			before.doc.search.query, before.doc.search.current(), before.doc.search.total())
	}
	if len(r.fresh) != 0 || strings.Contains(screenOf(a), "reading the rest") {
		t.Errorf("fresh %v; status %q", r.fresh, lastLine(screenOf(a)))
	}
	if !a.entries[0].parsed() || a.entries[0].partial {
		t.Error("the entry is not marked parsed")
	}
	return screenOf(a)
}

// TestStartTakesSavedPlaceWhenWhole checks that a place saved past the
// start is taken when the whole is read, unless the reader moved first.
func TestStartTakesSavedPlaceWhenWhole(t *testing.T) {
	patientRenders(t)
	for _, moved := range []bool{false, true} {
		places := newMemPlaces()
		_ = places.Put("/long.txt", "h", model.Place{Section: 10, Quote: -1})
		a, full := firstApp(t, places)
		a = sendApp(a, sizeMsg(120, 35))
		if moved {
			a = sendApp(a, keyMsg("2"))
		}
		a = sendApp(a, loadedMsg{entry: 0, b: full, hash: "h"})
		want := 10
		if moved {
			want = 2
		}
		if got := a.reader.doc.currentSection(); got != want {
			t.Errorf("moved %v: at point %d after the whole, want %d", moved, got, want)
		}
	}
}

func screenOf(a App) string { return xansi.Strip(a.View().Content) }

func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	return lines[len(lines)-1]
}

// TestBottomWhileReadingGoesToTheWholeEnd checks that G pressed while only
// the start is known goes on to the whole's end once it is read, as less
// does with a growing file; and that a key after it cancels that.
func TestBottomWhileReadingGoesToTheWholeEnd(t *testing.T) {
	patientRenders(t)
	for _, movedAfter := range []bool{false, true} {
		a, full := firstApp(t, newMemPlaces())
		a = sendApp(a, sizeMsg(120, 35), keyMsg("G"))
		if a.reader.doc.currentSection() != 3 {
			t.Fatalf("G on the start: at point %d, want its last, 3", a.reader.doc.currentSection())
		}
		if !strings.Contains(lastLine(screenOf(a)), "then to the end") {
			t.Errorf("status does not say G waits for the rest: %q", lastLine(screenOf(a)))
		}
		want := len(full.Sections)
		if movedAfter {
			a = sendApp(a, keyMsg("g"))
			want = 0
		}
		a = sendApp(a, loadedMsg{entry: 0, b: full, hash: "h"})
		d := a.reader.doc
		if got := d.currentSection(); got != want {
			t.Errorf("moved after G %v: at point %d once whole, want %d", movedAfter, got, want)
		}
		if !movedAfter && d.offset != d.maxOffset() {
			t.Errorf("G then the whole: offset %d, want the end %d", d.offset, d.maxOffset())
		}
	}
}
