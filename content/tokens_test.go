package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefreader/brief/internal/briefgen"
)

// TestDebrisTokens checks that a long stretch with no two letters side by
// side is one token however long it is, that a quotation inside it is
// still a quotation token, and that text around it and shorter stretches
// are tokenized as always.
func TestDebrisTokens(t *testing.T) {
	junk := strings.Repeat("_a*", 2000) // 6,000 bytes, no word
	toks := tokenize("Ana Ruiz said "+junk+" then left.", nil)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	want := []string{"Ana", "Ruiz", "said", junk, "then", "left", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens %.200q, want %.200q", got, want)
	}

	text := junk + " “We will stay,” " + junk
	spans := findQuotes(text)
	if len(spans) != 1 {
		t.Fatalf("%d quotes, want 1", len(spans))
	}
	toks = tokenize(text, spans)
	if len(toks) != 3 || toks[1].kind != tQuote || toks[0].kind != tPunct || toks[2].kind != tPunct {
		t.Errorf("debris around a quotation: %d tokens %v, want mark, quotation, mark", len(toks), kinds(toks))
	}

	short := strings.Repeat("_a*", debrisBytes/3-1)
	if n := len(tokenize(short, nil)); n != 3*(debrisBytes/3-1) {
		t.Errorf("%d bytes of marks made %d tokens, want one per mark and letter: only longer stretches are debris", len(short), n)
	}

	// The tokenizer's two ways (counted for a big block, grown for a small
	// one) agree.
	big := strings.Repeat("Ana said: “no.” "+junk+"\n\t", 20)
	tz := newTokenizer()
	a := tz.tokenize(big, findQuotes(big))
	b := tokenize(big, findQuotes(big))
	if len(a) != len(b) {
		t.Fatalf("counted tokenizing made %d tokens, grown %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("token %d: %+v vs %+v", i, a[i], b[i])
		}
	}
}

func kinds(toks []token) []tokKind {
	var out []tokKind
	for _, t := range toks {
		out = append(out, t.kind)
	}
	return out
}

// TestNoDebrisInProse checks that no paragraph of prose is read as
// debris: not one of the documents in testdata, nor the generated
// briefings of every kind.
func TestNoDebrisInProse(t *testing.T) {
	var texts []string
	for _, glob := range []string{"testdata/docs/*", "testdata/html/*", "../examples/*.*", "../examples/day/*"} {
		m, _ := filepath.Glob(glob)
		for _, path := range m {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	for _, gen := range []func(int) []byte{briefgen.Plain, briefgen.Markdown, briefgen.HTML, briefgen.Transcript, briefgen.Dense} {
		texts = append(texts, string(gen(200_000)))
	}
	for _, text := range texts {
		if d := debrisStretches(text); len(d) > 0 {
			t.Errorf("prose read as debris: %.120q", text[d[0][0]:d[0][1]])
		}
	}
}

// TestParallelBlocksMatch checks that a long document read on several
// cores gives the export it gives read on one: run with -race, it also
// checks that the goroutines share nothing they write.
func TestParallelBlocksMatch(t *testing.T) {
	defer func(n int) { parallelBytes = n }(parallelBytes)
	for _, gen := range []func(int) []byte{briefgen.Plain, briefgen.Markdown, briefgen.HTML, briefgen.Transcript, briefgen.Dense} {
		doc := gen(300_000) // over 1,024 paragraphs: findTurns reads them on every core
		var out [2]bytes.Buffer
		for k, limit := range []int{1 << 30, 1} {
			parallelBytes = limit
			b, err := ParseBytes("doc", doc, Auto)
			if err != nil {
				t.Fatal(err)
			}
			if err := WriteJSON(&out[k], b); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
			t.Errorf("%.60q…: export read on several cores differs from the one read on one", doc)
		}
	}
}

// TestUnpackedTokens checks that tokens let go and made again are the
// tokens tokenize made: words, marks, line breaks, quotations, debris, in
// text of every kind, and a transcript turn's (labelled, or an interview's
// answer), read before attributeTurn gave it a span.
func TestUnpackedTokens(t *testing.T) {
	texts := []string{
		"Ana Ruiz said: “We will stay.”\tThen\nshe left — ‘again’ (for now)... U.S. $3.5m, 24/7.",
		strings.Repeat("_a*", 600) + " “quoted” " + strings.Repeat("[a]: u\n", 200),
		"Émile Zola’s “J’accuse…!” — ÇA VA? «Oui», dit-elle.\r\n\u00a0end",
	}
	for _, gen := range []func(int) []byte{briefgen.Plain, briefgen.Markdown, briefgen.Dense, briefgen.Transcript} {
		texts = append(texts, string(gen(30_000)))
	}
	k := newTokenKeeper()
	for _, text := range texts {
		b := &blk{raw: &rawBlock{text: text}, spans: findQuotes(text), keeper: k}
		want := newTokenizer().tokenize(text, b.spans)
		b.kept, b.ntoks = nil, int32(len(want))
		sameTokens(t, text, b.tokens(), want)
		want = newTokenizer().tokenize(text, nil)
		for _, raw := range []rawBlock{{text: text, label: "MS. LIND"}, {text: text, answer: true}} {
			turn := &blk{raw: &raw, keeper: k, ntoks: int32(len(want))}
			turn.spans = []span{{open: 0, close: len(text), start: 0, end: len(text), double: true}}
			sameTokens(t, text, turn.tokens(), want)
		}
	}
}

// sameTokens fails unless got and want are the same tokens.
func sameTokens(t *testing.T, text string, got, want []token) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%.40q: %d tokens made again, %d made", text, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%.40q: token %d made again as %+v, made as %+v", text, i, got[i], want[i])
		}
	}
}
