package content

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// The structure pass's string handling was rewritten to copy less; these
// are the plain versions it replaced, kept as oracles.

func oldSplitBlank(text string) []string {
	var chunks []string
	var cur []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				chunks = append(chunks, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		chunks = append(chunks, strings.Join(cur, "\n"))
	}
	return chunks
}

func oldCleanSpace(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		if isFoldSpace(r) {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return repairRunTogether(sb.String())
}

var spaceSeeds = []string{"1. One", "#1 x", "# 12: y", "#123456 x", "5A. Point", "12) z", "1.x", "99999. ok", "100000. no", "3.\tTab", "7.  \n", "#7.\u00a0nbsp", "1. a\nb", "#\t3) c",
	"", " ", "a", " a ", "a  b", "a\tb", "a\u00a0\u00a0b", "\u3000a\u2009b\u202f", "a \xff b", "\xffa",
	"one\n\n  \ntwo\nthree\n", "x\r\n\r\ny", "\n\n", "a\u2028b", "end.The start", "é  ü\t\t", "- item\n* item\n1. one\n2. two"}

// FuzzCleanSpace holds cleanSpace and cleanJoin to the plain versions.
func FuzzCleanSpace(f *testing.F) {
	for _, s := range spaceSeeds {
		f.Add(s, "b c")
	}
	f.Fuzz(func(t *testing.T, s, u string) {
		if got, want := cleanSpace(s), oldCleanSpace(s); got != want {
			t.Errorf("cleanSpace(%q) = %q, want %q", s, got, want)
		}
		parts := []string{strings.TrimSpace(s), strings.TrimSpace(u)}
		if parts[0] == "" || parts[1] == "" {
			return
		}
		if got, want := cleanJoin(parts), oldCleanSpace(strings.Join(parts, " ")); got != want {
			t.Errorf("cleanJoin(%q) = %q, want %q", parts, got, want)
		}
	})
}

// spaced reads eight bytes at a time: spaces doubled, leading and
// trailing at every place in a word, next to marks and other characters,
// must still be folded as the plain version folds them.
func TestCleanSpaceWordAtATime(t *testing.T) {
	// mostly letters and spaces, so that whole words of ASCII come often
	alphabet := []string{"a", "b", "c", "d", " ", " ", " ", "!", ".", "\t", "\n", "\u00a0", "\u2003", "é", "\xff"}
	r := rand.New(rand.NewPCG(7, 11))
	for range 100000 {
		var sb strings.Builder
		for n := r.IntN(40); n > 0; n-- {
			if k := r.IntN(len(alphabet) * 4); k < len(alphabet) {
				sb.WriteString(alphabet[k])
			} else {
				sb.WriteString(alphabet[k%7])
			}
		}
		s := sb.String()
		if got, want := cleanSpace(s), oldCleanSpace(s); got != want {
			t.Fatalf("cleanSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func oldWordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
			if n > 64 {
				return n
			}
		}
		in = !sp
	}
	return n
}

// wordCount reads eight bytes at a time: words that start and end at every
// place in a word of eight, runs of spaces, tabs and line breaks, bytes
// that are none of those, and counts past 64 must give the plain count.
func TestWordCountWordAtATime(t *testing.T) {
	alphabet := []string{"a", "b", " ", " ", "\t", "\n", "é", "\x00", "\xff", "!", "  "}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var sb strings.Builder
		for n := r.IntN(300); n > 0; n-- {
			sb.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := sb.String()
		if got, want := wordCount(s), oldWordCount(s); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzSplitBlank holds splitBlank, isNumberedHeading and isBulletLine to
// the plain versions.
func FuzzSplitBlank(f *testing.F) {
	for _, s := range spaceSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitBlank(s), oldSplitBlank(s); !slices.Equal(got, want) {
			t.Errorf("splitBlank(%q) = %q, want %q", s, got, want)
		}
		for _, l := range append(strings.Split(s, "\n"), s) {
			if got, want := numberedHeadingMatch(l), numberedHeading.FindStringSubmatch(l); !slices.Equal(got, want) {
				t.Errorf("numberedHeadingMatch(%q) = %q, want %q", l, got, want)
			}
			if got, want := isBulletLine(l), bulletLine.MatchString(l); got != want {
				t.Errorf("isBulletLine(%q) = %v, want %v", l, got, want)
			}
		}
	})
}

// oldWrite is richText.write as it was before it copied runs of ASCII.
func (t *richText) oldWrite(s string) {
	for _, r := range s {
		switch {
		case r == '\n' && !t.foldNewlines:
			t.newline()
		case r == '\n':
			if t.sb.Len() > 0 {
				t.space = true
			}
		case isFoldSpace(r) || r == '\r' || r == '\f' || r == '\v':
			if t.sb.Len() > 0 {
				t.space = true
			}
		default:
			t.char(r)
		}
	}
}

// FuzzRichTextWrite holds richText.write to the plain version: the same
// text, the same spans starting at the same characters.
func FuzzRichTextWrite(f *testing.F) {
	for _, s := range spaceSeeds {
		f.Add(s, " x\n\ty", false, uint8(5))
	}
	f.Fuzz(func(t *testing.T, a, b string, fold bool, spans uint8) {
		var got, want richText
		got.foldNewlines, want.foldNewlines = fold, fold
		for k, s := range []string{a, b, a + b} {
			if spans&(1<<k) != 0 {
				for _, rt := range []*richText{&got, &want} {
					rt.inlines = append(rt.inlines, model.Inline{})
					rt.lazy = append(rt.lazy, len(rt.inlines)-1)
				}
			}
			got.write(s)
			want.oldWrite(s)
		}
		if got.sb.String() != want.sb.String() || got.space != want.space || !slices.Equal(got.inlines, want.inlines) {
			t.Errorf("write(%q, %q): %q %v %v, want %q %v %v", a, b, got.sb.String(), got.space, got.inlines, want.sb.String(), want.space, want.inlines)
		}
	})
}
