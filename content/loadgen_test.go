package content

// Helpers shared by the content tests: the invariants every parsed briefing
// must hold, and generators of large documents (nothing large is committed).

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// checkBriefing fails unless every quote points at a block that exists and
// its Text is exactly the bytes at [Start, End) of that block's Text, and
// every block's quote indexes point back at quotes of that block.
func checkBriefing(t testing.TB, b model.Briefing) {
	t.Helper()
	for i, q := range b.Quotes {
		bl, ok := b.BlockOf(q)
		if !ok {
			t.Fatalf("quote %d (section %d, block %d) has no block", i, q.Section, q.Block)
		}
		if q.Start < 0 || q.End < q.Start || q.End > len(bl.Text) {
			t.Fatalf("quote %d offsets [%d,%d) outside its block of %d bytes", i, q.Start, q.End, len(bl.Text))
		}
		if got := bl.Text[q.Start:q.End]; got != q.Text {
			t.Fatalf("quote %d Text %q != block text at its offsets %q", i, q.Text, got)
		}
		if q.Speaker != "" {
			if _, ok := b.Speaker(q.Speaker); !ok {
				t.Fatalf("quote %d names unknown speaker ID %q", i, q.Speaker)
			}
		}
	}
	for n := 0; n <= len(b.Sections); n++ {
		for j, bl := range b.Blocks(n) {
			for _, qi := range bl.Quotes {
				if qi < 0 || qi >= len(b.Quotes) || b.Quotes[qi].Section != n || b.Quotes[qi].Block != j {
					t.Fatalf("section %d block %d lists quote %d, which is not in it", n, j, qi)
				}
			}
		}
	}
	for i, s := range b.Sections {
		if s.Number != i+1 {
			t.Fatalf("section %d has Number %d", i, s.Number)
		}
	}
}

// Fictional people and places for generated documents.
var (
	genNames = []string{"Ilse Varga", "Tomas Reyes", "Amara Okafor", "Jun Park", "Lena Brandt", "Council of Dunmore"}
	genRoles = []string{"the mayor", "the union secretary", "the harbour master", "a port spokesperson", "the minister for transport"}
	genVerbs = []string{"said", "told reporters", "added", "warned", "insisted", "wrote in a statement"}
	genWords = strings.Fields(`the port union talks harbour wages shift crane night deal offer council
		ferry berth cargo strike vote members pay week contract safety terms budget dock winter pension
		on in at for with over after before about from`)
)

// briefingDoc generates a realistic plain-text briefing of about size
// bytes: a headline, an intro, numbered talking points, and paragraphs of
// reported speech with quotes, speech verbs and asides. The seed is fixed
// so that every run parses the same text.
func briefingDoc(size int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	words := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = pick(genWords)
		}
		return strings.Join(w, " ")
	}
	// sentence is n words starting with a capital letter.
	sentence := func(n int) string {
		w := words(n)
		return strings.ToUpper(w[:1]) + w[1:]
	}
	var sb strings.Builder
	sb.WriteString("Harbour talks in Dunmore end without a deal\n\nHere are the main points from the talks:\n\n")
	for point := 1; sb.Len() < size; point++ {
		fmt.Fprintf(&sb, "%d. %s\n\n", point, sentence(4))
		for p := 0; p < 4 && sb.Len() < size; p++ {
			name := pick(genNames)
			switch r.IntN(4) {
			case 0:
				fmt.Fprintf(&sb, "“%s,” %s %s. %s.\n\n", sentence(8+r.IntN(10)), name, pick(genVerbs), sentence(12))
			case 1:
				fmt.Fprintf(&sb, "%s, %s, %s the %s was “%s”.\n\n", name, pick(genRoles), pick(genVerbs), words(5), words(3))
			case 2:
				fmt.Fprintf(&sb, "%s %s: “%s. %s.”\n\n", name, pick(genVerbs), sentence(10), sentence(9))
			default:
				fmt.Fprintf(&sb, "%s. (This means %s.)\n\n", sentence(20+r.IntN(20)), words(8))
			}
		}
	}
	return []byte(sb.String())
}

// hugeLine generates a document of size bytes with no line break: prose
// with quotes, some left open, and never a paragraph boundary.
func hugeLine(size int) []byte {
	chunk := []byte(`Varga said “we are close” and Reyes told reporters "not yet, the offer is short" while the council (in a statement) "regretted the delay; `)
	out := bytes.Repeat(chunk, size/len(chunk)+1)
	return out[:size]
}

// repeatReader is an endless stream of one byte.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

var errBoom = errors.New("device on fire")

// iotestErrReader fails every read.
type iotestErrReader struct{}

func (iotestErrReader) Read([]byte) (int, error) { return 0, errBoom }
