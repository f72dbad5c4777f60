package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// safeOutput keeps printable text, newlines, tabs and plain SGR sequences
// (ESC [ digits m) and drops every other escape or control sequence: OSC,
// DCS, APC, non-SGR CSI, C0 and C1 controls and bidi overrides. Everything
// brief writes to a terminal passes through it, because Glamour decodes
// character references and so can turn harmless-looking text into live
// sequences (see SAFETY.md).
func safeOutput(s string) string {
	// The decoder must see valid UTF-8: an invalid lead byte followed by a
	// control would otherwise be grouped into one "printable" cluster.
	s = strings.ToValidUTF8(s, "\uFFFD")
	var sb strings.Builder
	sb.Grow(len(s))
	var state byte
	for len(s) > 0 {
		seq, _, n, newState := ansi.DecodeSequence(s, state, nil)
		state = newState
		if n <= 0 {
			break
		}
		switch {
		case seq == "\n" || seq == "\t":
			sb.WriteString(seq)
		case isSGR(seq):
			sb.WriteString(seq)
		case !isControl(seq):
			sb.WriteString(seq)
		}
		s = s[n:]
	}
	return sb.String()
}

// isSGR reports whether seq is a 7-bit SGR sequence with nothing but digits
// and separators between "ESC [" and the final "m". The 8-bit C1 form is
// refused: some terminals ignore it, others do not, so it is never needed.
func isSGR(seq string) bool {
	if len(seq) < 3 || !strings.HasPrefix(seq, "\x1b[") || seq[len(seq)-1] != 'm' {
		return false
	}
	for _, c := range seq[2 : len(seq)-1] {
		if (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// isControl reports whether a decoded sequence contains a control: C0, DEL,
// C1, ESC, or a bidi override or isolate, any of which would let text act
// on the terminal or disguise itself.
func isControl(seq string) bool {
	for _, r := range seq {
		if isUnsafeRune(r) {
			return true
		}
	}
	return false
}

// isUnsafeRune reports whether r must never reach the terminal as is.
func isUnsafeRune(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// sanitizeText makes document text safe to lay out: invalid UTF-8 and
// controls other than newline and tab become U+FFFD, bidi controls are
// dropped. The parser already does this (package content); the UI does it
// again because it must not trust its caller, and it cannot import content.
// On text that is already clean it returns its input unchanged, so quote
// offsets into clean text stay valid.
func sanitizeText(s string) string {
	clean := true
	for _, r := range s {
		// ranging over invalid UTF-8 yields RuneError, so this also
		// catches bad bytes (and, harmlessly, a real U+FFFD)
		if r == utf8.RuneError || (isUnsafeRune(r) && r != '\n' && r != '\t') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			sb.WriteRune(r)
		case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			// bidi controls can reorder what the user sees: drop them
		case isUnsafeRune(r):
			sb.WriteRune('\uFFFD')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// oneLine sanitizes text for a single-line place (outline, speakers, status
// bar) and folds every run of white space into one space, trimming the
// ends: the same folding as content's oneLine, which ui cannot import, so
// that a heading reads the same in the reader and in an export.
func oneLine(s string) string {
	s = sanitizeText(s)
	if folded(s) {
		return s // the common case, without allocating
	}
	return strings.Join(strings.Fields(s), " ")
}

// folded reports whether s has no white space but single spaces between
// words.
func folded(s string) bool {
	prevSpace := true // a space at the start is not folded
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}
