package content

import (
	"slices"
	"strings"
	"unicode"
)

// Entities: the mention history, and the resolution of a speech cue's subject — a name, a pronoun,
// a role noun, a body — to the entity it stands for.

// event records that an entity was mentioned at a point in the document,
// for resolving later pronouns and role nouns ("he", "the chancellor").
type event struct {
	ent *entity
	// para is the index of the block in document order, tok the token in
	// it; events are kept in reading order.
	para, tok int
	// subject: the mention was a sentence subject or a speaker, the kind of
	// mention a later pronoun refers back to.
	subject bool
	// spoke: the entity was the subject of a speech verb.
	spoke bool
	// oblique: the mention was the object of a preposition ("a win over
	// Ana Ruiz"), the weakest antecedent.
	oblique bool
	// possessor: "Ortega's choice"; pair: one of "Vance and Ortiz"; owned:
	// introduced as someone's relation ("Her cousin, Ruth Adeyemi,");
	// heading: named in a section's heading.
	possessor, pair, owned, heading bool
	// addressed: the listener of a speech verb ("asked Delgado").
	addressed bool
	// sent numbers the sentence of the mention in the document, section
	// its section.
	sent, section int
}

// maxLookback bounds how many mentions a pronoun or role noun looks back
// over, so that resolution stays linear on huge documents.
const maxLookback = 80

// resolver holds the roster and the mention history of one document.
type resolver struct {
	roster
	// handles maps the handles the text pairs with a name to that name
	// (learnHandles); nil for a handle paired with two.
	handles map[string][]string
	events  []event
	// docs are the writings the text attributes to an author.
	docs []docRef
	// exclude lists entities a pronoun in the current sentence cannot be.
	exclude []*entity
	// joints are pairs speaking together.
	joints []*entity
	// reply is set while the subject of a reply verb ("answered") is
	// resolved: whoever spoke last is not who answers.
	reply bool
	// noGuess is set while a description that names someone's relation
	// ("the minister's spokesman") is resolved: only a role that fits will do.
	noGuess bool
	// section is the section being read.
	section int
	// sentFrom is the first token of the sentence being read, sentNo the
	// number of that sentence in the document.
	sentFrom, sentNo int
}

func (r *resolver) mention(e *entity, para, tok int, subject bool) {
	if e == nil {
		return
	}
	if e.headlineOnly {
		headingWordOff(e)
	}
	e.headlineOnly = false
	r.events = append(r.events, event{ent: e, para: para, tok: tok, subject: subject, sent: r.sentNo, section: r.section})
}

// spoke records that an entity was the speaker of a cue: the mention of
// it as the sentence's subject, when the sentence has one, speaks.
func (r *resolver) spoke(e *entity, para, tok int) {
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		ev := &r.events[i]
		if ev.para != para || ev.sent != r.sentNo {
			break
		}
		if ev.ent == e {
			ev.subject, ev.spoke = true, true
			return
		}
	}
	r.mention(e, para, tok, true)
	r.events[len(r.events)-1].spoke = true
}

// nearestPerson returns the person mentioned last in tokens [from, to) of
// block para whose gender allows g.
func (r *resolver) nearestPerson(para, from, to int, g byte) *entity {
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		ev := r.events[i]
		if ev.para != para || ev.tok < from {
			break
		}
		if ev.tok >= to || ev.ent.org || ev.ent.id < 0 || ev.oblique || ev.ent.gender != 0 && ev.ent.gender != g {
			continue
		}
		return ev.ent
	}
	return nil
}

// after reports whether an event comes after token tok of block para: a
// name later in the pronoun's own sentence is not its antecedent.
func (ev event) after(para, tok int) bool { return ev.para == para && ev.tok > tok }

// resolveName finds the entity for a name phrase, creating it when the
// name is new.
func (r *resolver) resolveName(np nameParts, create bool) *entity {
	words := np.words
	if len(words) == 1 && strings.HasPrefix(words[0], "@") && create {
		e := r.handleEntity(words[0])
		r.note(e, np, np.String())
		return e
	}
	var e *entity
	if g := max(np.gender, genderOf(np.role)); g != 0 && create {
		if o := r.peek(words); o != nil && !o.org && o.gender != 0 && o.gender != g {
			// "Mr Kessel" after "his mother Nadia Kessel": a namesake
			// of the other sex, never her
			e = r.namesake(words, g)
		}
	}
	if e == nil {
		e = r.lookup(words, false)
	}
	if e == nil && len(words) == 1 && isAcronym(words[0]) {
		e = r.acronym(words[0])
	}
	if e == nil && len(words) == 1 {
		e = r.fuzzyLookup(words[0])
	}
	if e != nil && !e.org {
		if k := orgKind(np.role); k != "" {
			e.org, e.kind = true, k
		}
	}
	if e == nil && create {
		e = r.create(np)
	}
	if e != nil {
		r.note(e, np, np.String())
	}
	return e
}

// create adds the entity of a name new to the table.
func (r *resolver) create(np nameParts) *entity {
	words := np.words
	e := r.lookup(words, true)
	if k := orgKind(np.role); k != "" {
		e.org, e.kind = true, k // "the weekly news magazine Der Spiegel"
	}
	last := strings.ToLower(words[len(words)-1])
	// a place that speaks is an institution: "Downing Street said";
	// a place's head alone is a surname ("Field said", "Hall said")
	e.org = e.org || isOrgName(words) || bodyNouns[last] || placeHeads[last] && len(words) > 1 || knownBodies[last]
	return e
}

// resolveWritten finds the entity of a name a source line or a link
// gives as written ("[ Wired ]", "[ana_l](…)"), creating it when new: a
// name set apart so is no typo of another's ("Wired" is not "PC World").
func (r *resolver) resolveWritten(words []string) *entity {
	np := nameParts{words: words}
	if len(words) == 1 && strings.HasPrefix(words[0], "@") {
		e := r.handleEntity(words[0]) // the person the text pairs the handle with
		r.note(e, np, np.String())
		return e
	}
	e := r.lookup(words, false)
	if e == nil {
		e = r.create(np)
	}
	r.note(e, np, np.String())
	return e
}

// namesake returns the person of the given sex named by words, made
// when there is none: the one a gendered title ("Mr", "Mrs") names when
// the entity the name found first is of the other sex.
func (r *resolver) namesake(words []string, g byte) *entity {
	lw := lowerAll(words)
	for _, e := range r.byLast[lw[len(lw)-1]] {
		if !e.org && e.gender == g && (sameOrSuffix(e.lw, lw) || sameOrSuffix(lw, e.lw)) {
			return e
		}
	}
	e := r.add(words)
	e.gender = g
	return e
}

// acronym finds the organisation an acronym abbreviates: "CMA" for the
// Competition and Markets Authority named earlier.
func (r *resolver) acronym(a string) *entity {
	for i := len(r.ents) - 1; i >= 0 && i >= len(r.ents)-500; i-- {
		e := r.ents[i]
		if !e.org || len(e.words) < 2 {
			continue
		}
		// "TDOC" keeps the "of" of the Tennessee Department of
		// Correction, "CMA" drops the "and"
		var caps, all strings.Builder
		for _, w := range e.words {
			if firstRune(w) >= 'A' && firstRune(w) <= 'Z' && !companySuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
				caps.WriteRune(firstRune(w))
				all.WriteRune(firstRune(w))
			} else if w == "of" || w == "and" || w == "for" {
				all.WriteRune(unicode.ToUpper(firstRune(w)))
			}
		}
		if caps.String() == a || all.String() == a {
			return e
		}
	}
	return nil
}

// resolvePronoun returns the most recent compatible subject within the last
// three blocks: a person of the pronoun's gender (or unknown gender) for
// he/she. They, it, we and I are left unresolved: in news copy they rarely
// pick out one speaker.
func (r *resolver) resolvePronoun(p string, para, tok int) *entity {
	g := pronounGender[p]
	if p == "they-person" {
		g = 0 // any person, whatever their gender
	}
	if g == 'o' || g == 'p' {
		// "it" and "they" speak only for an organisation (or a pair) just
		// quoted: "Economists at the bank said … “…,” they wrote."
		for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
			ev := r.events[i]
			if para-ev.para > 1 {
				break
			}
			if !ev.spoke || ev.after(para, tok) {
				continue
			}
			if ev.ent.org || g == 'p' && ev.ent.id == jointID {
				return ev.ent
			}
			if g == 'p' && ev.ent.id == describedID && ev.ent.gender == 'p' {
				return ev.ent.stand // "Officials said … “…,” they said": Unknown
			}
		}
		return nil
	}
	if g != 'm' && g != 'f' && g != 0 {
		return nil
	}
	e, _ := r.rankPerson(anaphor{gender: g, para: para, tok: tok, sent: r.sentNo, window: 3})
	if e != nil && e.gender == 0 {
		e.gender = g // what the text just told us
	}
	return e
}

// resolveRole returns the entity a role noun phrase refers to: among the
// entities whose role fits the head noun and qualifiers, the most recently
// mentioned; without qualifiers and with several fitting, only a recent
// speaker (within two blocks) is trusted.
func (r *resolver) resolveRole(head string, quals []string, para, tok int) *entity {
	fits := func(e *entity) bool { return !e.org && e.roleMatches(head, quals) }
	pool := recent(r.byRole[head])
	if genericHeads[head] && len(quals) > 0 {
		pool = append(append([]*entity{}, pool...), recent(r.byRole[quals[len(quals)-1]])...)
	}
	var fitting []*entity
	for _, e := range pool {
		if fits(e) && !slices.Contains(fitting, e) {
			fitting = append(fitting, e)
		}
	}
	if len(fitting) == 0 {
		// "the Republican governor" when the document only said "Gov.":
		// party and descriptive words need not be in the role; places do.
		var hard []string
		for _, q := range quals {
			if !partyWords[q] && !roleAdjectives[q] {
				hard = append(hard, q)
			}
		}
		if len(hard) < len(quals) {
			return r.resolveRole(head, hard, para, tok)
		}
		return r.describedPerson(head, para, tok)
	}
	if len(fitting) == 1 {
		return fitting[0]
	}
	for i := len(r.events) - 1; i >= 0 && i >= len(r.events)-maxLookback; i-- {
		ev := r.events[i]
		if !fits(ev.ent) {
			continue
		}
		if ev.after(para, tok) {
			continue
		}
		// the last to hold the role trusted: a recent speaker, or the
		// subject of this block or the one before ("President Lind
		// addressed the state … “…,” the president said")
		lead := ev.subject && !ev.possessor && !ev.owned && para-ev.para <= 1 && r.aloneInBlock(ev, i, fits)
		if len(quals) == 0 && (para-ev.para > 2 || !ev.spoke) && !lead {
			return nil
		}
		return ev.ent
	}
	return nil
}

// aloneInBlock reports that no one else whom fits admits is mentioned in
// the block of event i before it: "Aron Vik, the Norlandic president, met
// Lena Sol, the Estmerian president" leaves "the president" open.
func (r *resolver) aloneInBlock(ev event, i int, fits func(*entity) bool) bool {
	for k := i - 1; k >= 0 && k >= i-maxLookback; k-- {
		o := r.events[k]
		if o.para != ev.para {
			return true
		}
		if o.ent != ev.ent && fits(o.ent) {
			return false
		}
	}
	return true
}

// recent keeps the last maxNamesakes entities of a list: a role held by
// thousands of people is not a briefing, and the bound keeps parsing linear.
func recent(list []*entity) []*entity {
	if len(list) > maxNamesakes {
		return list[len(list)-maxNamesakes:]
	}
	return list
}

// resolveSubject maps a cue's subject phrase to an entity, creating named
// entities as they are met. anon reports a subject that is someone unnamed.
func (r *resolver) resolveSubject(s subject, para int) (e *entity, anon bool) {
	tok := s.from
	switch s.kind {
	case npName, npRelative:
		if !speakerName(s.name.words) {
			return nil, true
		}
		if s.joint {
			return r.joint(s.name), false
		}
		return r.resolveName(s.name, true), false
	case npPronoun:
		return r.resolvePronoun(s.pronoun, para, tok), false
	case npRole:
		if pointsBack(s.head) {
			// "the 47-year-old said", "says the woman": the person just
			// spoken of, of the noun's gender
			p := "they-person"
			switch genderOf(s.head) {
			case 'f':
				p = "she"
			case 'm':
				p = "he"
			}
			return r.resolvePronoun(p, para, tok), false
		}
		if s.org {
			e := r.resolveOrg(s.head)
			if e != nil && !qualsFit(e, s.quals, s.head) {
				e = nil // "the foreign ministry" is not the Ministry of Health
			}
			if e != nil && len(s.quals) == 0 {
				e.forms["the "+s.head] = true // "the bank", "the study": how the text names it here
			}
			if e == nil && namesBody(s.quals, s.head) {
				// "the South African delegation" names a body of its own
				e = r.lookup(s.quals, true)
				e.org = true
				r.note(e, nameParts{words: s.quals}, strings.Join(s.quals, " "))
			}
			return e, e == nil
		}
		// "the minister's spokesman" is not described enough to guess who
		r.noGuess = s.anonPerson
		e := r.resolveRole(s.head, s.quals, para, tok)
		r.noGuess = false
		if e != nil {
			e.forms["the "+strings.Join(append(append([]string{}, s.quals...), s.head), " ")] = true
		}
		return e, e == nil
	case npAnon:
		return nil, true
	}
	return nil, false
}

// joint returns the entity for two speakers speaking together. It is kept
// out of the name indexes so that "Reyes" alone never finds it.
func (r *resolver) joint(np nameParts) *entity {
	name := strings.Join(np.words, " ")
	for _, e := range r.joints {
		if e.name() == name {
			return e
		}
	}
	e := &entity{id: jointID, words: np.words, lw: lowerAll(np.words), forms: map[string]bool{}}
	r.joints = append(r.joints, e)
	return e
}

// speakerName reports whether name words can name a speaker: not a place
// or a date, not a lone common word.
func speakerName(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		l := strings.ToLower(strings.TrimSuffix(w, "."))
		if calendarWords[l] || dayWords[l] {
			return false
		}
	}
	return !(len(words) == 1 && sentenceStarters[strings.ToLower(words[0])])
}

// pointsBack reports a subject's head that describes no office and points
// back like a pronoun: "the 47-year-old", "the woman".
func pointsBack(head string) bool { return head == "year-old" || personNouns[head] }
