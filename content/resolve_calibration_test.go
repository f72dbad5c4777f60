package content

import (
	"slices"
	"testing"
)

// TestEvidence checks which evidence features a winner carries.
func TestEvidence(t *testing.T) {
	person := func(name string, g byte) *entity { return &entity{id: 1, words: []string{name}, gender: g} }
	body := &entity{id: 2, words: []string{"Tolla"}, org: true}
	desk := &entity{id: 3, words: []string{"Port", "TLA", "Desk"}}
	firm := &entity{id: 4, words: []string{"Harbour", "Works"}, org: true}
	anon := &entity{id: anonID, words: []string{"Unknown"}}
	words := &docWords{fuller: map[string]bool{"ana": true, "tolla": true}, lower: map[string]bool{"models": true}}
	cases := []struct {
		name string
		c    candidate
		want []feature
	}{
		{"a name in full", candidate{ent: &entity{id: 5, words: []string{"Ana", "Lind"}, gender: 'f'}, feats: []feature{fAfter}}, nil},
		{"unknown from the prose", candidate{ent: anon, feats: []feature{fBefore}}, []feature{fUnnamed}},
		{"unknown from a label", candidate{ent: anon, feats: []feature{fLabel}}, nil},
		{"a one-word label the text writes in full", candidate{ent: person("Ana", 0), feats: []feature{fLabel}}, []feature{fBareLabel}},
		{"a one-word label the text never writes in full", candidate{ent: person("Piet", 0), feats: []feature{fLabel}}, nil},
		{"a person by one word the text writes in full", candidate{ent: person("Ana", 'f'), feats: []feature{fAfter}}, []feature{fOneWord}},
		{"one word without he or she", candidate{ent: person("Ana", 0), feats: []feature{fAfter}}, nil},
		{"a body by one word", candidate{ent: body, feats: []feature{fAfter}}, nil},
		{"an answer by a name in capitals", candidate{ent: desk, feats: []feature{fAnswer}}, []feature{fBodyAnswer}},
		{"an answer by a body", candidate{ent: firm, feats: []feature{fAnswer}}, []feature{fBodyAnswer}},
		{"an answer by a person", candidate{ent: &entity{id: 6, words: []string{"P", "Randall"}}, feats: []feature{fAnswer}}, nil},
		{"nobody", candidate{feats: []feature{fAfter}}, nil},
		{"a common noun read as a name", candidate{ent: person("Models", 'f'), feats: []feature{fAfter}}, []feature{fCommonWord}},
		{"a common noun as a label", candidate{ent: person("Models", 0), feats: []feature{fLabel}}, nil},
	}
	for _, c := range cases {
		if got := evidence(c.c, words); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDocWords checks which words a text writes at the head of a longer
// name, and which in lower case.
func TestDocWords(t *testing.T) {
	w := &docWords{fuller: map[string]bool{}, lower: map[string]bool{}}
	w.read("Present: Élodie Farrant (tram board), Piet. Thanks, Ana. Next question. “Mira Okonjo” and the models, (others)")
	for _, c := range []struct {
		set  map[string]bool
		word string
		want bool
	}{
		{w.fuller, "elodie", true}, {w.fuller, "mira", true}, {w.fuller, "piet", false}, {w.fuller, "ana", false},
		{w.fuller, "next", false}, {w.fuller, "farrant", false},
		{w.lower, "models", true}, {w.lower, "others", true}, {w.lower, "tram", true}, {w.lower, "ana", false},
	} {
		if c.set[c.word] != c.want {
			t.Errorf("%q: %v, want %v (fuller %v, lower %v)", c.word, c.set[c.word], c.want, w.fuller, w.lower)
		}
	}
}

// TestWithholdKeepsRankingContext checks that a speaker withheld for its
// evidence leaves the quote unattributed, with the evidence in its rule.
func TestWithholdKeepsRankingContext(t *testing.T) {
	text := "Depot meeting\n\nAttendance: Élodie Farrant, Elodie Marsh.\n\nELODIE: The depot floods twice a winter.\n\nQ: Who pays for a new one?\n\nPIET: Then the tram stops.\n\nQ: And the council?\n\nPIET: It listens.\n"
	b := Parse("minutes.txt", text, Plain)
	seen := 0
	for _, q := range b.Quotes {
		name := b.SpeakerName(q.Speaker)
		seen++
		switch q.Text {
		case "The depot floods twice a winter.":
			if name != "" || q.Confidence != 0 || !slices.Contains(ruleFeatures(q.Rule), "bare-label") {
				t.Errorf("ELODIE, whom two people fit: speaker %q, confidence %g, rule %q; want none, 0 and bare-label", name, q.Confidence, q.Rule)
			}
		case "Then the tram stops.":
			if name != "Piet" {
				t.Errorf("PIET, whom nobody's full name begins: speaker %q (rule %q), want Piet", name, q.Rule)
			}
		default:
			seen--
		}
	}
	if seen != 2 { // the two turns asserted on
		t.Errorf("%d of the two turns found: %s", seen, quoteList(b))
	}
}
