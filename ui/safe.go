package ui

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// safeOutput keeps printable text, newlines, tabs, plain SGR sequences
// (ESC [ digits m) and the hyperlinks brief itself draws (openLink), and
// drops every other escape or control sequence: OSC, DCS, APC, non-SGR
// CSI, C0 and C1 controls and bidi overrides. Everything brief writes to
// a terminal passes through it, because Glamour decodes character
// references and so can turn harmless-looking text into live sequences
// (see SAFETY.md). Input is made safe once, by package content; this is
// the one filter on output.
func safeOutput(s string) string { return filterOutput(s, false) }

// safeFrame is safeOutput for what goes to the terminal as a whole (the
// reader's frame, the printed document): it also keeps the hyperlinks
// brief drew on lines that safeOutput already cleaned.
func safeFrame(s string) string { return filterOutput(s, true) }

// filterOutput is the output filter; ownLinks keeps brief's hyperlinks.
func filterOutput(s string, ownLinks bool) string {
	if passes(s) {
		// nothing to take out: the common case (every frame, every
		// printed unit), without decoding a sequence at a time
		return s
	}
	return decodeFilter(s, ownLinks)
}

// decodeFilter is the output filter, a sequence at a time.
func decodeFilter(s string, ownLinks bool) string {
	// The decoder must see valid UTF-8: an invalid lead byte followed by a
	// control would otherwise be grouped into one "printable" cluster.
	s = strings.ToValidUTF8(s, "\uFFFD")
	var sb strings.Builder
	sb.Grow(len(s))
	var state byte
	inLink := false
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
		case strings.HasPrefix(seq, "\x1b]8;"):
			// a hyperlink is kept only when brief made it: its id is a
			// secret of this process, and its target is re-checked
			if u, ok := ownLink(seq); !ownLinks || !ok {
				// not kept
			} else if u != "" && !inLink {
				sb.WriteString(openLink(u))
				inLink = true
			} else if ok && u == "" && inLink {
				sb.WriteString(closeLink)
				inLink = false
			}
		case !isControl(seq):
			sb.WriteString(seq)
		}
		s = s[n:]
	}
	if inLink {
		sb.WriteString(closeLink)
	}
	return sb.String()
}

// linkID marks the hyperlinks brief draws. It is random per process, so
// no document can forge it: a hyperlink in a document's text, however
// encoded, never passes the output filter.
var linkID = func() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "brief-no-links" // never matched: see ownLink
	}
	return "brief-" + hex.EncodeToString(b[:])
}()

// closeLink ends a hyperlink.
const closeLink = "\x1b]8;;\x07"

// openLink starts a hyperlink to u, which must be hyperlinkable.
func openLink(u string) string { return "\x1b]8;id=" + linkID + ";" + u + "\x07" }

// ownLink reports whether seq is a hyperlink sequence brief drew, and its
// target ("" for the end of a link).
func ownLink(seq string) (string, bool) {
	body := strings.TrimPrefix(seq, "\x1b]8;")
	body = strings.TrimSuffix(strings.TrimSuffix(body, "\x07"), "\x1b\\")
	params, u, ok := strings.Cut(body, ";")
	switch {
	case !ok:
		return "", false
	case params == "" && u == "":
		return "", true
	case params == "id="+linkID && linkID != "brief-no-links" && hyperlinkable(u):
		return u, true
	}
	return "", false
}

// passes reports whether filterOutput would give s back unchanged: valid
// UTF-8, every escape an SGR (which the filter keeps) and no other
// control but newline and tab, no C1 control and no bidi override or
// isolate. Anything else (a hyperlink, which the filter re-checks and may
// close) takes the filter's own way.
func passes(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			n := sgrLen(s[i:])
			if n == 0 {
				return false
			}
			i += n
		case c < utf8.RuneSelf:
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || isUnsafeRune(r) {
				return false
			}
			i += size
		}
	}
	return true
}

// sgrLen is the length of the SGR sequence at the start of s (ESC [, digits,
// ';' and ':', then m), 0 when s does not start with one.
func sgrLen(s string) int {
	if len(s) < 3 || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case (c < '0' || c > '9') && c != ';' && c != ':':
			return 0
		}
	}
	return 0
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

// oneLine folds every run of white space into one space, trimming the
// ends, for a single-line place (outline, speakers, status bar): the same
// folding as content's oneLine, which ui cannot import, so that a heading
// reads the same in the reader and in an export. The text is the model's,
// made safe by content; the frame passes the output filter besides.
func oneLine(s string) string {
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
