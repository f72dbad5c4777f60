package content

// Appositives: "Ana Ruiz, the port's director, said" and "the director,
// Ana Ruiz, said", walked segment by segment between commas.

import (
	"slices"
	"strings"
)

// appositiveSubject handles "NAME, APPOSITIVE, said" and "ROLE, NAME,
// said": it walks left over comma-separated segments — role phrases, ages,
// places, relative clauses — and takes the leftmost segment that is wholly
// a name, so that in "Ana Ruiz, who runs a shop with her husband, Tom,
// said" the speaker is Ana Ruiz. With no name, an opening "a senior
// official …" is an unnamed speaker. The comma is at j.
func appositiveSubject(toks []token, s sentence, j int) subject {
	var segs []seg // right to left
	end := j
	for len(segs) < 5 && end > s.from {
		start := segmentStart(toks, s, end)
		from := start + 1
		if from >= end {
			break
		}
		segs = append(segs, seg{from, end})
		if toks[from].is("and") && from+1 < end && isNameWord(toks[from+1]) {
			// "Ana Ruiz, the mayor, and Tomas Reyes, her deputy, said": the
			// two speak together
			second := peelName(toks, from+1, nameRunRight(toks, from+1, end))
			first := appositiveSubject(toks, s, from-1)
			if first.kind == npName && second.ok() {
				return jointSubject(first.name, second, first.from, j)
			}
			return subject{kind: npAnon, from: from, to: j}
		}
		if !pureName(toks, from, end) && !appositiveSegment(toks, from, end) && !(len(segs) == 1 && roleTail(toks, from, end)) {
			break // a clause: nothing further left belongs to the subject
		}
		if start < s.from || toks[start].kind != tPunct || !(toks[start].text == "," || toks[start].text == "—" || toks[start].text == "--") {
			break
		}
		end = start
	}
	if len(segs) == 0 {
		return subject{}
	}
	if len(segs) > 1 && roleTail(toks, segs[0].from, segs[0].end) && !slices.ContainsFunc(segs, func(sg seg) bool { return pureName(toks, sg.from, sg.end) }) {
		segs = segs[:1] // no name further left: the capitalised words are the subject after all
	}
	for k := len(segs) - 1; k >= 0; k-- {
		sg := segs[k]
		if !pureName(toks, sg.from, sg.end) {
			continue
		}
		np := peelName(toks, sg.from, sg.end)
		for len(np.words) > 1 && sentenceStarters[strings.ToLower(np.words[0])] {
			np.words = np.words[1:] // "But Ines Okafor, chair of …,"
		}
		if !np.ok() {
			return subject{}
		}
		if np.role == "" && k+1 < len(segs) {
			// "Acme's chief economist, Dana Ruiz, said": the segment before is the role
			np.role = roleSegment(toks, segs[k+1].from, segs[k+1].end)
		}
		if np.role == "" && k > 0 {
			np.role = appositiveRole(toks, segs[k-1].from, segs[k-1].end)
		}
		return subject{kind: npName, name: np, from: sg.from, to: sg.end}
	}
	left := segs[len(segs)-1]
	if !appositiveSegment(toks, left.from, left.end) {
		// The segment is a clause: its last noun phrase may still be the
		// subject ("Critics say the chief executive, an accountant, said").
		sub := npEndingAt(toks, left.from, left.end)
		if sub.kind == npName && len(segs) > 1 {
			sub.name.role = appositiveRole(toks, segs[len(segs)-2].from, segs[len(segs)-2].end)
		}
		// Only when the noun phrase is the whole segment: the last noun of
		// a clause ("Ana questioned the organisation, calling it …") is its
		// object, not the subject.
		if (sub.kind == npName || sub.kind == npRole || sub.kind == npAnon && sub.anonPerson) && sub.from == left.from {
			return sub
		}
		return subject{}
	}
	if anonymousLeading(toks, left.from, left.end) {
		return subject{kind: npAnon, from: left.from, to: left.end, anonPerson: true}
	}
	return subject{}
}

// roleTail reports a segment of capitalised words joined by "and" or
// "of", which may be the end of a role with a comma in it: "Mr Arden, who
// works as Programme Officer, Outreach and Training, said" (the speaker is
// Mr Arden, not "Outreach and Training").
func roleTail(toks []token, from, to int) bool {
	joined := false
	for i := from; i < to; i++ {
		switch t := toks[i]; {
		case t.is("and", "of", "for") || t.text == "&":
			joined = joined || i > from
		case t.kind != tWord || !t.capital() || t.possessive():
			return false
		}
	}
	return joined
}

// seg is a segment of a sentence between commas or dashes.
type seg struct{ from, end int }

// segmentStart returns the break before the segment that ends at end
// (s.from-1 at the sentence's start). A bracket inside a segment is part
// of it: "who works with the Gender Network (GN) as an officer".
func segmentStart(toks []token, s sentence, end int) int {
	start := end - 1
	for start >= s.from && !(toks[start].kind == tPunct && isSegmentBreak(toks[start].text)) && toks[start].kind != tQuote {
		start--
		if start > s.from && toks[start].text == ")" && start < end-1 {
			if open := matchingOpen(toks, s.from, start); open > s.from {
				start = open - 1
			}
		}
	}
	return start
}

func isSegmentBreak(p string) bool {
	return p == "," || p == "—" || p == "--" || p == ";" || p == ":" || p == "(" || p == ")"
}

// pureName reports whether tokens [from, to) are only name words, titles
// and particles: "Rear Admiral Dana Hale", "Ana Ruiz".
func pureName(toks []token, from, to int) bool {
	if from >= to {
		return false
	}
	hasName := false
	for i := from; i < to; i++ {
		t := toks[i]
		switch {
		case t.kind == tWord && t.capital():
			if !isNameWord(t) || to-from == 1 && commonNoun(t.lower) {
				return false
			}
			if !titleWords[strings.TrimSuffix(t.lower, ".")] && !sentenceStarters[t.lower] {
				hasName = true
			}
			if t.possessive() {
				return false
			}
		case t.kind == tWord && nameParticles[t.lower]:
		case t.is("of") && i > from && orgHeads[toks[i-1].lower] && i+1 < to && toks[i+1].capital():
		default:
			return false
		}
	}
	return hasName
}

// appositiveSegment reports whether a segment describes rather than names:
// "an economist at Acme", "58", "in Gaza", "who replaced Berg", "Acme's
// chief economist".
func appositiveSegment(toks []token, from, to int) bool {
	t := toks[from]
	if t.kind != tWord {
		return false
	}
	if t.is("the") && from+1 < to && toks[from+1].capital() && !toks[from+1].possessive() && toks[to-1].capital() && !lowerRoleIn(toks, from+1, to) {
		return false // "The Ministry of Finance" (but "the U.S. commander" describes, and so does "the U.S. attorney for the Eastern District")
	}
	if t.is("a", "an", "the", "who", "whose", "which", "in", "at", "of", "from", "for", "on", "now", "then", "also", "himself", "herself", "once", "formerly", "like") {
		return true
	}
	if firstRune(t.text) >= '0' && firstRune(t.text) <= '9' {
		return true
	}
	if !t.capital() {
		return true // "director of engineering at Acme"
	}
	// "Acme's chief economist", "Grafana’s director of product", and in
	// capitals, "Harbour Watch's Europe Director"
	for i := from; i < to; i++ {
		if toks[i].possessive() && i+1 < to && (!toks[i+1].capital() || roleEnds(toks, i+1, to)) {
			return true
		}
	}
	return false
}

// roleEnds reports a run of words [from, to) whose last word is a role
// noun or title: "Europe Director", "Chief Economist".
func roleEnds(toks []token, from, to int) bool {
	last := strings.ToLower(strings.TrimSuffix(toks[to-1].text, "."))
	return toks[to-1].kind == tWord && (roleNouns[last] || titleWords[last])
}

// lowerRoleIn reports a role noun or title in lower case among tokens
// [from, to): a name of a body writes its words in capitals, a
// description of a person ("the U.S. attorney for the Eastern District")
// does not.
func lowerRoleIn(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if t := toks[i]; t.kind == tWord && !t.capital() && (roleNouns[t.lower] || titleWords[t.lower]) {
			return true
		}
	}
	return false
}

// roleSegment returns the role phrase that ends before a comma when it
// reads as one ("Israel's chief military spokesperson").
func roleSegment(toks []token, floor, comma int) string {
	from := comma - 1
	for from > floor && toks[from-1].kind == tWord && !toks[from-1].is("the", "a", "an", "on", "in", "at", "said") {
		from--
	}
	for i := from; i < comma; i++ {
		if roleNouns[toks[i].lower] || titleWords[toks[i].lower] {
			return joinTokens(toks, from, comma)
		}
	}
	return ""
}

// appositiveRole returns the text of an appositive segment as a role,
// without a leading article ("the former envoy" → "former envoy").
func appositiveRole(toks []token, from, to int) string {
	if from >= to {
		return ""
	}
	if toks[from].is("a", "an", "the") {
		from++
	}
	if from < to && (toks[from].is("who", "whom", "whose", "which", "in", "at", "from", "speaking", "including") || verbLike(toks[from].lower) && !roleAdjectives[toks[from].lower]) ||
		from < to && firstRune(toks[from].text) >= '0' && firstRune(toks[from].text) <= '9' {
		return "" // a relative clause, an aside or an age is not a role
	}
	// "an economist at the Institute who has followed …": stop at the
	// relative clause.
	for i := from; i < to; i++ {
		if toks[i].is("who", "which", "that", "whose") || toks[i].kind == tQuote {
			to = i
			break
		}
	}
	if to-from > 12 || to <= from {
		return ""
	}
	if w := toks[from].lower; to-from == 1 && (sentenceStarters[w] || introWords[w] || strings.HasSuffix(w, "ly")) {
		return "" // "Lind, meanwhile, said": an adverb, not a role
	}
	return joinTokens(toks, from, to)
}

// unclosedAppositive reads "“…,” Ana Ruiz, an analyst at the Council on
// Ports, Harbours and Water told …": after a quotation, a name and an
// appositive that describes them ("a …", "the …"), left open up to the
// verb at j+1 — the name is the subject, not the last noun before the
// verb. It walks left over at most four commas.
func unclosedAppositive(toks []token, s sentence, j int) (subject, bool) {
	end := j + 1
	for n := 0; n < 4; n++ {
		c := end - 1
		for c > s.from && !(toks[c].kind == tPunct && isSegmentBreak(toks[c].text)) && toks[c].kind != tQuote {
			c--
		}
		if c <= s.from || toks[c].kind != tPunct || toks[c].text != "," {
			return subject{}, false
		}
		from := c - 1
		for from > s.from && toks[from-1].kind == tWord {
			from--
		}
		opened := from == s.from || toks[from-1].kind == tQuote ||
			toks[from-1].text == "," && from-2 >= s.from && toks[from-2].kind == tQuote
		if opened && pureName(toks, from, c) && toks[c+1].is("a", "an", "the") && appositiveSegment(toks, c+1, end) {
			np := peelName(toks, from, c)
			if !np.ok() {
				return subject{}, false
			}
			if np.role == "" {
				np.role = appositiveRole(toks, c+1, min(end, segmentEnd(toks, c+1, end)))
			}
			return subject{kind: npName, name: np, from: from, to: c}, true
		}
		end = c
	}
	return subject{}, false
}

// segmentEnd returns the first segment break in [from, to), or to.
func segmentEnd(toks []token, from, to int) int {
	for i := from; i < to; i++ {
		if toks[i].kind == tPunct && isSegmentBreak(toks[i].text) {
			return i
		}
	}
	return to
}
