package content

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// Structure: turns found by repetition — a transcript is known by what the document shows, not by
// how its labels look. A candidate label is the short prefix of a line (at a paragraph's start or
// at any line inside one: a call whose turns are the lines of one paragraph) up to a mark (":",
// "：", a spaced dash, "<nick>", a time code before it); the lines are turns when such prefixes
// repeat and alternate: two labels or more each start two lines or more, the labelled lines change
// hands, make a good share of the lines between the first turn and the last, and speak. A field
// list ("Date:", "Place:" once each), a glossary, a recipe's "Step 1:" and prose with a colon repeat
// no label, or alternate none, or say nothing in the first person: no turns.

// maxLineLabel is the longest candidate label at a line's start, in bytes.
const maxLineLabel = 48

// maxLineLabelWords is the most words a candidate label's name may have.
const maxLineLabelWords = 5

// minRepeatTurns is the fewest turns of recurring labels that make a
// transcript of them.
const minRepeatTurns = 4

// startLabel is a line's candidate label.
type startLabel struct {
	// label is the label as written, up to its mark ("[09:02] <tovi>",
	// "ana lind (host)"); key is the speaker it names, to count ("tovi",
	// "ana lind").
	label, key string
	// text is where the words after the mark start, in bytes from the
	// line's start.
	text int
	// form is how the label is set, to compare labels by: a time code
	// before it ("t"), a chat's brackets ("<"), and its mark.
	form string
}

// readStartLabel returns the candidate label that opens a line (s runs on
// past the line's end, as a paragraph's text does). Any case; the name
// one to five words of letters, digits, '.', '\”, '-', '_', perhaps a
// role in brackets or after a comma, after a time code perhaps.
func readStartLabel(s string) (startLabel, bool) {
	i := skipTimeCode(s)
	if i < len(s) && s[i] == '<' {
		// a chat log's "<nick> words"
		end := strings.IndexByte(s[i:min(len(s), i+32)], '>')
		if end < 2 || !nickWord(s[i+1:i+end]) || i+end+1 >= len(s) || s[i+end+1] != ' ' {
			return startLabel{}, false
		}
		return startLabel{label: s[:i+end+1], key: strings.ToLower(s[i+1 : i+end]), text: i + end + 2, form: timedForm(i) + "<"}, true
	}
	start := i
	words, depth, comma := 0, 0, false
	inWord := false
	for ; i < len(s) && i-start <= maxLineLabel; i++ {
		c := s[i]
		if depth > 0 {
			depth += bracketDepth(c)
			continue
		}
		if end, ok := labelMarkAt(s, i); ok && words > 0 && i > start {
			label := strings.TrimRight(s[:i], " ")
			key := lineKey(s[start:i])
			if key == "" || !labelKeyOK(key) {
				return startLabel{}, false
			}
			return startLabel{label: label, key: key, text: end, form: timedForm(start) + strings.TrimSpace(s[i:end])}, true
		}
		switch {
		case c == '(' || c == '[':
			depth = 1
			inWord = false
		case c == ' ':
			inWord = false
		case c == ',' && !comma && words > 0:
			comma, inWord = true, false // "Ana Lind, Chief Executive"
		case c < utf8.RuneSelf && (isASCIILetterDigit(c) || c == '.' || c == '\'' || c == '-' || c == '_'), c >= utf8.RuneSelf:
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) && r != '’' && r != '：' {
					return startLabel{}, false
				}
				if r == '：' {
					continue // a full-width colon is a mark, read above
				}
				i += size - 1
			}
			if !inWord {
				if words++; words > maxLineLabelWords+4 || !comma && words > maxLineLabelWords {
					return startLabel{}, false
				}
			}
			inWord = true
		default:
			return startLabel{}, false
		}
	}
	return startLabel{}, false
}

// timedForm is the form's mark of a label after a time code (at > 0).
func timedForm(at int) string {
	if at > 0 {
		return "t"
	}
	return ""
}

// labelAt returns the candidate label that opens the line at offset at
// of a paragraph's text: one set in bold is ended by its span, with or
// without a colon ("**Ana Lind** We will", "**ana:** we will"); others
// as readStartLabel reads them. Offsets are from at.
func labelAt(text string, at int, inl []model.Inline) (startLabel, bool) {
	for k := sort.Search(len(inl), func(k int) bool { return inl[k].Start >= at }); k < len(inl) && inl[k].Start == at; k++ {
		in := inl[k]
		if in.Kind != model.Strong || in.End-at > maxLineLabel || in.End >= len(text) {
			continue
		}
		bold := strings.TrimRight(text[at:in.End], " ")
		if !strings.HasSuffix(bold, ":") && !strings.HasSuffix(bold, "：") {
			bold += ":"
		}
		l, ok := readStartLabel(bold)
		if !ok {
			return startLabel{}, false
		}
		end := in.End
		if strings.HasPrefix(text[end:], ":") {
			end++
		}
		l.label, l.text, l.form = text[at:in.End], skipSpaces(text, end)-at, "b"
		l.label = strings.TrimRight(strings.TrimSpace(l.label), ":：")
		return l, true
	}
	return readStartLabel(text[at:])
}

// labelMarkAt reports a label's mark at s[i] and where the words after it
// start: ": " (or a colon ending the text), "：", a spaced dash.
func labelMarkAt(s string, i int) (int, bool) {
	switch {
	case s[i] == ':':
		if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
			return min(i+2, len(s)), true
		}
	case strings.HasPrefix(s[i:], "："):
		return skipSpaces(s, i+len("：")), true
	case s[i] == ' ':
		for _, d := range []string{" — ", " – ", " -- ", " - ", " | ", " > "} {
			if strings.HasPrefix(s[i:], d) {
				return i + len(d), true
			}
		}
	}
	return 0, false
}

// skipSpaces returns the offset of the first byte at or after i that is
// no space.
func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// bracketDepth is how a byte changes the depth of brackets.
func bracketDepth(c byte) int {
	switch c {
	case '(', '[':
		return 1
	case ')', ']':
		return -1
	}
	return 0
}

// skipTimeCode returns where a line's words start after a recording's time
// code ("[09:02] ", "09:02:11 ", "(1:05) "), 0 when it has none.
func skipTimeCode(s string) int {
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == '[' || s[0] == '(') {
		return 0
	}
	if m := timeCode.FindStringIndex(s[:min(len(s), 16)]); m != nil && m[1] > 0 && m[1] < len(s) {
		return m[1]
	}
	return 0
}

// nickWord reports a chat nick: letters, digits, '_', '-', '.', '|'.
func nickWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isASCIILetterDigit(c) && c != '_' && c != '-' && c != '.' && c != '|' {
			return false
		}
	}
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// isASCIILetterDigit reports an ASCII letter or digit.
func isASCIILetterDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// lineKey is the speaker a label names, to count: without its role in
// brackets or after a comma or dash, in lower case ("ana lind" of "Ana
// Lind (host)" and of "ANA LIND, Chief Executive").
func lineKey(label string) string {
	if strings.ContainsAny(label, "([") {
		label = stageDirection.ReplaceAllString(label, "")
	}
	if i := strings.IndexByte(label, ','); i >= 0 {
		label = label[:i]
	}
	return strings.ToLower(strings.Join(strings.Fields(label), " "))
}

// labelKeyOK reports a key that may name a speaker: a letter in it, no
// run-in heading's word first ("note", "update", "subject"), no word that
// opens sentences ("the", "it", "we"), and not a number alone.
func labelKeyOK(key string) bool {
	if strings.IndexFunc(key, unicode.IsLetter) < 0 {
		return false
	}
	first, _, _ := strings.Cut(key, " ")
	first = strings.Trim(first, ".")
	return !notLabels[first] && !subjectFields[first] && !sentenceStarters[first] &&
		!(headerFields[first] && !speakingFields[first])
}

// speakingFields are the header fields' words that also label turns
// ("Host: Welcome back"): the others ("Date:", "Venue:") never do.
var speakingFields = setOf(`moderator host chair interviewer interviewee guest`)

// lineCuts returns the offsets in a paragraph's text of the lines after
// its first that open with a candidate label: starts holds where each
// line after the first starts in text. nil when none does.
func lineCuts(text string, starts []int, inl []model.Inline) []int32 {
	var out []int32
	for k, at := range starts {
		if at <= 0 || at >= len(text) {
			continue
		}
		if _, ok := labelAt(text, at, inl); ok && !(k == 0 && ownLineLabel(strings.TrimSpace(text[:at]))) {
			// (not a name over its company and role: "Ana Lind" over
			// "Tarrow Ltd - CFO")
			out = append(out, int32(at))
		}
	}
	return foldedCuts(text, inl, out)
}

// foldedCuts adds to cuts (offsets in text, in order) where a candidate
// label with a colon follows the end of a sentence inside a line ("… the
// valley. FL: How quiet …"): a transcript whose line breaks were lost
// runs its turns on in one line, and the gate decides from these as from
// line starts. A label after an abbreviation ("Mr. Lind:") is no new turn.
func foldedCuts(text string, inl []model.Inline, cuts []int32) []int32 {
	var found []int32
	for i := strings.IndexAny(text, ".?!"); i >= 0 && i+2 < len(text); {
		at := i + 1
		for at < len(text) && (text[at] == '"' || text[at] == ')' || strings.HasPrefix(text[at:], "”")) {
			at += max(1, len(firstRuneString(text[at:])))
		}
		if at < len(text) && text[at] == ' ' && strings.ContainsAny(text[at+1:min(len(text), at+1+maxLineLabel)], ":：") &&
			!labelAbbreviation(text[:i]) {
			if l, ok := labelAt(text, at+1, inl); ok && strings.HasSuffix(l.form, ":") || ok && strings.HasSuffix(l.form, "：") {
				found = append(found, int32(at+1))
			}
		}
		j := strings.IndexAny(text[i+1:], ".?!")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if found == nil {
		return cuts
	}
	out := append(cuts, found...)
	slices.Sort(out)
	return slices.Compact(out)
}

// firstRuneString returns the first character of s, as a string.
func firstRuneString(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// repeatGate decides from candidate labels in document order whether they
// are a transcript's turns, and returns the keys that label turns, or nil.
// region is how many paragraphs and cuts lie between the first turn and
// the last (the units a turn could open), counted by the caller through
// unit. Questions' and answers' keys ("q", "a") take no part: an
// interview's labels are read elsewhere, and a FAQ is none.
func repeatGate(cands []lineCand) map[string]bool {
	n := map[string]int{}
	for _, c := range cands {
		n[c.key]++
	}
	keys := map[string]bool{}
	for k, c := range n {
		if c >= 2 && !questionerLabel(k) && !answerLabels[k] {
			keys[k] = true
		}
	}
	if len(keys) < 2 {
		return nil
	}
	turns, changes, first, last, prev := 0, 0, -1, -1, ""
	for _, c := range cands {
		if !keys[c.key] {
			continue
		}
		if first < 0 {
			first = c.unit
		}
		last = c.unit
		turns++
		if prev != "" && c.key != prev {
			changes++
		}
		prev = c.key
	}
	if turns < minRepeatTurns || 3*changes < turns-1 || 3*turns < last-first+1 || !turnsSpeak(cands, keys, turns) {
		return nil
	}
	onceTurns(cands, n, keys)
	return keys
}

// onceTurns adds to keys the labels used once that are turns all the same:
// a full name whose initials label the later turns ("Fenna Lutgarde:"
// once, then "FL:"), and, set as most turns are, a nick or a timed label
// ("[09:06] <odile>" among "[09:02] <sanne>" lines) or a person's name in
// full (a press conference's reporters, each asking once).
func onceTurns(cands []lineCand, n map[string]int, keys map[string]bool) {
	forms := map[string]int{}
	for _, c := range cands {
		if keys[c.key] {
			forms[c.form]++
		}
	}
	form, most := "", 0
	for f, k := range forms {
		if k > most || k == most && f < form {
			form, most = f, k
		}
	}
	named := 0
	for _, c := range cands {
		if n[c.key] != 1 {
			continue
		}
		switch {
		case keys[initialsKey(c.key)]:
			keys[c.key] = true
		case c.form == form && strings.ContainsAny(form, "t<"):
			keys[c.key] = true
		case c.form == form && named < maxNamedOnce && inducedName(c.label):
			named++
			keys[c.key] = true
		}
	}
}

// initialsKey returns the initials of a key of two to four words ("fl" of
// "fenna lutgarde"), "" for others.
func initialsKey(key string) string {
	w := strings.Fields(key)
	if len(w) < 2 || len(w) > 4 {
		return ""
	}
	var b strings.Builder
	for _, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		b.WriteRune(r)
	}
	return b.String()
}

// repeatTurns reads turns from the labels that open paragraphs when they
// pass repeatGate, whatever their form ("tovi: …", "[09:02] <tovi> …",
// "Ana Lind – …"): the last of the transcript readers, for the forms no
// other reads. nil when the paragraphs are no such transcript.
func repeatTurns(paras []para) []*turn {
	var cands []lineCand
	for i, p := range paras {
		if p.kind == model.Paragraph && !p.list {
			if c, ok := candAt(p, 0, i); ok {
				cands = append(cands, c)
			}
		}
	}
	keys := repeatGate(cands)
	if keys == nil {
		return nil
	}
	turns := make([]*turn, len(paras))
	for _, c := range cands {
		if keys[c.key] {
			l, _ := labelAt(paras[c.unit].text, 0, paras[c.unit].shape.val().inlines)
			turns[c.unit] = &turn{label: l.label, text: strings.TrimSpace(paras[c.unit].text[l.text:])}
		}
	}
	return turns
}

// turnsSpeak reports whether the first turns (of keys) are an exchange:
// one of them asks, and a quarter of them speak — in the first person,
// asking, or addressing someone. Run-in notes ("**Cost** …", "Pros: …")
// may say "we" but ask nothing.
func turnsSpeak(cands []lineCand, keys map[string]bool, turns int) bool {
	spoken, read, asked := 0, 0, false
	for _, c := range cands {
		if !keys[c.key] {
			continue
		}
		if read++; read > maxSpokenSample {
			break
		}
		q := strings.Contains(c.words, "?")
		asked = asked || q
		if q || firstPerson(c.words) || secondPerson(c.words) {
			spoken++
		}
	}
	return asked && 4*spoken >= min(turns, maxSpokenSample)
}

// secondPerson reports words that address someone: "you", "your".
func secondPerson(text string) bool {
	for _, t := range tokenize(text, nil) {
		if t.kind == tWord && (t.lower == "you" || t.lower == "your") {
			return true
		}
	}
	return false
}

// lineCand is a candidate label in a document: the unit (a paragraph or a
// line cut) it opens, counted in document order, its key and the first
// words after it.
type lineCand struct {
	unit  int
	key   string
	words string
	// label and form are the label as written and how it is set
	// (startLabel).
	label, form string
}

// maxCandWords is how many bytes after a label are read for speech.
const maxCandWords = 200

// candAt reads the candidate label opening the line at offset at of a
// paragraph, unit u.
func candAt(p para, at, u int) (lineCand, bool) {
	l, ok := labelAt(p.text, at, p.shape.val().inlines)
	if !ok {
		return lineCand{}, false
	}
	text := p.text[at:]
	return lineCand{unit: u, key: l.key, words: text[l.text:min(len(text), l.text+maxCandWords)], form: l.form, label: l.label}, true
}

// splitLines cuts paragraphs at the lines inside them that open a turn,
// when the document's candidate labels, at paragraph starts and line
// starts alike, pass repeatGate: each cut line is a paragraph of its own,
// the lines after it without a label its words. The cut offsets recorded
// while reading (shape.lineCuts) are dropped from every paragraph.
func splitLines(paras []para) []para {
	keys, cut := lineTurnKeys(paras)
	if !cut {
		return paras
	}
	out := make([]para, 0, len(paras)+len(paras)/2)
	for _, p := range paras {
		out = append(out, splitPara(p, keys)...)
	}
	return out
}

// lineTurnKeys returns the keys of the labels that open turns at line
// starts (nil when the document is no transcript of them), and whether
// any paragraph recorded a line cut.
func lineTurnKeys(paras []para) (keys map[string]bool, cut bool) {
	for _, p := range paras {
		if p.shape != nil && p.shape.lineCuts != nil {
			cut = true
			break
		}
	}
	if !cut {
		return nil, false
	}
	var cands []lineCand
	u := 0
	for _, p := range paras {
		if p.kind == model.Paragraph && !p.list {
			if c, ok := candAt(p, 0, u); ok {
				cands = append(cands, c)
			}
			for _, at := range p.shape.val().lineCuts {
				u++
				if c, ok := candAt(p, int(at), u); ok {
					cands = append(cands, c)
				}
			}
		}
		u++
	}
	return repeatGate(cands), true
}

// splitPara drops a paragraph's recorded cuts and, with keys, cuts it at
// the line starts whose labels are turns' keys.
func splitPara(p para, keys map[string]bool) []para {
	if p.shape == nil || p.shape.lineCuts == nil {
		return []para{p}
	}
	sh := *p.shape
	cuts := sh.lineCuts
	sh.lineCuts = nil
	p.shape = sh.ref()
	if keys == nil || p.kind != model.Paragraph || p.list {
		return []para{p}
	}
	at := []int{0}
	for _, c := range cuts {
		if l, ok := labelAt(p.text, int(c), sh.inlines); ok && keys[l.key] {
			at = append(at, int(c))
		}
	}
	if len(at) == 1 {
		return []para{p}
	}
	at = append(at, len(p.text))
	out := make([]para, 0, len(at)-1)
	for k := 0; k+1 < len(at); k++ {
		text, piece := cutShape(p.text, sh, at[k], at[k+1])
		if text != "" {
			out = append(out, para{text: text, lines: 1, kind: model.Paragraph, shape: piece.ref()})
		}
	}
	return out
}

// splitLinesMarkdown is splitLines over a Markdown document's blocks;
// headings stay as they are.
func splitLinesMarkdown(paras []mdPara) []mdPara {
	cut := false
	for _, p := range paras {
		cut = cut || p.shape != nil && p.shape.lineCuts != nil
	}
	if !cut {
		return paras
	}
	plain := make([]para, len(paras))
	for i, p := range paras {
		plain[i] = p.para
		if p.level > 0 {
			plain[i].kind = model.Heading
		}
	}
	keys, _ := lineTurnKeys(plain)
	out := make([]mdPara, 0, len(paras)+len(paras)/2)
	for _, p := range paras {
		if p.level > 0 {
			out = append(out, mdPara{para: splitPara(p.para, nil)[0], level: p.level})
			continue
		}
		for _, q := range splitPara(p.para, keys) {
			out = append(out, mdPara{para: q})
		}
	}
	return out
}

// plainLineCuts returns the offsets in a paragraph's joined text of its
// lines after the first that open with a candidate label; nil when none
// does. Each such line is found in text after the one before it, as
// cleanJoin wrote it.
func plainLineCuts(text string, lines []string) []int32 {
	var out []int32
	at := 0
	for i, l := range lines {
		if i == 0 {
			continue
		}
		if _, ok := readStartLabel(l); !ok || i == 1 && ownLineLabel(cleanSpace(lines[0])) {
			continue // (nor a name over its company and role: "Ana Lind" over "Tarrow Ltd - CFO")
		}
		head := cleanSpace(l)
		head = head[:min(len(head), 24)]
		j := strings.Index(text[at:], head)
		if j < 0 {
			continue
		}
		if k := at + j; k > 0 {
			out = append(out, int32(k))
		}
		at += j + len(head)
	}
	return out
}
