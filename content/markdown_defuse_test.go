package content

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefreader/brief/internal/briefgen"
	"github.com/yuin/goldmark/text"
)

// TestDefuseLeavesProse checks that a realistic Markdown briefing, with
// its emphasis, links and lists, goes to goldmark exactly as written.
func TestDefuseLeavesProse(t *testing.T) {
	src := string(briefgen.Markdown(300_000))
	d := defuseMarkdown(src)
	if d.src != src || len(d.plain) != 0 {
		t.Fatalf("a normal briefing was changed (%d paragraphs read as plain)", len(d.plain))
	}
}

// TestDefuseReadsDenseParagraphsAsPlain checks that a paragraph dense with
// delimiters or link openers reaches the briefing as its plain text, while
// the paragraphs around it keep their Markdown.
func TestDefuseReadsDenseParagraphsAsPlain(t *testing.T) {
	for _, unit := range []string{"_a*", "**a_", "~~a*", "[a](", "![a](b", "_a*\n", "[^a]\n", "[a][b] "} {
		hostile := strings.Repeat(unit, 400)
		src := "# Talks\n\n## First point\n\nThe **council** met [today](https://example.org).\n\n" + hostile + "\n\n## Second point\n\nStill *talking*.\n"
		b := Parse("x.md", src, Markdown)
		checkBriefing(t, b)
		if len(b.Sections) != 2 {
			t.Fatalf("%q: %d talking points, want 2", unit, len(b.Sections))
		}
		blocks := b.Blocks(1)
		if len(blocks) != 2 {
			t.Fatalf("%q: point 1 has %d blocks, want 2", unit, len(blocks))
		}
		if want := strings.Join(strings.Fields(hostile), " "); blocks[1].Text != want {
			t.Errorf("%q: the dense paragraph reads %.40q…, want its source text", unit, blocks[1].Text)
		}
		if len(blocks[0].Inlines) == 0 {
			t.Errorf("%q: the paragraph before it lost its emphasis and link", unit)
		}
	}
}

// TestDefuseSpacesReferenceDefinitions checks that a long run of link
// reference definitions is spaced out without changing what any link
// points to: goldmark renders both to the same HTML.
func TestDefuseSpacesReferenceDefinitions(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("See [one][r1], [two][r2] and [forty][r40].\n\n")
	for i := 1; i <= 40; i++ {
		sb.WriteString("[r" + strconv.Itoa(i) + "]: https://example.org/" + strconv.Itoa(i) + "\n")
	}
	src := sb.String()
	d := defuseMarkdown(src)
	if d.src == src {
		t.Fatal("40 definitions in a row were left as they were")
	}
	var want, got bytes.Buffer
	if err := markdownParser.Convert([]byte(src), &want); err != nil {
		t.Fatal(err)
	}
	if err := markdownParser.Convert([]byte(d.src), &got); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("spacing the definitions changed the document:\n%s\nwant\n%s", got.String(), want.String())
	}
}

// TestDefuseLeavesCode checks that code in a fence, however dense with
// asterisks, is not touched.
func TestDefuseLeavesCode(t *testing.T) {
	code := strings.Repeat("int **p = *q * *r;\n", 200)
	src := "# Code\n\n```c\n" + code + "```\n\n- item\n\n  ~~~\n" + code + "  ~~~\n"
	if d := defuseMarkdown(src); d.src != src {
		t.Error("fenced code was changed")
	}
}

// TestDefusePlaceholderIsNotTheDocuments checks that a document holding
// the first private-use character gets another one as its placeholder
// mark, so that its own text cannot pass for a placeholder.
func TestDefusePlaceholderIsNotTheDocuments(t *testing.T) {
	src := "\ue0000\ue000 stays\n\n" + strings.Repeat("_a*", 500) + "\n"
	d := defuseMarkdown(src)
	if d.mark == '\ue000' || len(d.plain) != 1 {
		t.Fatalf("mark %U, %d plain paragraphs", d.mark, len(d.plain))
	}
	b := Parse("x.md", src, Markdown)
	if !strings.Contains(b.Title, "\ue0000\ue000 stays") {
		t.Errorf("the document's own private-use text was replaced: %q", outline(b))
	}
}

// markdownTime is how long defusing and parsing src takes, the fastest
// of runs tries, each after a collection so that garbage left by earlier
// work is not charged to it.
func markdownTime(src []byte, runs int) time.Duration {
	best := time.Duration(1 << 62)
	for range runs {
		runtime.GC()
		t0 := time.Now()
		d := defuseMarkdown(string(src))
		markdownParser.Parser().Parse(text.NewReader([]byte(d.src)))
		best = min(best, time.Since(t0))
	}
	return best
}

// repeatTo repeats unit to n bytes.
func repeatTo(unit string, n int) []byte {
	return bytes.Repeat([]byte(unit), n/len(unit)+1)[:n]
}

// fuzzing reports whether the test binary runs with -fuzz: the timing
// bounds below hold only on a machine doing nothing else, which a
// fuzzing run (go test -fuzz FuzzMarkdownTime -parallel 1) is meant to
// be and a test run with every package at once is not.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// FuzzMarkdownTime fails on any input that defusing leaves within reach of
// goldmark's super-linear shapes. Always: the defused document is within
// every limit (defusing it again changes nothing). When fuzzing, also on
// time: the input is repeated (as one line, and as lines) to 8 KiB and to
// 128 KiB, and the larger must take at most 64 times as long as the
// smaller (16 is linear; the shapes that stalled goldmark took 256 and
// 4,096 times as long) and at most 100 times a generated briefing of its
// size. Both bounds are ratios measured in the same run.
func FuzzMarkdownTime(f *testing.F) {
	for _, s := range briefgen.Shapes {
		if s.Unit != "" {
			f.Add(s.Unit)
		} else {
			f.Add(s.Make(60))
		}
	}
	for _, u := range []string{"*a", "`a", "<a ", "<a\n", "[^a]", "|a", "&#12;", "www.a.", "a\n=\n", "- [ ] a\n", "> ", "1. ", "[a][b]"} {
		f.Add(u)
	}
	const small, large = 8 << 10, 128 << 10
	var reference time.Duration
	if fuzzing() {
		reference = markdownTime(briefgen.Markdown(large), 3)
	}
	f.Fuzz(func(t *testing.T, unit string) {
		if unit == "" || len(unit) > 256 {
			return
		}
		for _, sep := range []string{"", "\n"} {
			u := Sanitize(unit + sep)
			if u == "" {
				continue
			}
			src := string(repeatTo(u, large))
			d := defuseMarkdown(src)
			if again := defuseMarkdown(d.src); again.src != d.src || len(again.plain) > 0 {
				t.Fatalf("%q: defusing twice changes the document: a limit is not enforced", u)
			}
			if !fuzzing() {
				continue
			}
			a, b := markdownTime(repeatTo(u, small), 5), markdownTime([]byte(src), 2)
			if b > 30*time.Millisecond && b > 64*a {
				t.Errorf("%q: %v at %d bytes, %v at %d: faster than linear growth", u, a, small, b, large)
			}
			if b > 100*reference+50*time.Millisecond {
				t.Errorf("%q: %v at %d bytes, a briefing of that size %v", u, b, large, reference)
			}
		}
	})
}

// TestJoinFields checks joinFields against strings.Join(strings.Fields(s),
// " ") on text of ASCII and Unicode spaces, words and invalid UTF-8.
func TestJoinFields(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2003", "\u3000", "a", "_a*", "Ünïcode", "\xff", "\xe2\x80", "word", "  "}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20_000 {
		var sb strings.Builder
		for range r.IntN(16) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}
