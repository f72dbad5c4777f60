package content

import (
	"bytes"
	"strings"

	"github.com/briefreader/brief/model"
)

// HeadSize is how much of a long document ParseHead reads by default:
// many screens of text, parsed in a few milliseconds.
const HeadSize = 64 << 10

// ParseHead parses the start of a document as ParseBytes parses the
// whole, for a reader to show while the whole is parsed: the first n
// bytes or so, up to where a block ends (a blank line, outside Markdown's
// fenced code and HTML comments). whole reports that b is the whole
// document: it was not much longer than n, or its format is read whole (a
// web page, whose article is chosen from the whole page; UTF-16).
//
// The start's talking points, blocks and quotes are the whole document's,
// but for the last point (cut short) and what reaches back from further
// on (a Markdown link defined at the end, a speaker named in full only
// later). The error is the whole document's where it can be told without
// parsing it (binary data anywhere, no text at all); a format read whole
// gets ParseBytes's.
func ParseHead(name string, data []byte, f Format, n int) (b model.Briefing, whole bool, err error) {
	if n <= 0 || len(data) <= n+n/2 || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		b, err = ParseBytes(name, data, f)
		return b, true, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return model.Briefing{}, true, &DocError{Name: name, Err: ErrBinary}
	}
	if f == Auto {
		f = Detect(name, string(sniffPrefix(data)))
	}
	if f == HTML {
		b, err = ParseBytes(name, data, f)
		return b, true, err
	}
	cut := headCut(data, n, f == Markdown)
	if cut >= len(data) {
		b, err = ParseBytes(name, data, f)
		return b, true, err
	}
	head := data[:cut]
	text, err := Decode(head)
	if err != nil {
		// binary in its start is binary; a blank start may still have
		// text further on
		if err == ErrBinary {
			return model.Briefing{}, true, &DocError{Name: name, Err: err}
		}
		b, err = ParseBytes(name, data, f)
		return b, true, err
	}
	return Parse(SanitizeLine(name), text, f), false, nil
}

// sniffPrefix is the start of data that Detect reads of a document: its
// first sniffLines lines.
func sniffPrefix(data []byte) []byte {
	at := 0
	for range sniffLines {
		i := bytes.IndexByte(data[at:], '\n')
		if i < 0 {
			return data
		}
		at += i + 1
	}
	return data[:at]
}

// headCut is where the start of a document ends: after the first blank
// line at or past n bytes that is outside a fenced code block (and, in
// Markdown, an HTML comment); failing one within 4n, after a line break,
// else after a space, else at a character boundary.
func headCut(data []byte, n int, markdown bool) int {
	var fence string // the open fence, "" outside one
	comment := false
	limit := min(len(data), 4*n)
	for at := 0; at < limit; {
		end := bytes.IndexByte(data[at:], '\n')
		if end < 0 {
			break // the last line
		}
		end += at + 1
		line := strings.TrimRight(string(data[at:end]), " \t\r\n")
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case markdown && fence != "":
			if isClosingFence(trimmed, fence) {
				fence = ""
			}
		case markdown && comment:
			comment = !strings.Contains(line, "-->")
		case markdown && fenceOpen(trimmed) != "" && len(line)-len(trimmed) < 4:
			fence = fenceOpen(trimmed)
		case markdown && strings.HasPrefix(trimmed, "<!--") && !strings.Contains(trimmed, "-->"):
			comment = true
		case line == "" && at >= n:
			return end
		}
		at = end
	}
	if limit >= len(data) {
		return len(data)
	}
	// no block ends near n: a long paragraph (or a long fence) is cut
	if i := bytes.IndexByte(data[n:limit], '\n'); i >= 0 {
		return n + i + 1
	}
	if i := bytes.IndexByte(data[n:limit], ' '); i >= 0 {
		return n + i + 1
	}
	at := n
	for at < len(data) && data[at]&0xc0 == 0x80 {
		at++
	}
	return at
}

// fenceOpen is the fence a line opens (three or more backticks or
// tildes), "" when it opens none.
func fenceOpen(line string) string {
	for _, c := range []byte{'`', '~'} {
		k := 0
		for k < len(line) && line[k] == c {
			k++
		}
		if k >= 3 && (c == '~' || !strings.Contains(line[k:], "`")) {
			return line[:k]
		}
	}
	return ""
}

// isClosingFence reports whether line closes a fence: the same
// character, at least as many, nothing after them.
func isClosingFence(line, fence string) bool {
	k := 0
	for k < len(line) && line[k] == fence[0] {
		k++
	}
	return k >= len(fence) && strings.TrimSpace(line[k:]) == ""
}
