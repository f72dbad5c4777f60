package content

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text unchanged", "Talks end.\n\tNo deal.", "Talks end.\n\tNo deal."},
		{"non-ASCII unchanged", "Šárka said “ne” — 北京", "Šárka said “ne” — 北京"},
		{"UTF-8 BOM stripped", "\uFEFFTitle", "Title"},
		{"only leading BOMs", "\uFEFF\uFEFFa\uFEFFb", "a\uFEFFb"},
		{"BOM behind a bidi control", "\u202E\uFEFFa", "a"},
		{"CRLF to LF", "a\r\nb\r\n", "a\nb\n"},
		{"lone CR to LF", "a\rb\r", "a\nb\n"},
		{"CR CR LF", "a\r\r\nb", "a\n\nb"},
		{"NUL", "a\x00b", "a\uFFFDb"},
		{"C0 bell and backspace", "a\x07\x08b", "a\uFFFD\uFFFDb"},
		{"form feed and vertical tab", "a\x0c\x0bb", "a\uFFFD\uFFFDb"},
		{"DEL", "a\x7fb", "a\uFFFDb"},
		{"C1 CSI as UTF-8", "a\u009b2Jb", "a\uFFFD2Jb"},
		{"C1 NEL", "a\u0085b", "a\uFFFDb"},
		{"raw C1 byte is invalid UTF-8", "a\x9b2Jb", "a\uFFFD2Jb"},
		{"ESC clear screen", "a\x1b[2Jb", "a\uFFFD[2Jb"},
		{"ESC SGR", "\x1b[31mred\x1b[0m", "\uFFFD[31mred\uFFFD[0m"},
		{"OSC 52 clipboard with BEL", "x\x1b]52;c;ZWNobyBoaQ==\x07y", "x\uFFFD]52;c;ZWNobyBoaQ==\uFFFDy"},
		{"OSC 52 with ST", "x\x1b]52;c;aGk=\x1b\\y", "x\uFFFD]52;c;aGk=\uFFFD\\y"},
		{"OSC 8 hyperlink", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "\uFFFD]8;;http://evil\uFFFD\\click\uFFFD]8;;\uFFFD\\"},
		{"DCS query", "\x1bP$qm\x1b\\", "\uFFFDP$qm\uFFFD\\"},
		{"bidi override dropped", "abc\u202Eevil\u202Cdef", "abcevildef"},
		{"bidi isolates dropped", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"bidi embeddings dropped", "\u202Aa\u202Bb\u202Dc", "abc"},
		{"LRM kept", "a\u200Eb", "a\u200Eb"},
		{"invalid UTF-8 byte", "caf\xe9 noir", "caf\uFFFD noir"},
		{"run of invalid bytes is one replacement", "a\xff\xfe\xfdb", "a\uFFFDb"},
		{"truncated multi-byte rune", "a\xe2\x80", "a\uFFFD"},
		{"overlong encoding", "a\xc0\xafb", "a\uFFFDb"},
		{"surrogate half encoded in UTF-8", "a\xed\xa0\x80b", "a\uFFFDb"},
		{"invalid byte before a control", "\xc3\x1b[2J", "\uFFFD\uFFFD[2J"},
		{"U+FFFD kept", "a\uFFFDb", "a\uFFFDb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"notes.txt", "notes.txt"},
		{"two\nlines.txt", "two lines.txt"},
		{"tab\there\r\n", "tab here"},
		{"evil\x1b]0;title\x07.txt", "evil\uFFFD]0;title\uFFFD.txt"},
		{"  spaced  ", "  spaced  "},
	}
	for _, tt := range tests {
		if got := SanitizeLine(tt.in); got != tt.want {
			t.Errorf("SanitizeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkSafe fails unless s is valid UTF-8 with no C0 control but newline
// and tab, no DEL, no C1 control and no bidi control.
func checkSafe(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	for i, r := range s {
		if (isControl(r) && r != '\n' && r != '\t') || isBidiControl(r) {
			t.Fatalf("control %U at byte %d in %q", r, i, s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"", "plain", "a\r\nb\rc", "\uFEFFbom", "\x1b]52;c;aGk=\x07", "\u009b2J", "\x9b", "\xc3\x1b[2J",
		"\u202Eevil", "\xff\xfe", "caf\xe9", "\xed\xa0\x80", "\x00\x7f\u0085",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		checkSafe(t, out)
		if Sanitize(out) != out {
			t.Fatalf("Sanitize is not idempotent on %q", s)
		}
		if strings.Contains(out, "\r") {
			t.Fatalf("CR left in %q", out)
		}
		if line := SanitizeLine(s); strings.ContainsAny(line, "\n\t") {
			t.Fatalf("SanitizeLine(%q) = %q has a line break", s, line)
		}
	})
}

// Parse is exported, so it sanitizes whatever it is given: a caller that
// skips Read cannot put a control sequence into the model.
func TestParseSanitizes(t *testing.T) {
	b := Parse("evil\x1b]0;x\x07\nname", "# Title \x1b[31m\n\nThe mayor said \x9b2J “we\x1b[2J will wait.”", Markdown)
	checkBriefing(t, b)
	texts := []string{b.Source, b.Title}
	for _, bl := range b.Intro {
		texts = append(texts, bl.Text)
	}
	for _, q := range b.Quotes {
		texts = append(texts, q.Text)
	}
	for _, s := range texts {
		if strings.ContainsFunc(s, func(r rune) bool { return r == 0x1b || r == 0x07 || r == 0x9b }) {
			t.Errorf("control character kept in %q", s)
		}
	}
	if strings.Contains(b.Source, "\n") {
		t.Errorf("Source %q keeps a newline", b.Source)
	}
}

// isClean reads eight bytes at a time while they are printable ASCII:
// every byte value at every place in a word, and random text, must get the
// answer Sanitize itself gives (clean exactly when it changes nothing but
// the leading byte-order marks Decode trims).
func TestIsCleanWordAtATime(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := isClean(s), Sanitize(s) == strings.TrimLeft(s, "\uFEFF"); got != want {
			t.Fatalf("isClean(%q) = %v, want %v", s, got, want)
		}
	}
	for c := range 256 {
		for at := range 17 {
			b := []byte("The mayor said so, twice.")
			b[at] = byte(c)
			check(string(b))
			check("\uFEFF" + string(b))
		}
	}
	bytes := []byte("ab ~\n\t\x00\x1f\x7f\x80\xc2\x9b\xe2\x80\xae\xef\xbb\xbf")
	seed := uint32(1)
	for range 20000 {
		b := make([]byte, seed%40)
		for i := range b {
			seed = seed*1664525 + 1013904223
			if seed>>28 < 3 {
				b[i] = bytes[int(seed>>8)%len(bytes)]
			} else {
				b[i] = byte(0x20 + (seed>>8)%0x5f)
			}
		}
		check(string(b))
	}
}
