package content

import (
	"slices"
	"testing"

	"github.com/briefreader/brief/model"
)

// TestRichText builds text with spans the way the Markdown and page
// readers do and checks white space is folded outside the spans, and the
// spans follow a space put back between run-together sentences.
func TestRichText(t *testing.T) {
	var r richText
	r.write("  The  vote ")
	i := r.open(model.Strong, "")
	r.write(" passed ")
	r.close(i)
	r.write(" today.It")
	j := r.open(model.Link, "https://example.org")
	r.write("was")
	r.close(j)
	r.noteRef("1")
	r.write(" close.\u00a0 ")
	e := r.open(model.Emphasis, "")
	r.write("  ")
	r.close(e) // empty: dropped
	s, in := r.finish()
	if s != "The vote passed today. Itwas close." {
		t.Fatalf("text %q", s)
	}
	got := spansOf(model.Block{Text: s, Inlines: in})
	want := []spanText{{model.Strong, "passed", ""}, {model.Link, "was", "https://example.org"}, {model.NoteRef, "", "1"}}
	if !slices.Equal(got, want) {
		t.Errorf("spans %+v, want %+v", got, want)
	}
	if in[2].Start != len("The vote passed today. Itwas") {
		t.Errorf("note at %d", in[2].Start)
	}
}

// TestCutAndJoinShape checks spans survive cutting a block (asides) and
// joining two (a block quote's paragraphs).
func TestCutAndJoinShape(t *testing.T) {
	text := "Before. (An aside with a link.) After it."
	sh := shape{inlines: []model.Inline{
		{Kind: model.Strong, Start: 0, End: 6},
		{Kind: model.Link, Start: 25, End: 29, URL: "u"},
		{Kind: model.Emphasis, Start: 5, End: 34},
	}}
	cut, csh := cutShape(text, sh, 7, 31)
	if cut != "(An aside with a link.)" {
		t.Fatalf("cut %q", cut)
	}
	got := spansOf(model.Block{Text: cut, Inlines: csh.inlines})
	if !slices.Equal(got, []spanText{{model.Link, "link", "u"}, {model.Emphasis, "(An aside with a link.)", ""}}) {
		t.Errorf("cut spans %+v", got)
	}
	joined, jsh := joinShape("One.", shape{inlines: []model.Inline{{Kind: model.Strong, Start: 0, End: 3}}}, "\n\n", cut, csh)
	got = spansOf(model.Block{Text: joined, Inlines: jsh.inlines})
	if joined != "One.\n\n(An aside with a link.)" || len(got) != 3 || got[1] != (spanText{model.Link, "link", "u"}) {
		t.Errorf("joined %q spans %+v", joined, got)
	}
}
