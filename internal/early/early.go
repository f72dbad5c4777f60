// Package early runs before the packages brief imports are initialised:
// of the packages whose imports are initialised, Go initialises the first
// by import path, and early imports only os and sorts before
// github.com/charmbracelet/colorprofile, so it comes before colorprofile
// and lipgloss (a package it imported that sorts late, runtime/debug say,
// would hold it back past them: check with GODEBUG=inittrace=1). main
// imports it for what it does as it initialises; nothing else should.
//
// It hides TMUX from the environment until main starts. lipgloss detects
// stdout's colours as its package is initialised (lipgloss.Writer), and
// inside tmux without COLORTERM that runs `tmux info`, a process of its
// own, on every start of brief: --version, export and print included,
// which use no colour detection of lipgloss's. main puts TMUX back first
// thing (Restore), and the reader asks tmux itself, behind its loading.
package early

import "os"

var tmux, hidden = os.LookupEnv("TMUX")

func init() {
	if hidden {
		_ = os.Unsetenv("TMUX")
	}
}

// Restore puts TMUX back as the process got it. main calls it before it
// reads the environment.
func Restore() {
	if hidden {
		_ = os.Setenv("TMUX", tmux)
	}
}

// Hidden reports whether TMUX was set and so hidden while the packages
// were initialised: lipgloss's colour profile then lacks what tmux says.
func Hidden() bool { return hidden }
