package content

import "strings"

// Limits on Markdown nesting. goldmark's cost grows with the square of some
// nestings (a line of 100,000 ">" took minutes and a gigabyte; brackets
// nested 200,000 deep took tens of seconds), and no briefing nests anywhere
// near these depths, so deeper structure is flattened before parsing.
const (
	// maxMarkerRun is the longest run of container markers (spaces, tabs,
	// ">", bullets and list numbers) kept at the start of a line: 16 levels of list or
	// quote nesting.
	maxMarkerRun = 64
	// maxBracketDepth is how deep "[" may nest within one paragraph before
	// further brackets are escaped into plain text.
	maxBracketDepth = 32
)

// defuseMarkdown returns src with nesting deeper than the limits above
// flattened: an over-long run of leading container markers is cut to
// maxMarkerRun bytes, and brackets nested deeper than maxBracketDepth are
// backslash-escaped, which keeps their text (inlineText unescapes) but not
// their link meaning. Documents within the limits come back unchanged and
// unallocated.
func defuseMarkdown(src string) string {
	var sb strings.Builder
	copied := 0 // bytes of src already written to sb
	changed := false
	flush := func(upTo int) {
		if !changed {
			sb.Grow(len(src) + len(src)/16)
			changed = true
		}
		sb.WriteString(src[copied:upTo])
		copied = upTo
	}
	depth := 0
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start + 1
		}
		line := src[start:end]
		if strings.TrimSpace(line) == "" {
			depth = 0 // a blank line ends the paragraph, and its brackets
		}
		run := len(line) - len(strings.TrimLeft(line, " \t>-*+0123456789.)"))
		body := start
		if run > maxMarkerRun {
			flush(start + maxMarkerRun)
			sb.WriteByte(' ')    // keep the markers apart from the text
			copied = start + run // drop the rest of the markers
			body = start + run
		}
		for i := body; i < end; i++ {
			switch src[i] {
			case '\\':
				i++ // an escaped character is not a bracket
			case '[':
				depth++
				if depth > maxBracketDepth {
					flush(i)
					sb.WriteByte('\\')
				}
			case ']':
				if depth > maxBracketDepth {
					flush(i)
					sb.WriteByte('\\')
				}
				if depth > 0 {
					depth--
				}
			}
		}
		start = end
	}
	if !changed {
		return src
	}
	flush(len(src))
	return sb.String()
}
