package content

import "strings"

// Mentions: every name in a sentence (outside quotes) goes into the entity
// table with what the sentence says about it — its role, whether it is
// the subject, an object, a possessor, one of a pair — so that later
// surnames, pronouns and role nouns can find it.

// sentenceCtx is what registerMentions knows about the sentence it reads.
type sentenceCtx struct {
	b *blk
	s sentence
	// m is where the main clause starts; lead its subject phrase.
	m    int
	lead subject
}

// registerMentions records every name in the sentence and notes which
// mention is the sentence's subject.
func (a *attributor) registerMentions(b *blk, s sentence, m int) {
	toks := b.tokens()
	a.section = b.section
	a.sentFrom = s.from
	if !quoteOnlySentence(toks, s) {
		// a sentence that is only quotation adds nobody to the discourse:
		// “…,” he said. “…” keeps its speaker one sentence back
		a.sentNo++
	}
	ctx := sentenceCtx{b: b, s: s, m: m}
	ctx.lead = b.leadOf(s, ctx.m)
	a.lastSubjectEnd = -1
	first := len(a.events)
	for _, r := range b.nameRunsOf(s) {
		a.registerName(ctx, r)
	}
	a.registerAcronyms(toks, s)
	a.learnPossessives(ctx)
	a.noteWritings(b, s, first)
	// A pronoun or role noun opening the main clause is a subject mention.
	if sub := ctx.lead; sub.kind == npPronoun || sub.kind == npRole {
		e, _ := a.resolveSubject(sub, b.order)
		switch {
		case e != nil:
			a.noteDescription(b, sub, e)
			a.mention(e, b.order, sub.from, true)
			b.subject = e
			b.setSubjectCue(b.subjectSpan(sub))
		case described(sub):
			// "The retired colonel, speaking second, said …": someone the
			// text does not name is now who "he" most likely means
			a.mention(a.describedPerson(b, sub), b.order, sub.from, true)
		}
	} else if sub.kind == npAnon && sub.anonPerson && genderOf(sub.head) != 0 {
		// "The mother of the boy still worries": so does the "she" after
		a.mention(a.describedPerson(b, sub), b.order, sub.from, true)
	}
}

// nameRun is a run of name words in a sentence read as a name: tokens
// [start, end), the name peeled of titles and roles, and whether it looks
// like a person's.
type nameRun struct {
	start, end int
	np         nameParts
	person     bool
	// kind is the kind of body an appositive gives the name ("Velocor,
	// the company behind the spaceport,"), "" when none.
	kind string
}

// nameRuns finds the names in a sentence: all registerName decides from
// the sentence alone, so that it can be read ahead of the first pass
// (structure_read.go). A run that names no one — a dateline in capitals,
// a place, a thing — is left out.
func nameRuns(toks []token, s sentence) []nameRun {
	var runs []nameRun
	for i := s.from; i < s.to; i++ {
		if !isNameWord(toks[i]) {
			continue
		}
		end := nameRunRight(toks, i, s.to)
		start := i
		for start < end && (sentenceStarters[toks[start].lower] || introWords[toks[start].lower] ||
			start+1 < end && start == s.from && verbLike(toks[start].lower)) {
			start++
		}
		i = end - 1
		if start < end {
			r, last, ok := readNameRun(toks, s, start, end)
			if ok {
				runs = append(runs, r)
			}
			i = max(i, last)
		}
	}
	return runs
}

// readNameRun reads the name run [start, end). It returns the last token
// the name takes in, and false when it names no one.
func readNameRun(toks []token, s sentence, start, end int) (nameRun, int, bool) {
	np := peelName(toks, start, end)
	if !np.ok() {
		return nameRun{}, end - 1, false
	}
	last := end - 1
	if styled, ok := nobleStyle(toks, end, s.to); ok {
		// "Ana Ruiz, Duchess of Lorn": a noble style is part of the name.
		np.styled, np.role, np.gender = np.String()+", "+styled.role, styled.role, styled.gender
		last = end + 3
	}
	// a title makes a person whatever the name ends in: Mayor Eun-ji Park
	person := looksLikePersonName(np.words) || np.title != "" && len(np.words) <= 4 && !isOrgName(np.words[len(np.words)-1:])
	kind := ""
	if np.title == "" && np.role == "" {
		kind = appositiveBodyKind(toks, end, s.to)
		person = person && kind == ""
	}
	if !person && !isOrgName(np.words) && kind == "" || len(np.words) > 1 && allUpper(np.words) {
		return nameRun{}, last, false // "NEW DELHI:" is a dateline, not a person
	}
	if end < s.to && toks[end].kind == tWord && (placeHeads[toks[end].lower] || thingNouns[toks[end].lower]) {
		return nameRun{}, last, false // "its annual Camp Strava event" names a thing, not someone
	}
	return nameRun{start: start, end: end, np: np, person: person, kind: kind}, last, true
}

// appositiveBodyKind reads the kind of body an appositive after a name
// gives it: "Velocor, the company behind the spaceport," or "Kestrel, a
// Lisbon-based think tank," make a name of one word an organisation, "" when
// the appositive describes no body ("Ana, a company director").
func appositiveBodyKind(toks []token, end, to int) string {
	if end+2 >= to || toks[end].text != "," || !toks[end+1].is("the", "a", "an") {
		return ""
	}
	stop := end + 2
	for stop < to && stop < end+6 && toks[stop].kind == tWord && (!toks[stop].capital() || strings.Contains(toks[stop].text, "-")) && !functionWord[toks[stop].lower] && !prepositions[toks[stop].lower] {
		stop++ // "the Orrin-based appliance maker"
	}
	if stop == end+2 {
		return ""
	}
	// the last word says the kind: "the security company Lind founded",
	// never "a company director"
	return orgKind(joinTokens(toks, end+2, stop))
}

// registerName reads a name run into the entity table and records the
// mention.
func (a *attributor) registerName(ctx sentenceCtx, r nameRun) {
	toks, s := ctx.b.tokens(), ctx.s
	start, end, np, person := r.start, r.end, r.np, r.person
	var e *entity
	switch {
	case len(np.words) >= 2 || np.title != "" || np.styled != "":
		if g := max(np.gender, genderOf(np.role), kinGender(toks, s, start)); g != 0 {
			if o := a.peek(np.words); o != nil && o.gender != 0 && o.gender != g && !o.org {
				e = a.namesake(np.words, g) // "her husband Brendan Halloran" after "Mrs Halloran"
			}
		}
		if e == nil {
			e = a.lookup(np.words, true)
		}
		if a.relationOf(toks, s, start) == e {
			// "Ms Lena’s father, Omar Lena": not her, whatever
			// names they share
			e = a.add(np.words)
		}
		if len(e.forms) == 0 {
			e.org = !person
		}
	case person && (toks[end-1].possessive() || headingSubject(ctx, start, end)) && !lexiconWord(np.words[0]) &&
		!(start > 0 && toks[start-1].is("the")):
		// "Ortega's choice", a heading's "Okonkwo pressed his case": a
		// surname alone, kept as a weak entity that stands for "he" or
		// "she" only once the text shows its gender; "the Council's
		// planner" names a body, as a person takes no article
		if e = a.lookup(np.words, false); e == nil {
			e = a.lookup(np.words, true)
			e.weak = true
		}
	default:
		e = a.lookup(np.words, false)
	}
	if e == nil && r.kind != "" {
		e = a.lookup(np.words, true) // "Velocor, the company behind the spaceport,"
	}
	if e == nil {
		return
	}
	if r.kind != "" && len(e.forms) == 0 {
		e.org, e.kind = true, r.kind
	}
	known := len(e.forms) > 0 && !e.org // a person the text named before
	a.note(e, np, np.String())
	if g := kinGender(toks, s, start); g != 0 && e.gender == 0 && !e.org {
		e.gender = g // "his wife Lena", "their son Jonas"
	}
	if k, from := descriptorKind(toks, start, s.from); k != "" && e.kind == "" && !known {
		e.org, e.kind = true, k // "the investment house Brightwater Capital"
		if e.role == "" {
			a.setRole(e, joinTokens(toks, from, start))
		}
	}
	a.appositiveRoles(ctx, e, end)
	a.recordMention(ctx, e, np, start, end)
}

// kinGender is the sex the word right before a name gives its bearer:
// "her husband Brendan", "his sister Ana"; 0 when it gives none.
func kinGender(toks []token, s sentence, start int) byte {
	if start <= s.from || toks[start-1].kind != tWord || toks[start-1].capital() {
		return 0
	}
	return genderOf(toks[start-1].lower)
}

// noble is a noble style read after a name.
type noble struct {
	role   string
	gender byte
}

// nobleStyle reads ", Duchess of Lorn" at token end.
func nobleStyle(toks []token, end, to int) (noble, bool) {
	if end+3 >= to || toks[end].text != "," || !nobleTitles[toks[end+1].lower] || !toks[end+2].is("of") || !isNameWord(toks[end+3]) {
		return noble{}, false
	}
	n := noble{role: toks[end+1].text + " of " + toks[end+3].bare()}
	if femaleWords[toks[end+1].lower] {
		n.gender = 'f'
	} else if maleWords[toks[end+1].lower] {
		n.gender = 'm'
	}
	return n, true
}

// appositiveRoles reads the role an appositive after a name gives:
// "Ruth Amadi, who chairs the Passengers’ Forum," or "Ola Brekke, an
// engineer at Tidewater,", and the role of a lead phrase ("The board’s
// chief hydrologist, Dr Ana Ruiz, …").
func (a *attributor) appositiveRoles(ctx sentenceCtx, e *entity, end int) {
	toks, s := ctx.b.tokens(), ctx.s
	if e.role == "" && end+3 < s.to && toks[end].text == "," && toks[end+1].is("who") && roleVerbs[toks[end+2].lower] != "" {
		stop := end + 3
		for stop < s.to && !(toks[stop].kind == tPunct && (isSegmentBreak(toks[stop].text) || toks[stop].text == ".")) && toks[stop].kind != tQuote && stop < end+12 &&
			!coordinatedVerb(toks, stop, toks[end+2].lower) {
			stop++
		}
		of := roleVerbs[toks[end+2].lower] + " of "
		if toks[end+3].is("the") {
			of += "the " // "who founded the city’s largest bakery chain"
		}
		a.setRole(e, of+appositiveRole(toks, end+3, stop))
	}
	if end+2 < s.to && toks[end].text == "(" && toks[end+1].is("a", "an", "the") {
		a.bracketedRole(toks, s, e, end)
	}
	if e.role == "" && end+1 < s.to && toks[end].text == "," {
		owned := ownerBefore(toks, end+1, s.to)
		if !(toks[end+1].is("a", "an", "the") || roleOpener(toks[end+1]) || officeOpener(toks, end+1, s.to) || owned > end+1) {
			return
		}
		stop := end + 1
		for stop < s.to && !(toks[stop].kind == tPunct && (isSegmentBreak(toks[stop].text) || toks[stop].text == ".")) && toks[stop].kind != tQuote {
			stop++
		}
		if owned > end+1 && (stop <= owned || !roleNouns[toks[stop-1].lower] && !titleWords[toks[stop-1].lower]) {
			return // "Ana Lind, Acme's chief economist," but not "Ana Lind, Acme's, …"
		}
		if clauseIn(toks, end+1, stop) {
			return // "according to the Survey Office, an engineer at the site has told …": a new clause
		}
		if stop == s.to || toks[stop].text == "," || toks[stop].text == "." {
			a.setRole(e, appositiveRole(toks, end+1, stop))
		}
	}
}

// bracketedRole reads a role in brackets after a name: "President Ivo
// Sandor (the former Estmere president before the election)" is the
// former Estmere president — more than the bare title before the name,
// which it replaces; the time it held is no part of it.
func (a *attributor) bracketedRole(toks []token, s sentence, e *entity, end int) {
	stop := end + 1
	for stop < s.to && stop < end+16 && toks[stop].text != ")" && toks[stop].kind != tQuote {
		stop++
	}
	if stop >= s.to || toks[stop].text != ")" {
		return
	}
	for k := end + 2; k < stop; k++ {
		if timeWords[toks[k].lower] {
			stop = k
			break
		}
	}
	role := appositiveRole(toks, end+1, stop)
	head := strings.ToLower(role[strings.LastIndex(role, " ")+1:])
	if role == "" || !roleNouns[head] && !titleWords[head] {
		return
	}
	if e.role == "" || !strings.Contains(e.role, " ") && strings.EqualFold(e.role, head) {
		a.setRole(e, role)
	}
}

// clauseIn reports a finite verb among tokens [from, to) before any
// relative clause — a speech verb or an auxiliary: the words are a clause
// with its own subject, not an appositive ("a lawyer who has offered" is
// one).
func clauseIn(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		t := toks[k]
		if t.is("who", "whom", "whose", "which", "that") {
			return false
		}
		if t.kind == tWord && !t.capital() && (finiteAuxiliaries[t.lower] || cueForms[t.lower].lemma != "" && !nounish[t.lower]) {
			return true
		}
	}
	return false
}

// ownerBefore returns the token after a body's possessive name that
// starts at k ("Northwake’s", "Harbour Bank’s"), or k when there is none.
func ownerBefore(toks []token, k, to int) int {
	i := k
	for i < to && i < k+5 && toks[i].kind == tWord && toks[i].capital() {
		if toks[i].possessive() {
			return i + 1
		}
		i++
	}
	return k
}

// coordinatedVerb reports "and" before a verb in the same form as the
// role verb: "who chairs the forum and grows soft fruit" — the second verb
// says what else they do, not what they are.
func coordinatedVerb(toks []token, k int, verb string) bool {
	if !toks[k].is("and") || k+1 >= len(toks) || toks[k+1].kind != tWord || toks[k+1].capital() {
		return false
	}
	next := toks[k+1].lower
	return strings.HasSuffix(verb, "ed") && strings.HasSuffix(next, "ed") ||
		strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss") && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss")
}

// recordMention adds the mention event of a name with its place in the
// sentence: subject, object, oblique, possessor, one of a pair, or a
// person introduced as someone's relation ("Her cousin, Ruth Adeyemi,").
func (a *attributor) recordMention(ctx sentenceCtx, e *entity, np nameParts, start, end int) {
	toks, s, b := ctx.b.tokens(), ctx.s, ctx.b
	lead := ctx.lead
	inLead := lead.kind == npName && start >= lead.from && end <= lead.to
	if inLead && e.role == "" && lead.name.role != "" {
		a.setRole(e, lead.name.role) // "The board’s chief hydrologist, Dr Ana Ruiz, …"
	}
	subj := start == ctx.m || np.from == ctx.m || inLead || cleft(toks, s, start)
	a.mention(e, b.order, start, subj)
	ev := &a.events[len(a.events)-1]
	if !subj && start-2 >= s.from && toks[start-1].is("and", "or") && a.lastSubjectEnd == start-1 {
		subj = true // "Mr Okoro and Mayor Varga met": both are subjects
		ev.subject = true
	}
	if subj {
		a.lastSubjectEnd = end
	}
	if !subj && afterPreposition(toks, s, start) {
		// "a victory over Ana Ruiz": an object, the last thing a pronoun means
		ev.oblique = true
	}
	ev.possessor = toks[end-1].possessive()
	ev.pair = inPair(toks, s, start, end)
	ev.owned = ownedAppositive(toks, s, start, end)
	if subj && !e.org {
		b.subject = e
		if f, t, ok := nameSpanIn(toks, start, end, np.words); ok {
			b.setSubjectCue(b.tokenSpan(f, t))
		}
	}
}

// relationOf returns the person a name is introduced as the relation of —
// "Ana Ruiz’s father, Tomas Ruiz," — or nil.
func (a *attributor) relationOf(toks []token, s sentence, start int) *entity {
	if start-3 < s.from || toks[start-1].text != "," {
		return nil
	}
	k := start - 2
	for k > s.from && k > start-5 && toks[k].kind == tWord && !toks[k].capital() {
		k--
	}
	if k == start-2 || !toks[k].possessive() || !toks[k].capital() || !isNameWord(toks[k]) {
		return nil
	}
	return a.lookup([]string{toks[k].bare()}, false)
}

// inPair reports a name coordinated with another: "Vance and Ortiz",
// "Berg or Saari".
func inPair(toks []token, s sentence, start, end int) bool {
	before := start-2 >= s.from && toks[start-1].is("and", "or") && isNameWord(toks[start-2])
	after := end+1 < s.to && toks[end].is("and", "or") && isNameWord(toks[end+1])
	return before || after
}

// ownedAppositive reports a name set off as the relation of someone a
// pronoun stands for: "Her cousin, Ruth Adeyemi,", "his deputy, Omar
// Reyes,". Such a person is rarely who the next "she" means.
func ownedAppositive(toks []token, s sentence, start, end int) bool {
	if start-2 < s.from || toks[start-1].text != "," || end >= s.to || toks[end].kind != tPunct {
		return false
	}
	k := start - 2
	for k > s.from && k > start-5 && toks[k].kind == tWord && !toks[k].capital() && possessivePronouns[toks[k].lower] == "" {
		k--
	}
	return k < start-2 && toks[k].kind == tWord && possessivePronouns[toks[k].lower] != "" && possessivePronouns[toks[k].lower] != "it"
}

// quoteOnlySentence reports a sentence of quotation and punctuation only.
func quoteOnlySentence(toks []token, s sentence) bool {
	for i := s.from; i < s.to; i++ {
		if toks[i].kind == tWord {
			return false
		}
	}
	return true
}

// lexiconWord reports a capitalised word the lexicon knows as something
// other than a name: a title, a role, a nationality, a country, a month.
func lexiconWord(w string) bool {
	return lexiconBits[strings.ToLower(w)]&(lxTitle|lxRole|lxDemonym|lxCountry|lxCalendar|lxOrgHead|
		lxPlaceHead|lxStarter|lxKnownBody|lxGenericOrg|lxAnon) != 0
}

// headingSubject reports a lone capitalised word that opens a heading as
// its subject: "Okonkwo pressed his case".
func headingSubject(ctx sentenceCtx, start, end int) bool {
	toks := ctx.b.tokens()
	return ctx.b.index == -1 && start == ctx.s.from && end < ctx.s.to && toks[end].kind == tWord && !toks[end].capital()
}

// afterPreposition reports a name governed by a preposition: "over Ana
// Ruiz", "with the Harbour Authority" — not "the Harbour Times ran".
func afterPreposition(toks []token, s sentence, start int) bool {
	k := start - 1
	if k > s.from && determiners[toks[k].lower] {
		k--
	}
	return k >= s.from && toks[k].kind == tWord && prepositions[toks[k].lower]
}

// verbLike reports a word that reads as a verb form or adverb ("Taking",
// "Asked", "Speaking"): at the start of a sentence, followed by a name, it
// is not part of that name.
func verbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"))
}

// roleOpener reports a lower-case word that starts an appositive role:
// "chief executive of …", "senior fellow at …".
func roleOpener(t token) bool {
	return t.kind == tWord && !t.capital() && (roleNouns[t.lower] || titleWords[t.lower] || roleAdjectives[t.lower])
}

// officeOpener reports an appositive that opens with an office in title
// case: "Spokesman for the Secretary", "Deputy Director of Ports",
// "Chief Executive Officer," — its words all titles or roles, then "for",
// "of" or the segment's end.
func officeOpener(toks []token, from, to int) bool {
	k := from
	for k < to && toks[k].kind == tWord && toks[k].capital() && (titleWords[toks[k].lower] || roleNouns[toks[k].lower] || roleAdjectives[toks[k].lower]) {
		k++
	}
	return k > from && (k == to || toks[k].is("for", "of") || toks[k].kind == tPunct && (isSegmentBreak(toks[k].text) || toks[k].text == "."))
}

// registerAcronyms reads definitions like "Public Services and
// Procurement Canada (PSPC)": the capitalised words before the brackets
// whose initials spell the acronym name an organisation.
func (a *attributor) registerAcronyms(toks []token, s sentence) {
	for p := s.from + 1; p+2 < s.to; p++ {
		if toks[p].text != "(" || toks[p+2].text != ")" || !isAcronym(toks[p+1].text) {
			continue
		}
		acr := toks[p+1].text
		var initials []rune
		start := p
		for k := p - 1; k >= s.from && len(initials) < len([]rune(acr)); k-- {
			t := toks[k]
			switch {
			case t.kind == tWord && t.capital():
				initials = append([]rune{firstRune(t.text)}, initials...)
				start = k
			case t.kind == tWord && t.is("and", "of", "for", "the", "&"):
			default:
				k = s.from // stop
			}
		}
		if string(initials) != acr {
			continue
		}
		var words []string
		for k := start; k < p; k++ {
			words = append(words, toks[k].bare())
		}
		e := a.lookup(words, true)
		e.org = true
		e.forms[acr] = true
	}
}

func allUpper(words []string) bool {
	for _, w := range words {
		if !isAcronym(w) {
			return false
		}
	}
	return true
}
