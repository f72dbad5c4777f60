package content

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes untrusted text safe to keep and show (see SAFETY.md): it
// strips leading byte-order marks, turns CRLF and lone CR line ends into LF,
// replaces invalid UTF-8 and every control character but newline and tab
// (C0, DEL, C1) with a visible U+FFFD, and drops the bidirectional
// embedding, override and isolate controls, which can make the text a user
// sees differ from the text brief reads.
//
// The result is valid UTF-8 and contains no escape sequence: ESC itself is
// a C0 control, so "\x1b]52;…" becomes "\uFFFD]52;…", printable and inert.
func Sanitize(s string) string {
	// All leading marks go, as do marks left at the start once bidi
	// controls are dropped, so that Sanitize(Sanitize(s)) == Sanitize(s).
	s = strings.TrimLeft(s, "\uFEFF")
	if isClean(s) {
		// Most documents need no change; skip the copy.
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			// One replacement for a run of invalid bytes, as
			// strings.ToValidUTF8 does, so binary junk stays short.
			sb.WriteRune(utf8.RuneError)
			i += size
			for i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				if r != utf8.RuneError || size > 1 {
					break
				}
				i += size
			}
			continue
		case r == '\r':
			sb.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case r == '\n' || r == '\t':
			sb.WriteByte(byte(r))
		case isControl(r):
			sb.WriteRune(utf8.RuneError)
		case r == '\uFEFF' && sb.Len() == 0:
			// a byte-order mark behind dropped bidi controls
		case isBidiControl(r):
			// dropped: invisible, and they reorder what the user sees
		default:
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

// SanitizeLine is Sanitize for text shown on one line, such as a file name
// in an error message or a speaker name in a column: newlines and tabs
// become spaces too, so the text cannot break the line it is printed on.
func SanitizeLine(s string) string {
	s = Sanitize(s)
	if !strings.ContainsAny(s, "\n\t") {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer("\n", " ", "\t", " ").Replace(s)), " ")
}

// isControl reports whether r is a C0 control, DEL or a C1 control.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// printableASCII reports whether the eight bytes of w are all from ' '
// to '~': no byte with its top bit set (UTF-8 beyond ASCII), none below
// 0x20 and no DEL. (A word that fails is checked byte by byte: a tab or a
// line break is clean too.)
func printableASCII(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (w - 0x20*ones) & ^w // a high bit where a byte is below 0x20 (or ≥ 0x80)
	del := w ^ 0x7f*ones
	del = (del - ones) & ^del // a high bit where a byte is 0x7f (or ≥ 0x80)
	return (w|below|del)&highs == 0
}

// load64 returns the eight bytes of s from i as one word (the compiler
// makes this one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// isBidiControl reports whether r is one of the explicit bidirectional
// formatting characters (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI), the
// ones used to make displayed text differ from its logical order.
func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// isClean reports whether s is valid UTF-8 with no character Sanitize would
// change. It checks bytes first because nearly all text is ASCII.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		// eight bytes at a time while they are printable ASCII, which
		// nearly all of a document is
		for i+8 <= len(s) && printableASCII(load64(s, i)) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || isControl(r) || isBidiControl(r) {
			return false
		}
		i += size
	}
	return true
}
