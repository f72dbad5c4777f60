//go:build unix

package ui

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/sys/unix"
)

// SignalError reports that the reader was ended by a signal, after it had
// given the terminal back. The command exits with 128 + Signal, as a shell
// would report a process the signal killed.
type SignalError struct {
	Signal syscall.Signal
}

// Error names the signal: "terminated", "hangup", "quit", "interrupt".
func (e *SignalError) Error() string { return e.Signal.String() }

// endSignals end the reader. Bubble Tea's own handler only knows SIGINT
// and SIGTERM (and quits with status 0 on SIGTERM); SIGHUP and SIGQUIT
// would kill the process with the tty still raw, in the alternate screen,
// the cursor hidden and mouse reporting on.
var endSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// signalWatch turns signals into the reader's orderly exits and suspends.
//
// SIGTSTP from outside the reader (kill -TSTP, or the tty's suspend key
// when it is not in raw mode) would stop the process with the terminal
// still taken; it becomes Bubble Tea's suspend instead, which gives the
// terminal back, stops the process, and on SIGCONT (fg) takes the
// terminal again and redraws. Ctrl+Z, which arrives as a key in raw mode,
// does the same.
//
// Bubble Tea stops the process by sending SIGTSTP to its process group.
// Once os/signal has been asked for SIGTSTP, the Go runtime keeps its own
// handler for it even after signal.Reset, and that handler ignores a
// SIGTSTP nobody listens for; so the watch keeps listening and, while a
// suspend is under way, answers that SIGTSTP with the SIGSTOP it would
// have meant.
type signalWatch struct {
	ch     chan os.Signal
	done   chan struct{}
	cancel context.CancelCauseFunc
	// suspending is set from the request to suspend until the resume.
	suspending atomic.Bool
}

// newSignalWatch makes a watch whose end signals cancel the program with
// a *SignalError as the cause. Its filter goes to the program; start
// begins watching once the program exists.
func newSignalWatch(cancel context.CancelCauseFunc) *signalWatch {
	return &signalWatch{ch: make(chan os.Signal, 4), done: make(chan struct{}), cancel: cancel}
}

// start watches the signals; send delivers a message to the program.
func (w *signalWatch) start(send func(tea.Msg)) {
	signal.Notify(w.ch, append(endSignals, syscall.SIGTSTP)...)
	go w.loop(send)
}

func (w *signalWatch) loop(send func(tea.Msg)) {
	for {
		select {
		case <-w.done:
			return
		case s := <-w.ch:
			sig, _ := s.(syscall.Signal)
			switch {
			case sig != syscall.SIGTSTP:
				w.cancel(&SignalError{Signal: sig})
			case w.suspending.Load():
				// Bubble Tea's own, sent once it has given the
				// terminal back: stop the process group for real.
				_ = unix.Kill(0, unix.SIGSTOP)
			case canStop():
				w.suspending.Store(true)
				go send(tea.SuspendMsg{})
			}
		}
	}
}

// filter is the program's message filter: ctrl+z suspends, and a resume
// ends the suspend.
func (w *signalWatch) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+z" && canStop() {
			w.suspending.Store(true)
			return tea.SuspendMsg{}
		}
	case tea.ResumeMsg:
		w.suspending.Store(false)
	}
	return msg
}

// canStop reports whether stopping the process leaves someone to continue
// it: the first ancestor outside its process group (a job-control shell)
// must be in the same session. The kernel discards SIGTSTP for a group
// without one (an orphaned group, as a program started directly in a tmux
// pane or under setsid is), where nobody could type fg; brief follows it
// rather than stop for good.
func canStop() bool {
	pgrp := unix.Getpgrp()
	sid, err := unix.Getsid(0)
	if err != nil {
		return false
	}
	p := os.Getppid()
	for range 64 { // an ancestor chain longer than this is not worth the walk
		pg, err := unix.Getpgid(p)
		if err != nil {
			return false
		}
		if pg != pgrp {
			s, err := unix.Getsid(p)
			return err == nil && s == sid
		}
		// a subshell or script in the job: look at its parent
		if p, err = parentOf(p); err != nil {
			return true // as most programs would: assume job control
		}
	}
	return false
}

// parentOf returns the parent of process pid, from /proc where there is
// one.
func parentOf(pid int) (int, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// "pid (comm) state ppid …": comm may hold spaces and parentheses
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+1:]))
	if i < 0 || len(f) < 2 {
		return 0, errors.New("unreadable /proc stat")
	}
	return strconv.Atoi(f[1])
}

// stop ends the watch and gives the signals their default actions back.
func (w *signalWatch) stop() {
	close(w.done)
	signal.Stop(w.ch)
}
