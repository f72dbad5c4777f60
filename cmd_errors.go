package main

import (
	"errors"

	"github.com/briefreader/brief/ui"
	"github.com/spf13/cobra"
)

// errorCatcher keeps the first error of a command run from reaching fang.
// fang asks the terminal for its background colour before it prints an
// error (lipgloss.HasDarkBackground, which waits 2 s for each of stdin and
// stdout when the terminal does not answer), so an error from brief's own
// commands would otherwise cost 4 s on such a terminal, and more where the
// reply never comes. Caught errors are reported by run, which needs no
// query: the "brief:" prefix is coloured from the environment alone.
type errorCatcher struct {
	err error
}

// catchErrors makes every command under root hand its errors to the
// catcher and report success to cobra: flag errors, argument errors, and
// the errors of PreRunE and RunE. Once an error is caught, later hooks do
// not run.
func catchErrors(root *cobra.Command) *errorCatcher {
	c := &errorCatcher{}
	var walk func(cmd *cobra.Command)
	walk = func(cmd *cobra.Command) {
		cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return c.keep(err) })
		if args := cmd.Args; args != nil {
			cmd.Args = func(cmd *cobra.Command, a []string) error { return c.keep(args(cmd, a)) }
		}
		for _, hook := range []*func(*cobra.Command, []string) error{&cmd.PreRunE, &cmd.RunE} {
			if fn := *hook; fn != nil {
				*hook = func(cmd *cobra.Command, a []string) error {
					if c.err != nil {
						return nil
					}
					return c.keep(fn(cmd, a))
				}
			}
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return c
}

// keep records err if it is the first, and returns nil for cobra.
func (c *errorCatcher) keep(err error) error {
	if c.err == nil {
		c.err = err
	}
	return nil
}

// exitCode is the process's exit status for the error a run ended with: 0
// for none, 128 + the signal for a reader ended by one (as a shell
// reports a process a signal killed), 1 for anything else.
func exitCode(err error) int {
	var se *ui.SignalError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &se):
		return 128 + int(se.Signal)
	}
	return 1
}
