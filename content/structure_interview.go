package content

import (
	"slices"
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
	nameAnswers(paras, turns, "")
	return turns
}

// nameAnswers gives an interview's unlabelled answers to the one person
// its title or intro names as whom it is with (intervieweeIn: the intro
// is what comes before the first turn; a plain text's title is its first
// line) and returns that name, with pair when they name two; "" when
// they name no one, and the answers are left to the interviewee the
// mentions make out.
func nameAnswers(paras []para, turns []*turn, title string) (named string, pair bool) {
	first := slices.IndexFunc(turns, func(t *turn) bool { return t != nil })
	if first < 0 {
		return "", false
	}
	if title == "" && first > 0 && headlineLike(paras[0]) {
		title = paras[0].text
	}
	if named, pair = intervieweeIn(title, paras[:first]); named == "" {
		return "", pair
	}
	for _, t := range turns {
		if t != nil && t.answer && t.by == "" {
			t.by = named
		}
	}
	return named, false
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

// runInQuestion returns where the question a paragraph opens with in bold
// ends, when its answer follows in the same paragraph ("**Why now?**
// Because …"), else 0.
func runInQuestion(p para, level int) int {
	if level > 0 || p.list || p.kind != model.Paragraph {
		return 0
	}
	for _, in := range p.shape.val().inlines {
		if in.Kind == model.Strong && in.Start == 0 && in.End < len(p.text) && asks(p.text[:in.End]) &&
			wordCount(p.text[:in.End]) <= maxQuestionWords && wordCount(p.text[in.End:]) >= 2 {
			return in.End
		}
	}
	return 0
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
		if c := runInQuestion(p, lv); c > 0 {
			// "**Why now?** Because …": the answer after its question, the
			// question shown as written before it
			turns[i] = &turn{answer: true, inline: true, label: p.text[:c], text: p.text[c:]}
			if first < 0 {
				first = i
			}
			n, answered = n+1, answered+1
			continue
		}
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
	labelsInside(paras, turns)
	label := answerLabel(turns) // "Okonkwo: …" opening one answer: the later ones are his too
	said := interviewIntro(intro) || mayMentionInterview(title) && interviewWords.MatchString(title) || nameTitle(title)
	if !spokenAnswers(turns) {
		return nil
	}
	named, pair := nameAnswers(paras, turns, title)
	if !said && named == "" && !pair && label == "" {
		return nil
	}
	if named == "" && !pair && label != "" {
		for _, t := range turns {
			if t != nil && t.answer && t.by == "" {
				t.by = label
			}
		}
	}
	return turns
}

// headlineLike reports a paragraph that reads as a plain text's title: one
// short line that does not end a sentence.
func headlineLike(p para) bool {
	return p.lines <= 1 && !p.list && wordCount(p.text) <= 20 && !strings.HasSuffix(strings.TrimSpace(p.text), ".")
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
