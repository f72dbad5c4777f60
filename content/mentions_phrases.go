package content

import "strings"

// Mentions: the noun phrases that name who speaks — a name with its titles, a pronoun, a role noun,
// a body, someone unnamed — read leftwards from a speech verb or from the end of a phrase.

// leftSubject parses the subject of the cue verb at ci, reading leftwards:
// a pronoun, a name (with titles and role words in front), a role noun
// phrase ("the Ukrainian president"), or a name followed by appositives
// ("Ines Ortiz, an economist at Acme, said").
func leftSubject(toks []token, s sentence, ci int) subject {
	j := ci - 1
	for j >= s.from && toks[j].kind == tWord {
		switch {
		case !toks[j].capital() && (skipBeforeCue[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly")):
			j--
			continue
		case calendarWords[toks[j].lower] && j-1 >= s.from && toks[j-1].is("on", "last", "this", "next", "late", "early", "since", "until", "by"):
			j -= 2 // "the ministry on Sunday confirmed"
			continue
		case toks[j].is("week", "month", "year", "night", "weekend", "morning", "evening", "afternoon") && j-1 >= s.from && toks[j-1].is("last", "this", "next", "that"):
			j -= 2 // "who last week described"
			continue
		case toks[j].is("today", "yesterday", "tonight", "now"):
			j--
			continue
		}
		break
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
				if outer := bareName(toks, s.from, sub.from-1); outer.kind == npName {
					sub = outer
				}
			}
			if sub.kind != npNone && t.is("which") && placedAntecedent(toks, s.from, sub) {
				return subject{}
			}
			if sub.kind != npNone {
				sub.kind = relativeKind(sub.kind)
				return sub
			}
		}
		if j-1 >= s.from && isNameWord(toks[j-1]) {
			// "Ana Ruiz who wrote on X:" with no comma
			if sub := npEndingAt(toks, s.from, j); sub.kind == npName {
				sub.kind = npRelative
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
		if sub, ok := unclosedAppositive(toks, s, j); ok {
			return sub
		}
		// "A fisherman who asked not to be named said": the noun before an
		// unpunctuated relative clause
		for w := j - 1; w > s.from && w >= j-10; w-- {
			if toks[w].kind != tWord {
				break
			}
			if toks[w].is("who", "whom") && toks[w-1].kind == tWord {
				if sub := npEndingAt(toks, s.from, w); sub.kind != npNone {
					return sub
				}
				break
			}
		}
		return npEndingAt(toks, s.from, j+1)
	}
	return subject{}
}

// placedAntecedent reports a place that a preposition governs before
// ", which": in "an essay about music around the UK, which said" what
// "which" means is not the place. A body may speak ("an inquiry at the
// Harbour Trust, which said"), and so may a source ("from the EU").
func placedAntecedent(toks []token, floor int, sub subject) bool {
	p := sub.from - 1
	if p > floor && toks[p].is("the") {
		p--
	}
	if sub.kind != npName || sub.to <= sub.from || p <= floor || !prepositions[toks[p].lower] || toks[p].is("from", "by") {
		return false
	}
	last := toks[sub.to-1]
	return countries[last.lower] || placeHeads[last.lower] || isAcronym(last.text) && demonyms[last.lower]
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

// demonymShaped reports a word that names someone by their nationality:
// a known demonym, or one built like one ("Malawian", "Bhutanese").
func demonymShaped(w string) bool {
	if demonyms[w] || w == "spaniard" || w == "swede" || w == "dane" || w == "briton" || w == "serb" || w == "croat" || w == "pole" || w == "finn" || w == "scot" {
		return true
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// affiliated reads the person before an affiliation phrase that ends at
// from: "Ana Ruiz of [the Harbour Post]", "Ana Ruiz from [Acme]", or
// before the place they are in: "Ana Ruiz in [Port Vell] said" is Ana
// Ruiz, and the place is no role of hers.
func affiliated(toks []token, floor, from int) subject {
	k := from - 1
	if k >= floor && toks[k].is("the") {
		k--
	}
	if k-1 < floor || !toks[k].is("of", "from", "at", "in") || !isNameWord(toks[k-1]) || toks[k-1].possessive() {
		return subject{}
	}
	start := nameRunLeft(toks, k, floor)
	np := peelName(toks, start, k)
	if !np.ok() || !looksLikePersonName(np.words) || isOrgName(np.words) {
		return subject{}
	}
	if !toks[k].is("in") {
		np.role = joinTokens(toks, k, from)
	}
	return subject{kind: npName, name: np, from: start, to: from}
}

// affiliatedLong reads the person before a body whose name has small
// words in it, "Committee to Protect Reporters", "Society for the Defence
// of Ferries": leftwards from the name's last capitalised run, over
// capitalised words and those small words, to the leftmost "of", "from"
// or "at" after a person's name. The person speaks, not the tail of the
// body's name.
func affiliatedLong(toks []token, floor, start int) subject {
	best := subject{}
	small := false
	for k := start - 1; k > floor && k >= start-12; k-- {
		t := toks[k]
		if t.kind != tWord {
			break
		}
		if t.is("of", "from", "at") {
			if aff := affiliated(toks, floor, k+1); aff.kind == npName && small {
				best = aff
			}
		}
		switch {
		case isNameWord(t) && !t.possessive():
		case t.is("to", "for", "the", "of", "and", "on", "against", "in"):
			small = small || !t.is("of", "the")
		default:
			return best
		}
	}
	return best
}

// bareName reads the name that ends at end, without the people a
// preposition before it may place there: in "the head of the Dialogue
// Group, which says" the group is meant.
func bareName(toks []token, floor, end int) subject {
	if end <= floor || !isNameWord(toks[end-1]) || toks[end-1].possessive() {
		return subject{}
	}
	start := nameRunLeft(toks, end, floor)
	if np := peelName(toks, start, end); np.ok() {
		return subject{kind: npName, name: np, from: start, to: end}
	}
	return subject{}
}

// placedNoun reads a common noun phrase with the name after it in a
// prepositional phrase: "officials in [Port Vell]", "the mayor of
// [Lagos]", "doctors at [St Ann's]". The people speak, not the place or
// the body the preposition names; the phrase runs to end.
func placedNoun(toks []token, floor, start, end int) (subject, bool) {
	k := start - 1
	if k >= floor && toks[k].is("the") {
		k--
	}
	if k-1 < floor || !toks[k].is("of", "in", "at", "from", "for") {
		return subject{}, false
	}
	h := toks[k-1]
	if groupPronouns[h.lower] && (k-1 == floor || !h.capital()) {
		return subject{kind: npAnon, from: k - 1, to: end, anonPerson: true}, true // "many in the party said"
	}
	if h.kind != tWord || h.capital() && !(k-1 == floor && commonNoun(h.lower)) || h.possessive() {
		return subject{}, false
	}
	if toks[k].is("for") && !anonNouns[h.lower] && !roleNouns[h.lower] {
		return subject{}, false
	}
	sub := npEndingAt(toks, floor, k)
	if sub.kind != npRole && !(sub.kind == npAnon && (sub.anonPerson || peopleNoun(toks[k-1].lower))) || sub.org {
		// "hit back at Lind, who …": no people before the preposition
		return subject{}, false
	}
	sub.to = end
	return sub, true
}

// peopleNoun reports a noun for people, singular or plural: "staff",
// "officials", "residents".
func peopleNoun(w string) bool {
	for _, f := range []string{w, strings.TrimSuffix(w, "s")} {
		if anonNouns[f] || roleNouns[f] || personNouns[f] {
			return true
		}
	}
	return w == "people"
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

// npEndingAt parses the noun phrase that ends just before token end:
// a name run with its titles and role words, or a role noun phrase.
func npEndingAt(toks []token, floor, end int) subject {
	if end <= floor || toks[end-1].kind != tWord {
		return subject{}
	}
	if sub, ok := handleNP(toks, floor, end); ok {
		return sub // "@tide_watcher added"
	}
	last := toks[end-1]
	if isNameWord(last) && !last.possessive() && !(end-1 == floor && commonNoun(last.lower)) {
		return nameNP(toks, floor, end)
	}
	if sub, ok := bodyAfterPerson(toks, floor, end); ok {
		return sub
	}
	if sub, ok := bodyNP(toks, floor, end); ok {
		return sub
	}
	if roleNouns[last.lower] || orgHeads[last.lower] {
		return roleNP(toks, floor, end)
	}
	if strings.HasSuffix(last.lower, "-year-old") && end-2 >= floor && toks[end-2].is("the") {
		return subject{kind: npRole, head: "year-old", from: end - 2, to: end}
	}
	if (!last.capital() || end-1 == floor && commonNoun(last.lower)) && !sentenceStarters[last.lower] {
		return commonNP(toks, floor, end)
	}
	return subject{}
}

// nameNP reads a name that ends at end with the role words in front of
// it ("Varga senior adviser Tomas Okoro"), a pair ("Ruiz and Reyes"), an
// affiliation ("Ana Ruiz of the Harbour Post"), or a title standing alone
// ("The King", "the US President").
func nameNP(toks []token, floor, end int) subject {
	end = trimPostNominal(toks, floor, end)
	last := toks[end-1]
	start := nameRunLeft(toks, end, floor)
	roleFrom := roleWordsBefore(toks, floor, start)
	if start == end-1 && roleFrom == start && start-1 >= floor && toks[start-1].is("the") && demonymShaped(last.lower) && !isAcronym(last.text) {
		// "the Malawian told reporters", "the Spaniard said": the person just spoken of
		return subject{kind: npRole, head: "year-old", from: start - 1, to: end}
	}
	if sub, ok := placedNoun(toks, floor, roleFrom, end); ok {
		return sub // "officials in Port Vell said": the officials
	}
	if aff := affiliatedLong(toks, floor, roleFrom); aff.kind == npName {
		return aff // "Ana Ruiz of the Society for the Defence of Ferries said"
	}
	if aff := affiliated(toks, floor, roleFrom); aff.kind == npName {
		return aff // "Ana Ruiz of the Harbour Post said": Ana Ruiz
	}
	np := peelName(toks, roleFrom, end)
	for len(np.words) > 0 && sentenceStarters[strings.ToLower(np.words[0])] {
		np.words = np.words[1:]
	}
	if !np.ok() && start == end-1 && isAcronym(last.text) && len(last.text) > 1 && !titleWords[strings.ToLower(last.bare())] {
		// "the EU said": an acronym read as a qualifier ("EU leaders")
		// names the body when it stands alone
		from := start
		if from-1 >= floor && toks[from-1].is("the") {
			from--
		}
		return subject{kind: npName, name: nameParts{from: start, to: end, words: []string{last.bare()}}, from: from, to: end}
	}
	if !np.ok() {
		return titleAlone(toks, floor, roleFrom, end)
	}
	if roleFrom-2 >= floor && toks[roleFrom-1].is("and") && isNameWord(toks[roleFrom-2]) && !toks[roleFrom-2].possessive() {
		// "Ruiz and Reyes said", "the Authority and Microsoft said"
		fs := nameRunLeft(toks, roleFrom-1, floor)
		if first := peelName(toks, fs, roleFrom-1); first.ok() {
			return jointSubject(first, np, fs, end)
		}
		return subject{kind: npAnon, from: roleFrom - 2, to: end}
	}
	return subject{kind: npName, name: np, from: roleFrom, to: end}
}

// roleWordsBefore returns where the role words before a name that starts
// at start begin: "[Varga senior adviser] Tomas Okoro".
func roleWordsBefore(toks []token, floor, start int) int {
	roleFrom := start
	for roleFrom > floor {
		p := toks[roleFrom-1]
		if p.kind != tWord || p.is("the", "a", "an") || (!p.capital() && sentenceStarters[p.lower]) || cueForms[p.lower].lemma != "" && !p.capital() {
			break
		}
		if !p.capital() && !roleNouns[p.lower] && !titleWords[p.lower] && !genericOrgNouns[p.lower] && roleFrom == start {
			break // a lower-case word right before the name must be a role word
		}
		roleFrom--
	}
	return roleFrom
}

// titleAlone reads a title with no name: "The King added:", "the US
// President said".
func titleAlone(toks []token, floor, roleFrom, end int) subject {
	last := toks[end-1]
	if !titleWords[strings.TrimSuffix(last.lower, ".")] {
		return subject{}
	}
	if toks[roleFrom].is("the") {
		return subject{kind: npRole, head: last.lower, quals: qualifiers(toks, roleFrom+1, end-1), from: roleFrom, to: end}
	}
	if roleFrom-1 >= floor && toks[roleFrom-1].is("the") {
		return subject{kind: npRole, head: last.lower, quals: qualifiers(toks, roleFrom, end-1), from: roleFrom - 1, to: end}
	}
	return subject{}
}

// bodyAfterPerson reads a body named after a person: "Solberg’s
// campaign", "the Harris campaign".
func bodyAfterPerson(toks []token, floor, end int) (subject, bool) {
	last := toks[end-1]
	if !bodyNouns[last.lower] || end-2 < floor || !isNameWord(toks[end-2]) || determiners[toks[end-2].lower] || sentenceStarters[toks[end-2].lower] {
		return subject{}, false // "The office said" names no one
	}
	start := nameRunLeft(toks, end-1, floor)
	if toks[end-2].possessive() {
		start = end - 2
		for start > floor && isNameWord(toks[start-1]) && !toks[start-1].possessive() {
			start--
		}
	}
	np := peelName(toks, start, end-1)
	if !np.ok() {
		return subject{}, false
	}
	np.words = append(np.words, last.text)
	np.role = ""
	return subject{kind: npName, name: np, from: start, to: end}, true
}

// bodyNP reads a body named by its kind: "the bank", "the South African
// delegation", "the newspaper", "the study".
func bodyNP(toks []token, floor, end int) (subject, bool) {
	last := toks[end-1]
	if !(orgHeads[last.lower] || genericOrgNouns[last.lower] || docNouns[last.lower]) || roleNouns[last.lower] {
		return subject{}, false
	}
	from := end - 1
	for from > floor && toks[from-1].kind == tWord && (toks[from-1].capital() || demonyms[toks[from-1].lower]) && !toks[from-1].is("the") {
		from--
	}
	if from == end-1 {
		// "the survey office", "the central bank": lower-case words
		// before the kind (matched against the bodies the text named)
		for from > floor && from >= end-3 && bodyModifier(toks[from-1]) {
			from--
		}
	}
	if from-1 < floor || !toks[from-1].is("the") || from != end-1 && toks[from].possessive() {
		return subject{}, false
	}
	if linkedToAnon(toks, floor, from-1) {
		// "a source close to the investigation", "a spokeswoman for the airline"
		return subject{kind: npAnon, from: from - 1, to: end, anonPerson: true}, true
	}
	return subject{kind: npRole, head: last.lower, org: true, quals: orgQualifiers(toks, from, end), from: from - 1, to: end}, true
}

// bodyModifier reports a lower-case word that can stand before a body's
// kind: not a function word, verb of speech, number or possessive.
func bodyModifier(t token) bool {
	return t.kind == tWord && !t.capital() && !functionWord[t.lower] && !determiners[t.lower] && !t.possessive() &&
		cueForms[t.lower].lemma == "" && !numberWord(t.lower) && !strings.HasSuffix(t.lower, "ly") && !beForms[t.lower]
}

// roleNP reads a phrase ending in a role noun or a body's head: "the
// Ukrainian president", "a senior official", "Valdoria’s foreign
// ministry", "an aide to the minister".
func roleNP(toks []token, floor, end int) subject {
	last := toks[end-1]
	from := end - 1
	for from > floor && toks[from-1].kind == tWord && !toks[from-1].is("and", "but", "that", "as", "when", "while", "after", "before") &&
		(toks[from-1].capital() || demonyms[toks[from-1].lower] || !sentenceStarters[toks[from-1].lower] || toks[from-1].is("the", "a", "an")) {
		from--
		if toks[from].is("the", "a", "an") {
			break
		}
	}
	if linkedToAnon(toks, floor, from) {
		// "a source close to the mayor", "an aide to the minister"
		return subject{kind: npAnon, from: from, to: end, anonPerson: true}
	}
	if orgHeads[last.lower] && !roleNouns[last.lower] && toks[from].capital() && toks[from].possessive() {
		// "Valdoria’s foreign ministry said": a body named by its owner
		var words []string
		for i := from; i < end; i++ {
			words = append(words, toks[i].text)
		}
		return subject{kind: npName, name: nameParts{from: from, to: end, words: words}, from: from, to: end}
	}
	if toks[from].is("the") && roleNouns[last.lower] {
		return subject{kind: npRole, head: last.lower, quals: qualifiers(toks, from, end-1), from: from, to: end, anonPerson: possessiveIn(toks, from, end-1)}
	}
	return subject{kind: npAnon, from: from, to: end, anonPerson: anonymousPerson(toks, from, end)}
}
