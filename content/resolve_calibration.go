package content

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	words := a.readWords()
	for _, b := range a.blocks {
		for _, q := range b.quotes {
			if q.speaker == nil || q.drop {
				continue
			}
			ev := evidence(q.winner(), words)
			m := q.margin()
			if len(ev) > 0 {
				win := q.winner()
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
	case c.ent.handle:
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
	// only, when set, are the folded words worth keeping, and firsts
	// their first bytes.
	only   map[string]bool
	firsts [utf8.RuneSelf]bool
}

// readWords reads the document's words, for the one-word names of the
// winners only (nil when no winner has one): a document of megabytes is
// read once, and only its words that are such a name are kept.
func (a *attributor) readWords() *docWords {
	var names map[string]bool
	for _, b := range a.blocks {
		for _, q := range b.quotes {
			if q.speaker != nil && !q.drop && shortCandidate(q.winner()) {
				if names == nil {
					names = map[string]bool{}
				}
				names[foldName(displayName(q.winner().ent))] = true
			}
		}
	}
	if names == nil {
		return nil
	}
	w := &docWords{fuller: map[string]bool{}, lower: map[string]bool{}, only: names}
	for n := range names {
		if n[0] < utf8.RuneSelf {
			w.firsts[n[0]] = true
		}
	}
	for _, b := range a.blocks {
		w.read(b.raw.text)
	}
	return w
}

// read adds a text's words: a capitalised word followed, with nothing but
// a space between, by another capitalised word is the head of a longer
// name ("Ana Lind"), unless punctuation ends it ("Thanks, Ana. Next …").
// It runs over the bytes: words are split at ASCII spaces.
func (w *docWords) read(text string) {
	var head string // the word before, when it may head a longer name
	for i := 0; i < len(text); {
		if asciiSpace(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && !asciiSpace(text[j]) {
			j++
		}
		word := strings.TrimLeft(text[i:j], "([“\"'‘*_")
		i = j
		if word == "" {
			head = ""
			continue
		}
		upper, lower := caseOf(word)
		if upper && head != "" && !eventWords[strings.ToLower(strings.TrimRight(word, ".,;:!?)]”\"'’*_"))] {
			w.fuller[head] = true // ("Harbour Interview" names an occasion, no one's longer name)
		}
		head = ""
		switch {
		case !w.wanted(word):
		case upper && wordOnly(word):
			head = w.key(word)
		case lower:
			if k := w.key(strings.TrimRight(word, ".,;:!?)]”\"'’*_")); k != "" {
				w.lower[k] = true
			}
		}
	}
}

// caseOf reports whether a word opens with a capital or a small letter.
func caseOf(word string) (upper, lower bool) {
	if c := word[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r), unicode.IsLower(r)
}

// wanted is a quick test that a word may be one of the names wanted: an
// ASCII first letter must be the first letter of one of them.
func (w *docWords) wanted(word string) bool {
	if w.only == nil {
		return true
	}
	c := word[0]
	if c >= utf8.RuneSelf {
		return true
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return w.firsts[c]
}

// key folds a word for the maps, or returns "" when it is none of the
// names wanted.
func (w *docWords) key(word string) string {
	var buf [32]byte
	if w.only != nil && len(word) <= len(buf) {
		// an ASCII word is folded by lower-casing it, on the stack: most
		// of a long document's words are no one's name
		b, ascii := buf[:len(word)], true
		for i := 0; i < len(word) && ascii; i++ {
			c := word[i]
			ascii = c < utf8.RuneSelf
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if ascii {
			if !w.only[string(b)] {
				return ""
			}
			return string(b)
		}
	}
	k := foldName(word)
	if w.only != nil && !w.only[k] {
		return ""
	}
	return k
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
