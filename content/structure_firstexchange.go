package content

import "strings"

// Structure: interviews whose labels mark only the first exchange — "HARBOUR NEWS: Could you …?" then
// "Ana Lind: …" — and whose later questions stand unlabelled, each a paragraph ending in a question
// mark, the answer in the paragraphs under it.

// minLaterQuestions is how many unlabelled questions after the first
// exchange make such an interview.
const minLaterQuestions = 3

// maxIntroParas is how far into a document an interview's intro is
// looked for before any turn is parsed.
const maxIntroParas = 40

// maxQuestionWords is the longest paragraph read as an unlabelled
// question.
const maxQuestionWords = 90

// firstExchange reads an interview whose only labels are its first
// exchange's: two labelled paragraphs one after the other, the first
// asking, then paragraphs of their own ending in a question mark, each
// the asker's next question, and the paragraphs after each, up to the
// next question, the answerer's. An essay asks questions too, so the gate
// is qaTurns': three such questions or more, an intro that says it
// is an interview, and a third of the answers in the first person. The
// unlabelled turns carry the label of the exchange's turn they continue
// (turn.by). It returns the turns, or nil.
func firstExchange(paras []para) []*turn {
	if !interviewIntro(paras[:min(len(paras), maxIntroParas)]) {
		return nil // the intro must say it is an interview: the cheap test first
	}
	var at []int
	turns := make([]*turn, len(paras))
	for i, p := range paras {
		if p.list || labelColon(p.text) < 0 {
			continue // (a byte scan: most paragraphs have no label)
		}
		if t, ok := parseTurn(p.text); ok && !t.field && t.text != "" {
			if len(at) == 2 {
				return nil // a third label: another shape
			}
			turns[i] = &t
			at = append(at, i)
		}
	}
	if len(at) != 2 || at[1] != at[0]+1 || normLabel(turns[at[0]].label) == normLabel(turns[at[1]].label) ||
		!strings.Contains(turns[at[0]].text, "?") || !interviewIntro(paras[:at[0]]) {
		return nil
	}
	asker, answerer := turns[at[0]].label, turns[at[1]].label
	questions, answering := 0, false
	for i := at[1] + 1; i < len(paras); i++ {
		p := paras[i]
		switch {
		case narrates(p.text, answerer):
			turns[i] = &turn{aside: true} // "Ana Lind will speak on Friday."
			answering = false
		case unlabelledQuestion(p) && i+1 < len(paras) && !unlabelledQuestion(paras[i+1]):
			turns[i] = &turn{text: p.text, asked: true, by: asker}
			questions++
			answering = false
		case !answering && !p.list && questions > 0:
			turns[i] = &turn{text: p.text, answer: true, by: answerer}
			answering = true
		}
	}
	if questions < minLaterQuestions || !spokenAnswers(turns) {
		return nil
	}
	return turns
}

// unlabelledQuestion reports a paragraph that may be an interviewer's
// question: no list item, ending in a question mark, not too long.
func unlabelledQuestion(p para) bool {
	return !p.list && strings.HasSuffix(trimClosers(p.text), "?") && wordCount(p.text) <= maxQuestionWords
}

// narrates reports a paragraph that opens by naming the speaker of a
// label in the third person — the name or its last word, then a word in
// lower case ("Ana Lind will speak …", "Lind called for a vote") — the
// writer's, not the speaker's words.
func narrates(p, label string) bool {
	name := strings.Fields(labelHead(stageDirection.ReplaceAllString(label, "")))
	if len(name) == 0 {
		return false
	}
	for _, form := range [][]string{name, name[len(name)-1:]} {
		words := strings.Fields(p)
		if len(words) <= len(form) {
			continue
		}
		same := true
		for k, w := range form {
			same = same && strings.EqualFold(strings.TrimRight(words[k], ",.:;"), w) && startsUpper(words[k])
		}
		next := words[len(form)]
		if same && next == strings.ToLower(next) && !strings.ContainsAny(words[len(form)-1], ",:;") {
			return true
		}
	}
	return false
}
