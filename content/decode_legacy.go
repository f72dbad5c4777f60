package content

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decodeWindows1252 decodes a document saved in Windows' "ANSI" code page
// (Windows-1252, of which Latin-1's printable characters are a part), as
// most Western editors on Windows still save plain text. It reports false,
// leaving the document to be read as UTF-8, unless:
//   - data is not valid UTF-8, nor starts with UTF-8's byte-order mark;
//   - every byte is a character of Windows-1252 other than a control: no
//     C0 control but tab, newline, carriage return and form feed, no DEL,
//     none of the five bytes the code page leaves undefined (the C1
//     controls of Latin-1). Binary data and escape sequences fail this,
//     so they stay the binary check's and the sanitizer's;
//   - most of it is ASCII, as text in a Western language is: bytes past
//     ASCII are at most a quarter of a document (or a handful), so junk
//     that happens to use no control byte is still binary;
//   - its bytes that are not UTF-8 outnumber its well-formed UTF-8
//     characters beyond ASCII: a UTF-8 document with a stray byte stays
//     UTF-8, its accents intact and the stray byte shown as U+FFFD.
func decodeWindows1252(data []byte) (string, bool) {
	if utf8.Valid(data) || bytes.HasPrefix(data, []byte("\uFEFF")) {
		// a byte-order mark says UTF-8, however damaged the rest
		return "", false
	}
	high := 0
	for _, c := range data {
		switch {
		case c == 0x81, c == 0x8d, c == 0x8f, c == 0x90, c == 0x9d:
			return "", false // undefined in Windows-1252
		case c >= 0x80:
			high++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f', c == 0x7f:
			return "", false
		}
	}
	if high > binaryMinBad && high*4 > len(data) {
		return "", false
	}
	wellFormed, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
		} else {
			wellFormed++
		}
		i += size
	}
	if invalid <= wellFormed {
		return "", false
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	return string(s), true
}
