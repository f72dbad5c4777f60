package content

import "strings"

// leftSubject parses the subject of the cue verb at ci, reading leftwards:
// a pronoun, a name (with titles and role words in front), a role noun
// phrase ("the Ukrainian president"), or a name followed by appositives
// ("Lina Ortiz, an economist at Acme, said").
func leftSubject(toks []token, s sentence, ci int) subject {
	j := ci - 1
	for j >= s.from && toks[j].kind == tWord && !toks[j].capital() &&
		(skipBeforeCue[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly")) {
		j--
	}
	if j < s.from {
		return subject{}
	}
	t := toks[j]
	switch {
	case t.kind == tWord && pronounGender[pronounBase(t.lower)] != 0:
		return subject{kind: npPronoun, pronoun: pronounBase(t.lower), from: j, to: j + 1}
	case t.kind == tWord && t.is("who", "which", "that"):
		if j-1 >= s.from && toks[j-1].text == "," {
			sub := npEndingAt(toks, s.from, j-1)
			// "the Dialogue Group in Estmere, which says": the group, not the place
			if sub.kind == npName && sub.from-2 >= s.from && toks[sub.from-1].is("in", "at", "of", "from", "on") {
				if outer := npEndingAt(toks, s.from, sub.from-1); outer.kind == npName {
					sub = outer
				}
			}
			if sub.kind != npNone {
				sub.kind = relativeKind(sub.kind)
				return sub
			}
		}
		return restrictiveAntecedent(toks, s.from, j)
	case t.kind == tPunct && t.text == ")":
		open := matchingOpen(toks, s.from, j)
		if open > s.from {
			return leftSubjectAt(toks, s, open-1)
		}
		return subject{}
	case t.kind == tPunct && (t.text == "," || t.text == "—" || t.text == "--"):
		return appositiveSubject(toks, s, j)
	case t.kind == tWord:
		return npEndingAt(toks, s.from, j+1)
	}
	return subject{}
}

// leftSubjectAt parses the subject phrase that ends at token j inclusive.
func leftSubjectAt(toks []token, s sentence, j int) subject {
	if j < s.from {
		return subject{}
	}
	if toks[j].kind == tPunct && toks[j].text == "," {
		return appositiveSubject(toks, s, j)
	}
	if toks[j].kind == tWord && pronounGender[pronounBase(toks[j].lower)] != 0 {
		return subject{kind: npPronoun, pronoun: pronounBase(toks[j].lower), from: j, to: j + 1}
	}
	return npEndingAt(toks, s.from, j+1)
}

// pronounBase strips a contraction from a pronoun: "he’s" → "he".
func pronounBase(w string) string {
	for _, suf := range []string{"’s", "'s", "’d", "'d", "’ll", "'ll"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// docNouns name writings that can be quoted: "a story which said …".
var docNouns = setOf(`story report article statement memo letter study survey editorial headline post
tweet document filing note leaflet website site book memoir column piece release notice poster sign
brochure email message transcript`)

// restrictiveAntecedent reads the noun phrase before "which/that/who"
// without a comma ("a story about her eating avocados which said"): an
// unnamed writing or person is quoted as Unknown.
func restrictiveAntecedent(toks []token, floor, j int) subject {
	for i := j - 1; i >= floor && i >= j-8; i-- {
		t := toks[i]
		if t.kind != tWord {
			break
		}
		if docNouns[t.lower] || anonNouns[t.lower] {
			if i > floor && toks[i-1].is("a", "an", "one") {
				return subject{kind: npAnon, from: i - 1, to: i + 1, anonPerson: true}
			}
		}
	}
	return subject{kind: npAnon, from: j, to: j + 1}
}

func relativeKind(k npKind) npKind {
	if k == npName {
		return npRelative
	}
	return npAnon
}

func matchingOpen(toks []token, floor, close int) int {
	depth := 0
	for i := close; i >= floor; i-- {
		switch toks[i].text {
		case ")":
			depth++
		case "(":
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// appositiveSubject handles "NAME, APPOSITIVE, said" and "ROLE, NAME,
// said": walking left over comma-separated segments, the first segment that
// is wholly a name is the subject; role phrases, ages, places and relative
// clauses are skipped. The comma is at j.
func appositiveSubject(toks []token, s sentence, j int) subject {
	end := j
	var right []int // segment ends seen, to take a role from
	for seg := 0; seg < 4 && end > s.from; seg++ {
		start := end - 1
		for start >= s.from && !(toks[start].kind == tPunct && isSegmentBreak(toks[start].text)) && toks[start].kind != tQuote {
			start--
		}
		from := start + 1
		if from >= end {
			return subject{}
		}
		if pureName(toks, from, end) {
			np := peelName(toks, from, end)
			if !np.ok() {
				return subject{}
			}
			if np.role == "" && start >= s.from && toks[start].text == "," {
				// "Acme's chief economist, Dana Ruiz, said": the segment before is the role
				if r := roleSegment(toks, s.from, start); r != "" {
					np.role = r
				}
			}
			if np.role == "" && len(right) > 0 {
				np.role = appositiveRole(toks, end+1, right[0])
			}
			return subject{kind: npName, name: np, from: from, to: end}
		}
		if !appositiveSegment(toks, from, end) {
			// The segment is a clause: its last noun phrase may still be
			// the subject ("During her talk, Ana Ruiz, an engineer, said").
			sub := npEndingAt(toks, from, end)
			if sub.kind == npName && len(right) > 0 {
				sub.name.role = appositiveRole(toks, end+1, right[0])
				return sub
			}
			if sub.kind == npName || sub.kind == npRole {
				return sub
			}
			return subject{}
		}
		right = append(right, end)
		if start < s.from || toks[start].kind == tQuote {
			return subject{}
		}
		end = start
	}
	return subject{}
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
	if t.is("the") && from+1 < to && toks[from+1].capital() && !toks[from+1].possessive() {
		return false // "The Ministry of Finance"
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
	// "Acme's chief economist", "Grafana’s director of product"
	for i := from; i < to; i++ {
		if toks[i].possessive() && i+1 < to && !toks[i+1].capital() {
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
	if from < to && toks[from].is("who", "which", "in", "at", "from") || from < to && firstRune(toks[from].text) >= '0' && firstRune(toks[from].text) <= '9' {
		return ""
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
	return joinTokens(toks, from, to)
}

// npEndingAt parses the noun phrase that ends just before token end:
// a name run with its titles and role words, or a role noun phrase.
func npEndingAt(toks []token, floor, end int) subject {
	if end <= floor {
		return subject{}
	}
	last := toks[end-1]
	if last.kind != tWord {
		return subject{}
	}
	if isNameWord(last) && !last.possessive() {
		start := nameRunLeft(toks, end, floor)
		// Role words in front: "Harris senior adviser David Plouffe".
		roleFrom := start
		for roleFrom > floor {
			p := toks[roleFrom-1]
			if p.kind != tWord || p.is("the", "a", "an") || (!p.capital() && sentenceStarters[p.lower]) || cueForms[p.lower].lemma != "" && !p.capital() {
				break
			}
			if !p.capital() && !roleNouns[p.lower] && !titleWords[p.lower] && roleFrom == start {
				// a lower-case word right before the name must be a role word
				break
			}
			roleFrom--
		}
		np := peelName(toks, roleFrom, end)
		for len(np.words) > 0 && sentenceStarters[strings.ToLower(np.words[0])] {
			np.words = np.words[1:]
		}
		if !np.ok() {
			return subject{}
		}
		return subject{kind: npName, name: np, from: roleFrom, to: end}
	}
	if roleNouns[last.lower] || orgHeads[last.lower] {
		from := end - 1
		for from > floor && toks[from-1].kind == tWord && !toks[from-1].is("and", "but", "that", "as", "when", "while", "after", "before") &&
			(toks[from-1].capital() || demonyms[toks[from-1].lower] || !sentenceStarters[toks[from-1].lower] || toks[from-1].is("the", "a", "an")) {
			from--
			if toks[from].is("the", "a", "an") {
				break
			}
		}
		det := toks[from].lower
		quals := qualifiers(toks, from, end-1)
		if det == "the" && roleNouns[last.lower] {
			return subject{kind: npRole, head: last.lower, quals: quals, from: from, to: end, anonPerson: possessiveIn(toks, from, end-1)}
		}
		return subject{kind: npAnon, from: from, to: end, anonPerson: anonymousPerson(toks, from, end)}
	}
	if !last.capital() && !sentenceStarters[last.lower] {
		// "reporters", "lawmakers", "the pair": someone unnamed.
		from := end - 1
		for from > floor && toks[from-1].kind == tWord && !toks[from-1].capital() && !sentenceStarters[toks[from-1].lower] {
			from--
		}
		if from > floor && toks[from-1].is("a", "an", "some", "several", "many", "two", "three", "one", "other") {
			from--
		}
		return subject{kind: npAnon, from: from, to: end, anonPerson: anonymousPerson(toks, from, end)}
	}
	return subject{}
}

// anonNouns are nouns for people a report does not name.
var anonNouns = setOf(`official source person people insider lawmaker legislator reporter resident
critic analyst observer protester witness diplomat staffer member worker neighbour neighbor friend
relative colleague employee activist campaigner organiser organizer participant attendee delegate
negotiator representative voter supporter opponent mourner survivor passenger student parent`)

// anonymousPerson reports whether tokens [from, to) name an unnamed person
// or group of people: "a senior government official", "officials",
// "two diplomats", "the council's spokeswoman".
func anonymousPerson(toks []token, from, to int) bool {
	head := toks[to-1].lower
	sing := strings.TrimSuffix(strings.TrimSuffix(head, "s"), "e")
	plural := head != strings.TrimSuffix(head, "s")
	person := anonNouns[head] || roleNouns[head] || anonNouns[strings.TrimSuffix(head, "s")] ||
		roleNouns[strings.TrimSuffix(head, "s")] || anonNouns[sing] || head == "people"
	if !person {
		return false
	}
	det := toks[from].lower
	switch {
	case det == "a" || det == "an" || det == "one" || det == "some" || det == "several" || det == "many" || numberWord(det):
		return true
	case det == "the":
		return possessiveIn(toks, from, to-1)
	}
	return plural
}

// possessiveIn reports whether a possessive word occurs in [from, to): the
// minister's spokesman is someone other than the minister.
func possessiveIn(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].possessive() {
			return true
		}
	}
	return false
}
