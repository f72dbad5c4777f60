//go:build !unix

package ui

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// SignalError reports that the reader was ended by a signal, after it had
// given the terminal back.
type SignalError struct {
	Signal syscall.Signal
}

// Error names the signal.
func (e *SignalError) Error() string { return e.Signal.String() }

// signalWatch ends the reader on an interrupt; there is no job control to
// suspend for.
type signalWatch struct {
	ch     chan os.Signal
	done   chan struct{}
	cancel context.CancelCauseFunc
}

func newSignalWatch(cancel context.CancelCauseFunc) *signalWatch {
	return &signalWatch{ch: make(chan os.Signal, 1), done: make(chan struct{}), cancel: cancel}
}

func (w *signalWatch) start(func(tea.Msg)) {
	signal.Notify(w.ch, os.Interrupt)
	go func() {
		select {
		case <-w.done:
		case s := <-w.ch:
			sig, _ := s.(syscall.Signal)
			w.cancel(&SignalError{Signal: sig})
		}
	}()
}

func (w *signalWatch) filter(_ tea.Model, msg tea.Msg) tea.Msg { return msg }

func (w *signalWatch) stop() {
	close(w.done)
	signal.Stop(w.ch)
}
