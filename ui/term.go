package ui

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"
)

// IsTerminal reports whether w is a terminal, so that main can choose
// between the reader and the print path without querying the terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
