package main

import (
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/briefreader/brief/internal/early"
	"github.com/charmbracelet/colorprofile"
)

// readerColours returns the colour profile of the reader's terminal for
// Bubble Tea, nil to let it detect the profile itself, and a channel that
// tells later whether the terminal takes 24-bit colour after all (nil
// when nothing is asked). When the reader draws on stdout with the
// process's environment lipgloss has detected the profile already, as
// the process started, but for what tmux says (package early kept that
// from lipgloss: it costs a process): that is asked on a goroutine, and
// the first frame does not wait for it.
func readerColours(out io.Writer, environ []string) (*colorprofile.Profile, <-chan bool) {
	if out != io.Writer(os.Stdout) || !slices.Equal(environ, os.Environ()) {
		return nil, nil
	}
	base := lipgloss.Writer.Profile
	if !early.Hidden() {
		return &base, nil
	}
	now, later := withTmux(base, environ)
	return &now, later
}

// withTmux adds what tmux says of its colours to base, the profile
// detected without it, as colorprofile.Detect would have: only for a
// terminal (TERM set and not dumb) whose environment neither says true
// colour already nor asks for no colour (NO_COLOR). Detect's answer inside
// tmux is 256 colours at least, and 24-bit colour when tmux says its
// terminal takes it (Tc or RGB): now is the first, known at once; later
// delivers whether the second holds, once tmux has answered.
func withTmux(base colorprofile.Profile, environ []string) (now colorprofile.Profile, later <-chan bool) {
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
		colorprofile.Env(environ) == colorprofile.TrueColor || base == colorprofile.TrueColor {
		return base, nil
	}
	answer := make(chan bool, 1)
	go func() { answer <- colorprofile.Tmux(environ) == colorprofile.TrueColor }()
	return max(base, colorprofile.ANSI256), answer
}
