package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Structure: interviews whose only labels are the questions' — "Q: …" or "**Reporter:** …" then the
// answer as plain paragraphs, the interviewee named by the header or the intro.

// interviewAnswers reads a document whose every turn label is a
// questioner's ("Q:", "Reporter:"): when most questions are followed by an
// unlabelled paragraph, those paragraphs are the answers — turns without a
// label, of the person the interview is with. It returns the turns with the
// answers marked, or nil when the document is no such interview.
func interviewAnswers(paras []para, turns []*turn) []*turn {
	questions, answered := 0, 0
	for i := range paras {
		t := turns[i]
		if t == nil || t.answer {
			continue
		}
		questions++
		j := i + 1
		if t.text == "" {
			j++ // "Q:" alone on its line: the question is the next paragraph
		}
		if j < len(paras) && turns[j] == nil && !paras[j].list && !closingLine(paras[j].text) {
			turns[j] = &turn{answer: true, text: paras[j].text}
			if answerTurn.MatchString(paras[j].text) {
				// "A. No, …" after "Q. …": the answer's label has a dot
				turns[j] = &turn{label: "A", text: strings.TrimSpace(paras[j].text[2:])}
			}
			answered++
		}
	}
	if answered < 2 || 2*answered < questions {
		return nil
	}
	return turns
}

// minBoldQuestions is how many questions set in bold an interview needs.
const minBoldQuestions = 3

// boldQuestions reads an interview whose questions have no label but are
// set in bold, each a paragraph of its own ending in a question mark
// ("**Will the port close?**"), the answers in plain paragraphs after
// them. An explainer's bold questions look the same, so the text before
// the first question must say it is an interview ("spoke to", "edited for
// length") and a third of the answers at least must speak in the first
// person. It returns the question turns with the answers marked, or nil.
func boldQuestions(paras []para) []*turn {
	turns := make([]*turn, len(paras))
	first, n := -1, 0
	for i, p := range paras {
		if !p.list && allStrong(p) && strings.HasSuffix(trimClosers(p.text), "?") && i+1 < len(paras) && !allStrong(paras[i+1]) {
			turns[i] = &turn{text: p.text, asked: true}
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < minBoldQuestions || !interviewIntro(paras[:first]) || interviewAnswers(paras, turns) == nil {
		return nil
	}
	if !spokenAnswers(turns) {
		return nil
	}
	labelsInside(paras, turns)
	return turns
}

// labelsInside gives a question or answer that opens with a first name and
// a colon ("**Ana: Could you …?**", "**Piet**: Yes …") to that name, its
// words after the colon; a paragraph so labelled within an answer is the
// answer of another ("**Mira**: Certainly! …" after Piet's).
func labelsInside(paras []para, turns []*turn) {
	for i, t := range turns {
		if t == nil && !paras[i].list {
			if c := labelColon(paras[i].text); c > 0 && loneName(paras[i].text[:c]) && i > 0 && (turns[i-1] != nil || paras[i-1].list) {
				t = &turn{answer: true, text: paras[i].text}
				turns[i] = t
			}
		}
		if t == nil || !t.asked && !t.answer {
			continue
		}
		if c := labelColon(t.text); c > 0 && loneName(t.text[:c]) {
			t.inline, t.label, t.by = true, t.text[:c+1], t.text[:c]
		}
	}
}

// spokenAnswers reports an interview's answers of which a third at least
// speak in the first person, as an interviewee's do and a writer's
// explanations seldom do.
func spokenAnswers(turns []*turn) bool {
	spoken, answers := 0, 0
	for _, t := range turns {
		if t != nil && t.answer {
			answers++
			if firstPerson(t.text) {
				spoken++
			}
		}
	}
	return answers > 0 && 3*spoken >= answers
}

// headingQuestions reads an interview whose questions are headings
// ("### Will the port close?", a page's <h3>), each answered by the plain
// paragraphs under it: the first of them is an answer, turn of the
// interviewee, and those after it join it. The headings stay the
// document's sections. An explainer's headings ask questions too ("What is
// a tariff?"), so the gate is boldQuestions': three question headings or
// more, most of them answered, an intro before the first that says it is
// an interview (or a title that is a person's name alone, nameTitle), and
// a third of the answers in the first person. It returns the turns with
// the answers marked, or nil.
func headingQuestions(paras []mdPara, title string) []*turn {
	turns := make([]*turn, len(paras))
	first, n, answered := -1, 0, 0
	for i, p := range paras {
		if p.level == 0 || !strings.HasSuffix(trimClosers(p.text), "?") {
			continue
		}
		if first < 0 {
			first = i
		}
		n++
		if j := i + 1; j < len(paras) && paras[j].level == 0 && paras[j].kind == model.Paragraph &&
			!paras[j].list && !closingLine(paras[j].text) {
			turns[j] = &turn{answer: true, text: paras[j].text}
			answered++
		}
	}
	if n < minBoldQuestions || 2*answered < n {
		return nil
	}
	intro := make([]para, first)
	for i := range first {
		intro[i] = paras[i].para
	}
	if !interviewIntro(intro) && !nameTitle(title) || !spokenAnswers(turns) {
		return nil
	}
	return turns
}

// nameTitle reports a title that is a person's name and nothing else
// ("Ana Lind"): over question headings, an interview with her, as blogs
// of interviews title them.
func nameTitle(title string) bool {
	r := readLine(title, false)
	return r.only && len(r.people[0].words) >= 2 && len(r.people[0].words) == wordCount(title) && looksLikePersonName(r.people[0].words)
}

// allStrong reports a paragraph set wholly in bold.
func allStrong(p para) bool {
	for _, in := range p.shape.val().inlines {
		if in.Kind == model.Strong && in.Start == 0 && in.End >= len(strings.TrimRight(p.text, " ")) {
			return true
		}
	}
	return false
}

// interviewIntro reports paragraphs that present what follows as an
// interview.
func interviewIntro(paras []para) bool {
	for _, p := range paras {
		if mayMentionInterview(p.text) && interviewWords.MatchString(p.text) {
			return true
		}
	}
	return false
}

// mayMentionInterview reports whether s holds, in any case, one of the
// words every match of interviewWords has: the pattern, case-insensitive,
// ran at about 5 MB/s, and a document of one paragraph of 16 MiB took
// seconds in it. ('ſ' folds to 's' in the pattern but not in ToLower, so
// a text with one is left to the pattern.)
func mayMentionInterview(s string) bool {
	if strings.Contains(s, "ſ") {
		return true
	}
	l := strings.ToLower(s)
	for _, w := range []string{"interview", "spoke", "talked", "sat down", "edited for", "&", "conversation", "question"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
