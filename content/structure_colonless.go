package content

import (
	"strings"
	"unicode"
)

// Structure: transcripts whose labels have no colon — each paragraph opens with its speaker's
// name in capitals ("ANA Thank you for coming…"), the first answer's label perhaps a line of its
// own ("ANA RUIZ – Harbour Master" and the answer under it). The label stays in the paragraph as
// the author wrote it; the turn's words are what follows it.

// maxLabelLine is how far into a paragraph a label without a colon is
// looked for, in bytes.
const maxLabelLine = 160

// minColonless is how many paragraphs must open with a capitals label for
// the document to be read as a transcript without colons.
const minColonless = 6

// colonlessTurns reads paragraphs that open with a name in capitals and
// no colon: a transcript when two names or more open at least three
// paragraphs each, such paragraphs are most of those from the first to
// the last, and the names mostly change from one to the next. A paragraph whose first line is a name in capitals (with a
// role after a dash) and whose words follow on the next line is a turn of
// the same speaker. nil when the document is not such a transcript.
func colonlessTurns(paras []para) []*turn {
	turns := make([]*turn, len(paras))
	count := map[string]int{}
	first, last, n := -1, -1, 0
	for i, p := range paras {
		if p.list {
			continue
		}
		if label, ok := colonlessLabel(p.text); ok {
			turns[i] = &turn{label: label, text: strings.TrimSpace(p.text[len(label):]), inline: true}
			count[strings.ToUpper(strings.Fields(label)[0])]++
			if first < 0 {
				first = i
			}
			last, n = i, n+1
		}
	}
	named := 0
	for _, c := range count {
		if c >= 3 {
			named++
		}
	}
	if n < minColonless || named < 2 || 2*n < last-first+1 || !takingTurns(turns) {
		return nil
	}
	for i, t := range turns {
		if t != nil && count[strings.ToUpper(strings.Fields(t.label)[0])] < 3 {
			turns[i] = nil // "NATO Allies met …": a word in capitals, no speaker's
		}
	}
	return turns
}

// takingTurns reports labels that mostly change from one labelled
// paragraph to the next, as speakers taking turns do (a wire story whose
// paragraphs open with an acronym repeats it).
func takingTurns(turns []*turn) bool {
	prev, changes, pairs := "", 0, 0
	for _, t := range turns {
		if t == nil {
			continue
		}
		key := strings.ToUpper(strings.Fields(t.label)[0])
		if prev != "" {
			pairs++
			if key != prev {
				changes++
			}
		}
		prev = key
	}
	return 2*changes >= pairs
}

// colonlessLabel returns the label a paragraph opens with: a name in
// capitals, of one word to four, and a capitalised word after it ("ANA
// Thank you"); or, where the name was a line of its own, a role after a
// dash, up to the word that opens the turn ("ANA RUIZ – Harbour Master
// Look, we …").
func colonlessLabel(p string) (string, bool) {
	if w, _, _ := strings.Cut(p, " "); len(w) < 3 || !isLettersOnly(w) || w != strings.ToUpper(w) {
		return "", false // most paragraphs: read no further
	}
	head := p
	if i := strings.LastIndexByte(p[:min(len(p), maxLabelLine)], ' '); len(p) > maxLabelLine && i > 0 {
		head = p[:i] // a label and the words that tell it from text are short
	}
	words := strings.Fields(head)
	k := 0
	for k < len(words) && k < 4 && len(words[k]) >= 2 && isLettersOnly(words[k]) && words[k] == strings.ToUpper(words[k]) {
		k++
	}
	if k == 0 || k == len(words) || len(words[0]) < 3 {
		return "", false
	}
	end := wordsEnd(p, k)
	if dash := words[k]; (dash == "–" || dash == "—" || dash == "-") && k+2 < len(words) {
		// the role runs to the last capitalised word before the turn's first
		// lower-case one
		r := k + 1
		for r+1 < len(words) && startsUpper(words[r+1]) {
			r++
		}
		if r == k+1 || r-k > 6 {
			return "", false
		}
		return p[:wordsEnd(p, r)], true
	}
	rest := strings.TrimLeft(p[end:], " \t\n")
	f := firstRune(rest)
	return p[:end], unicode.IsUpper(f) || unicode.IsDigit(f) || strings.ContainsRune("\"“‘'", f)
}

// wordsEnd returns the byte offset where the first n words of s end.
func wordsEnd(s string, n int) int {
	i := 0
	for w := 0; w < n; w++ {
		for i < len(s) && unicode.IsSpace(rune(s[i])) {
			i++
		}
		for i < len(s) && !unicode.IsSpace(rune(s[i])) {
			i++
		}
	}
	return i
}

// isLettersOnly reports a word made only of letters.
func isLettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// minLineLabels is how many turns a transcript of label lines needs.
const minLineLabels = 3

// lineLabelTurns reads a transcript whose labels are lines of their own
// without a colon — a name and a role after a double dash ("Ana Lind --
// Chief Executive Officer"), or a role alone ("Operator") — each followed
// by the turn's paragraphs, as earnings calls are published. Two names at
// least, three labels at least; nil otherwise.
func lineLabelTurns(paras []para) []*turn {
	turns := make([]*turn, len(paras))
	names := map[string]bool{}
	n := 0
	for i, p := range paras {
		if head, label, text, ok := labelOverWords(p); ok {
			// the label's lines over the turn's words, no blank line between
			turns[i] = &turn{label: label, text: text}
			names[head] = true
			n++
			continue
		}
		if i+1 >= len(paras) || p.list || p.lines > 2 {
			continue
		}
		if head, ok := lineLabel(nameOverAffiliation(p)); ok && !paras[i+1].list && !partHeading(paras[i+1]) {
			if _, next := lineLabel(nameOverAffiliation(paras[i+1])); !next {
				turns[i] = &turn{label: labelAsWritten(p)}
				names[head] = true
				n++
			}
		}
	}
	if n < minLineLabels || len(names) < 2 {
		return nil
	}
	bareNameLines(paras, turns)
	for i, p := range paras {
		if turns[i] == nil && p.lines == 2 && nameOverAffiliation(p) != "" && p.text[p.firstLine] == ' ' {
			// a participant listed over their company: the line break
			// kept, so the name does not run into the company's
			paras[i].text = p.text[:p.firstLine] + "\n" + p.text[p.firstLine+1:]
		}
	}
	return turns
}

// labelOverWords reads a paragraph whose first lines are a turn's label
// and whose next lines are its words: a name over its company and role
// ("Ana Lind" over "Tarrow Shipping - Chief Executive" over "Thank you,
// and good afternoon."), or a role alone ("Operator" over its words). It
// returns the name or role, the label and the words.
func labelOverWords(p para) (head, label, text string, ok bool) {
	if p.list || p.lines < 2 || p.firstLine == 0 {
		return "", "", "", false
	}
	if p.secondLine > 0 {
		two := para{text: p.text[:p.secondLine], lines: 2, firstLine: p.firstLine}
		if joined := nameOverAffiliation(two); joined != "" {
			text = strings.TrimSpace(p.text[p.secondLine:])
			if head, ok = lineLabel(joined); ok && !partHeading(para{text: text, lines: 1}) {
				// ("CONFERENCE CALL PARTICIPANTS" under the last one listed
				// is no one's words)
				return head, labelAsWritten(two), text, true
			}
		}
	}
	first := p.text[:p.firstLine]
	if roleLabelWords[strings.ToLower(first)] && startsUpper(first) {
		return strings.ToLower(first), first, strings.TrimSpace(p.text[p.firstLine:]), true
	}
	return "", "", "", false
}

// nameOverAffiliation returns a paragraph's one-line label form: a name
// set over its company and role ("Ana B. Lind" over "Tarrow Shipping -
// Chief Executive") joined as "Ana B. Lind -- Tarrow Shipping - Chief
// Executive"; a paragraph of one line as it is; "" for any other.
func nameOverAffiliation(p para) string {
	if p.lines == 1 {
		return p.text
	}
	if p.lines != 2 || p.firstLine == 0 {
		return ""
	}
	name, aff := p.text[:p.firstLine], strings.TrimSpace(p.text[p.firstLine:])
	if !strings.Contains(aff, " - ") || strings.Contains(name, " -") || !startsUpper(aff) || endsSentence(aff) || wordCount(aff) > 16 {
		return ""
	}
	return name + " -- " + aff
}

// labelAsWritten is a label line's text as the author wrote it: a name
// over its company and role keeps its line break ("Ana B. Lind" over
// "Tarrow Shipping - CEO"), never joined with a dash the author did not
// write; labelHead reads the name before the break.
func labelAsWritten(p para) string {
	if n := int(p.firstLine); p.lines == 2 && n > 0 && n < len(p.text) {
		return p.text[:n] + "\n" + strings.TrimSpace(p.text[n:])
	}
	return p.text
}

// bareNameLines marks, in a transcript of line labels, the lines that give
// a name alone ("Ana B. Lind") as labels too, when the same line stands
// alone twice or more (a participant listed, then taking turns) and a
// turn's words follow it.
func bareNameLines(paras []para, turns []*turn) {
	seen := map[string]int{}
	for _, p := range paras {
		if nameLine(p) {
			seen[p.text]++
		}
	}
	for i, p := range paras {
		if i+1 < len(paras) && turns[i] == nil && seen[p.text] >= 2 && nameLine(p) && !nameLine(paras[i+1]) && !paras[i+1].list && !partHeading(paras[i+1]) {
			if _, next := lineLabel(nameOverAffiliation(paras[i+1])); !next {
				turns[i] = &turn{label: p.text}
			}
		}
	}
}

// partHeading reports a short line in capitals that names a part of a
// call ("PRESENTATION", "QUESTIONS AND ANSWERS"): what follows a label is a
// turn's words, never such a line.
func partHeading(p para) bool {
	return p.lines == 1 && wordCount(p.text) <= 6 && strings.ToUpper(p.text) == p.text && strings.ContainsFunc(p.text, unicode.IsLetter)
}

// nameLine reports a line of two to four capitalised words and nothing
// else: "Ana B. Lind".
func nameLine(p para) bool {
	if p.lines != 1 || p.list || len(p.text) > 60 || strings.ToUpper(p.text) == p.text {
		return false
	}
	words := strings.Fields(p.text)
	if len(words) < 2 || len(words) > 4 || strings.HasSuffix(p.text, ".") && !strings.HasSuffix(words[len(words)-1], ".") {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) || strings.ContainsAny(w, ",:;?!\"") {
			return false
		}
	}
	return true
}

// lineLabel reports a line that labels the turn under it, and the name or
// role it gives: "Ana Lind -- Chief Executive Officer", "Operator".
func lineLabel(t string) (string, bool) {
	if len(t) > maxLabelLine {
		return "", false
	}
	if lowerIn(t, roleLabelWords) && startsUpper(t) {
		return strings.ToLower(t), true
	}
	head, _, ok := strings.Cut(t, " -- ")
	if !ok {
		return "", false
	}
	words := strings.Fields(head)
	if len(words) < 2 || len(words) > 4 || endsSentence(t) || wordCount(t) > 16 {
		return "", false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return "", false
		}
	}
	return head, true
}
