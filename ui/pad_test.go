package ui

import "testing"

// TestTrimPad checks that only the spaces nobody sees are dropped from a
// line's end, and that a line cut inside a colour ends with a reset.
func TestTrimPad(t *testing.T) {
	pad := "\x1b[38;5;252m \x1b[m"
	for _, c := range []struct{ in, want string }{
		{"\x1b[38;5;252mtext\x1b[m" + pad + pad + pad, "\x1b[38;5;252mtext\x1b[m"},
		{"\x1b[38;5;252mtext   \x1b[m", "\x1b[38;5;252mtext\x1b[m"},
		{"text   ", "text"},
		{"a  b", "a  b"},
		{"   ", ""},
		// a background, reverse video or underline shows on a space
		{"\x1b[48;5;236mcode  \x1b[m", "\x1b[48;5;236mcode  \x1b[m"},
		{"code\x1b[38;5;1;48;5;2m  \x1b[m", "code\x1b[38;5;1;48;5;2m  \x1b[m"},
		{"x\x1b[7m  \x1b[m", "x\x1b[7m  \x1b[m"},
		{"x\x1b[4m \x1b[m", "x\x1b[4m \x1b[m"},
		// after a reset a space is padding again
		{"\x1b[48;5;236mcode\x1b[m" + pad, "\x1b[48;5;236mcode\x1b[m"},
		// a sequence of another kind is kept
		{"text\x1b]8;;\x07  ", "text\x1b]8;;\x07"},
		{"\x1b[1;38;2;10;20;30mbold  ", "\x1b[1;38;2;10;20;30mbold\x1b[m"},
	} {
		if got := trimPad(c.in); got != c.want {
			t.Errorf("trimPad(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
