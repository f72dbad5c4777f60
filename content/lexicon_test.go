package content

import "testing"

// TestLexiconHasNoRepeats keeps the word lists clean: a word listed twice
// usually means one of two edits meant something else.
func TestLexiconHasNoRepeats(t *testing.T) {
	if len(lexiconRepeats) > 0 {
		t.Errorf("words listed twice in one set: %q", lexiconRepeats)
	}
	seen := map[string]bool{}
	for _, v := range cueLemmas {
		if seen[v.lemma] {
			t.Errorf("cue verb %q listed twice", v.lemma)
		}
		seen[v.lemma] = true
	}
}
