package content

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// questionTurn matches a reporter's question that has no colon: "Q Why
// …", "Q. Why …".
var questionTurn = regexp.MustCompile(`^Q\.?\s+\S`)

// turn is a labelled paragraph.
type turn struct {
	label string
	// text is the paragraph after the label.
	text string
	// field: the "label" is a header field ("SUBJECTS: …", "Moderator:
	// Ana Lind"), not a turn.
	field bool
}

// maxLabel is the longest a turn's label may be, in bytes.
const maxLabel = 80

// parseTurn splits a labelled paragraph: "LABEL: words", "Name, Title:
// words", "Name (Role): words", "Q words", or a label alone on its
// paragraph, its words in the next one.
func parseTurn(p string) (turn, bool) {
	if questionTurn.MatchString(p) {
		return turn{label: "Q", text: strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(p, "Q"), "."))}, true
	}
	colon := labelColon(p)
	if colon < 0 {
		return turn{}, false
	}
	label, text := strings.TrimSpace(p[:colon]), strings.TrimSpace(p[colon+1:])
	if !isLabel(label) {
		return turn{}, false
	}
	t := turn{label: label, text: text}
	first := strings.ToLower(strings.Trim(strings.Fields(label)[0], ".,"))
	if headerFields[first] && !endsSentence(text) && !strings.HasSuffix(trimClosers(text), "?") && wordCount(text) <= 15 {
		t.field = true
	}
	return t, true
}

// labelColon returns the offset of the colon that ends a turn's label, or
// -1: the first colon within maxLabel bytes, outside brackets, followed by
// a space or the end of the paragraph.
func labelColon(p string) int {
	depth := 0
	for i := 0; i < len(p) && i < maxLabel; i++ {
		switch p[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ':':
			if depth == 0 && (i+1 == len(p) || p[i+1] == ' ' || p[i+1] == '\n' || p[i+1] == '\t') {
				return i
			}
		case '.', '?', '!', '"':
			if depth == 0 && (i+1 == len(p) || p[i+1] == ' ') && !labelAbbreviation(p[:i]) {
				return -1 // a sentence ended before any colon
			}
		}
	}
	return -1
}

// labelAbbreviation reports whether the text before a dot ends in an
// abbreviation ("MR", "Dr", "U.S"), which a label may contain.
func labelAbbreviation(before string) bool {
	f := strings.Fields(before)
	return len(f) > 0 && isAbbreviation(f[len(f)-1])
}

// isLabel reports whether text before a colon is a speaker's label: in
// capitals ("THE PREMIER", "MS. OKAFOR", "REPORTER (Coastal Radio)"), an
// anonymous or role word ("Reporter", "Moderator"), or a person's name
// with a title or affiliation ("Jonas Berg, Nordic Wire", "Leila Moradi
// (President)", "Dana Whitfield") — never a run-in heading ("Note",
// "Update") or a sentence.
func isLabel(label string) bool {
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 8 || !strings.ContainsFunc(label, unicode.IsLetter) {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], ".,"))
	if notLabels[first] {
		return false
	}
	outside := stageDirection.ReplaceAllString(label, "")
	if !strings.ContainsFunc(outside, unicode.IsLower) {
		return len(strings.Fields(outside)) <= 6
	}
	if anonymousLabels[first] || roleLabelWords[first] && len(words) <= 2 {
		return true
	}
	r := readLine(label, true)
	if !r.only {
		return false
	}
	p := r.people[0]
	return len(p.words) >= 2 || p.role != "" || p.title != ""
}

// stageDirection matches a transcript's stage directions, "(Laughter.)",
// and a label's bracketed role.
var stageDirection = regexp.MustCompile(`\([^)]*\)`)

// findTurns decides whether the paragraphs are a transcript and returns
// the turn of every labelled paragraph (nil for others), or nil when the
// document is not one. A transcript has turns by at least two labels:
// three turns or more with a label in capitals or a question's "Q", or
// each of two title-case labels used twice; or just two turns, a
// question and an answer by someone the label names ("KOLAR:", "Ruth
// Kamau, lead investigator:"). Header fields before the first turn stay
// paragraphs.
func findTurns(paras []para) []*turn {
	turns := make([]*turn, len(paras))
	count := 0
	labels := map[string]int{}
	upper, question := false, false
	for i, p := range paras {
		if p.list {
			continue
		}
		t, ok := parseTurn(p.text)
		if !ok || t.field && count == 0 {
			continue
		}
		turns[i] = &t
		count++
		labels[normLabel(t.label)]++
		if t.label == strings.ToUpper(t.label) {
			upper = true
		}
		if anonymousLabels[strings.ToLower(strings.Trim(strings.Fields(t.label)[0], ".,"))] {
			question = true
		}
	}
	if count < 2 || len(labels) < 2 {
		return nil
	}
	if count == 2 {
		if !question {
			return nil
		}
		return turns
	}
	if !upper && !question {
		repeated := 0
		for _, n := range labels {
			if n >= 2 {
				repeated++
			}
		}
		if repeated < 2 {
			return nil
		}
	}
	return turns
}

// closingLine reports a short line in capitals that ends a turn rather than
// continuing it: "END 1:48 P.M.", "# # #".
func closingLine(p string) bool {
	if wordCount(p) > 6 {
		return false
	}
	return strings.ToUpper(p) == p
}

func normLabel(l string) string { return strings.ToUpper(strings.TrimRight(l, ". ")) }

// buildTranscript makes one quote-block per turn: the labelled paragraph and
// the unlabelled paragraphs after it, joined by blank lines. Paragraphs
// before the first turn are the intro (with a title when the first one is
// headline-shaped); numbered headings still start talking points.
func buildTranscript(paras []para, turns []*turn) rawDoc {
	var d rawDoc
	roles := make([]paraRole, len(paras))
	headings := make([]string, len(paras))
	first := markTitle(paras, roles)
	markNumbered(paras, roles, headings, first)
	cur := &d.intro
	open := -1 // index in *cur of the turn that takes continuation paragraphs
	for i, p := range paras {
		switch {
		case roles[i] == roleTitle:
			d.title = p.text
		case roles[i] == roleSubtitle:
			d.subtitle = p.text
		case roles[i] == roleHeading:
			d.sections = append(d.sections, rawSection{heading: headings[i]})
			cur = &d.sections[len(d.sections)-1].blocks
			open = -1
		case turns[i] != nil:
			*cur = append(*cur, rawBlock{kind: model.QuoteBlock, text: turns[i].text, label: turns[i].label})
			open = len(*cur) - 1
		case open >= 0 && !closingLine(p.text):
			(*cur)[open].text += "\n\n" + p.text
		default:
			*cur = append(*cur, rawBlock{kind: model.Paragraph, text: p.text})
			open = -1 // text after a closing line is no longer the turn's
		}
	}
	if len(d.sections) == 0 {
		deriveExchanges(&d, headerSubjects(paras, turns))
	}
	return d
}

// deriveExchanges makes a transcript without headings navigable: each
// exchange — a question and the answers to it — becomes a section brief
// derived, and so do the remarks before the first question. The header
// stays the intro. Each is named by the first of the header's subjects
// it talks about, else by its question's first words.
func deriveExchanges(d *rawDoc, subjects []string) {
	first := slices.IndexFunc(d.intro, func(b rawBlock) bool { return b.label != "" })
	if first < 0 {
		return
	}
	blocks := d.intro[first:]
	d.intro = d.intro[:first:first]
	var cur *rawSection
	asked := false // the current unit has had its answer
	for _, b := range blocks {
		question := b.label != "" && anonymousLabels[labelWords(b.label)[0]]
		// "Every night?" after an answer follows the exchange up
		followUp := question && wordCount(b.text) <= 3
		if cur == nil || question && asked && !followUp {
			d.sections = append(d.sections, rawSection{derived: true})
			cur = &d.sections[len(d.sections)-1]
			asked = false
		}
		cur.blocks = append(cur.blocks, b)
		asked = asked || b.label != "" && !question
	}
	used := map[string]bool{}
	for i := range d.sections {
		d.sections[i].heading = exchangeName(d.sections[i].blocks, subjects, used)
	}
}

// exchangeName names a derived unit: the header subject whose words it uses
// most (each subject once), else the first words of its first turn.
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
		if w := openingWords(b.text, 8); b.label != "" && w != "" {
			return w
		}
	}
	return openingWords(blocks[0].text, 8)
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

// subjectFields label a header's list of subjects.
var subjectFields = setOf(`subject subjects topic topics`)
