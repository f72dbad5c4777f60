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

// minBoldQuestions is how many questions an interview without labels
// needs: set apart as headings, in bold or italics, or after a dash.
const minBoldQuestions = 3

// asks reports a text that ends in a question mark, in any script ("?",
// the full-width "？"), closing quotes and brackets aside.
func asks(s string) bool {
	s = trimClosers(s)
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？")
}

// questionUnit reports a paragraph set apart as an interviewer's question:
// a heading that asks ("### Will the port close?", any level), or a short
// paragraph that asks set wholly in bold or italics or led by a dash
// ("— And the ferry?", as print interviews in many languages set them).
func questionUnit(p para, level int) bool {
	if !asks(p.text) {
		return false
	}
	if level > 0 {
		return true
	}
	if p.list || p.kind != model.Paragraph || wordCount(p.text) > maxQuestionWords {
		return false
	}
	return allStrong(p) || allInline(p, model.Emphasis) || dashLed(p.text)
}

// dashLed reports a paragraph opened by a dash, as a print interview sets
// its questions: "— And the ferry?", "–Why now?".
func dashLed(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "―")
}

// answerPara reports a paragraph that may answer a question: plain text,
// not a heading, a list item or a closing line.
func answerPara(p para, level int) bool {
	return level == 0 && !p.list && p.kind == model.Paragraph && !closingLine(p.text) && !questionUnit(p, 0)
}

// qaTurns reads an interview whose questions are set apart without a
// label — headings, bold or italic paragraphs, dash-led paragraphs, mixed
// as a document mixes them (levels gives each paragraph's heading level,
// nil for none) — each followed by unlabelled answers. The first paragraph
// after a question is an answer, turn of the interviewee, and those after
// it join it; a question in a paragraph is the interviewer's turn, a
// question heading stays the document's section. An explainer or an FAQ
// asks the same way, so the gate is the structure and the voice: three
// questions or more, most of them answered, something that says it is an
// interview (the title or intro, intervieweeIn, or a name label opening
// an answer), and a third of the answers in the first person. It returns
// the turns, or nil.
func qaTurns(paras []para, levels []int, title string) []*turn {
	turns := make([]*turn, len(paras))
	first, n, answered := -1, 0, 0
	for i, p := range paras {
		lv := levelAt(levels, i)
		if !questionUnit(p, lv) {
			continue
		}
		if first < 0 {
			first = i
		}
		n++
		if lv == 0 {
			turns[i] = &turn{text: p.text, asked: true}
		}
		if j := i + 1; j < len(paras) && answerPara(paras[j], levelAt(levels, j)) {
			turns[j] = &turn{answer: true, text: paras[j].text}
			if answerTurn.MatchString(paras[j].text) {
				// "A. No, …": the answer's label has a dot
				turns[j] = &turn{label: "A", text: strings.TrimSpace(paras[j].text[2:])}
			}
			answered++
		}
	}
	if n < minBoldQuestions || answered < 2 || 2*answered < n {
		return nil
	}
	intro := paras[:first]
	named, pair := intervieweeIn(title, intro)
	labelsInside(paras, turns)
	said := interviewIntro(intro) || mayMentionInterview(title) && interviewWords.MatchString(title) || nameTitle(title)
	if !said && named == "" && !pair && answerLabel(turns) == "" || !spokenAnswers(turns) {
		return nil
	}
	if named == "" && !pair {
		named = answerLabel(turns) // "Okonkwo: …" opening one answer: the later ones are his too
	}
	for _, t := range turns {
		if t != nil && t.answer && t.by == "" && named != "" {
			t.by = named
		}
	}
	return turns
}

// levelAt is the heading level of paragraph i, 0 when levels says none.
func levelAt(levels []int, i int) int {
	if levels == nil {
		return 0
	}
	return levels[i]
}

// answerLabel returns the one name that labels an interview's answers
// ("**Okonkwo:** The sound of …" opening the first), "" when none or two
// do.
func answerLabel(turns []*turn) string {
	name := ""
	for _, t := range turns {
		if t == nil || !t.answer || t.by == "" {
			continue
		}
		if name != "" && name != t.by {
			return ""
		}
		name = t.by
	}
	return name
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
			if firstPerson(t.text) || speaksForSelf(t.text) {
				spoken++
			}
		}
	}
	return answers > 0 && 3*spoken >= answers
}

// nameTitle reports a title that is a person's name and nothing else
// ("Ana Lind"): over question headings, an interview with her, as blogs
// of interviews title them.
func nameTitle(title string) bool {
	r := readLine(title, false)
	return r.only && len(r.people[0].words) >= 2 && len(r.people[0].words) == wordCount(title) && looksLikePersonName(r.people[0].words)
}

// allStrong reports a paragraph set wholly in bold.
func allStrong(p para) bool { return allInline(p, model.Strong) }

// allInline reports a paragraph set wholly in one kind of span.
func allInline(p para, kind model.InlineKind) bool {
	for _, in := range p.shape.val().inlines {
		if in.Kind == kind && in.Start == 0 && in.End >= len(strings.TrimRight(p.text, " ")) {
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
	for _, w := range interviewStems {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
