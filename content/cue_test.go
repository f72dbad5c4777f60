package content

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/briefreader/brief/model"
)

// sharedDir is where the team's corpus and patterns live: a "shared"
// directory beside the checkout or a few levels up from it
// (BRIEF_SHARED overrides). Tests that read them skip the sets on a
// machine without them.
func sharedDir() string {
	if d := os.Getenv("BRIEF_SHARED"); d != "" {
		return d
	}
	dir := ".."
	for range 4 {
		dir = filepath.Join(dir, "..")
		if d := filepath.Join(dir, "shared"); fileExists(filepath.Join(d, "corpus", "gold")) {
			return d
		}
	}
	return filepath.Join("..", "..", "shared")
}

// sharedDocs returns the documents of one shared set ("corpus",
// "patterns") that have a gold file, or nil when the set is not here.
func sharedDocs(t *testing.T, set string) []string {
	t.Helper()
	dir := filepath.Join(sharedDir(), set)
	golds, _ := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	var docs []string
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".json")
		for _, ext := range []string{".txt", ".md", ".html"} {
			if p := filepath.Join(dir, name+ext); fileExists(p) {
				docs = append(docs, p)
			}
		}
	}
	return docs
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// cueDocs are the documents the cue test reads: the repository's own
// fixtures always, the shared corpus and patterns when they are here.
func cueDocs(t *testing.T) []string {
	docs, _ := filepath.Glob(filepath.Join(docsDir, "*"))
	for _, set := range []string{"corpus", "patterns"} {
		if d := sharedDocs(t, set); d != nil {
			docs = append(docs, d...)
		} else {
			t.Logf("no shared %s in %s: checking the fixtures only", set, sharedDir())
		}
	}
	return docs
}

// writtenLower reports a one-word cue of an unnamed speaker in capitals
// only because it opens its sentence ("Institutions have said"): the
// document writes the word in lower case elsewhere.
func writtenLower(path, text string) bool {
	data, err := os.ReadFile(path)
	w := strings.TrimSpace(text)
	if err != nil || strings.Contains(w, " ") || w == strings.ToLower(w) {
		return false
	}
	return regexp.MustCompile(`\b` + regexp.QuoteMeta(strings.ToLower(w)) + `\b`).Match(data)
}

// pronounForms may stand for any speaker; which one is the resolver's
// business, and other tests check it.
var pronounForms = setOf(`he she they it we i his her their its`)

// TestCueIsSpeakerForm checks the span every attributed quote names as its
// cue: it must mark text in the briefing, and that text must be one of its
// speaker's forms — the name or a word of it, an alias ("the mayor"), a
// pronoun, or the turn's label.
func TestCueIsSpeakerForm(t *testing.T) {
	checked := 0
	for _, path := range cueDocs(t) {
		b, err := Load(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, q := range b.Quotes {
			if !q.Cue.Valid() {
				continue
			}
			if q.Speaker == "" {
				t.Errorf("%s: unattributed quote %.40q has a cue", filepath.Base(path), q.Text)
				continue
			}
			text, ok := CueText(b, q.Cue)
			if !ok {
				t.Errorf("%s: quote %.40q: cue %+v points outside the briefing", filepath.Base(path), q.Text, q.Cue)
				continue
			}
			sp, _ := b.Speaker(q.Speaker)
			if q.Cue.Label {
				text = strings.Join(labelWords(text), " ") // "PM" is the prime minister
			}
			if !isSpeakerForm(text, sp) && !(sp.Name == unknownSpeaker && writtenLower(path, text)) && !pairedHandle(path, text, sp.Name) {
				t.Errorf("%s: quote %.40q by %q: cue %q is none of its forms %q", filepath.Base(path), q.Text, sp.Name, text, sp.Aliases)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no quote had a cue")
	}
}

// isSpeakerForm reports whether text names the speaker: a pronoun or a
// person noun ("the woman"), a phrase that shares a word with the
// speaker's name, full name or role ("Lind", "MS. OKAFOR", "the bank" for
// the Bank of Estmere, "THE PRESIDENT" for President Ana Lind, "the former
// governor" for a former governor, "the lawyer" for an advocate), or, for
// the unnamed, a description or an anonymous label. Aliases are not
// consulted: brief adds cue texts to them.
func isSpeakerForm(text string, sp model.Speaker) bool {
	words := contentWords(text)
	if len(words) == 0 {
		return false
	}
	if len(words) == 1 && (pronounForms[words[0]] || personNouns[words[0]]) {
		return true // "the woman" stands for her as "she" does
	}
	if sp.Name == unknownSpeaker {
		// "a senior official", "reporters", "Q": never a capitalised name
		lower := slices.ContainsFunc(strings.Fields(text), func(w string) bool { return unicode.IsLower(firstRune(w)) })
		return lower || anonymousLabels[words[0]]
	}
	if sp.Kind == model.Organisation && orgKindForm(words[len(words)-1], sp) {
		return true
	}
	known := contentWords(sp.Name + " " + sp.FullName + " " + sp.Role)
	if len(words) == 1 && slices.ContainsFunc(sp.Aliases, func(a string) bool { return strings.EqualFold(a, strings.TrimSpace(text)) }) && (initialsOf(&entity{lw: contentWords(sp.Name)}, foldName(words[0])) || allInitials(sp.Name) == words[0]) {
		return true // "RS", a turn label, stands for Roan Sallow; "LDOH" for the Lornland Department of Harbours
	}
	return slices.ContainsFunc(words, func(w string) bool {
		// a name the document misspells ("Jonsen" for "Jansen") still names them
		// and a part of a hyphenated surname ("Okonjo" of Okonjo-Beck) too
		return slices.ContainsFunc(known, func(k string) bool {
			return k == w || kin(k, w) || len(w) >= 5 && editDistance(k, w) <= 2 || len(w) >= 3 && slices.Contains(strings.Split(k, "-"), w)
		})
	})
}

// allInitials is the first letters of every word of a name, its small
// words too, lower-cased: "ldoh" for the Lornland Department of Harbours.
func allInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(name)) {
		b.WriteRune(firstRune(w))
	}
	return b.String()
}

// contentWords lower-cases text and splits it into words without
// possessives, dots and articles.
func contentWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(stripPossessive(w), ".,:;’'()")
		if w != "" && !determiners[w] && w != "of" {
			out = append(out, w)
		}
	}
	return out
}

// TestCueSpans pins the cue of each kind of attribution on a small text:
// the name without its title, a pronoun, a role noun, a label, and none
// for a quote-only paragraph carrying on.
func TestCueSpans(t *testing.T) {
	cases := []struct {
		name, text, quote, cue string
		format                 Format
	}{
		{"name after title", "“The pier opens in June,” said Harbour Commissioner Tomas Okoro.", "pier opens", "Tomas Okoro", Plain},
		{"pronoun", "Tomas Okoro toured the pier.\n\n“It opens in June,” he said.", "opens in June", "he", Plain},
		{"role noun", "Mayor Ilse Varga toured the quay on Monday.\n\n“We have waited long enough,” said the mayor.", "waited long", "the mayor", Plain},
		{"possessive speech noun", "Lind’s response to the chair was simply, “No.”", "No.", "Lind", Plain},
		{"carry-over names nobody", "“We will rebuild,” Ilse Varga said on Monday.\n\n“Every house, every quay.”", "Every house", "", Plain},
		{"label", "BRIEFING\n\nMS. VARGA: The quay is open.\n\nQ: When?\n\nMS. VARGA: Today.\n\nQ: Thanks.", "quay is open", "MS. VARGA", Plain},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("case", tc.text, tc.format)
			q, ok := quoteWith(b, tc.quote)
			if !ok {
				t.Fatalf("no quote %q: %s", tc.quote, quoteList(b))
			}
			got, _ := CueText(b, q.Cue)
			if got != tc.cue {
				t.Errorf("cue %q (%+v), want %q", got, q.Cue, tc.cue)
			}
		})
	}
}

// orgKindForm reports whether a noun names a body of the speaker's kind
// ("the lender" for a building society) or a writing of theirs ("the
// study").
func orgKindForm(noun string, sp model.Speaker) bool {
	if docNouns[noun] {
		return true
	}
	if agencyHeads[noun] && isAcronym(sp.Name) && strings.Contains(sp.Name[1:], strings.ToUpper(noun[:1])) {
		return true // "the bureau" of the FHB
	}
	e := &entity{lw: lowerAll(strings.Fields(sp.Name)), kind: orgKind(sp.Role)}
	return kindFits(nounKind(noun), entityKind(e))
}

// pairedHandle reports a cue that is a handle ("@ana_l") the document
// writes next to the speaker's surname somewhere ("Ana Lind (@ana_l)",
// "Lind, posting as @ana_l"): the text says whose handle it is.
func pairedHandle(path, text, name string) bool {
	data, err := os.ReadFile(path)
	names := strings.Fields(name)
	if err != nil || !strings.HasPrefix(text, "@") || len(names) == 0 {
		return false
	}
	doc, surname := string(data), names[len(names)-1]
	for i := strings.Index(doc, text); i >= 0; {
		if strings.Contains(doc[max(0, i-60):min(len(doc), i+len(text)+60)], surname) {
			return true
		}
		next := strings.Index(doc[i+1:], text)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}
