package content

import (
	"strings"
	"unicode"
)

// Header lines name people without a sentence around them: a transcript's
// header ("THE HON. ANA LIND MP, PREMIER OF WESTMARCH"), a headline
// ("Remarks by Governor Ana Lind at the Dam"), a digest's heading
// ("Mayor of Tarrow, Ines Albright") and a turn's label ("PRIME MINISTER
// AALTO", "Jonas Berg, Nordic Wire", "Leila Moradi (President)"). They
// are read here into people with their roles, in capitals or not.

// lineWord is one word of a header line.
type lineWord struct {
	// text is the word as written, norm in name case when the line is in
	// capitals ("OYELARAN-BECK" → "Oyelaran-Beck"), low in lower case.
	text, norm, low string
	// start and end are byte offsets in the line.
	start, end int
	// sep marks a separator (comma, colon, dash, bracket) rather than a word.
	sep bool
}

// linePerson is a person a header line names.
type linePerson struct {
	// words are the name's words in name case.
	words []string
	// role is the office the line gives ("Premier of Westmarch",
	// "Foreign Minister"); title its last title word ("Premier").
	role, title string
	gender      byte
	// start and end are the byte offsets of the name in the line.
	start, end int
}

// lineWords splits a header line into words and separators, putting the
// words of a line in capitals into name case.
func lineWords(text string, label bool) []lineWord {
	tz := getTokenizer()
	defer putTokenizer(tz)
	toks := tz.appendTokens(tz.scratch[:0], text, nil)
	tz.scratch = toks
	caps := capsLine(toks, label)
	out := make([]lineWord, 0, len(toks))
	for _, t := range toks {
		if t.kind != tWord {
			if isSegmentBreak(t.text) || isDash(t.text) || t.text == "|" || t.text == "/" || t.text == "." {
				out = append(out, lineWord{text: t.text, low: t.text, start: int(t.start), end: int(t.end), sep: true})
			}
			continue
		}
		w := lineWord{text: t.text, norm: t.text, low: t.lower, start: int(t.start), end: int(t.end)}
		if caps {
			w.norm = titleCase(t.text)
		}
		out = append(out, w)
	}
	return out
}

// capsLine reports a line written in capitals: at least two words with
// letters (one for a turn's label), and none of them with a lower-case
// letter.
func capsLine(toks []token, label bool) bool {
	n := 0
	for _, t := range toks {
		if t.kind != tWord || !strings.ContainsFunc(t.text, unicode.IsLetter) {
			continue
		}
		if strings.ContainsFunc(t.text, unicode.IsLower) {
			return false
		}
		n++
	}
	return n >= 2 || label && n == 1
}

// wordClass says what a header word is.
type wordClass uint8

const (
	wcName     wordClass = iota // could be part of a name
	wcTitle                     // a title or role word: Premier, Minister, chief
	wcQual                      // a qualifier of a role: Foreign, Norland's, deputy
	wcJoin                      // "of", "for" inside a role: Minister for Fisheries
	wcHonour                    // an honorific dropped from names: the Hon, Mr
	wcPost                      // a post-nominal: MP, QC, Jr
	wcEvent                     // an event word: Remarks, Conference, Interview
	wcFunction                  // any other function word: and, at, on, by
	wcOther                     // a content word that names no one: went, attack
)

// classify sorts a header word by the lexicon.
func classify(w lineWord) wordClass {
	l := strings.TrimSuffix(w.low, ".")
	l = stripPossessive(l)
	upper := unicode.IsUpper(firstRune(w.norm))
	in := lexiconBits[l] // the sets l is in
	switch {
	case in&lxHonour != 0:
		return wcHonour
	case in&lxPostNominal != 0 && (w.text == strings.ToUpper(w.text) || len(l) <= 3):
		return wcPost
	case in&(lxTitle|lxRole|lxRoleLabel) != 0 || !upper && agentSuffix(l):
		return wcTitle
	case l == "of" || l == "for":
		return wcJoin
	case in&lxEvent != 0:
		return wcEvent
	case in&(lxDemonym|lxRoleAdjective|lxPortfolio) != 0 || w.text != stripPossessive(w.text) && upper:
		return wcQual
	case in&(lxStarter|lxFunction) != 0:
		return wcFunction
	case upper && in&(lxCalendar|lxPlaceHead|lxOrgHead) == 0:
		return wcName
	}
	return wcOther
}

// lineRead is what a header line says about people.
type lineRead struct {
	// people are the people it names, in order.
	people []linePerson
	// roles are the chunks that name an office and no one ("THE
	// MINISTER", "PM"): a role label.
	roles []string
	// only reports that the line names one person and nothing else but
	// their roles and an affiliation, as a digest's heading does.
	only bool
	// others are name-like chunks read as affiliations after a person.
	others []linePerson
}

// readLine reads the people a header line names. A person is a run of
// name words with the titles and qualifiers before it ("Norland Foreign
// Minister Elsa Vik") and the role after it ("…, Premier of Westmarch",
// "Petra Lange MP Mayor of Eastport"). A bare name with no title or
// honorific counts only where the line introduces it ("Remarks by Ana
// Lind") or is nothing else; label is set for a turn's label, which is a
// name even when it is one word ("KOLAR").
func readLine(text string, label bool) lineRead {
	var r lineRead
	clean := true
	var pendingRole string
	for _, c := range splitChunks(lineWords(text, label)) {
		bare := label || c.by == "by" || c.by == "with" || c.by == "and" || c.by == "" || c.by == ":" ||
			c.by == "," && len(r.people) == 0 && pendingRole != "" // "Mayor of Tarrow, Ines Albright"
		p, kind := readChunk(c.words, bare)
		affiliation := len(r.people) > 0 && (c.by == "," || c.by == "(")
		if affiliation && kind == chunkPerson {
			r.others = append(r.others, p)
		}
		switch {
		case (kind == chunkPerson || kind == chunkPersonAndMore) && !affiliation:
			if p.role == "" {
				p.role, p.title = pendingRole, lastTitle(pendingRole)
			}
			r.people = append(r.people, p)
			pendingRole = ""
		case kind == chunkRole && len(r.people) > 0 && (c.by == "," || c.by == "(") && r.people[len(r.people)-1].role == "":
			// "…, Premier of Westmarch", "Leila Moradi (President)"
			last := &r.people[len(r.people)-1]
			last.role, last.title = chunkText(c.words), lastTitle(chunkText(c.words))
		case kind == chunkRole || affiliation:
			if len(r.people) == 0 {
				pendingRole = chunkText(c.words) // "Mayor of Tarrow, Ines Albright"
				if kind == chunkRole {
					r.roles = append(r.roles, pendingRole)
				}
			}
		default:
			clean = false
		}
		if kind == chunkPersonAndMore {
			clean = false
		}
	}
	r.only = clean && len(r.people) == 1
	return r
}

const (
	chunkOther         chunkKind = iota // words that name no one
	chunkPerson                         // a person, maybe with a role
	chunkPersonAndMore                  // a person and other words ("Quist went on")
	chunkRole                           // only a role or a short affiliation
)

// agentSuffix reports a lower-case word built like a job: "investigator",
// "columnist", "spokeswoman".
func agentSuffix(w string) bool {
	for _, suf := range []string{"or", "ist", "man", "woman"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// labelParty reads who a roundup's label names: "Secretary of the
// Harbours, Ana Lind", "U.S. Senator Tomas Reyes (ID)", "Lower Valley
// Growers, Ines Marr, Executive Director". Of the chunks that
// could be a person, the one a role stands next to wins; it takes that
// role when it has none.
func labelParty(text string) (linePerson, bool) {
	type read struct {
		p    linePerson
		kind chunkKind
		text string
	}
	chunks := splitChunks(lineWords(text, true))
	reads := make([]read, len(chunks))
	for i, c := range chunks {
		p, k := readChunk(c.words, true)
		reads[i] = read{p, k, chunkText(c.words)}
	}
	isRole := func(i int) bool {
		return i >= 0 && i < len(reads) && reads[i].kind == chunkRole
	}
	best, bestRoled := -1, false
	for i, r := range reads {
		if r.kind != chunkPerson && r.kind != chunkPersonAndMore {
			continue
		}
		roled := r.p.role != "" || isRole(i+1) || isRole(i-1)
		if best < 0 || roled && !bestRoled {
			best, bestRoled = i, roled
		}
	}
	if best < 0 {
		return linePerson{}, false
	}
	p := reads[best].p
	switch {
	case p.role != "":
	case isRole(best + 1):
		p.role = reads[best+1].text
	case isRole(best - 1):
		p.role = reads[best-1].text
	}
	p.title, p.gender = lastTitle(p.role), max(p.gender, genderOf(p.role))
	return p, true
}
