package content

import (
	"strings"
	"unicode"
)

// Structure: label induction — a transcript whose label form brief has no rule for ("Ana Lind — We
// will …", "ANA | We will …", "lind: we will …") is read from the document itself: a short
// name-like opener, and the separator after it, that recur at the head of many paragraphs and take
// turns as speakers do.

// inductSeparators are the marks that may end a label, longest first.
var inductSeparators = []string{" — ", " – ", " -- ", " - ", " | ", " > ", ": "}

// maxInducedLabel is the longest opener read as a label, in bytes.
const maxInducedLabel = 40

// minInducedTurns is the fewest turns an induced label form needs.
const minInducedTurns = 4

// maxSpokenSample is how many turns are read for speech: the first ones
// show it as well as all of them.
const maxSpokenSample = 40

// opener is a paragraph's candidate label and the separator after it.
type opener struct {
	label, sep string
	// line: the label is the first line of its turn's paragraph, kept in
	// it as written (a line break may follow it), its words after it
	line bool
}

// induceTurns reads the document's own label form: the separator that
// follows a short name-like opener ("Ana Lind", "LIND", "ana", "Host") at
// the head of paragraphs most often (or none: a label alone on its line
// over the turn's paragraphs), and the openers that recur before it. It is a transcript when four such turns or more come from two
// recurring labels at least, they open a third of the paragraphs after
// the first, the labelled turns change hands two times in three, and a
// third of them speak (in the first person, or asking) — prose whose
// paragraphs open alike does none of that. nil otherwise.
func induceTurns(paras []para) []*turn {
	ops := make([]opener, len(paras))
	bySep := map[string]map[string]int{}
	named := map[string]map[string]bool{} // per separator, the labels that name someone in full
	for i, p := range paras {
		if p.list {
			continue
		}
		o, ok := readOpener(p.text)
		if !ok && p.lines == 1 && ownLineLabel(p.text) && i+1 < len(paras) && !paras[i+1].list {
			o, ok = opener{label: p.text}, true // a label alone on its line, its words below
		}
		if l := firstLineOf(p); !ok && l != "" && len(l) <= maxInducedLabel && inducedLabel(l) && !endsSentence(l) {
			o, ok = opener{label: l, line: true}, true // a label on the first line of its turn
		}
		if ok {
			ops[i] = o
			if bySep[o.sep] == nil {
				bySep[o.sep] = map[string]int{}
			}
			bySep[o.sep][inducedKey(o.label)]++
			if named[o.sep] == nil {
				named[o.sep] = map[string]bool{}
			}
			if k := inducedKey(o.label); len(named[o.sep]) < maxNamedOnce && bySep[o.sep][k] == 1 && inducedName(o.label) {
				named[o.sep][k] = true
			}
		}
	}
	sep, best := "", 0
	for s, labels := range bySep {
		n := 0
		for l, c := range labels {
			if c >= 2 {
				n += c
			} else if named[s][l] {
				n++ // a name in full, once
			}
		}
		if n > best || n == best && s < sep {
			sep, best = s, n
		}
	}
	// two recurring labels, or one that answers people named in full once
	// each (a press conference's reporters)
	if rec := len(recurring(bySep[sep])); best < minInducedTurns || rec == 0 ||
		rec == 1 && !(len(named[sep]) >= 2 && onceNames(bySep[sep])) {
		return nil
	}
	return inducedTurns(paras, ops, sep, bySep[sep])
}

// inducedTurns makes the turns of the chosen form and checks that they
// read as a transcript.
func inducedTurns(paras []para, ops []opener, sep string, counts map[string]int) []*turn {
	turns := make([]*turn, len(paras))
	first, n, spoken, told, changes, last := -1, 0, 0, 0, 0, ""
	short := shortForms(counts)
	once := onceNames(counts)
	for i, o := range ops {
		if l := inducedKey(o.label); o.sep != sep || counts[l] < 2 && !short[l] && !(once && inducedName(o.label)) {
			continue
		}
		if first < 0 {
			first = i
		}
		text := strings.TrimSpace(paras[i].text[len(o.label)+len(sep):])
		turns[i] = &turn{label: o.label, text: text, inline: o.line}
		n++
		if text == "" && i+1 < len(paras) {
			text = paras[i+1].text // the words under a label alone
		}
		if n <= maxSpokenSample && (firstPerson(text) || strings.Contains(text, "?")) {
			spoken++
		}
		if n <= maxSpokenSample && toldOf(text, o.label) {
			told++
		}
		if l := inducedKey(o.label); last != "" && l != last {
			changes++
		}
		last = inducedKey(o.label)
	}
	if 3*n < len(paras)-first || 3*changes < 2*(n-1) || 3*spoken < min(n, maxSpokenSample) || 4*told >= min(n, maxSpokenSample) {
		return nil
	}
	return turns
}

// toldOf reports words under a label that tell of its person rather than
// give their words: the label's surname next to a speech verb ("Lind
// said", "said Lind", "Lind replied"), as a recap under its speakers'
// names does, or a quotation credited in the third person ("“We will,”
// she said."), as a digest's quotes under their speakers' names are. A
// reporter naming themselves ("Piet Varga from Harbour Radio.") says
// nothing of the kind.
func toldOf(text, label string) bool {
	if strings.ContainsAny(text, "”\"") {
		// "“We will,” she said.": a quotation credited in the third person
		for _, m := range creditedQuote.FindAllStringSubmatch(text, 4) {
			if _, ok := cueForms[m[1]]; ok {
				return true
			}
		}
	}
	name := strings.Fields(inducedKey(label))
	if len(name) == 0 || len(name[len(name)-1]) < 3 {
		return false
	}
	surname := name[len(name)-1]
	words := strings.Fields(text)
	cue := func(k int) bool {
		if k < 0 || k >= len(words) {
			return false
		}
		_, ok := cueForms[strings.Trim(words[k], ".,;:!?\"“”‘’'()")]
		return ok
	}
	for k, w := range words {
		if startsUpper(w) && strings.EqualFold(strings.Trim(w, ".,;:!?\"“”‘’'()"), surname) && (cue(k-1) || cue(k+1)) {
			return true
		}
	}
	return false
}

// creditedQuote matches a quotation's end and a pronoun in the third
// person with the verb after it ("…,” she said"); group 1 is the verb.
var creditedQuote = lazyRE(`[”"]\s*(?:he|she|they)\s+(\p{Ll}+)`)

// numberedSpeaker reports a label that numbers a speaker a machine
// transcript cannot name: "Speaker 1", "Caller 2", "Participant 3".
func numberedSpeaker(label string) bool {
	w, n, ok := strings.Cut(strings.TrimSpace(label), " ")
	if !ok || len(n) > 2 || strings.TrimLeft(n, "0123456789") != "" {
		return false
	}
	w = strings.ToLower(w)
	return w == "speaker" || w == "person" || anonymousLabels[w] || roleLabelWords[w] || anonNouns[w]
}

// firstLineOf returns the first line of a paragraph of two lines or
// more ("Ana Lind  00:07" over her words), "" for one of a single line.
func firstLineOf(p para) string {
	if p.lines < 2 {
		return ""
	}
	if p.firstLine > 0 {
		return p.text[:p.firstLine]
	}
	if i := strings.IndexByte(p.text[:min(len(p.text), maxInducedLabel+1)], '\n'); i > 0 {
		return strings.TrimRight(p.text[:i], " \t")
	}
	return ""
}

// shortForms returns the first and last words of the recurring labels
// of two words or more: "lind" after "ana lind", a label a record may
// shorten after the first turn.
func shortForms(counts map[string]int) map[string]bool {
	out := map[string]bool{}
	for l, c := range counts {
		if w := strings.Fields(l); c >= 2 && len(w) >= 2 {
			out[w[0]], out[w[len(w)-1]] = true, true
		}
	}
	return out
}

// onceNames reports a record whose recurring labels take most turns, so
// that a label used once that reads as a person's full name is a turn
// too: the reporters of a press conference each ask once, between the
// answers of the one who is asked.
func onceNames(counts map[string]int) bool {
	rec, all := 0, 0
	for _, c := range counts {
		all += c
		if c >= 2 {
			rec += c
		}
	}
	return 2*rec >= all
}

// inducedName reports an opener that is a person's name in full, without
// the recording's time ("Ana Lind", "Ana Lind  00:07").
func inducedName(label string) bool {
	name := strings.TrimSpace(timeCode.ReplaceAllString(labelHead(stageDirection.ReplaceAllString(label, "")), ""))
	if name == strings.ToUpper(name) {
		name = titleCase(strings.ToLower(name)) // "ANA LIND"
	}
	return speakerNameLine(name)
}

// ownLineLabel reports a paragraph of one line that may be a label over
// the words below it: a name or role ("Ana Lind", "Host"), perhaps with
// an affiliation after a comma or a dash ("Piet Varga, Harbour Radio"),
// and no sentence.
func ownLineLabel(text string) bool {
	if len(text) > maxOwnLineLabel || endsSentence(text) || strings.HasSuffix(text, "?") {
		return false
	}
	head := labelHead(text)
	return inducedLabel(head) && (head == text || wordCount(text)-wordCount(head) <= 8 && !strings.ContainsAny(text, ":;\"“”"))
}

// maxNamedOnce is how many labels used once are read for a name in full
// (a name is read slowly): enough to tell a press conference's reporters.
const maxNamedOnce = 16

// maxOwnLineLabel is the longest line, in bytes, read as a label over
// the words below it.
const maxOwnLineLabel = 64

// recurring returns the labels used twice or more.
func recurring(counts map[string]int) []string {
	var out []string
	for l, c := range counts {
		if c >= 2 {
			out = append(out, l)
		}
	}
	return out
}

// readOpener returns a paragraph's candidate label: one to four words of
// letters (a name in any case, initials, a handle, a role) before one of
// the separators, within its first bytes; never a run-in word the lexicon
// knows ("Note", "Update") or a sentence's start.
func readOpener(text string) (opener, bool) {
	// one pass over the first bytes: a separator starts with a space, or
	// is a colon
	for i := 1; i < len(text) && i <= maxInducedLabel; i++ {
		var sep string
		switch text[i] {
		case ':':
			if strings.HasPrefix(text[i:], ": ") {
				sep = ": "
			}
		case ' ':
			if i+1 >= len(text) || text[i+1] != '-' && text[i+1] != '|' && text[i+1] != '>' && text[i+1] != 0xE2 {
				continue // ("—" and "–" open with the byte 0xE2)
			}
			for _, s := range inductSeparators {
				if s[0] == ' ' && strings.HasPrefix(text[i:], s) {
					sep = s
					break
				}
			}
		}
		if sep != "" && inducedLabel(text[:i]) {
			return opener{label: text[:i], sep: sep}, true
		}
	}
	return opener{}, false
}

// inducedKey is the speaker an opener names, to count: without the
// recording's time or a bracketed role, in lower case ("[00:01:12] Ana
// Lind (host)" → "ana lind").
func inducedKey(label string) string {
	if c := firstRune(label); c >= '0' && c <= '9' || c == '[' || c == '(' || c == ' ' {
		if m := timeCode.FindStringIndex(label); m != nil {
			label = label[m[1]:]
		}
	}
	label = labelHead(label) // "Ana Lind  00:07", "Ana Lind, Governor"
	if strings.ContainsAny(label, "([") {
		label = stageDirection.ReplaceAllString(label, "")
	}
	return strings.ToLower(strings.TrimSpace(label))
}

// inducedLabel reports an opener that may be a speaker's label: one to
// four words, each of letters (with ' . -), no sentence inside it, the
// first word no run-in heading's.
func inducedLabel(label string) bool {
	if strings.HasSuffix(label, ")") || strings.HasSuffix(label, "]") {
		label = stageDirection.ReplaceAllString(label, "") // "Ana Lind (host)", "Ana Lind [0:21]"
	}
	if m := timeCode.FindStringIndex(label); m != nil {
		label = label[m[1]:] // "[00:01:12] Ana Lind"
	}
	if n := len(label); n > 0 && label[n-1] >= '0' && label[n-1] <= '9' {
		label = trailingTime.ReplaceAllString(label, "") // "Ana Lind  00:07"
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if numberedSpeaker(label) {
		return true // "Speaker 2", as a machine transcript names those it cannot
	}
	w0 := strings.ToLower(strings.Trim(words[0], "."))
	if notLabels[w0] || headerFields[w0] || subjectFields[w0] || sentenceStarters[w0] {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '.' && r != '-' {
				return false
			}
		}
	}
	return true
}
