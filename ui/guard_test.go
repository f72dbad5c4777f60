package ui

import (
	"errors"
	"io"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// TestRenderPanicEndsReader checks that a panic in the goroutine that
// renders a unit comes back as a message that quits the reader with a
// *PanicError, rather than ending the process with the terminal taken.
func TestRenderPanicEndsReader(t *testing.T) {
	boom := func(*model.Briefing, docIndex, unit, renderKey) []renderedBlock { panic("glamour fell over") }
	b := fixture()
	m := New(b, Options{Style: "dark"})
	mm, _ := m.Update(sizeMsg(120, 35))
	m = mm.(Model)
	id := unitKey{0, m.doc.key}
	msg := renderCmd(boom, m.b, m.doc.names, m.doc.units[0], id)()
	fm, ok := msg.(fatalMsg)
	if !ok {
		t.Fatalf("a panicking render gave %T, want fatalMsg", msg)
	}
	var pe *PanicError
	if !errors.As(fm.err, &pe) || pe.Value != "glamour fell over" || len(pe.Stack) == 0 {
		t.Fatalf("error %#v, want a PanicError with the value and a stack", fm.err)
	}
	if s := pe.Error(); strings.Contains(s, "\n") || !strings.Contains(s, "glamour fell over") {
		t.Errorf("error %q is not one line naming the panic", s)
	}
	mm, cmd := m.Update(fm)
	if got := mm.(Model).fatal; got != fm.err {
		t.Errorf("the model keeps %v, want the panic's error", got)
	}
	if cmd == nil {
		t.Fatal("no command after a fatal message")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("a fatal message does not quit")
	}
}

// TestRenderPanicPastDeadline checks the late path: a render that panics
// after the deadline has passed still ends the reader.
func TestRenderPanicPastDeadline(t *testing.T) {
	old := renderDeadline
	renderDeadline = 0
	defer func() { renderDeadline = old }()
	release := make(chan struct{})
	slow := func(*model.Briefing, docIndex, unit, renderKey) []renderedBlock {
		<-release
		panic("late")
	}
	b := fixture()
	m := New(b, Options{Style: "dark"})
	mm, _ := m.Update(sizeMsg(120, 35))
	m = mm.(Model)
	msg := renderCmd(slow, m.b, m.doc.names, m.doc.units[0], unitKey{0, m.doc.key})()
	um, ok := msg.(unitRenderedMsg)
	if !ok || !um.plain || um.late == nil {
		t.Fatalf("past the deadline got %#v, want plain text and a late command", msg)
	}
	close(release)
	if _, ok := um.late().(fatalMsg); !ok {
		t.Error("a render that panics late does not end the reader")
	}
}

// TestPrintRecoversPanic checks that a panic in one of Print's workers is
// returned as an error and nothing from that unit on is written (here
// every unit panics, so nothing is).
func TestPrintRecoversPanic(t *testing.T) {
	injectPanic = "rendering"
	defer func() { injectPanic = "" }()
	var out strings.Builder
	err := Print(&out, fixture(), 80, "notty")
	var pe *PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("Print returned %v, want a *PanicError", err)
	}
	if out.Len() != 0 {
		t.Errorf("Print wrote %d bytes after a panic", out.Len())
	}
	injectPanic = ""
	if err := Print(io.Discard, fixture(), 80, "notty"); err != nil {
		t.Fatalf("without the injected panic: %v", err)
	}
}
