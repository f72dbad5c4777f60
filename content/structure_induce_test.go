package content

import "testing"

// Paragraphs that open alike are no transcript unless the openers take
// turns and speak: a glossary's terms, a list of places.
func TestInducedLabelsNeedTurns(t *testing.T) {
	for name, doc := range map[string]string{
		"glossary": "Harbour words\n\nNeap tide — the smallest rise of the month.\n\nSpring tide — the largest rise of the month.\n\n" +
			"Neap tide — comes at the quarter moons.\n\nSpring tide — comes at the new and full moon.\n\nBuoy — a float that marks the channel.\n",
		"places": "Where to eat\n\nNorth Quay | fish soup, open late.\n\nOld Town | bakeries and a market.\n\nNorth Quay | the best chips.\n\nOld Town | closes early on Sunday.\n",
	} {
		b := Parse("doc.txt", doc, Plain)
		if len(b.Quotes) != 0 {
			t.Errorf("%s: %d quotes, want none (first %q)", name, len(b.Quotes), b.Quotes[0].Text)
		}
	}
}

// A review's "Pros" and "Cons" lines over first-person words are no
// speakers.
func TestInducedLinesAloneNotRunIns(t *testing.T) {
	doc := "Three ferries reviewed\n\nThe Gull\n\nPros\n\nI liked the cafe.\n\nCons\n\nI waited an hour.\n\nThe Tern\n\nPros\n\nI liked the deck.\n\nCons\n\nI was cold.\n"
	b := Parse("review.txt", doc, Plain)
	if len(b.Quotes) != 0 {
		t.Errorf("%d quotes, want none (first %q by %q)", len(b.Quotes), b.Quotes[0].Text, b.SpeakerName(b.Quotes[0].Speaker))
	}
}

func TestInducedKey(t *testing.T) {
	for label, want := range map[string]string{"[00:01:12] Ana Lind (host)": "ana lind", "LIND": "lind", "Ana Lind": "ana lind"} {
		if got := inducedKey(label); got != want {
			t.Errorf("inducedKey(%q) = %q, want %q", label, got, want)
		}
	}
}
