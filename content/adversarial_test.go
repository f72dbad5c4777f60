package content

// Hostile document shapes: deep nesting and punctuation-only text. Each
// used to cost quadratic time or a gigabyte of tokens; the tests check the
// text survives and the briefing is well formed. There is no timing
// assertion: a regression shows as a test that runs for minutes.

import (
	"strings"
	"testing"
)

func TestDefuseMarkdown(t *testing.T) {
	normal := "# Title\n\n> > quoted [link](https://example.org) and [[wiki]]\n\n  - nested\n    - deeper\n\n1. one\n"
	if got := defuseMarkdown(normal).src; got != normal {
		t.Errorf("a normal document changed:\n%q", got)
	}
	deepQuote := strings.Repeat(">", 1000) + " hello\n"
	if got := defuseMarkdown(deepQuote).src; got != strings.Repeat(">", maxMarkerRun)+" hello\n" {
		t.Errorf("deep quote prefix not cut to %d markers: %q…", maxMarkerRun, got[:min(len(got), 80)])
	}
	// (more than minDenseTriggers brackets would make the paragraph plain
	// text instead)
	const n = minDenseTriggers - 4
	brackets := strings.Repeat("[", n) + "x" + strings.Repeat("]", n)
	got := defuseMarkdown(brackets).src
	if e := strings.Count(got, `\[`); e != n-maxBracketDepth {
		t.Errorf("escaped %d brackets, want %d", e, n-maxBracketDepth)
	}
	if e := strings.Count(got, `\]`); e != n-maxBracketDepth {
		t.Errorf("escaped %d closing brackets, want %d", e, n-maxBracketDepth)
	}
	// A blank line ends the paragraph, so brackets after it start at depth 0.
	split := strings.Repeat("[", maxBracketDepth) + "\n\n" + strings.Repeat("[", maxBracketDepth)
	if got := defuseMarkdown(split).src; got != split {
		t.Errorf("brackets in separate paragraphs were escaped: %q", got)
	}
}

func TestHostileShapes(t *testing.T) {
	const n = 100_000
	cases := []struct {
		name string
		f    Format
		text string
		keep string // text that must survive into some block
	}{
		{"quote markers", Markdown, "# T\n\n" + strings.Repeat(">", n) + " hello there\n", "hello there"},
		{"nested bullets", Markdown, "# T\n\n" + strings.Repeat("- ", n) + "hello there\n", "hello there"},
		{"nested numbers", Markdown, "# T\n\n" + strings.Repeat("1. ", n) + "hello there\n", "hello there"},
		{"nested brackets", Markdown, "# T\n\n" + strings.Repeat("[", n) + "hello there" + strings.Repeat("]", n), "hello there"},
		{"brackets as text", Plain, strings.Repeat("[", n) + "hello there" + strings.Repeat("]", n), "hello there"},
		{"unclosed parentheses", Plain, strings.Repeat("( ", n) + "(This aside is a sentence of its own.) hello there", "hello there"},
		{"open single quotes then doubles", Plain, strings.Repeat(" 'a", n) + strings.Repeat(" “b”", n) + " hello there", "hello there"},
		{"run-together sentences without spaces", Plain, strings.Repeat("ab.Cd", n) + " hello there", "hello there"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("hostile", tc.text, tc.f)
			checkBriefing(t, b)
			found := false
			for n := 0; n <= len(b.Sections); n++ {
				for _, bl := range b.Blocks(n) {
					found = found || strings.Contains(bl.Text, tc.keep)
				}
			}
			if !found {
				t.Errorf("%q was lost; outline %q", tc.keep, outline(b))
			}
		})
	}
}
