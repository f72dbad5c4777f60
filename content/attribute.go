package content

import (
	"strings"
)

// registerMentions records every name in the sentence (outside quotes) so
// that later surnames, pronouns and role nouns can find them, and notes
// which mention is the sentence's subject.
func (a *attributor) registerMentions(b *blk, s sentence) {
	toks := b.toks
	a.sentFrom = s.from
	m := mainClauseStart(toks, s)
	lead := sentenceSubject(toks, s, m)
	a.lastSubjectEnd = -1
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
		if start == end {
			continue
		}
		np := peelName(toks, start, end)
		if !np.ok() {
			continue
		}
		// "Ana Ruiz, Duchess of Lorn": a noble style is part of the name.
		if end+3 < s.to && toks[end].text == "," && nobleTitles[toks[end+1].lower] && toks[end+2].is("of") && isNameWord(toks[end+3]) {
			np.styled = np.String() + ", " + toks[end+1].text + " of " + toks[end+3].bare()
			np.role = toks[end+1].text + " of " + toks[end+3].bare()
			if femaleWords[toks[end+1].lower] {
				np.gender = 'f'
			} else if maleWords[toks[end+1].lower] {
				np.gender = 'm'
			}
			i = end + 3
		}
		person := looksLikePersonName(np.words)
		if !person && !isOrgName(np.words) || len(np.words) > 1 && allUpper(np.words) {
			continue // "NEW DELHI:" is a dateline, not a person
		}
		if end < s.to && toks[end].kind == tWord && (placeHeads[toks[end].lower] || thingNouns[toks[end].lower]) {
			continue // "its annual Camp Strava event" names a thing, not someone
		}
		var e *entity
		if len(np.words) >= 2 || np.title != "" || np.styled != "" {
			e = a.lookup(np.words, true)
			if len(e.forms) == 0 {
				e.org = !person
			}
		} else {
			e = a.lookup(np.words, false)
		}
		if e == nil {
			continue
		}
		a.note(e, np, np.String())
		if e.role == "" && end+3 < s.to && toks[end].text == "," && toks[end+1].is("who") && roleVerbs[toks[end+2].lower] != "" {
			// "Ruth Amadi, who chairs the Passengers’ Forum,"
			stop := end + 3
			for stop < s.to && !(toks[stop].kind == tPunct && isSegmentBreak(toks[stop].text)) && toks[stop].kind != tQuote && stop < end+12 {
				stop++
			}
			a.setRole(e, roleVerbs[toks[end+2].lower]+" of "+appositiveRole(toks, end+3, stop))
		}
		if e.role == "" && end+1 < s.to && toks[end].text == "," && (toks[end+1].is("a", "an", "the") || roleOpener(toks[end+1])) {
			stop := end + 1
			for stop < s.to && !(toks[stop].kind == tPunct && (isSegmentBreak(toks[stop].text) || toks[stop].text == ".")) && toks[stop].kind != tQuote {
				stop++
			}
			if stop == s.to || toks[stop].text == "," || toks[stop].text == "." {
				a.setRole(e, appositiveRole(toks, end+1, stop))
			}
		}
		inLead := lead.kind == npName && start >= lead.from && end <= lead.to
		if inLead && e.role == "" && lead.name.role != "" {
			a.setRole(e, lead.name.role) // "The board’s chief hydrologist, Dr Ana Ruiz, …"
		}
		subj := start == m || np.from == m || inLead || cleft(toks, s, start)
		a.mention(e, b.order, start, subj)
		if !subj && start-2 >= s.from && toks[start-1].is("and", "or") && a.lastSubjectEnd == start-1 {
			subj = true // "Mr Okoro and Mayor Varga met": both are subjects
			a.events[len(a.events)-1].subject = true
		}
		if subj {
			a.lastSubjectEnd = end
		}
		if !subj && start > s.from && toks[start-1].kind == tWord && functionWord[toks[start-1].lower] && !toks[start-1].is("and", "or") {
			// "a victory over Ana Ruiz": an object, the last thing a pronoun means
			a.events[len(a.events)-1].oblique = true
		}
		if subj && !e.org {
			b.subject = e
			if f, t, ok := nameSpanIn(toks, start, end, np.words); ok {
				b.subjectCue = b.tokenSpan(f, t)
			}
		}
	}
	a.registerAcronyms(toks, s)
	// A pronoun or role noun opening the main clause is a subject mention.
	if sub := sentenceSubject(toks, s, m); sub.kind == npPronoun || sub.kind == npRole {
		if e, _ := a.resolveSubject(sub, b.order); e != nil {
			a.mention(e, b.order, sub.from, true)
			b.subject, b.subjectCue = e, b.subjectSpan(sub)
		}
	}
}

// verbLike reports a word that reads as a verb form or adverb ("Taking",
// "Asked", "Speaking"): at the start of a sentence, followed by a name, it
// is not part of that name.
func verbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"))
}

// roleVerbs turn "who chairs the forum" into a role: "chair of forum".
var roleVerbs = map[string]string{"chairs": "chair", "leads": "leader", "heads": "head",
	"directs": "director", "founded": "founder", "manages": "manager", "represents": "representative",
	"coaches": "coach", "edits": "editor", "hosts": "host", "advises": "adviser",
	"chaired": "chair", "led": "leader", "headed": "head", "co-founded": "co-founder", "presides": "president"}

// roleOpener reports a lower-case word that starts an appositive role:
// "chief executive of …", "senior fellow at …".
func roleOpener(t token) bool {
	return t.kind == tWord && !t.capital() && (roleNouns[t.lower] || titleWords[t.lower] || roleAdjectives[t.lower])
}

var roleAdjectives = setOf(`senior former junior deputy assistant acting interim associate managing executive
chief lead principal co-founder founding longtime veteran`)

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

// thingNouns after a capitalised run make it the name of a thing.
var thingNouns = setOf(`event app platform feature service product brand model device software tool
website campaign initiative scheme package`)

// possessivePronouns map to the subject pronoun of their owner.
var possessivePronouns = map[string]string{"her": "she", "his": "he", "its": "it", "their": "they"}

var nobleTitles = setOf(`duke duchess earl countess prince princess marquess marchioness baron baroness viscount viscountess`)
