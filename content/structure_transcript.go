package content

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// Structure: transcripts — turns with their labels in every form, from two turns up, with the
// header lines before them.

// turn is a labelled paragraph.
type turn struct {
	label string
	// text is the paragraph after the label.
	text string
	// field: the "label" is a header field ("SUBJECTS: …", "Moderator:
	// Ana Lind"), not a turn.
	field bool
	// answer: an unlabelled paragraph answering the question turn before
	// it, in an interview whose only labels are the questions'.
	answer bool
	// asked: an interview's question without a label, set apart in bold.
	asked bool
	// inline: the label has no colon and stays in the paragraph's text
	// ("ANA Thank you …"); text is what follows it.
	inline bool
	// lone: the label is one word in title case ("Ana:"), a first name or
	// a run-in heading; kept only when such labels take turns (loneNames).
	lone bool
	// aside: a paragraph of the writer's among the turns, no one's turn
	// and not the last turn's words ("Ana Lind will speak on Friday.").
	aside bool
	// by is the label of the speaker of an unlabelled turn (asked or
	// answer) that the labelled first exchange gives (firstExchange).
	by string
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
	if m := gluedQuestion.FindStringSubmatchIndex(p); m != nil {
		// "Q:Why …": a question's label with no space after its colon
		return turn{label: p[m[2]:m[3]], text: strings.TrimSpace(p[m[3]+1:])}, true
	}
	colon := labelColon(p)
	if colon < 0 {
		return turn{}, false
	}
	label, text := strings.TrimSpace(p[:colon]), strings.TrimSpace(p[colon+1:])
	t := turn{label: label, text: text}
	if !isLabel(label) {
		if !loneName(label) && !jointNames(label) {
			return turn{}, false
		}
		t.lone = true
	}
	first := strings.ToLower(strings.Trim(strings.Fields(label)[0], ".,"))
	speaker := roleLabelWords[first] || anonymousLabels[first]
	if headerFields[first] && (text != "" || !speaker) && !endsSentence(text) && !strings.HasSuffix(trimClosers(text), "?") && wordCount(text) <= 15 {
		// ("Moderator:" alone on its line is a turn's label, its words below)
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
	last := before[strings.LastIndexAny(before, " \t\n")+1:]
	return last != "" && isAbbreviation(last)
}

// isLabel reports whether text before a colon is a speaker's label: in
// capitals ("THE PREMIER", "MS. OKAFOR", "REPORTER (Coastal Radio)"), an
// anonymous or role word ("Reporter", "Moderator"), or a person's name
// with a title or affiliation ("Jonas Berg, Nordic Wire", "Leila Moradi
// (President)", "Dana Whitfield") — never a run-in heading ("Note",
// "Update") or a sentence.
func isLabel(label string) bool {
	label = unwrapLabel(label)
	if numberedSpeaker(label) {
		return true // "Speaker 2"
	}
	if strings.ContainsAny(label, "0123456789") { // a time code has digits
		label = timeCode.ReplaceAllString(label, "") // "[00:01:12] Ana Lind"
	}
	label = strings.TrimSpace(label)
	words := strings.Fields(label)
	if len(words) == 0 || len(strings.Fields(labelHead(label))) > 8 || len(words) > 14 || !strings.ContainsFunc(label, unicode.IsLetter) {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], ".,"))
	if notLabels[first] {
		return false
	}
	outside := label
	if strings.ContainsAny(label, "([") { // a stage direction is in brackets
		outside = stageDirection.ReplaceAllString(label, "")
	}
	if recordLabel(outside) {
		outside = strings.TrimSpace(outside[len(words[0]):])
	}
	if !strings.ContainsFunc(outside, unicode.IsLower) {
		// "ANA LIND - HARBOUR MASTER, PORT OF TARROW": the name or office
		// before its affiliation is short
		return len(strings.Fields(labelHead(outside))) <= 6
	}
	if anonymousLabels[first] || roleLabelWords[first] && len(words) <= 2 || answerLabels[first] && first != "a" && len(words) == 1 {
		return true // "Answer:", "Interviewee:" are the interviewee's, as "A:" is
	}
	for _, w := range strings.Fields(outside) {
		if _, ok := cueForms[w]; ok {
			return false // "Ana Ruiz said:" introduces a quotation
		}
	}
	if officeLabel(strings.Fields(outside)) {
		return true
	}
	r := readLine(label, true)
	if !r.only {
		return false
	}
	p := r.people[0]
	return len(p.words) >= 2 || p.role != "" || p.title != ""
}

// recordLabel reports a label as records set them: an office or a name
// in capitals after its article or honorific ("The SPEAKER", "Mr J H VAN
// DER MERWE").
func recordLabel(label string) bool {
	first, rest, ok := strings.Cut(label, " ")
	if f := strings.ToLower(strings.Trim(first, ".")); !ok || f != "the" && !honorifics[f] {
		return false
	}
	return !strings.ContainsFunc(rest, unicode.IsLower) && strings.ContainsFunc(rest, unicode.IsLetter)
}

// unwrapLabel returns a label set wholly in brackets without them: "Ana
// Lind" of "[Ana Lind]", as some transcripts set every speaker's name; a
// label with a bracketed part ("Ana Lind (host)") is left as it is.
func unwrapLabel(label string) string {
	if n := len(label); n > 2 && (label[0] == '[' && label[n-1] == ']' || label[0] == '(' && label[n-1] == ')') &&
		!strings.ContainsAny(label[1:n-1], "[]()") {
		return label[1 : n-1]
	}
	return label
}

// headerLine reports a label line that, before any turn, is a header's
// field rather than a turn: a label in title case and a few words that
// make no sentence ("Release Date: 4 May", "Premier: Lind, Ana").
func headerLine(t turn) bool {
	return t.text != "" && t.label != strings.ToUpper(t.label) && wordCount(t.text) <= 6 &&
		!endsSentence(t.text) && !strings.HasSuffix(trimClosers(t.text), "?")
}

// officeLabel reports a title-case label that gives an office or an
// honorific and a surname, as parliamentary records label turns: "The
// Prime Minister", "Madam Deputy Speaker", "Mr. Okafor", "Dr Lind".
func officeLabel(words []string) bool {
	first := strings.ToLower(strings.Trim(words[0], ".,"))
	rest := words
	if first == "the" || honorifics[first] || first == "madam" {
		rest = words[1:]
	}
	if len(rest) == 0 || len(rest) > 4 {
		return false
	}
	offices := true
	for _, w := range rest {
		l := strings.ToLower(strings.Trim(w, ".,"))
		offices = offices && (titleWords[l] || roleNouns[l] || honorificLabel[l] || roleAdjectives[l])
	}
	if offices {
		return len(rest) < len(words) || len(rest) >= 2 // "Speaker" alone may be a run-in heading
	}
	return honorifics[first] && len(rest) <= 2 && !slices.ContainsFunc(rest, func(w string) bool { return !startsUpper(w) })
}

// labelHead returns a label up to its affiliation and without the
// recording's time after it: "ANA LIND" of "ANA LIND - HARBOUR MASTER,
// PORT OF TARROW" and of "ANA LIND  00:07".
func labelHead(label string) string {
	if n := len(label); n > 0 && (label[n-1] >= '0' && label[n-1] <= '9' || label[n-1] == ')' || label[n-1] == ']') {
		label = trailingTime.ReplaceAllString(label, "") // "Ana Lind  00:07"
	}
	if i := strings.IndexByte(label, '\n'); i > 0 {
		label = label[:i] // a name over its company and role
	}
	if i := strings.IndexByte(label, ','); i > 0 {
		label = label[:i]
	}
	for _, dash := range []string{" -- ", " - ", " – ", " — "} {
		if i := strings.Index(label, dash); i > 0 {
			label = label[:i]
		}
	}
	return label
}

// stageDirection matches a transcript's stage directions, "(Laughter.)",
// "[off mic]", and a label's bracketed role.
var stageDirection = lazyRE(`\([^)]*\)|\[[^\]]*\]`)

// findTurns decides whether the paragraphs are a transcript and returns
// the turn of every labelled paragraph (nil for others), or nil when the
// document is not one: labels with a colon (colonTurns), a name in
// capitals opening each paragraph (colonlessTurns), a name and role on a
// line of their own (lineLabelTurns), or questions set apart in bold,
// italics or after a dash (qaTurns), label induction; and, under all of
// them, the labels that repeat and take turns whatever their form
// (repeatTurns), which also mend what the first reader left: a paragraph
// after its first turn that opens with a label of theirs is a turn, not
// the words of the turn before it ("bram_k: yes" among "Ana Lind:" turns).
func findTurns(paras []para) []*turn {
	t, r := formTurns(paras), repeatTurns(paras)
	if r == nil {
		return t
	}
	if t == nil {
		return r
	}
	mendTurns(t, r)
	return t
}

// mendTurns gives t, after its first turn, the turns of r that t left to
// be the words of the turn before: those of a label one of whose turns
// speaks (first person, a question, "you") — a bot's "Succeeded: s/…"
// lines in minutes say nothing of the kind and stay as they are.
func mendTurns(t, r []*turn) {
	spoke := map[string]bool{}
	for _, x := range r {
		if x != nil && !spoke[lineKey(x.label)] && (strings.Contains(x.text, "?") || firstPerson(x.text) || secondPerson(x.text)) {
			spoke[lineKey(x.label)] = true
		}
	}
	started := false
	for i := range t {
		if started && t[i] == nil && r[i] != nil && spoke[lineKey(r[i].label)] {
			t[i] = r[i]
		}
		started = started || t[i] != nil && !t[i].field && !t[i].aside
	}
}

// formTurns is findTurns by the readers of each label form: the first
// that finds a transcript.
func formTurns(paras []para) []*turn {
	if t := colonTurns(paras); t != nil {
		return otherMarks(paras, t)
	}
	if t := firstExchange(paras); t != nil {
		return t
	}
	if t := colonlessTurns(paras); t != nil {
		return t
	}
	if t := lineLabelTurns(paras); t != nil {
		return t
	}
	if t := nameLineTurns(paras); t != nil {
		return t
	}
	if t := qaTurns(paras, nil, ""); t != nil {
		return t
	}
	return induceTurns(paras)
}

// colonTurns finds the turns whose labels end in a colon, or nil when the
// document is no transcript of them. Such a transcript has turns by at
// least two labels: three turns or more with a label in capitals or a
// question's "Q", or each of two title-case labels used twice; or just two
// turns, one by someone unnamed who asks or answers ("Q:", "RESIDENT:")
// and one by someone the label names ("KOLAR:", "Ruth Kamau, lead
// investigator:"), or two spoken turns by people named in full in
// capitals. Header fields before the first turn stay paragraphs.
func colonTurns(paras []para) []*turn {
	turns := make([]*turn, len(paras))
	// each paragraph read alone first, on every core for a long document
	parallelFor(len(paras), 1024, func(from, to int) {
		for i := from; i < to; i++ {
			if paras[i].list {
				continue
			}
			if h := paras[i].handle; h != "" {
				turns[i] = &turn{label: h, text: strings.TrimSpace(strings.TrimPrefix(paras[i].text[len(h):], ":"))}
				continue
			}
			if t, ok := parseTurn(paras[i].text); ok {
				turns[i] = &t
			}
		}
	})
	rostered := loneNames(paras, turns)
	headerRun(turns)
	count := 0
	labels := map[string]int{}
	upper, question := false, false
	for i := range paras {
		t := turns[i]
		if t == nil {
			continue
		}
		if (t.field || headerLine(*t)) && count == 0 {
			turns[i] = nil
			continue
		}
		count++
		labels[normLabel(t.label)]++
		if t.label == strings.ToUpper(t.label) || recordLabel(t.label) || numberedSpeaker(t.label) {
			upper = true
		}
		if questionerLabel(t.label) {
			question = true
		}
	}
	if question && count >= 2 && len(labels) == 1 {
		return interviewAnswers(paras, turns)
	}
	if count < 2 || len(labels) < 2 {
		return nil
	}
	if count == 2 {
		if !question && !namedPair(turns) {
			return nil
		}
		return turns
	}
	if !upper && !question && !rostered && !speakersReturn(turns) {
		return nil
	}
	markNarration(paras, turns)
	return turns
}

// headerRun drops the labels of a record's header: before the first turn
// by a label that takes turns again, a label used once over a few words
// that make no sentence is a field of the header ("TRANSCRIPTION: PROOF
// COPY", "MAIN TOPICS: fares, the new quay"), whatever its word.
func headerRun(turns []*turn) {
	n := map[string]int{}
	for _, t := range turns {
		if t != nil {
			n[normLabel(t.label)]++
		}
	}
	for i, t := range turns {
		if t == nil {
			continue
		}
		if n[normLabel(t.label)] >= 2 {
			return
		}
		if text := trimClosers(t.text); text != "" && (rosterHeading(t.label) || wordCount(text) <= 30 && !endsSentence(text) && !strings.HasSuffix(text, "?")) {
			// ("MEMBERS PRESENT: Hon …, Hon …." is a roster however long)
			turns[i] = nil
		}
	}
}

// markNarration marks the paragraphs between the turns of minutes whose
// labels are first names that tell of one of them in the third person
// ("Rod calls for a vote.", "Domenic called for a vote on …"): the
// writer's, not the words of the turn before (turn.aside).
func markNarration(paras []para, turns []*turn) {
	names := map[string]bool{}
	for _, t := range turns {
		if t != nil && t.lone {
			names[t.label] = true
		}
	}
	if len(names) < 2 {
		return
	}
	for i, p := range paras {
		if turns[i] != nil || p.list {
			continue
		}
		first, _, _ := strings.Cut(p.text, " ")
		if names[first] && narrates(p.text, first) {
			turns[i] = &turn{aside: true}
		}
	}
}

// loneName reports a label of one word in title case that may be a first
// name: "Ana", "Corvin", never a run-in heading the lexicon knows ("Note").
func loneName(label string) bool {
	if len(label) < 2 || strings.ContainsAny(label, " \t") || !startsUpper(label) {
		return false
	}
	if w := strings.ToLower(label); notLabels[w] || headerFields[w] || anonymousLabels[w] || roleLabelWords[w] {
		return false
	}
	prev := ' '
	for _, r := range label[1:] {
		if !unicode.IsLower(r) && r != '-' && r != '\'' && r != '’' && !(prev == '-' && unicode.IsUpper(r)) {
			return false // "Ruiz-Okafor" is one name
		}
		prev = r
	}
	return true
}

// loneNames keeps the turns labelled by one word in title case ("Dan:",
// "Mira:") only when they are an exchange: two such labels with two turns
// each or more, one of them asking, and the labelled turns change hands at
// least twice in three ("Pros:"/"Cons:" lists ask nothing). Otherwise those
// paragraphs are no turns; so is a label used once that no paragraph
// without a label names ("Pros:" after the exchange). One such label that
// recurs against a questioner's ("Lind:" and "Reporter:") is an exchange
// too, and so are labels that a roster names in full, however few turns
// each takes: rostered reports those, kept.
func loneNames(paras []para, turns []*turn) (rostered bool) {
	n, asked := map[string]int{}, false
	for _, t := range turns {
		if t != nil && t.lone {
			n[t.label]++
			asked = asked || strings.Contains(t.text, "?")
		}
	}
	if len(n) == 0 {
		return false
	}
	repeated := 0
	for _, c := range n {
		if c >= 2 {
			repeated++
		}
	}
	pairs, changes, last := 0, 0, ""
	questioners := map[string]int{}
	for _, t := range turns {
		if t == nil {
			continue
		}
		if last != "" {
			pairs++
			if normLabel(t.label) != last {
				changes++
			}
		}
		last = normLabel(t.label)
		if !t.lone && questionerLabel(t.label) {
			questioners[last]++
		}
	}
	// one name answering a questioner's recurring label ("Lind:" and
	// "Reporter:") is an exchange as two names are
	asker := false
	for _, c := range questioners {
		asker = asker || c >= 2
	}
	rostered = allNamedInFull(paras, turns, n)
	keep := (repeated >= 2 && (asked || namedInFull(paras, turns, n)) || repeated >= 1 && asker || rostered) &&
		3*changes >= 2*pairs
	for i, t := range turns {
		if t == nil || !t.lone {
			continue
		}
		if joint := jointNames(t.label); !keep || joint && !allLabels(t.label, n) ||
			!joint && n[t.label] == 1 && !namedOutsideTurns(paras, turns, t.label) {
			turns[i] = nil
		}
	}
	return keep && rostered
}

// jointNames reports a label of two or three first names joined by a
// slash: "Ana/Piet", two people answering at once.
func jointNames(label string) bool {
	parts := strings.Split(label, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !loneName(p) {
			return false
		}
	}
	return true
}

// allLabels reports whether each name of a joint label labels turns of
// its own (n counts the one-word labels' turns).
func allLabels(label string, n map[string]int) bool {
	for _, p := range strings.Split(label, "/") {
		if n[p] == 0 {
			return false
		}
	}
	return true
}

// namedInFull reports whether two of the one-word labels (n counts their
// turns) open a full name in a paragraph that is no turn: minutes whose
// turns ask nothing ("Orla:", "Tomas:") but whose roster or intro names
// "Orla Brennick" and "Tomas Vell". At most eight labels are looked for,
// so that the search stays linear.
func namedInFull(paras []para, turns []*turn, n map[string]int) bool {
	found, tried := 0, 0
	for label, c := range n {
		if c < 2 {
			continue
		}
		if tried++; tried > 8 {
			break
		}
		if namedOutsideTurnsAs(paras, turns, label, true) {
			if found++; found == 2 {
				return true
			}
		}
	}
	return false
}

// allNamedInFull reports one-word labels, two to eight of them, that each
// open a full name in a paragraph that is no turn, and whose turns follow
// one another with nothing between them: short minutes whose roster
// ("Present: Orla Brennick, Tomas Vell") names everyone the labels call
// by first name, however few turns each takes. (An interview whose
// labelled questions have unlabelled answers is read otherwise.)
func allNamedInFull(paras []para, turns []*turn, n map[string]int) bool {
	if len(n) < 2 || len(n) > 8 {
		return false
	}
	first, last := -1, -1
	for i, t := range turns {
		if t != nil && t.lone {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first; i >= 0 && i <= last; i++ {
		if turns[i] == nil && !paras[i].list {
			return false
		}
	}
	for label := range n {
		if jointNames(label) || !namedOutsideTurnsAs(paras, turns, label, true) {
			return false
		}
	}
	return true
}

// namedOutsideTurns reports whether a paragraph that is no turn names the
// word: "Sunniva" in an intro before a turn labelled "Sunniva:".
func namedOutsideTurns(paras []para, turns []*turn, word string) bool {
	return namedOutsideTurnsAs(paras, turns, word, false)
}

// namedOutsideTurnsAs is namedOutsideTurns; with full, the word must open
// a name of two words or more ("Orla Brennick" for "Orla").
func namedOutsideTurnsAs(paras []para, turns []*turn, word string, full bool) bool {
	for i, p := range paras {
		if turns[i] != nil {
			continue
		}
		for at := 0; ; {
			j := strings.Index(p.text[at:], word)
			if j < 0 {
				break
			}
			end := at + j + len(word)
			if full {
				if before := at + j; before > 0 && unicode.IsLetter(rune(p.text[before-1])) {
					at = end
					continue
				}
				if rest := p.text[end:]; strings.HasPrefix(rest, " ") && startsUpper(strings.TrimPrefix(rest, " ")) {
					return true
				}
			} else if end == len(p.text) || !unicode.IsLetter(rune(p.text[end])) {
				return true
			}
			at = end
		}
	}
	return false
}

// speakersReturn reports whether two of the people title-case labels name
// have each two turns or more, however their labels differ: "Mrs. Ana
// Lind (Tarrow North):" then "Mrs. Lind:" is one person's.
func speakersReturn(turns []*turn) bool {
	n := map[string]int{}
	for _, t := range turns {
		if t != nil && !t.answer {
			words := strings.Fields(strings.ToUpper(labelHead(stageDirection.ReplaceAllString(unwrapLabel(t.label), ""))))
			if len(words) > 0 {
				n[strings.Trim(words[len(words)-1], ".")]++
			}
		}
	}
	repeated := 0
	for _, c := range n {
		if c >= 2 {
			repeated++
		}
	}
	return repeated >= 2
}

// questionerLabel reports a label for someone unnamed who asks or
// answers: "Q", "REPORTER", "RESIDENT", "A VOTER".
func questionerLabel(label string) bool {
	words := strings.Fields(strings.ToLower(stageDirection.ReplaceAllString(label, "")))
	if len(words) == 0 {
		return false
	}
	if anonymousLabels[strings.Trim(words[0], ".,")] {
		return true
	}
	if len(words) == 2 && (words[0] == "a" || words[0] == "an") {
		words = words[1:]
	}
	return len(words) == 1 && anonNouns[strings.TrimSuffix(words[0], "s")]
}

// namedPair reports two turns whose labels, in capitals, each name a
// person in full ("IRIS VANG:", "MAYOR TOMAS REYES:") and whose words are
// spoken — in the first person, or a question: an exchange of two people,
// though no reporter asks. Datelines ("NEW HAVEN: Police said …") report.
func namedPair(turns []*turn) bool {
	n, spoken := 0, false
	for _, t := range turns {
		if t == nil {
			continue
		}
		if t.label != strings.ToUpper(t.label) {
			return false
		}
		r := readLine(t.label, true)
		if !r.only || len(r.people[0].words) < 2 {
			return false
		}
		n++
		spoken = spoken || firstPerson(t.text) || strings.HasSuffix(trimClosers(t.text), "?")
	}
	return n == 2 && spoken
}

// closingLine reports a line that ends a turn rather than continuing it:
// a roster ("Present: …"), or a short line in capitals ("END 1:48 P.M.",
// "# # #") or naming the next part ("Questions & Answers:").
func closingLine(p string) bool {
	if colon := strings.IndexByte(p, ':'); colon > 0 && colon < 40 && rosterHeading(p[:colon]) {
		return true // "Present: Ana Lind, Piet Varga" lists who took part
	}
	if wordCount(p) > 6 {
		return false
	}
	return strings.ToUpper(p) == p || partLine(p)
}

// partLine reports a line in title case ending in a colon that names a
// part of the transcript: "Questions & Answers:", "Prepared Remarks:".
func partLine(p string) bool {
	t, ok := strings.CutSuffix(strings.TrimSpace(p), ":")
	if !ok || t == "" {
		return false
	}
	for _, w := range strings.Fields(t) {
		if !startsUpper(w) && w != "&" && w != "and" {
			return false
		}
	}
	return true
}

func normLabel(l string) string { return strings.ToUpper(strings.TrimRight(l, ". ")) }

// buildTranscript makes one quote-block per turn: the labelled paragraph and
// the unlabelled paragraphs after it, joined by blank lines. Paragraphs
// before the first turn are the intro (with a title when the first one is
// headline-shaped); numbered headings still start talking points.
//
// bullets are the labels of list items that are turns (bulletTurns).
func buildTranscript(paras []para, turns []*turn, bullets []string) rawDoc {
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
		case p.kind == model.Rule:
			*cur = append(*cur, p.block(model.Rule))
			open = -1 // a rule ends the turn before it
		case bullets != nil && bullets[i] != "":
			b := listBlock(p)
			b.inline = bullets[i] // "- Rod: working on …": shown as written
			*cur = append(*cur, b)
			open = -1
		case turns[i] != nil && turns[i].aside:
			*cur = appendAsides(*cur, p)
			open = -1
		case turns[i] != nil && turns[i].answer:
			b := p.block(model.Paragraph)
			b.answer, b.by = true, turns[i].by
			if turns[i].inline {
				b.inline = turns[i].label // "**Why now?** Because …": the answer's words after it, as in Markdown
			}
			*cur = append(*cur, b)
			open = len(*cur) - 1
		case turns[i] != nil && turns[i].asked:
			b := p.block(model.Paragraph)
			b.asked, b.by = true, turns[i].by
			*cur = append(*cur, b)
			open = -1
		case turns[i] != nil && turns[i].inline:
			b := p.block(model.Paragraph)
			b.inline = turns[i].label
			*cur = append(*cur, b)
			open = len(*cur) - 1
		case turns[i] != nil:
			*cur = append(*cur, turnBlock(p, turns[i]))
			open = len(*cur) - 1
		case p.kept() && p.kind != model.Paragraph:
			// a table, code, block quote or footnote of Markdown is kept as
			// its author wrote it, never run into a turn's words
			*cur = append(*cur, p.block(p.kind))
			open = -1
		case open >= 0 && !closingLine(p.text) && !p.stray:
			if p.bullet != "" {
				p.text = p.bullet + " " + p.text // "- item" in the turn, as written
			}
			continueTurn(&(*cur)[open], p) // a label alone on its line: its words
		default:
			*cur = append(*cur, p.block(model.Paragraph))
			open = -1 // text after a closing line is no longer the turn's
		}
	}
	keepBareLabels(&d)
	if len(d.sections) == 0 {
		deriveExchanges(&d, headerSubjects(paras, turns))
	}
	return d
}

// keepBareLabels turns a label that no words followed ("Moderator:" over
// a list of participants) back into the line its author wrote: a turn of
// no words is not shown, and its label would be lost.
func keepBareLabels(d *rawDoc) {
	keep := func(bs []rawBlock) {
		for i, b := range bs {
			if b.kind == model.QuoteBlock && b.label != "" && strings.TrimSpace(b.text) == "" {
				bs[i] = rawBlock{kind: model.Paragraph, text: b.label + b.labelMark}
			}
		}
	}
	keep(d.intro)
	for i := range d.sections {
		keep(d.sections[i].blocks)
	}
}

// turnBlock makes the block of paragraph p, a turn t whose label is at its
// start: the turn's words keep the author's spans.
func turnBlock(p para, t *turn) rawBlock {
	b := rawBlock{kind: model.QuoteBlock, text: t.text, label: t.label, labelMark: labelMark(p.text, t.label, t.text)}
	var out shape
	if at := strings.LastIndex(p.text, t.text); at >= 0 && t.text != "" {
		if text, sh := cutShape(p.text, p.shape.val(), at, at+len(t.text)); text == t.text {
			out.inlines = sh.inlines
		}
	}
	if head := b.label + b.labelMark; head != "" && strings.HasPrefix(p.text, head) {
		// the label's emphasis as written ("**MS. PARK:**"), which the
		// Markdown export writes back
		if text, sh := cutShape(p.text, p.shape.val(), 0, len(head)); text == head {
			out.labelInlines = sh.inlines
		}
	}
	out.labelAlone = t.text == "" // its words are the paragraphs below
	b.shape = out.ref()
	return b
}

// labelMark is what the author wrote between a turn's label and its words
// in paragraph p: ":" in "MS. PARK: We will", "." in "Q. Why", "--" in
// "HOLM -- We will", "" when only space or a line break is between them
// (or the paragraph does not read label then words).
func labelMark(p, label, text string) string {
	rest, ok := strings.CutPrefix(p, label)
	if !ok {
		return ""
	}
	if text != "" {
		if rest, ok = strings.CutSuffix(rest, text); !ok {
			return ""
		}
	}
	mark := strings.TrimSpace(rest)
	if len(mark) > 4 || strings.IndexFunc(mark, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return ""
	}
	return mark
}
