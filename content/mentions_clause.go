package content

// Clause structure around a cue: where the main clause starts, a dateline,
// and the sentence subject a pronoun or a later quote refers back to.

import (
	"strings"
)

// mainClauseStart returns the index where the sentence's main clause
// starts, after a conjunction or a fronted clause ("When Ana asked, …").
func mainClauseStart(toks []token, s sentence) int {
	m := skipDateline(toks, s)
	for k := 0; k < 3 && m < s.to; k++ {
		t := toks[m]
		switch {
		case timeLead(toks, m, s.to) > m:
			m = timeLead(toks, m, s.to) // "Months later, Lena Aalto …"
		case t.is("but", "and", "so", "yet", "or", "still", "also", "then"):
			m++
			if m < s.to && toks[m].text == "," {
				m++
			}
		case introWords[t.lower] || t.kind == tWord && strings.HasSuffix(t.lower, "ly") && m+1 < s.to && toks[m+1].text == "," ||
			t.kind == tWord && m == s.from && verbLike(t.lower) && cueForms[t.lower].lemma == "":
			// "Having displayed a ribbon, Mr Rykov removed it": a fronted clause
			c := -1
			for i := m + 1; i < s.to && i < m+25; i++ {
				if toks[i].kind == tPunct && toks[i].text == "," {
					c = i
					break
				}
			}
			if c < 0 {
				return m
			}
			m = c + 1
		default:
			return m
		}
	}
	return m
}

// timeLead returns the token after a fronted time phrase that starts at
// m — "Months later,", "Two days earlier,", "A year ago," — m when there
// is none.
func timeLead(toks []token, m, to int) int {
	for k := m + 1; k+1 < to && k <= m+3; k++ {
		if toks[k].kind != tWord {
			return m
		}
		if toks[k].is("later", "earlier", "ago", "afterwards") && toks[k+1].text == "," {
			return k + 2
		}
	}
	return m
}

// skipDateline returns the token after a dateline that opens a story:
// "PORT ELLERY:", "LENMARK, Wis. (AP) —".
func skipDateline(toks []token, s sentence) int {
	if s.from < s.to && timeStamp.MatchString(toks[s.from].text) {
		// a live blog's entry: "13.08 Ana Ruiz, the airline's chief, …"
		k := s.from + 1
		if k < s.to && timeZones[toks[k].lower] {
			k++
		}
		if k < s.to && (toks[k].text == ":" || isDash(toks[k].text)) {
			k++
		}
		return k
	}
	k := s.from
	for k < s.to && k < s.from+8 && toks[k].kind == tWord && (isAcronym(strings.Trim(toks[k].text, ".")) || toks[k].capital() && k > s.from) {
		k++
	}
	if k == s.from || !isAcronym(strings.Trim(toks[s.from].text, ".")) {
		return s.from
	}
	for i := s.from; i < k; i++ {
		if titleWords[strings.TrimSuffix(toks[i].lower, ".")] {
			return s.from // "U.S. Senator Ana Ruiz (ID):" is a label, not a dateline
		}
	}
	for k < s.to && (toks[k].text == "," || toks[k].text == "(" || toks[k].text == ")" || toks[k].kind == tWord && k > s.from && toks[k].capital()) && k < s.from+12 {
		k++
	}
	if k < s.to && (toks[k].text == ":" || isDash(toks[k].text)) {
		return k + 1
	}
	return s.from
}

// sentenceSubject parses the noun phrase that opens the main clause: a
// pronoun, a name, "the Ukrainian president", or "A Kremlin aide, Ivo
// Haas," (a role phrase followed by the name).
func sentenceSubject(toks []token, s sentence, m int) subject {
	if m >= s.to || toks[m].kind != tWord {
		return subject{}
	}
	t := toks[m]
	if pronounGender[pronounBase(t.lower)] != 0 {
		return subject{kind: npPronoun, pronoun: pronounBase(t.lower), from: m, to: m + 1}
	}
	if d, ok := describedNP(toks, s, m); ok {
		return d
	}
	// "Her written report put it bluntly:" — the writer is the subject.
	if p := possessivePronouns[t.lower]; p != "" && m+1 < s.to && !toks[m+1].capital() {
		for k := m + 1; k < s.to && k < m+4; k++ {
			if docNouns[toks[k].lower] {
				return subject{kind: npPronoun, pronoun: p, from: m, to: k + 1}
			}
		}
	}
	if sub, ok := ownedPersonLead(toks, s, m); ok {
		return sub
	}
	// "One of the victims, Ana Ruiz, filed …": a describing phrase, then
	// the name between commas.
	if c := leadAppositive(toks, s, m); c.kind == npName {
		return c
	}
	if t.capital() && t.possessive() {
		if sub, ok := ownersPerson(toks, s, m); ok {
			return sub
		}
	}
	return leadingNP(toks, s, m)
}

// ownedPersonLead reads a person a possessive pronoun and a relation or
// role introduce without commas: "Their son Jonas was away", "His
// lawyer Ana Ruiz said".
func ownedPersonLead(toks []token, s sentence, m int) (subject, bool) {
	if possessivePronouns[toks[m].lower] == "" || possessivePronouns[toks[m].lower] == "it" {
		return subject{}, false
	}
	k := m + 1
	for k < s.to && k < m+4 && toks[k].kind == tWord && !toks[k].capital() && !functionWord[toks[k].lower] && cueForms[toks[k].lower].lemma == "" {
		k++
	}
	e := nameRunRight(toks, k, s.to)
	if k == m+1 || e == k {
		return subject{}, false
	}
	np := peelName(toks, k, e)
	if !np.ok() || !looksLikePersonName(np.words) {
		return subject{}, false
	}
	if np.role == "" {
		np.role = joinTokens(toks, m+1, k)
	}
	return subject{kind: npName, name: np, from: k, to: e}, true
}

// ownersPerson reads a person named with an owner and a role: "Valdoria’s
// education minister Ana Ruiz …", "Valdoria’s Chief of Army Staff General
// Ana Ruiz has warned".
func ownersPerson(toks []token, s sentence, m int) (subject, bool) {
	k := m + 1
	for k < s.to && k < m+5 && toks[k].kind == tWord && !toks[k].capital() && (roleNouns[toks[k].lower] || titleWords[toks[k].lower] || roleAdjectives[toks[k].lower] || !functionWord[toks[k].lower] && cueForms[toks[k].lower].lemma == "") {
		k++
	}
	if e := nameRunRight(toks, k, s.to); e > k && k > m+1 {
		if np := peelName(toks, k, e); np.ok() {
			np.role = joinTokens(toks, m, k)
			return subject{kind: npName, name: np, from: m, to: e}, true
		}
	}
	e := m + 1
	for e < s.to && e < m+12 && toks[e].kind == tWord && (toks[e].capital() || toks[e].is("of", "and", "the")) {
		e++
	}
	if e > m+1 && isNameWord(toks[e-1]) {
		start := nameRunLeft(toks, e, m+1)
		if np := peelName(toks, start, e); np.ok() && looksLikePersonName(np.words) {
			if np.role == "" {
				np.role = joinTokens(toks, m, start)
			}
			return subject{kind: npName, name: np, from: m, to: e}, true
		}
	}
	return subject{}, false
}

// leadingNP reads the noun phrase that opens the main clause up to its
// first verb-like lower-case word or punctuation: a name with its titles
// and role words, "Harbour defenseman Ana Ruiz", "A Kremlin aide, Ivo
// Haas,", a role or a body.
func leadingNP(toks []token, s sentence, m int) subject {
	end := m
	for end < s.to && toks[end].kind == tWord && (toks[end].capital() || nameParticles[toks[end].lower] ||
		toks[end].is("of") && end > m && orgHeads[toks[end-1].lower] ||
		roleNouns[toks[end].lower] || titleWords[toks[end].lower] || demonyms[toks[end].lower] || toks[end].is("the", "a", "an")) {
		end++
		if toks[end-1].possessive() {
			break
		}
	}
	if end == m {
		return subject{}
	}
	// "Harbour defenseman Ana Ruiz could see …": a capitalised modifier, a
	// role word, then the name.
	if k := end; k < s.to && agentNoun(toks[k]) {
		for k < s.to && k < end+3 && agentNoun(toks[k]) {
			k++
		}
		if e := nameRunRight(toks, k, s.to); e > k && (e == s.to || toks[e].kind == tPunct || !toks[e].capital()) {
			if np := peelName(toks, k, e); np.ok() && looksLikePersonName(np.words) {
				np.role = joinTokens(toks, m, k)
				return subject{kind: npName, name: np, from: m, to: e}
			}
		}
	}
	// "A Kremlin aide, Ivo Haas, …"
	if end < s.to && toks[end].text == "," && !isNameWord(toks[end-1]) {
		e2 := nameRunRight(toks, end+1, s.to)
		if e2 > end+1 && e2 < s.to && toks[e2].text == "," && pureName(toks, end+1, e2) {
			np := peelName(toks, end+1, e2)
			np.role = appositiveRole(toks, m, end)
			return subject{kind: npName, name: np, from: m, to: e2}
		}
	}
	if toks[end-1].possessive() {
		return subject{}
	}
	if end == m+1 && m == s.from && end < s.to && toks[end].kind == tWord && !toks[end].capital() && !verbish(toks[end].lower) {
		return subject{} // "Simplest way of explaining …": no name before a noun
	}
	return npEndingAt(toks, m, end)
}

// verbish reports a lower-case word that may be the verb after a subject:
// an inflected form, an auxiliary or modal, a speech verb, a common
// irregular past, or an adverb before one ("Ortega then said").
func verbish(w string) bool {
	if cueForms[w].lemma != "" || beForms[w] || auxiliaries[w] || irregularPast[w] || strings.HasSuffix(w, "ly") {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// cleft reports a name focused by "it was … who": "it was Ana Ruiz who
// got the ball rolling" makes her the subject.
func cleft(toks []token, s sentence, i int) bool {
	if i-2 < s.from || !toks[i-1].is("was", "is") || !toks[i-2].is("it") {
		return false
	}
	end := nameRunRight(toks, i, s.to)
	return end < s.to && toks[end].is("who", "that")
}

// agentNoun reports a lower-case noun for a person's job or part:
// "defenseman", "economist", "striker", "director".
func agentNoun(t token) bool {
	if t.kind != tWord || t.capital() || functionWord[t.lower] || cueForms[t.lower].lemma != "" {
		return false
	}
	if roleNouns[t.lower] || anonNouns[t.lower] || roleAdjectives[t.lower] {
		return true
	}
	for _, suf := range []string{"man", "woman", "ist", "er", "or", "ant", "ent"} {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

// leadAppositive reads "one of the victims, Ana Ruiz, …" at the start of a
// main clause: up to eight words without a speech verb, a comma, a name,
// a comma.
func leadAppositive(toks []token, s sentence, m int) subject {
	for c := m + 1; c < s.to && c <= m+8; c++ {
		t := toks[c]
		if t.kind == tQuote || t.kind == tWord && cueForms[t.lower].lemma != "" && !t.capital() {
			return subject{}
		}
		if t.kind != tPunct {
			continue
		}
		if t.text != "," {
			return subject{}
		}
		e := nameRunRight(toks, c+1, s.to)
		if e > c+1 && e < s.to && toks[e].text == "," && pureName(toks, c+1, e) {
			np := peelName(toks, c+1, e)
			if np.ok() {
				np.role = appositiveRole(toks, m, c)
				return subject{kind: npName, name: np, from: c + 1, to: e}
			}
		}
		return subject{}
	}
	return subject{}
}

// describedNP reads a description that opens a clause: "The retired
// colonel", "the former education minister", "The hospital's chief
// surgeon" — "the", up to three modifiers, a role noun — when no name
// follows it ("the actor Bruno Castell" is a name).
func describedNP(toks []token, s sentence, m int) (subject, bool) {
	if !toks[m].is("the") {
		return subject{}, false
	}
	for k := m + 1; k < s.to && k <= m+4; k++ {
		t := toks[k]
		if t.kind != tWord || t.capital() && !demonyms[t.lower] && !portfolioWords[t.lower] {
			return subject{}, false
		}
		if personNouns[t.lower] {
			return personLead(toks, s, m, k)
		}
		if !roleNouns[t.lower] {
			if functionWord[t.lower] || cueForms[t.lower].lemma != "" {
				return subject{}, false
			}
			continue
		}
		end := k + 1
		for end < s.to && toks[end].kind == tWord && !toks[end].capital() && (roleNouns[toks[end].lower] || agentSuffix(toks[end].lower)) {
			end++ // "the chief executive", "the chief hydrologist"
		}
		if end < s.to && (isNameWord(toks[end]) || toks[end].text == "," && end+1 < s.to && isNameWord(toks[end+1])) {
			return subject{}, false // "the actor Bruno Castell", "The board's chief, Dr Sam Whit,"
		}
		if c := roleComplementEnd(toks, end, s.to); c > end && c+1 < s.to && isNameWord(toks[c+1]) {
			return subject{}, false // "The mayor of Dunholm, Petra Vasquez," (leadAppositive)
		}
		head := toks[end-1].lower
		return subject{kind: npRole, head: head, quals: qualifiers(toks, m+1, end-1), from: m, to: end}, true
	}
	return subject{}, false
}

// roleComplementEnd returns the comma that ends a role's complement —
// "of Dunholm", "for harbours", "on transport", "at the Orrin Courier" —
// that starts at token i; i when there is none.
func roleComplementEnd(toks []token, i, to int) int {
	if i >= to || !toks[i].is("of", "for", "at", "on", "in") {
		return i
	}
	for k := i + 1; k < to && k <= i+6; k++ {
		t := toks[k]
		if t.kind == tPunct && t.text == "," {
			return k
		}
		if t.kind != tWord || cueForms[t.lower].lemma != "" && !t.capital() || t.is("who", "which", "that") {
			break
		}
	}
	return i
}

// personLead reads a clause that opens with a person noun at k: "The
// woman …", "The mother of three …" point back to someone the text just
// spoke of; "The mother of the boy …" is someone else, unnamed.
func personLead(toks []token, s sentence, m, k int) (subject, bool) {
	end := k + 1
	if end < s.to && isNameWord(toks[end]) {
		return subject{}, false // "the widow Ana Ruiz"
	}
	sub := personSubject(toks, m, end, s.to)
	if sub.kind == npRole && end+1 < s.to && toks[end].is("of") {
		sub.to = end + 2 // "of three"
	}
	return sub, true
}
