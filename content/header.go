package content

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
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
	toks := tokenize(text, nil)
	caps := capsLine(toks, label)
	var out []lineWord
	for _, t := range toks {
		if t.kind != tWord {
			if isSegmentBreak(t.text) || isDash(t.text) || t.text == "|" || t.text == "/" || t.text == "." {
				out = append(out, lineWord{text: t.text, low: t.text, start: t.start, end: t.end, sep: true})
			}
			continue
		}
		w := lineWord{text: t.text, norm: t.text, low: t.lower, start: t.start, end: t.end}
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
	switch {
	case headerHonours[l]:
		return wcHonour
	case postNominals[l] && (w.text == strings.ToUpper(w.text) || len(l) <= 3):
		return wcPost
	case titleWords[l] || roleNouns[l] || roleLabelWords[l] || !upper && agentSuffix(l):
		return wcTitle
	case l == "of" || l == "for":
		return wcJoin
	case eventWords[l]:
		return wcEvent
	case demonyms[l] || roleAdjectives[l] || portfolioWords[l] || w.text != stripPossessive(w.text) && upper:
		return wcQual
	case sentenceStarters[l] || functionWord[l]:
		return wcFunction
	case upper && !calendarWords[l] && !placeHeads[l] && !orgHeads[l]:
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

// chunk is a stretch of a header line between separators; by is the word
// or mark that opened it ("by", "and", ",", "(", "" at the start).
type chunk struct {
	words []lineWord
	by    string
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

// chunkKind says what a chunk of a header line holds.
type chunkKind uint8

const (
	chunkOther         chunkKind = iota // words that name no one
	chunkPerson                         // a person, maybe with a role
	chunkPersonAndMore                  // a person and other words ("Quist went on")
	chunkRole                           // only a role or a short affiliation
)

// splitChunks splits a header line at separators and at the words that
// join two people or a person and an event: "and", "&", "by", "with".
func splitChunks(words []lineWord) []chunk {
	var out []chunk
	start, by := 0, ""
	for i, w := range words {
		if (w.low == "and" || w.low == "&") && bodyAhead(words, i+1) {
			continue // "National Grain and Feed Association" is one body
		}
		if w.sep || w.low == "and" || w.low == "&" || w.low == "by" || w.low == "with" {
			if i > start {
				out = append(out, chunk{words: words[start:i], by: by})
			}
			start, by = i+1, w.low
			if w.low == "&" {
				by = "and"
			}
		}
	}
	if start < len(words) {
		out = append(out, chunk{words: words[start:], by: by})
	}
	return out
}

// bodyAhead reports whether the words from i up to the next separator
// end a body's name: "[Feed Association]", "[Markets Authority]".
func bodyAhead(words []lineWord, i int) bool {
	k := i
	for k < len(words) && !words[k].sep && words[k].low != "and" && k < i+4 {
		k++
	}
	return k > i && isBodyWord(words[k-1].low)
}

// isBodyWord reports a word that ends the name of a body.
func isBodyWord(w string) bool {
	return orgHeads[w] || bodyKinds[w] != "" && !titleWords[w]
}

func chunkText(words []lineWord) string {
	parts := make([]string, 0, len(words))
	for _, w := range words {
		switch classify(w) {
		case wcJoin:
			parts = append(parts, w.low)
		case wcHonour:
		default:
			parts = append(parts, w.norm)
		}
	}
	return strings.Join(parts, " ")
}

// lastTitle is the title a role ends in, with the words of a compound
// title before it ("Prime Minister", "Vice President"), "" when the role
// has none or writes it in lower case ("chief negotiator").
func lastTitle(role string) string {
	f := strings.Fields(role)
	for i := len(f) - 1; i >= 0; i-- {
		l := strings.ToLower(strings.TrimSuffix(f[i], "."))
		if !titleWords[l] && !roleNouns[l] && !roleLabelWords[l] {
			continue
		}
		if !unicode.IsUpper(firstRune(f[i])) {
			return ""
		}
		from := i
		for from > 0 && compoundTitle[strings.ToLower(f[from-1])] {
			from--
		}
		return strings.Join(f[from:i+1], " ")
	}
	return ""
}

// chunkClasses classifies a chunk's words; an event word before a title
// qualifies it ("Press Secretary", "Media Adviser").
func chunkClasses(words []lineWord) []wordClass {
	classes := make([]wordClass, len(words))
	for i, w := range words {
		classes[i] = classify(w)
	}
	for i := len(words) - 2; i >= 0; i-- {
		if classes[i] == wcEvent && (classes[i+1] == wcTitle || classes[i+1] == wcQual) {
			classes[i] = wcQual
		}
	}
	return classes
}

// readChunk reads one chunk: event words, honorifics, the role before the
// name, the name, post-nominals and the role after it. bare allows a name
// with no title or honorific.
func readChunk(words []lineWord, bare bool) (linePerson, chunkKind) {
	classes := chunkClasses(words)
	if len(words) > 1 && isBodyWord(words[len(words)-1].low) && !slices.Contains(classes, wcTitle) {
		return linePerson{}, chunkRole // "National Grain and Feed Association": a body, an affiliation
	}
	i := 0
	honoured := false
	skipFront := func() {
		// "TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP": event
		// words, "of", "the" and honorifics before and after the office
		for i < len(words) && (classes[i] == wcEvent || classes[i] == wcHonour ||
			(classes[i] == wcFunction || classes[i] == wcJoin) && (words[i].low == "the" || words[i].low == "of")) {
			honoured = honoured || classes[i] == wcHonour
			i++
		}
	}
	skipFront()
	roleFrom := i
	i = skipRole(words, classes, i)
	roleTo := i
	skipFront()
	nameFrom := i
	for i < len(words) && i-nameFrom < 4 && (classes[i] == wcName || nameParticles[words[i].low] && i > nameFrom) {
		i++
	}
	vouched := roleTo > roleFrom || honoured || i < len(words) && (classes[i] == wcTitle || classes[i] == wcPost) ||
		bare && (i-nameFrom >= 2 || i == len(words))
	if i == nameFrom || !vouched {
		if onlyRoles(words, classes) {
			return linePerson{}, chunkRole
		}
		return linePerson{}, chunkOther
	}
	p := linePerson{start: words[nameFrom].start, end: words[i-1].end}
	for k := nameFrom; k < i; k++ {
		p.words = append(p.words, stripPossessive(words[k].norm))
	}
	if roleTo > roleFrom {
		p.role = strings.TrimSuffix(chunkText(words[roleFrom:roleTo]), " the")
	}
	for i < len(words) && classes[i] == wcPost {
		i++
	}
	if after := skipRole(words, classes, i); after > i && p.role == "" {
		p.role = chunkText(words[i:after])
		i = after
	}
	p.title, p.gender = lastTitle(p.role), genderOf(p.role)
	for ; i < len(words); i++ {
		if classes[i] == wcName || classes[i] == wcOther {
			return p, chunkPersonAndMore
		}
	}
	return p, chunkPerson
}

// skipRole returns the end of the role phrase starting at i: titles,
// qualifiers, "of"/"for" with a portfolio ("Minister for Fisheries",
// "Mayor of Eastport"), and capitalised words that a title follows
// ("Norland Foreign Minister", "Coasts Secretary").
func skipRole(words []lineWord, classes []wordClass, i int) int {
	end := i
	for k := i; k < len(words); k++ {
		switch classes[k] {
		case wcTitle:
			end = k + 1
		case wcQual:
		case wcJoin:
			if end != k || k+1 >= len(words) {
				return end
			}
			// the portfolio is the words the lexicon knows, else one
			// capitalised word: "Minister for Fisheries Dao Thi Lan",
			// "Mayor of Eastport Harbour Hall"
			j := k + 1
			for j < len(words) && (portfolioWords[words[j].low] || words[j].low == "and" && j > k+1) {
				j++
			}
			if j == k+1 && classes[j] == wcName {
				j++
			}
			if j == k+1 {
				return end
			}
			end = j
			k = j - 1
		case wcName:
			if !titleAhead(classes, k) {
				return end
			}
		default:
			return end
		}
	}
	return end
}

// titleAhead reports whether a title follows the name-like word at k
// through qualifiers only: "Norland [Foreign] Minister".
func titleAhead(classes []wordClass, k int) bool {
	for j := k + 1; j < len(classes); j++ {
		switch classes[j] {
		case wcTitle:
			return true
		case wcQual:
		default:
			return false
		}
	}
	return false
}

// onlyRoles reports a chunk that names no one and says nothing but roles
// or a short affiliation ("Greens", "Department of Fisheries").
func onlyRoles(words []lineWord, classes []wordClass) bool {
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for i, c := range classes {
		if c == wcEvent || c == wcOther && !orgHeads[words[i].low] || c == wcFunction && words[i].low != "the" {
			return false
		}
	}
	return true
}

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

// noteHeaders reads the lines that name people without sentences into the
// entity table before any sentence is read: the headline and standfirst,
// the header lines of a transcript (the paragraphs before its first
// turn) and the section headings. A turn's label ("THE PREMIER") or a
// description later in the text then finds the person the header gave
// that role.
func (a *attributor) noteHeaders(d rawDoc) {
	lines := []string{d.title, d.subtitle}
	if transcriptDoc(d) {
		for _, b := range d.intro {
			if b.label != "" {
				break
			}
			if wordCount(b.text) <= maxHeaderWords {
				lines = append(lines, b.text)
			}
		}
	}
	a.headingSpeakers = make([]headingSpeaker, len(d.sections)+1)
	for i, s := range d.sections {
		if s.derived {
			continue // brief's name for an exchange names nobody
		}
		lines = append(lines, s.heading)
		if r := readLine(s.heading, false); r.only && credible(r.people[0]) {
			// "Mayor of Tarrow, Ines Albright": the section is what she said
			p := r.people[0]
			if s.signed && p.role == "" {
				p.role = strings.TrimSpace(strings.FieldsFunc(s.blocks[0].text, func(r rune) bool { return r == '–' || r == '—' })[0])
			}
			a.headingSpeakers[i+1] = headingSpeaker{ent: a.notePerson(p, true),
				cue: model.Span{Section: i + 1, Block: -1, Start: p.start, End: p.end}}
		}
	}
	for i, l := range lines {
		var covered [][2]int
		for _, p := range readLine(l, false).people {
			if len(p.words) >= 2 || p.title != "" {
				a.notePerson(p, true)
				covered = append(covered, [2]int{p.start, p.end})
			}
		}
		if i == 0 {
			a.noteHeadline(l, covered)
		}
	}
}

// maxHeaderWords is the longest paragraph read as a transcript's header
// line.
const maxHeaderWords = 30

// transcriptDoc reports a document with transcript turns.
func transcriptDoc(d rawDoc) bool {
	for _, b := range d.intro {
		if b.label != "" {
			return true
		}
	}
	for _, s := range d.sections {
		for _, b := range s.blocks {
			if b.label != "" {
				return true
			}
		}
	}
	return false
}

// notePerson puts a person a header line or label names into the entity
// table with the role and title the line gives. header marks the
// people of headers, the likelier owners of an ambiguous name or role.
func (a *attributor) notePerson(p linePerson, header bool) *entity {
	e := a.lookup(p.words, true)
	np := nameParts{words: p.words, role: p.role, title: p.title, gender: p.gender}
	a.note(e, np, strings.Join(p.words, " "))
	if header {
		e.inTitle = true
		e.mentions--
	}
	return e
}

// noteHeadline creates the entities the headline names in running text
// ("Key moments from Ana Lind's hearing"), outside the people readLine
// already found there (covered, byte spans): they are the likelier owners
// of an ambiguous surname later on.
func (a *attributor) noteHeadline(title string, covered [][2]int) {
	toks := tokenize(title, nil)
	for i := 0; i < len(toks); i++ {
		if !isNameWord(toks[i]) {
			continue
		}
		end := nameRunRight(toks, i, len(toks))
		if k := slices.IndexFunc(covered, func(c [2]int) bool { return toks[i].start < c[1] && toks[end-1].end > c[0] }); k >= 0 {
			// read on after the person already found: "… Yusuf Adeyemi and
			// Port Authority Director Clara Whitcombe"
			for i < len(toks)-1 && toks[i+1].start < covered[k][1] {
				i++
			}
			continue
		}
		start := i
		for start < end && (sentenceStarters[toks[start].lower] || introWords[toks[start].lower]) {
			start++
		}
		// Headlines capitalise every word: "Remarks by President Lind
		// Before Marine Departure" has a name only up to "Before".
		for k := start + 1; k < end; k++ {
			if sentenceStarters[toks[k].lower] || introWords[toks[k].lower] {
				end = k
				break
			}
		}
		np := peelName(toks, start, end)
		i = end - 1
		if (len(np.words) >= 2 || np.title != "" && len(np.words) == 1) && looksLikePersonName(np.words) {
			// "Remarks by Vice President Harris": a titled surname counts too
			e := a.lookup(np.words, true)
			e.inTitle = true
			a.note(e, np, np.String())
			e.mentions--
		}
	}
}

// headingSpeaker is the person a section's heading names and nothing
// else, as a "who said what" digest's headings do.
type headingSpeaker struct {
	ent *entity
	cue model.Span
}

// credible reports a person a heading names alone who is surely a
// person: two name words or more, or a title or role ("Berths" is a
// heading, not a speaker).
func credible(p linePerson) bool {
	return (len(p.words) >= 2 || p.role != "") && looksLikePersonName(p.words)
}

// labelParty reads who a roundup's label names: "Secretary of the
// Interior, Doug Burgum", "U.S. Senator Mike Crapo (ID)", "Northwest
// RiverPartners, Clark Mather, Executive Director". Of the chunks that
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
