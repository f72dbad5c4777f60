package content

import (
	"slices"
	"strings"
	"unicode"
)

// Transcript labels as entities: "MS. OKAFOR" is the Okafor the header
// names, "THE PREMIER" and "PM" the person it calls premier or prime
// minister, "Q" and "REPORTER" the unnamed, and one person under several
// labels is one speaker.

// labelTitle returns the title a label word is, allowing a typo in a long
// one ("PRESDEINT"), or "".
func labelTitle(w string) string {
	if honorificLabel[w] {
		return w
	}
	if len(w) < 6 {
		return ""
	}
	// The closest title wins, ties to the alphabetically first, so the
	// answer does not depend on map order.
	best, bestDist := "", 3
	if len(w) < 8 {
		bestDist = 2 // "SPENCER" is a name, not a "SPEAKER" mistyped
	}
	for _, t := range titleList {
		if len(t) >= 6 && t[0] == w[0] {
			if d := editDistance(t, w); d < bestDist {
				best, bestDist = t, d
			}
		}
	}
	return best
}

func allRoleWords(words []string) bool {
	last := strings.ToLower(words[len(words)-1])
	if roleLabelWords[last] || anonNouns[last] || roleNouns[last] && !titleWords[last] {
		// "WHITE HOUSE AIDE": whatever qualifies it, the label ends in a role
		return true
	}
	for _, w := range words {
		l := strings.ToLower(w)
		if !roleLabelWords[l] && !roleNouns[l] && !titleWords[l] && !roleAdjectives[l] && !orgHeads[l] && !anonNouns[l] {
			return false
		}
	}
	return true
}

// labelSpeaker resolves a turn label: "Q" and "REPORTER (Coastal Radio)"
// to the unnamed questioner, "MS. OKAFOR" or "Jonas Berg, Nordic Wire"
// to the person named, "THE PRESIDENT" and "PM" to the person the header
// gives that office.
func (a *attributor) labelSpeaker(label string) *entity {
	if e, decided := a.formSpeaker(label); decided {
		return e
	}
	words := labelWords(label)
	if len(words) == 0 {
		return nil
	}
	if anonymousLabels[words[0]] {
		return a.unknown(label)
	}
	if e := a.fieldHolder(words); e != nil {
		return e // "GUEST:" is the one the header's "Guest: Mira Okonjo" gives
	}
	if e := a.labelOffices[officeKey(words)]; e != nil {
		return e // "THE FIRST MINISTER" after "The First Minister (Piet Varga):"
	}
	if e := a.headerRole(words); e != nil {
		return e // "THE HARBOUR MASTER" is the one the header calls Harbour Master
	}
	if officeWords(words) {
		if e := a.officeHolder(words); e != nil {
			// "THE CHIEF WHIP": the one the text says was elected chief
			// whip, whom the record calls so
			if e.role == "" {
				e.role = officeName(words)
				a.indexRole(e, e.role)
			}
			return e
		}
		if slices.Index(words, "of") > 0 {
			// "THE DEPUTY CHIEF WHIP OF THE OPPOSITION", given to no one:
			// the office is the speaker's name, whole
			return a.officeEntity([]string{officeName(words)})
		}
	}
	if name := labelName(label); len(name) > 0 {
		if allRoleWords(name) {
			// "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR": someone unnamed,
			// unless the header names who holds that role ("Deputy
			// Spokesperson" keeps its rank)
			head := strings.ToLower(name[len(name)-1])
			var quals []string
			for _, t := range labelTitles(words) {
				if t != "the" && t != head && !honorifics[t] {
					quals = append(quals, t)
				}
			}
			return a.roleHolder(head, quals, label)
		}
		if len(name) == 1 && len(labelTitles(words)) == 0 {
			if e, decided := a.shortFormLabel(label, name); decided {
				return e
			}
		}
		return a.labelPerson(name, labelTitles(words))
	}
	titles := labelTitles(words)
	if len(titles) == 0 {
		return nil
	}
	head := titles[len(titles)-1]
	var quals []string
	for _, t := range titles[:len(titles)-1] {
		if t != "the" && !honorifics[t] && t != "madam" { // "Madam Deputy Speaker" holds the office of deputy speaker
			quals = append(quals, t)
		}
	}
	if e := a.roleHolder(head, quals, ""); e != nil && !officeOnly(e) {
		return e
	}
	// Nobody holds the office in the header: the label's office is the
	// speaker's name, one speaker for every label that gives it.
	return a.officeEntity([]string{titleCase(strings.Join(append(quals, head), " "))})
}

// maxFieldBlocks is how many of a document's first blocks are read for
// the header field a label names.
const maxFieldBlocks = 40

// fieldHolder returns the person a header field of the label's one word
// gives ("Guest: Mira Okonjo, lighthouse keeper" for "GUEST:"), nil when
// the label is no field's word or no such field names one person.
func (a *attributor) fieldHolder(words []string) *entity {
	if len(words) != 1 || !headerFields[words[0]] {
		return nil
	}
	for k, b := range a.blocks {
		if k >= maxFieldBlocks {
			break
		}
		field, value, ok := strings.Cut(b.raw.text, ":")
		if b.raw.turn() || !ok || !strings.EqualFold(strings.TrimSpace(field), words[0]) {
			continue
		}
		if r := readLine(strings.TrimSpace(value), true); len(r.people) == 1 && len(r.people[0].words) >= 2 {
			e := a.lookup(r.people[0].words, false)
			if e != nil && e.role == "" {
				e.role = titleCase(words[0]) // the header calls them so
				a.indexRole(e, e.role)
			}
			return e
		}
	}
	return nil
}

// rememberOffice notes the person a label names in brackets after an
// office ("The First Minister (Piet Varga)", "HARBOUR MASTER (Tomas
// Reyes)"), so that the office alone labels them in later turns.
func (a *attributor) rememberOffice(label string, e *entity) {
	if e == nil || e.id < 0 || !strings.ContainsAny(label, "([") {
		return
	}
	words := labelWords(label) // without the bracketed name
	inside := strings.ToLower(strings.Join(stageDirection.FindAllString(label, -1), " "))
	if len(words) == 0 || !strings.Contains(inside, e.last()) || slices.Contains(words, e.last()) {
		return // the brackets hold no name, or the label names them outside them
	}
	if a.labelOffices == nil {
		a.labelOffices = map[string]*entity{}
	}
	if _, ok := a.labelOffices[officeKey(words)]; !ok {
		a.labelOffices[officeKey(words)] = e
		if e.role == "" {
			e.role = officeName(words) // the office is theirs
			a.indexRole(e, e.role)
		}
	}
}

// officeKey is an office label's words without the article before it.
func officeKey(words []string) string {
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// officeName writes an office's label words in title case, without the
// article before it: "Chief Whip of the Opposition".
func officeName(words []string) string {
	var out []string
	for i, w := range words {
		switch {
		case i == 0 && w == "the":
		case w == "of" || w == "the" || w == "and":
			out = append(out, w)
		default:
			out = append(out, titleCase(w))
		}
	}
	return strings.Join(out, " ")
}

// officeEntity returns the one speaker named after an office (words is
// the office as one word: "Speaker", "Deputy Chief Whip of the
// Opposition"), never a person whose name merely ends in the office's
// last word ("Madam Speaker" in a turn).
func (a *attributor) officeEntity(words []string) *entity {
	key := "office:" + strings.ToLower(strings.Join(words, " "))
	if e := a.labelPeople[key]; e != nil {
		return e
	}
	e := a.lookup(words, false)
	if e == nil || !slices.Equal(e.lw, lowerAll(words)) {
		e = a.add(words)
	}
	if a.labelPeople == nil {
		a.labelPeople = map[string]*entity{}
	}
	a.labelPeople[key] = e
	return e
}

// officeOnly reports an entity whose name is only words of offices
// ("Speaker Chairperson", read from "The Speaker and the Chairperson"):
// no one a label's office can be said to name.
func officeOnly(e *entity) bool {
	return !slices.ContainsFunc(strings.Fields(strings.Join(e.lw, " ")), func(w string) bool {
		return !titleWords[w] && !roleNouns[w] && !roleAdjectives[w] && !honorificLabel[w]
	})
}

// officeWords reports a label that is an office, perhaps of a body
// ("the chief whip of the opposition", "deputy speaker"): title and role
// words, then perhaps "of the" and the body.
func officeWords(words []string) bool {
	head := words
	if i := slices.Index(words, "of"); i > 0 {
		head = words[:i]
	}
	if len(head) > 0 && head[0] == "the" {
		head = head[1:]
	}
	return len(head) > 0 && !slices.ContainsFunc(head, func(w string) bool {
		return !titleWords[w] && !roleNouns[w] && !roleAdjectives[w]
	})
}

// labelWords lower-cases a label and spells out its abbreviated offices
// ("PM" is the prime minister), without its bracketed part and
// affiliation.
// formSpeaker returns the speaker of a label its form decides, with
// decided true: two names joined ("Ana/Piet", two speakers, neither
// alone: nil), a numbered speaker ("Speaker 2", one speaker as the
// transcript numbers them), a chat's nick ("bram_k").
func (a *attributor) formSpeaker(label string) (e *entity, decided bool) {
	if jointNames(label) {
		return nil, true
	}
	if l := strings.TrimSpace(timeCode.ReplaceAllString(labelHead(label), "")); numberedSpeaker(l) && !anonymousLabels[strings.ToLower(strings.Fields(l)[0])] {
		return a.officeEntity([]string{titleCase(strings.ToLower(l))}), true
	}
	if nick := nickLabel(label); nick != "" {
		return a.nickSpeaker(label, nick), true
	}
	return nil, false
}

// nickSpeaker returns the speaker of a chat's nick: the person the
// document names whose name the nick spells ("piet_varga") or shortens
// ("pv", "piet"), else the nick as written ("bram_k").
func (a *attributor) nickSpeaker(label, nick string) *entity {
	if parts := strings.FieldsFunc(nick, func(r rune) bool { return r == '_' || r == '.' || r == '-' }); len(parts) >= 2 {
		for i := range parts {
			parts[i] = titleCase(parts[i])
		}
		if e, n := a.nameHolder(parts); n == 1 {
			return e // "piet_varga" is the Piet Varga the document names
		}
	}
	if e, decided := a.shortFormLabel(label, []string{titleCase(nick)}); decided || e != nil {
		return e
	}
	return a.labelPerson([]string{nick}, nil)
}

// nickLabel returns the nick a label gives as a chat writes it, one word
// without capitals ("bram_k" of "[09:03] <bram_k>", "sanne"), or "".
func nickLabel(label string) string {
	if c := firstRune(label); c >= '0' && c <= '9' || c == '[' || c == '(' {
		label = timeCode.ReplaceAllString(label, "")
	}
	label = strings.Trim(label, ".: ")
	if n := len(label); n > 2 && label[0] == '<' && label[n-1] == '>' {
		label = label[1 : n-1]
	}
	if label == "" || strings.ContainsAny(label, " \t") || strings.ContainsFunc(label, unicode.IsUpper) ||
		!strings.ContainsFunc(label, unicode.IsLetter) || anonymousLabels[label] || roleLabelWords[label] || answerLabels[label] {
		return ""
	}
	return label
}

func labelWords(label string) []string {
	label = unwrapLabel(label) // "[Ana Lind]"
	if strings.HasPrefix(label, "<") {
		label = strings.ReplaceAll(strings.Trim(label, "<>"), "_", " ") // a chat's "<ana_lind>"
	}
	label = labelHead(stageDirection.ReplaceAllString(label, ""))
	var out []string
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(label, ".: "))) {
		w = strings.Trim(w, ".,")
		if full, ok := labelAbbrev[w]; ok {
			out = append(out, strings.Fields(full)...)
			continue
		}
		if parts := strings.Split(w, "-"); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return !titleWords[p] && !roleAdjectives[p] && !roleNouns[p] }) {
			out = append(out, parts...) // "ACTING-COMMISSIONER" is an acting commissioner
			continue
		}
		out = append(out, w)
	}
	return out
}

// labelTitles returns the words of a label that are titles, allowing a
// typo in a long one ("PRESDEINT").
func labelTitles(words []string) []string {
	var out []string
	for _, w := range words {
		if t := labelTitle(w); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// labelName returns the name in a label in name case, without its
// titles: "MS. OKAFOR" → Okafor, "Jonas Berg, Nordic Wire" → Jonas Berg,
// "HARBOUR MASTER REYES" → Harbour Master Reyes (the header will say
// which words are the name).
func labelName(label string) []string {
	label = unwrapLabel(label)
	if i := strings.IndexByte(label, '\n'); i > 0 {
		label = label[:i] // a name over its company and role
	}
	label = strings.TrimSpace(timeCode.ReplaceAllString(label, ""))
	r := readLine(label, true)
	if len(r.people) > 0 && strings.ContainsFunc(label, func(c rune) bool { return c == ',' || c == '(' }) {
		return r.people[0].words
	}
	var name []string
	for _, w := range labelWords(label) {
		if labelTitle(w) == "" {
			name = append(name, titleCase(w))
		}
	}
	return name
}

// labelPerson finds the person a label names: "HARBOUR MASTER REYES" is
// the Reyes the header names, whatever words of the title the label
// keeps; a name the header does not give is a new speaker, with the
// label's titles.
func (a *attributor) labelPerson(name, titles []string) *entity {
	if full := a.labelFull[strings.ToLower(name[0])]; len(name) == 1 && full != nil {
		name = full // "Lind:" after "Ana Lind:" is Ana Lind
	}
	g := genderOf(strings.Join(titles, " "))
	key := strings.ToLower(strings.Join(name, " "))
	if g != 0 {
		key += " " + string(g) // "MRS VAIKI" is not "MR VAIKI"
	}
	if e := a.labelPeople[key]; e != nil {
		return e
	}
	e := a.labelLookup(name, g)
	if a.labelPeople == nil {
		a.labelPeople = map[string]*entity{}
	}
	a.labelPeople[key] = e
	if len(titles) > 0 && e.title == "" {
		e.title = titleCase(strings.Join(slices.DeleteFunc(titles, func(t string) bool { return t == "the" }), " "))
		a.indexRole(e, e.title)
	}
	return e
}

// labelLookup finds the person of the table a label's name is — the whole
// name, or its last words ("Harbour Master Reyes" is Tomas Reyes) — when
// that person's name ends as the label's does, or begins with a label of
// one word; a new person otherwise. A headline read as a name ("Lind
// Signals Calm Waters") is no one a label names.
func (a *attributor) labelLookup(name []string, g byte) *entity {
	if e, decided := a.surnameLabel(name, g); decided {
		return e
	}
	pn := parseName(name)
	initials := pn.initialsOnly() // (words before a surname may be a role the lexicon lacks)
	if initials {
		// "HON N SMITH" is the one Norman Smith the record names; with two
		// of them, or none, the label is its own speaker
		if e, n := a.nameHolder(name); n == 1 {
			return e
		} else if n > 1 {
			return a.add(name)
		}
	}
	last := strings.ToLower(name[len(name)-1])
	fits := func(e *entity) bool {
		if initials && !sameName(pn, parseName(e.words)) || g != 0 && e.gender != 0 && e.gender != g {
			return false // "M Pitiroi" is not Aroha Pitiroi, "MRS VAIKI" not Mr Vaiki
		}
		return e.last() == last || len(name) == 1 && len(e.lw) >= 2 && e.first() == last && !slices.ContainsFunc(e.lw, func(w string) bool { return eventWords[w] })
	}
	for k := range name {
		if e := a.lookup(name[k:], false); e != nil && fits(e) {
			return e
		}
	}
	if e := a.lookup(name, false); e != nil && fits(e) {
		return e
	}
	return a.add(name)
}

// fullNameLabels returns, for the turn labels of a document that name a
// person in full ("Ana Lind:", "ANA LIND"), their surnames and forenames
// mapped to the name; a surname or forename two such labels share maps
// to nothing.
func fullNameLabels(d rawDoc) map[string][]string {
	out, seen := map[string][]string{}, map[string]bool{}
	add := func(bs []rawBlock) {
		for _, b := range bs {
			l := b.speakerLabel()
			if l == "" || seen[l] || len(seen) >= maxInitialsLabels {
				continue
			}
			seen[l] = true
			name := labelName(l)
			if len(name) < 2 || len(name) > 4 || len(labelTitles(labelWords(l))) > 0 || !looksLikePersonName(name) || allRoleWords(name) {
				continue
			}
			for _, w := range []string{strings.ToLower(name[0]), strings.ToLower(name[len(name)-1])} {
				if prev, ok := out[w]; ok && !slices.Equal(prev, name) {
					out[w] = nil
					continue
				}
				out[w] = name
			}
		}
	}
	add(d.intro)
	for _, s := range d.sections {
		add(s.blocks)
	}
	return out
}

// roleHolder returns the person the document gives an office (head,
// with qualifiers quals: "minister", ["prime"]), preferring the people of
// its header; with unnamed set, the document's Unknown when nobody holds
// it.
func (a *attributor) roleHolder(head string, quals []string, unnamed string) *entity {
	var found *entity
	for _, e := range recent(a.byRole[head]) {
		if !e.org && exactRole(e, head, quals) && (found == nil || e.inTitle && !found.inTitle) {
			found = e
		}
	}
	if found == nil && unnamed != "" {
		return a.unknown(unnamed)
	}
	return found
}

// exactRole matches a label role ("president", no qualifiers) against an
// entity's title or role without extra qualifiers ("vice president" is not
// "president").
func exactRole(e *entity, head string, quals []string) bool {
	facts := strings.Fields(strings.ToLower(e.title + " " + e.role))
	for i, f := range facts {
		if strings.TrimSuffix(f, ".") != head {
			continue
		}
		before := ""
		if i > 0 {
			before = facts[i-1]
		}
		want := ""
		if len(quals) > 0 {
			want = quals[len(quals)-1]
		}
		if before == want || want == "" && !honorificLabel[before] {
			return true
		}
	}
	return false
}

// unknown returns the document's one entity for speakers it does not
// name — "a senior official", a reporter's "Q" — and notes the form used.
// It is a speaker named "Unknown", as the corpus annotates them, with the
// forms as aliases so that a reader can see who they were.
func (a *attributor) unknown(form string) *entity {
	if a.anon == nil {
		a.anon = &entity{id: anonID, words: []string{"Unknown"}, lw: []string{"unknown"}, role: "unnamed sources", forms: map[string]bool{}}
	}
	if form != "" {
		a.anon.forms[strings.ToLower(form)] = true
	}
	return a.anon
}

// headerRole returns the one person of the header whose role or title is
// the label's words ("the harbour master", "deputy mayor"), nil when none
// or several are.
func (a *attributor) headerRole(words []string) *entity {
	want := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == "the" || honorifics[w] })
	if len(want) == 0 {
		return nil
	}
	if e, ok := a.headerRoleWhere(func(role []string) bool { return slices.Equal(role, want) }); ok {
		return e
	}
	// "ACTING HARBOUR BOARD COMMISSIONER" is the header's "Acting
	// Commissioner": the label's other words may name the body, never
	// another rank ("DEPUTY COMMISSIONER" is not the commissioner)
	e, _ := a.headerRoleWhere(func(role []string) bool {
		if len(role) == 0 || role[len(role)-1] != want[len(want)-1] {
			return false
		}
		for _, w := range want {
			rank := titleWords[w] || roleAdjectives[w] || roleNouns[w] || honorificLabel[w]
			if rank && !slices.Contains(role, w) {
				return false
			}
		}
		return !slices.ContainsFunc(role, func(r string) bool { return !slices.Contains(want, r) })
	})
	return e
}

// headerRoleWhere returns the one person of the header with a role or
// title (in lower-case words) that match accepts; ok is false when
// several have.
func (a *attributor) headerRoleWhere(match func(role []string) bool) (found *entity, ok bool) {
	for _, e := range a.ents {
		if !e.inTitle || e.org {
			continue
		}
		for _, r := range []string{e.role, e.title} {
			if match(strings.Fields(strings.ToLower(r))) {
				if found != nil && found != e {
					return nil, false
				}
				found = e
			}
		}
	}
	return found, found != nil
}

// interviewee returns the person an interview with unlabelled answers is
// with: the person its header names or its intro names most — a header
// line counts as two mentions (six with a title or role: capitalised
// words alone may name a place), a mention as a subject two — when they
// lead everyone else two to one; nil when no one stands out. It is worked
// out at the first answer, once the header and the intro have been read,
// and kept.
func (a *attributor) interviewee() *entity {
	if a.answerer.asked {
		return a.answerer.ent
	}
	a.answerer.asked = true
	score := make([]float64, len(a.ents))
	for i, e := range a.ents {
		if e.inTitle && !e.org {
			score[i] += 2
			if e.title != "" || e.role != "" {
				score[i] += 4 // "… with Mr Ana Lind, Minister for Ports"
			}
		}
	}
	for _, ev := range a.events {
		if e := ev.ent; e.id >= 0 && e.id < len(a.ents) && a.ents[e.id] == e && !e.org && e.stand == nil {
			score[e.id] += 1 + b2f(ev.subject)
		}
	}
	for i, e := range a.ents {
		if a.askers[e] {
			score[i] = 0 // the interviewer named in the intro asks, not answers
		}
	}
	best, second := -1, 0.0
	for i, s := range score {
		switch {
		case best < 0 || s > score[best]:
			if best >= 0 {
				second = score[best]
			}
			best = i
		case s > second:
			second = s
		}
	}
	// a name with an acronym in it ("NY DFS Licensing") is no one's
	if best >= 0 && score[best] >= 2 && score[best] >= 2*second && !slices.ContainsFunc(a.ents[best].words, isAcronym) {
		a.answerer.ent = a.ents[best]
	}
	if a.answerer.ent == nil {
		a.answerer.ent = a.addressed()
	}
	return a.answerer.ent
}

// addressed returns the one person the questions of a transcript address
// by honorific and surname as they open ("Good morning, Mr. Okafor."),
// or nil when none or two are: in a record of questions and answers that
// names no one else, the one they are put to answers them.
func (a *attributor) addressed() *entity {
	var name string
	for _, b := range a.blocks {
		if !b.raw.turn() || b.raw.asked || b.raw.answer || !anonymousLabels[strings.ToLower(strings.Trim(b.raw.speakerLabel(), ".: "))] {
			continue
		}
		text := strings.TrimSpace(stageDirection.ReplaceAllString(b.raw.text, ""))
		if m := addressedAs.FindStringSubmatch(text); m != nil {
			if name != "" && name != m[2] {
				return nil // two people addressed: no one
			}
			name = m[2]
		}
	}
	if name == "" || titleWords[strings.ToLower(name)] {
		return nil
	}
	return a.resolveName(nameParts{words: []string{name}}, true)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
