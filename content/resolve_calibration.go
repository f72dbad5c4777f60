package content

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// Calibration: the last stage of resolution. The ranking picks each
// quote's likeliest speaker; this stage asks whether the evidence for that
// speaker holds on text nobody tuned brief to. The winner's evidence
// features (unnamed, bare-label, one-word, body-answer in
// resolve_features.go) are added to its margin, and a quote whose margin
// then falls below attributeMargin is left unattributed. It runs once the
// whole document is resolved, so that what the ranking read (who spoke
// last, whom a quote-only paragraph carries on) is the same with or
// without it, and its weights can be fitted on the ranking's decisions.

// calibrating measures the ranking's own decisions: the evidence features
// are named in each rule, but no weight is added and no speaker withheld
// (TestCalibrate sets it).
var calibrating bool

// withhold weighs every attributed quote's evidence and leaves it
// unattributed when its margin falls below attributeMargin.
func (a *attributor) withhold() {
	var fuller map[string]bool
	for _, b := range a.blocks {
		for _, q := range b.quotes {
			if q.speaker == nil || q.drop {
				continue
			}
			if fuller == nil && shortCandidate(q.win) {
				fuller = a.fullerNames()
			}
			ev := evidence(q.win, fuller)
			m := q.margin
			if len(ev) > 0 {
				win := q.win
				win.feats = slices.Concat(win.feats, ev)
				m = evidenceMargin(m, ev)
				q.rule = describe(win, m)
			}
			if calibrating {
				continue
			}
			q.conf = confidence(max(m, 0))
			if m < attributeMargin {
				q.speaker, q.conf, q.cue = nil, 0, model.Span{}
			}
		}
	}
}

// evidence returns the evidence features of a quote's winning candidate;
// fuller holds the words the document writes at the head of a longer name.
func evidence(c candidate, fuller map[string]bool) []feature {
	if c.ent == nil || len(c.feats) == 0 {
		return nil
	}
	label := c.feats[0] == fLabel
	switch {
	case c.ent.id == anonID:
		if !label {
			return []feature{fUnnamed}
		}
	case c.ent.id == jointID:
	case c.feats[0] == fAnswer && (c.ent.org || acronymIn(displayName(c.ent))):
		return []feature{fBodyAnswer}
	case nameWords(displayName(c.ent)) == 1 && fuller[foldName(displayName(c.ent))]:
		switch {
		case label:
			return []feature{fBareLabel}
		case !c.ent.org && c.ent.gender != 0:
			return []feature{fOneWord} // a person, whom "he" or "she" has stood for
		}
	}
	return nil
}

// shortCandidate reports whether a winner is named by one word, for which
// the document's longer names are worth collecting.
func shortCandidate(c candidate) bool {
	return c.ent != nil && len(c.feats) > 0 && c.ent.id >= 0 && nameWords(displayName(c.ent)) == 1
}

// acronymIn reports whether a name has a word of two capitals or more and
// no small letter ("NY", "DFS"): the shape of a body's name, not a
// person's.
func acronymIn(name string) bool {
	for _, w := range strings.Fields(name) {
		n, lower := 0, false
		for _, r := range w {
			n += btoi(unicode.IsUpper(r))
			lower = lower || unicode.IsLower(r)
		}
		if n >= 2 && !lower {
			return true
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fullerNames collects, over the whole document, the words written as the
// first word of a longer name.
func (a *attributor) fullerNames() map[string]bool {
	m := map[string]bool{}
	for _, b := range a.blocks {
		fullerWords(b.raw.text, m)
	}
	return m
}

// fullerWords adds to m (folded) every capitalised word of text that is
// followed, with nothing but a space between, by another capitalised word
// ("Ana Lind"); a word with punctuation after it ends its name ("Thanks,
// Ana. Next …").
func fullerWords(text string, m map[string]bool) {
	words := strings.Fields(text)
	for i := 0; i+1 < len(words); i++ {
		w := strings.TrimLeft(words[i], "([“\"'‘*_")
		if startsUpper(w) && startsUpper(words[i+1]) && nameWords(w) == 1 && wordOnly(w) {
			m[foldName(w)] = true
		}
	}
}

// wordOnly reports whether s is letters (and apostrophes) only.
func wordOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return s != ""
}

// nameWords counts the words of a name as the eval script does: runs of
// letters, digits and apostrophes ("Jean-Pierre" is two, "O’Neill" one).
func nameWords(name string) int {
	n, in := 0, false
	for _, r := range name {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '\'' || r == '’'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// evidenceMargin is the winner's margin with its evidence weights added.
func evidenceMargin(margin float64, ev []feature) float64 {
	if calibrating {
		return margin
	}
	for _, f := range ev {
		margin += weights[f].w
	}
	return margin
}
