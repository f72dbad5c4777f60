package content

import "strings"

// Subjects that follow their verb ("…,” said Nato chief Ana Lind") and
// the cues that need no verb: a dash credit line and a name with a colon.

func isDash(p string) bool { return p == "—" || p == "–" || p == "--" || p == "-" }

// dashCredit reads a credit line after a quote: "“We will win.” — Ana
// Ruiz, union leader". The name must run to the end of the sentence or to
// a comma.
func dashCredit(toks []token, s sentence, i int) (cue, bool) {
	end := nameRunRight(toks, i+1, s.to)
	if end == i+1 || end < s.to && !(toks[end].kind == tPunct && (toks[end].text == "," || toks[end].text == "." || toks[end].text == "(")) {
		return cue{}, false
	}
	np := peelName(toks, i+1, end)
	if !np.ok() {
		return cue{}, false
	}
	return cue{at: i, verb: cueVerb{lemma: "credit"}, inverted: true, end: end,
		subj: subject{kind: npName, name: np, from: i + 1, to: end}}, true
}

// colonLabel reads a label that introduces a quotation with only a
// colon, as live blogs and reaction round-ups do: "Ana Ruiz, TD Bank:
// “…”", "Secretary of the Harbours, Ana Lind: “…”", "U.S. Senator Ana
// Ruiz (ID): “…”", "Harbour Trust: “…”".
func colonLabel(toks []token, s sentence) (cue, bool) {
	colon := -1
	for k := s.from; k < s.to && k < s.from+maxLabelTokens; k++ {
		t := toks[k]
		if t.kind == tQuote {
			return cue{}, false
		}
		if t.text == ":" {
			colon = k
			break
		}
		if t.kind == tWord && !t.capital() && cueForms[t.lower].lemma != "" && !roleNouns[t.lower] {
			return cue{}, false // "Ana Ruiz, the mayor, said:" has its verb
		}
	}
	if colon <= s.from || colon+1 >= s.to || toks[colon+1].kind != tQuote {
		return cue{}, false
	}
	if p, ok := labelParty(joinTokens(toks, s.from, colon)); ok {
		if i, j, ok := nameSpanIn(toks, s.from, colon, p.words); ok {
			np := nameParts{from: i, to: j, words: p.words, role: p.role, title: p.title, gender: p.gender}
			return cue{at: colon, verb: cueVerb{lemma: "colon"}, end: colon, colon: true,
				subj: subject{kind: npName, name: np, from: i, to: j}}, true
		}
	}
	// a body: "Harbour Trust: “…”"
	end := nameRunRight(toks, s.from, colon)
	np := peelName(toks, s.from, end)
	if end == s.from || !np.ok() || !isOrgName(np.words) {
		return cue{}, false
	}
	return cue{at: colon, verb: cueVerb{lemma: "colon"}, end: colon, colon: true,
		subj: subject{kind: npName, name: np, from: s.from, to: end}}, true
}

// maxLabelTokens is how long a round-up's label before its colon may be.
const maxLabelTokens = 30

// rightSubject parses the noun phrase after an inverted cue: titles, role
// words and a name, up to a comma, "of", "in" or the like. A role phrase
// followed by ", Name," yields the name ("said Acme's chief economist,
// Dana Ruiz.").
func rightSubject(toks []token, from, to int) subject {
	if from < to && toks[from].is("the", "a", "an") || from+1 < to && toks[from].is("one", "another") && toks[from+1].kind == tWord && !toks[from+1].capital() {
		sub := determinedSubject(toks, from, to) // "said one driver"
		if sub.kind == npRole || sub.kind == npAnon && sub.anonPerson {
			if named, ok := namedAfterRole(toks, sub, to); ok {
				return named
			}
		}
		return sub
	}
	if from+1 < to && possessivePronouns[toks[from].lower] != "" {
		return ownedRightSubject(toks, from, to)
	}
	if s, ok := ownersRoleName(toks, from, to); ok {
		return s
	}
	stop := from
	for stop < to {
		t := toks[stop]
		if t.kind != tWord || (!t.capital() && !nameParticles[t.lower] && (sentenceStarters[t.lower] && !t.is("and") || t.is("of"))) {
			break
		}
		if t.is("of") && !(stop > from && isBodyWord(toks[stop-1].lower) && stop+1 < to && isNameWord(toks[stop+1])) {
			break // "the Department of Conservation" runs on through "of"
		}
		stop++
		if t.possessive() && t.capital() && stop < to && !toks[stop].capital() {
			// "Canada’s chief economist": keep reading the role phrase
			continue
		}
	}
	if stop == from {
		return subject{}
	}
	// Trim a trailing "and".
	for stop > from && toks[stop-1].is("and") {
		stop--
	}
	if stop == from {
		return subject{} // only "and": no subject
	}
	start := nameRunLeft(toks, stop, from)
	if start < stop && !toks[stop-1].possessive() {
		np := peelName(toks, from, stop)
		if np.ok() && !sentenceStarters[strings.ToLower(np.words[0])] {
			return subject{kind: npName, name: np, from: from, to: stop}
		}
	}
	// A role phrase: "the president", or "X's chief economist, Name".
	if stop < to && toks[stop].text == "," && stop+1 < to {
		end := nameRunRight(toks, stop+1, to)
		if end > stop+1 {
			np := peelName(toks, stop+1, end)
			if np.ok() {
				np.role = joinTokens(toks, from, stop)
				return subject{kind: npName, name: np, from: from, to: end}
			}
		}
	}
	head := toks[stop-1].lower
	if roleNouns[head] {
		return subject{kind: npRole, head: head, quals: qualifiers(toks, from, stop-1), from: from, to: stop}
	}
	return subject{}
}

// ownedRightSubject reads a person a possessive pronoun introduces after
// an inverted cue: "said his daughter Linda Wu", "according to his aunt,
// Hedda Lund,".
func ownedRightSubject(toks []token, from, to int) subject {
	k := from + 1
	for k < to && k < from+4 && toks[k].kind == tWord && !toks[k].capital() {
		k++
	}
	n := k
	if n+1 < to && n > from+1 && toks[n].text == "," {
		n++
	}
	if end := nameRunRight(toks, n, to); end > n {
		np := peelName(toks, n, end)
		if np.ok() {
			np.role = joinTokens(toks, from+1, k)
			return subject{kind: npName, name: np, from: from, to: end}
		}
	}
	return subject{}
}

// namedAfterRole reads the name set off by a comma after a role or an
// unnamed person's description: "said the mayor, Petra Vasquez", "said a
// union spokeswoman, Carla Mendes", "said the mayor of Dunholm, Petra
// Vasquez". The name is who speaks, the description their role. The name
// must end the phrase: a comma, a full stop or the sentence's end after it.
func namedAfterRole(toks []token, sub subject, to int) (subject, bool) {
	k := sub.to
	if k+1 < to && toks[k].is("of", "for", "at", "on", "in") {
		// the body or place the role is of: "the mayor of Dunholm"
		j := k + 1
		for j < to && j < k+6 && toks[j].kind == tWord && cueForms[toks[j].lower].lemma == "" && !toks[j].is("who", "which", "that") {
			j++
		}
		if j == k+1 {
			return subject{}, false
		}
		k = j
	}
	if k+1 >= to || toks[k].text != "," {
		return subject{}, false
	}
	end := nameRunRight(toks, k+1, to)
	if end == k+1 || end < to && !(toks[end].kind == tPunct && (toks[end].text == "," || toks[end].text == "." || toks[end].text == ";")) {
		return subject{}, false
	}
	np := peelName(toks, k+1, end)
	if !np.ok() || !looksLikePersonName(np.words) || isOrgName(np.words) {
		return subject{}, false
	}
	from := sub.from
	if toks[from].is("the", "a", "an") {
		from++
	}
	if np.role == "" {
		np.role = joinTokens(toks, from, k)
	}
	return subject{kind: npName, name: np, from: sub.from, to: end}, true
}

// determinedSubject reads an inverted subject that starts with an
// article: "said the mayor", "said the Tidewater Group", "said a council
// spokeswoman".
func determinedSubject(toks []token, from, to int) subject {
	end := from + 1
	for end < to && end < from+8 && toks[end].kind == tWord && cueForms[toks[end].lower].lemma == "" &&
		(!functionWord[toks[end].lower] || toks[end].is("of") && isBodyWord(toks[end-1].lower) && end+1 < to && isNameWord(toks[end+1])) {
		end++ // "the New Zealand Department of Conservation"
	}
	if end == from+1 {
		return subject{}
	}
	last := toks[end-1]
	switch {
	case toks[from].is("the") && strings.HasSuffix(last.lower, "-year-old"):
		return subject{kind: npRole, head: "year-old", from: from, to: end}
	case toks[from].is("the") && isNameWord(toks[from+1]) && isNameWord(last) && pureName(toks, from+1, end):
		np := peelName(toks, from+1, end)
		if np.ok() {
			return subject{kind: npName, name: np, from: from, to: end}
		}
	case isNameWord(last) && !last.possessive():
		// "the charity Harbourwatch", "the Ukrainian leader Ana Lind"
		start := nameRunLeft(toks, end, from+1)
		np := peelName(toks, start, end)
		if np.ok() {
			if np.role == "" && start > from+1 {
				np.role = joinTokens(toks, from+1, start)
			}
			return subject{kind: npName, name: np, from: from, to: end}
		}
	case toks[from].is("the") && roleNouns[last.lower]:
		return subject{kind: npRole, head: last.lower, quals: qualifiers(toks, from, end-1), from: from, to: end}
	case toks[from].is("the") && personNouns[last.lower]:
		// "says the woman who …", "says the mother of four"
		return personSubject(toks, from, end, to)
	case toks[from].is("the") && orgHeads[last.lower]:
		return subject{kind: npRole, head: last.lower, org: true, quals: orgQualifiers(toks, from+1, end), from: from, to: end}
	case anonymousPerson(toks, from, end):
		return subject{kind: npAnon, anonPerson: true, from: from, to: end}
	}
	return subject{}
}

// personSubject reads "the woman", "the mother of four": someone the text
// just spoke of — unless a kin word names someone's relation ("the
// mother of the boy"), who is someone else, unnamed.
func personSubject(toks []token, from, end, to int) subject {
	if kinNouns[toks[end-1].lower] && end < to && toks[end].is("of") && !(end+1 < to && numberWord(toks[end+1].lower)) {
		return subject{kind: npAnon, anonPerson: true, head: toks[end-1].lower, from: from, to: end}
	}
	return subject{kind: npRole, head: toks[end-1].lower, from: from, to: end}
}

// qualifiers returns the lower-cased modifiers of a role noun ("the
// Ukrainian president" → ["ukrainian"]).
func qualifiers(toks []token, from, to int) []string {
	var q []string
	for i := from; i < to; i++ {
		if toks[i].is("the", "a", "an", "former", "then", "new") {
			continue
		}
		q = append(q, strings.TrimSuffix(toks[i].lower, "’s"))
	}
	return q
}

// ownersRoleName reads "Chartered Accountants of Canada’s chief
// economist, Ana Ruiz" after an inverted cue: a body's name with "of",
// its possessive, a role and the person's name after a comma. The person
// speaks, not the body.
func ownersRoleName(toks []token, from, to int) (subject, bool) {
	p := from
	for p < to && p < from+8 && toks[p].kind == tWord && (toks[p].capital() || toks[p].is("of", "and", "for", "the")) && !toks[p].possessive() {
		p++
	}
	if p == from || p >= to || !toks[p].possessive() || !toks[p].capital() {
		return subject{}, false
	}
	k := p + 1
	for k < to && k < p+5 && toks[k].kind == tWord && !toks[k].capital() {
		k++
	}
	if k == p+1 || k+1 >= to || toks[k].text != "," {
		return subject{}, false
	}
	end := nameRunRight(toks, k+1, to)
	np := peelName(toks, k+1, end)
	if end == k+1 || !np.ok() || !looksLikePersonName(np.words) {
		return subject{}, false
	}
	np.role = joinTokens(toks, from, k)
	return subject{kind: npName, name: np, from: from, to: end}, true
}
