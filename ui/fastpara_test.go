package ui

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// cellLooks is what a line shows: each cell's text with the sequences in
// force on it since the last reset, so that two lines drawn with their
// sequences split differently compare equal when they look the same.
func cellLooks(l string) []string {
	var out []string
	on := ""
	var state byte
	for len(l) > 0 {
		seq, w, n, st := ansi.DecodeSequence(l, state, nil)
		state = st
		if n <= 0 {
			break
		}
		switch {
		case seq == "\x1b[m" || seq == "\x1b[0m":
			on = ""
		case isSGR(seq):
			on += sgrTokens(seq)
		case w > 0:
			out = append(out, on+seq)
		}
		l = l[n:]
	}
	return out
}

// sgrTokens writes an SGR sequence's attributes in a fixed order, so that
// "3;38;5;109" and "38;5;109;3" read alike.
func sgrTokens(seq string) string {
	ps := strings.Split(seq[2:len(seq)-1], ";")
	var toks []string
	for i := 0; i < len(ps); i++ {
		switch {
		case (ps[i] == "38" || ps[i] == "48") && i+2 < len(ps) && ps[i+1] == "5":
			toks = append(toks, strings.Join(ps[i:i+3], ";"))
			i += 2
		case (ps[i] == "38" || ps[i] == "48") && i+4 < len(ps) && ps[i+1] == "2":
			toks = append(toks, strings.Join(ps[i:i+5], ";"))
			i += 4
		default:
			toks = append(toks, ps[i])
		}
	}
	slices.Sort(toks)
	return "[" + strings.Join(toks, ",") + "]"
}

// paragraphs are plain paragraphs of every shape brief meets: words,
// punctuation Markdown would read (all written as entities for Glamour),
// long words, wide and combining characters, line breaks, list markers.
func paragraphs() []string {
	r := rand.New(rand.NewPCG(3, 5))
	words := strings.Fields(`the port union said talks harbour “quoted words,” — em-dash (aside) [bracket] *star* _under_ ` +
		"`tick` <tag> &amp; #hash 1. 2) 50% $9.99 a/b back\\slash ~tilde~ | pipe café naïve 日本語 ✓ e\u0301 " +
		"supercalifragilisticexpialidocious-and-then-some-more-words-joined https://example.org/a?b=c www.example.com x@y.z")
	var out []string
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		k := 1 + r.IntN(80)
		for i := 0; i < k; i++ {
			if i > 0 {
				if r.IntN(15) == 0 {
					sb.WriteString("\n")
				} else {
					sb.WriteString(" ")
				}
			}
			sb.WriteString(words[r.IntN(len(words))])
		}
		out = append(out, sb.String())
	}
	return append(out, "x", "A line.\nAnother line.", "  indented\n\tline with a tab", "trailing space \nnext",
		"blank\n\nline", "1. looks like a list", "# looks like a heading", "> looks like a quote", "    four spaces")
}

// TestPlainParagraphLooksAsGlamour checks that every paragraph brief lays
// out itself shows exactly as Glamour lays it out: the same words on the
// same lines in the same colours, in every style and width, asides too.
func TestPlainParagraphLooksAsGlamour(t *testing.T) {
	fast := 0
	for _, style := range StyleNames() {
		for _, aside := range []bool{false, true} {
			kind := model.Paragraph
			if aside {
				kind = model.Aside
			}
			for _, w := range []int{12, 31, 64, 80, 117} {
				rs := newRenderers(renderKey{width: w, style: style})
				g := func(w int, aside bool, md string) []string {
					r, err := rs.get(w, aside)
					if err != nil {
						t.Fatal(err)
					}
					s, err := r.Render(md)
					if err != nil {
						t.Fatal(err)
					}
					lines := trimBlank(strings.Split(safeOutput(s), "\n"))
					for i, l := range lines {
						lines[i] = trimPad(l)
					}
					return keepMarks(lines)
				}
				look, ok := paragraphLook(style, aside, g)
				if !ok {
					t.Fatalf("style %s aside %v: no paragraph look", style, aside)
				}
				for _, text := range paragraphs() {
					got := plainParagraph(text, w, look)
					if got == nil {
						continue
					}
					fast++
					want := g(w, aside, markdownText(text))
					if len(got) != len(want) {
						t.Fatalf("%s %v w=%d %q:\nbrief  %q\nGlamour %q", style, kind, w, text, got, want)
					}
					for i := range got {
						if cg, cw := cellLooks(got[i]), cellLooks(want[i]); strings.Join(cg, "\x00") != strings.Join(cw, "\x00") {
							t.Fatalf("%s %v w=%d %q line %d:\nbrief  %q\nGlamour %q", style, kind, w, text, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
	if fast < 1000 {
		t.Errorf("only %d paragraphs laid out by brief", fast)
	}
}
