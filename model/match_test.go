package model

import (
	"reflect"
	"testing"
)

// matchFixture adds to the fixture speakers that share words: two
// Quills, an accented name and a former mayor.
func matchFixture() Briefing {
	b := fixture()
	b.Speakers = append(b.Speakers,
		Speaker{ID: "dorothea-quill", Name: "Dorothea Quill", FullName: "Mayor Dorothea Quill", Role: "Mayor of Marrowby", Aliases: []string{"Quill"}},
		Speaker{ID: "ben-quill", Name: "Ben Quill", Role: "former mayor", Aliases: []string{"Ben"}},
		Speaker{ID: "rafael-estevez-lamb", Name: "Rafael Estévez-Lamb", Role: "councillor", Aliases: []string{"Estévez-Lamb"}},
	)
	return b
}

func TestLookupSpeaker(t *testing.T) {
	b := matchFixture()
	cases := []struct {
		query string
		want  string   // the speaker found, "" for none
		cands []string // the candidates when ambiguous
	}{
		{"Ilse Varga", "ilse-varga", nil},
		{"ILSE VARGA", "ilse-varga", nil},
		{"varga", "ilse-varga", nil},
		{"  varga ", "ilse-varga", nil},
		{"var", "ilse-varga", nil},              // a unique prefix
		{"il va", "ilse-varga", nil},            // prefixes of both words
		{"the mayor", "ilse-varga", nil},        // an alias, exactly
		{"Mr. Holm", "dag-holm", nil},           // an alias with a title
		{"sir dag", "dag-holm", nil},            // words of the full name
		{"dag-holm", "dag-holm", nil},           // the ID
		{"estevez", "rafael-estevez-lamb", nil}, // accents do not count
		{"LAMB", "rafael-estevez-lamb", nil},
		{"councillor", "rafael-estevez-lamb", nil}, // a role word
		{"marrowby", "dorothea-quill", nil},        // a word of the role
		{"quill", "dorothea-quill", nil},           // her alias, exactly, beats his surname
		{"former", "ben-quill", nil},
		{"mayor", "ilse-varga", nil}, // her whole role, exactly
		{"former mayor", "ben-quill", nil},
		// "mayo" begins a word of three roles: ambiguous
		{"mayo", "", []string{"ilse-varga", "dorothea-quill", "ben-quill"}},
		// a prefix of two names
		{"d", "", []string{"dorothea-quill", "dag-holm"}},
		{"nobody", "", nil},
		{"", "", nil},
	}
	for _, tc := range cases {
		s, cands, ok := b.LookupSpeaker(tc.query)
		if ok != (tc.want != "") || s.ID != tc.want {
			t.Errorf("LookupSpeaker(%q) = %q, %v; want %q", tc.query, s.ID, ok, tc.want)
			continue
		}
		if ok {
			continue
		}
		var ids []string
		for _, c := range cands {
			ids = append(ids, c.Speaker.ID)
		}
		if !sameSet(ids, tc.cands) {
			t.Errorf("LookupSpeaker(%q) candidates %v, want %v", tc.query, ids, tc.cands)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestMatchSpeakersRanksAndForms(t *testing.T) {
	b := matchFixture()
	ms := b.MatchSpeakers("holm")
	if len(ms) != 1 || ms[0].Speaker.ID != "dag-holm" || ms[0].Rank != MatchExact || ms[0].Form != "Holm" {
		t.Fatalf("holm: %+v", ms)
	}
	// closer matches first: "quill" is Dorothea's alias, a word of Ben's name
	ms = b.MatchSpeakers("quill")
	var got []string
	for _, m := range ms {
		got = append(got, m.Speaker.ID)
	}
	if !reflect.DeepEqual(got, []string{"dorothea-quill", "ben-quill"}) || ms[1].Rank != MatchWords {
		t.Fatalf("quill: %+v", ms)
	}
	// a role match names the role as the form
	ms = b.MatchSpeakers("councillor")
	if len(ms) != 1 || ms[0].Form != "councillor" {
		t.Fatalf("councillor: %+v", ms)
	}
	// the display name is the form when it matched
	ms = b.MatchSpeakers("ilse")
	if len(ms) != 1 || ms[0].Form != "Ilse Varga" {
		t.Fatalf("ilse: %+v", ms)
	}
}

func TestFoldText(t *testing.T) {
	for in, want := range map[string]string{
		"Estévez-Lamb":     "estevez-lamb",
		"  Ilse \t Varga ": "ilse varga",
		"ÅSA":              "asa",
		"":                 "",
	} {
		if got := foldText(in); got != want {
			t.Errorf("foldText(%q) = %q, want %q", in, got, want)
		}
	}
}
