package content

import (
	"strings"
)

// Sanitize makes untrusted text safe to keep and show: it strips a UTF-8
// byte-order mark, turns CRLF and CR line ends into LF, replaces invalid
// UTF-8 and every control character but newline and tab (C0, DEL, C1) with
// U+FFFD, and drops bidirectional override and isolate controls.
func Sanitize(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			sb.WriteRune(r)
		case r == '\r':
			sb.WriteByte('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			sb.WriteRune('\uFFFD')
		case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			// bidi overrides and isolates can reorder what the user sees
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
