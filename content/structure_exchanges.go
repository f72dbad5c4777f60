package content

import (
	"slices"
	"strings"
	"unicode"
)

// Structure: a transcript without headings of its own is made navigable — each exchange becomes a
// section brief derived.

// deriveExchanges makes a transcript without headings navigable: each
// exchange — a question and the answers to it — becomes a section brief
// derived, and so do the remarks before the first question. The header
// stays the intro. Each is named by the first of the header's subjects
// it talks about, else by its question's first words.
func deriveExchanges(d *rawDoc, subjects []string) {
	first := slices.IndexFunc(d.intro, func(b rawBlock) bool { return b.turn() })
	if first < 0 {
		return
	}
	blocks := d.intro[first:]
	d.intro = d.intro[:first:first]
	var cur *rawSection
	asked := false // the current unit has had its answer
	for _, b := range blocks {
		question := b.asked || b.label != "" && anonymousLabels[labelWords(b.label)[0]]
		// "Every night?" after an answer follows the exchange up
		followUp := question && wordCount(b.text) <= 3
		if cur == nil || question && asked && !followUp {
			d.sections = append(d.sections, rawSection{derived: true})
			cur = &d.sections[len(d.sections)-1]
			asked = false
		}
		cur.blocks = append(cur.blocks, b)
		asked = asked || b.turn() && !question
	}
	if len(d.sections) == 1 {
		// one unit is no way through the document: it stays as it is
		d.intro, d.sections = append(d.intro, blocks...), nil
		return
	}
	used := map[string]bool{}
	for i := range d.sections {
		d.sections[i].heading = exchangeName(d.sections[i].blocks, subjects, used)
	}
}

// exchangeName names a derived unit: the header subject whose words it uses
// most (each subject once), else the sentence its question asks, else —
// for the remarks before any question — "Opening remarks".
func exchangeName(blocks []rawBlock, subjects []string, used map[string]bool) string {
	var sb strings.Builder
	for _, b := range blocks {
		sb.WriteString(strings.ToLower(b.text) + " ")
	}
	text := sb.String()
	best, bestHits := "", 0
	for _, s := range subjects {
		hits := 0
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if len(w) >= 4 && !functionWord[w] && strings.Contains(text, w[:min(len(w), 6)]) {
				hits++
			}
		}
		if hits > bestHits && !used[s] {
			best, bestHits = s, hits
		}
	}
	if best != "" {
		used[best] = true
		return best
	}
	for _, b := range blocks {
		if !b.asked && (b.label == "" || !anonymousLabels[labelWords(b.label)[0]]) {
			continue
		}
		// "Last one. Will the sailings come back?" is named by what it asks
		if w := askingSentence(b.text); w != "" {
			return w
		}
		if w := openingWords(b.text, 8); w != "" {
			return w
		}
	}
	if slices.ContainsFunc(blocks, func(b rawBlock) bool { return b.turn() }) {
		return "Opening remarks" // what is said before the first question
	}
	return openingWords(blocks[0].text, 8)
}

// askingSentence returns a question turn's first sentence that asks, as
// openingWords shortens it, or "" when none ends in a question mark.
func askingSentence(text string) string {
	text = strings.Join(strings.Fields(stageDirection.ReplaceAllString(text, "")), " ")
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' || i+1 < len(text) && text[i+1] != ' ' || c == '.' && labelAbbreviation(text[start:i]) {
			continue
		}
		if c == '?' {
			return openingWords(text[start:i+1], 12)
		}
		start = min(i+2, len(text))
	}
	return ""
}

// openingWords returns a text's first sentence when it has at most n words,
// else its first n words and an ellipsis.
func openingWords(text string, n int) string {
	text = strings.Join(strings.Fields(stageDirection.ReplaceAllString(text, "")), " ")
	if m := vocativeStart.FindStringIndex(text); m != nil && m[1] < len(text) && vocative(text) != nil {
		// "Director, what happens if …" is named by what it asks
		rest := strings.TrimSpace(text[m[1]:])
		r := firstRune(rest)
		text = string(unicode.ToUpper(r)) + rest[len(string(r)):]
	}
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(".?!", text[i]) < 0 || i+1 < len(text) && text[i+1] != ' ' || labelAbbreviation(text[:i]) {
			continue // "Mr. Secretary" goes on
		}
		if wordCount(text[:i+1]) <= n {
			return text[:i+1]
		}
		break
	}
	words := strings.Fields(text)
	if len(words) <= n {
		return text
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ",;:") + "…"
}

// headerSubjects returns the subjects a transcript's header lists before
// its first turn ("SUBJECTS: Rail strike; bushfire season"), nil when it
// lists none.
func headerSubjects(paras []para, turns []*turn) []string {
	for i, p := range paras {
		if turns[i] != nil {
			return nil
		}
		label, list, ok := strings.Cut(p.text, ":")
		if !ok || !subjectFields[strings.ToLower(strings.TrimSpace(label))] {
			continue
		}
		var out []string
		for _, s := range strings.FieldsFunc(list, func(r rune) bool { return r == ';' || r == ',' || r == '•' }) {
			if s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ".")); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
