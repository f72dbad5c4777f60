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
	var words *docWords
	for _, b := range a.blocks {
		for _, q := range b.quotes {
			if q.speaker == nil || q.drop {
				continue
			}
			if words == nil && shortCandidate(q.win) {
				words = a.readWords()
			}
			ev := evidence(q.win, words)
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
// words is what the document writes (nil when no winner is named by one
// word).
func evidence(c candidate, words *docWords) []feature {
	if c.ent == nil || len(c.feats) == 0 {
		return nil
	}
	label := c.feats[0] == fLabel
	name := displayName(c.ent)
	switch {
	case c.ent.id == anonID:
		if !label {
			return []feature{fUnnamed}
		}
	case c.ent.id == jointID:
	case c.feats[0] == fAnswer && (c.ent.org || acronymIn(name)):
		return []feature{fBodyAnswer}
	case words == nil || nameWords(name) != 1:
	case label:
		if words.fuller[foldName(name)] {
			return []feature{fBareLabel}
		}
	case words.lower[foldName(name)]:
		return []feature{fCommonWord}
	case !c.ent.org && c.ent.gender != 0 && words.fuller[foldName(name)]:
		return []feature{fOneWord} // a person, whom "he" or "she" has stood for
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

// docWords is what the calibration reads of the document's words.
type docWords struct {
	// fuller: written as the first word of a longer capitalised name
	// ("Ana" of "Ana Lind"); lower: written in lower case ("models").
	// Both folded (foldName).
	fuller, lower map[string]bool
}

// readWords reads the words of the whole document.
func (a *attributor) readWords() *docWords {
	w := &docWords{fuller: map[string]bool{}, lower: map[string]bool{}}
	for _, b := range a.blocks {
		w.read(b.raw.text)
	}
	return w
}

// read adds a text's words: a capitalised word followed, with nothing but
// a space between, by another capitalised word is the head of a longer
// name ("Ana Lind"), unless punctuation ends it ("Thanks, Ana. Next …").
func (w *docWords) read(text string) {
	words := strings.Fields(text)
	for i, raw := range words {
		word := strings.TrimLeft(raw, "([“\"'‘*_")
		if word == "" {
			continue
		}
		if r := []rune(word)[0]; unicode.IsLower(r) {
			w.lower[foldName(strings.TrimRight(word, ".,;:!?)]”\"'’*_"))] = true
			continue
		}
		if i+1 < len(words) && startsUpper(word) && startsUpper(words[i+1]) && nameWords(word) == 1 && wordOnly(word) {
			w.fuller[foldName(word)] = true
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
