package ui

import (
	"fmt"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// PanicError is a panic recovered in one of the reader's or the print
// path's goroutines, turned into an error so that the terminal is given
// back before it is reported.
type PanicError struct {
	// Where says what brief was doing: "rendering".
	Where string
	// Value is what was passed to panic.
	Value any
	// Stack is the goroutine's stack when it panicked.
	Stack []byte
}

// Error is one line: what failed, and that it is brief's fault.
func (e *PanicError) Error() string {
	return fmt.Sprintf("internal error while %s: %v (a bug in brief: please report it)", e.Where, e.Value)
}

// injectPanic names a guarded task that panics on purpose, for the tests
// that check the terminal comes back: they build brief with
// -ldflags "-X github.com/briefreader/brief/ui.injectPanic=rendering".
var injectPanic string

// guard runs fn and returns a *PanicError if it panics. Every goroutine
// brief starts that renders runs its work through guard: a panic there
// would otherwise end the process with the terminal still in raw mode
// and the alternate screen (Bubble Tea recovers only the goroutines it
// starts itself).
func guard(where string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Where: where, Value: r, Stack: debug.Stack()}
		}
	}()
	if injectPanic == where {
		panic("injected for a test")
	}
	fn()
	return nil
}

// fatalMsg ends the reader with an error, through Bubble Tea's orderly
// quit, which gives the terminal back first.
type fatalMsg struct{ err error }

// fatal is the command that ends the reader with err.
func fatal(err error) tea.Cmd {
	return func() tea.Msg { return fatalMsg{err} }
}

// renderResult is what a guarded render goroutine hands back.
type renderResult struct {
	blocks []renderedBlock
	err    error
}

// renderGuarded renders a unit, recovering a panic into the result.
func renderGuarded(render renderFunc, b *model.Briefing, names docIndex, u unit, key renderKey) (r renderResult) {
	r.err = guard("rendering", func() { r.blocks = render(b, names, u, key) })
	return r
}

// msg is the message that reports the result: the unit's rendering, or
// the end of the reader.
func (r renderResult) msg(id unitKey) tea.Msg {
	if r.err != nil {
		return fatalMsg{r.err}
	}
	return unitRenderedMsg{id: id, blocks: r.blocks}
}
