package main

import (
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"

	"charm.land/lipgloss/v2"
	"github.com/briefreader/brief/internal/early"
	"github.com/charmbracelet/colorprofile"
)

// readerColours returns the colour profile of the reader's terminal for
// Bubble Tea, or nil to let it detect the profile itself: when the reader
// draws on stdout with the process's environment, lipgloss has detected
// it already as the process started, but for what tmux says (package
// early kept that from lipgloss: it costs a process). That is asked here
// on a goroutine, so that it runs while the document loads; the function
// returned waits for it.
func readerColours(out io.Writer, environ []string) func() colorprofile.Profile {
	if out != io.Writer(os.Stdout) || !slices.Equal(environ, os.Environ()) {
		return nil
	}
	base := lipgloss.Writer.Profile
	if !early.Hidden() {
		return func() colorprofile.Profile { return base }
	}
	return withTmux(base, environ)
}

// withTmux adds what tmux says of its colours to base, the profile
// detected without it, as colorprofile.Detect would have: only for a
// terminal (TERM set and not dumb) whose environment neither says true
// colour already nor asks for no colour (NO_COLOR).
func withTmux(base colorprofile.Profile, environ []string) func() colorprofile.Profile {
	var term, noColor string
	for _, kv := range environ {
		switch k, v, _ := strings.Cut(kv, "="); k {
		case "TERM":
			term = v
		case "NO_COLOR":
			noColor = v
		}
	}
	off, _ := strconv.ParseBool(noColor)
	if base <= colorprofile.NoTTY || term == "" || term == "dumb" || off ||
		colorprofile.Env(environ) == colorprofile.TrueColor {
		return func() colorprofile.Profile { return base }
	}
	tmux := make(chan colorprofile.Profile, 1)
	go func() { tmux <- colorprofile.Tmux(environ) }()
	return sync.OnceValue(func() colorprofile.Profile { return max(base, <-tmux) })
}
