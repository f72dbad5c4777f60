package content

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name equivalence: whether two forms of a name can denote one person — "HON N SMITH" and
// "Norman Smith", "Smith, N." and "N. J. Smith", "van der Meer" and "Joost van der Meer" — decided
// in one place for every stage. Titles and honorifics never count, case and accents never count,
// initials stand for the given names they begin, and a hyphenated or multi-part surname stays
// whole. Two forms whose given names or initials differ are never one person.

// parsedName is one written form of a person's name, read for comparison;
// every part folded (lower case, no accents).
type parsedName struct {
	// titles are the honorifics, ranks and offices before the name
	// ("hon", "dr", "senator"): they never decide who is meant.
	titles []string
	// given are the given names in the order written, each a whole name
	// ("norman") or an initial of one letter ("n").
	given []string
	// particles are the lower-case words before the surname ("van der").
	particles []string
	// surname is the family name, hyphenated parts kept whole
	// ("kauri-lowe"); "" for a form that is only a handle or titles.
	surname string
	// suffix is a generational suffix ("jr"), "" when none.
	suffix string
	// key is the surname in lower case with its accents, as the entity
	// table indexes it.
	key string
	// handle is a social-media user name without its "@".
	handle string
}

// parseName reads the words of a name form: titles first ("Hon", "Dr.",
// "the Honourable"), then given names or initials ("N.", "N.J."), then
// particles and the surname, then a suffix; "Smith, N." is read inverted.
func parseName(words []string) parsedName {
	var p parsedName
	ws := make([]string, 0, len(words))
	inverted := false
	for i, w := range words {
		if strings.HasPrefix(w, "@") && len(w) > 1 {
			p.handle = foldName(strings.TrimRight(w[1:], ".,:;)"))
			continue
		}
		if i == 0 && len(words) > 1 && strings.HasSuffix(w, ",") {
			inverted = true
		}
		w = strings.Trim(w, ",;:()")
		if w != "" {
			ws = append(ws, w)
		}
	}
	if inverted && len(ws) >= 2 {
		ws = append(ws[1:], ws[0]) // "Smith, N." → "N. Smith"
	}
	for len(ws) > 1 && nameTitleWord(ws[0]) {
		p.titles = append(p.titles, foldName(strings.TrimSuffix(ws[0], ".")))
		ws = ws[1:]
	}
	if len(ws) > 1 && nameSuffixes[foldName(strings.TrimSuffix(ws[len(ws)-1], "."))] {
		p.suffix = foldName(strings.TrimSuffix(ws[len(ws)-1], "."))
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || len(ws) == 1 && nameTitleWord(ws[0]) && p.titles == nil {
		return p
	}
	p.key = strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "."))
	p.surname = foldName(p.key)
	ws = ws[:len(ws)-1]
	for len(ws) > 0 && nameParticles[foldName(ws[len(ws)-1])] {
		p.particles = append([]string{foldName(ws[len(ws)-1])}, p.particles...)
		ws = ws[:len(ws)-1]
	}
	for _, w := range ws {
		p.given = append(p.given, givenParts(w)...)
	}
	return p
}

// nameTitleWord reports a word that titles a name rather than being part
// of it: an honorific ("Hon", "Dr."), a rank or an office ("Senator",
// "Sen.", "Captain"), or "the" of "the Honourable".
func nameTitleWord(w string) bool {
	l := foldName(strings.TrimSuffix(w, "."))
	if _, ok := titleAbbrev[l]; ok {
		return true
	}
	return l == "the" || l == "rt" || honorifics[l] || headerHonours[l] || honorificLabel[l] || titleWords[l]
}

// givenParts splits a given name into the names or initials it holds:
// "N.J." and "NJ" (two capitals, written as initials) are two initials,
// "Norman" one name.
func givenParts(w string) []string {
	if strings.Contains(w, ".") {
		var out []string
		for _, part := range strings.Split(w, ".") {
			if part != "" {
				out = append(out, foldName(part))
			}
		}
		return out
	}
	if n := utf8.RuneCountInString(w); n == 2 || n == 3 {
		if !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) {
			var out []string
			for _, r := range w {
				out = append(out, foldName(string(r)))
			}
			return out // "NJ"
		}
	}
	return []string{foldName(w)}
}

// initialsOnly reports a form whose given names are all initials.
func (p parsedName) initialsOnly() bool {
	return len(p.given) > 0 && !slices.ContainsFunc(p.given, func(g string) bool { return utf8.RuneCountInString(g) > 1 })
}

// sameName reports whether two forms of a name can denote one person:
// the same surname (hyphenated parts whole; particles, titles, case and
// accents aside), no two generational suffixes that differ, and given
// names that agree as far as both go, an initial agreeing with any name
// it begins ("N" with "Norman"). A form without given names ("Smith")
// agrees with every Smith: whether it is unique is the caller's question.
// A handle agrees only with the same handle.
func sameName(a, b parsedName) bool {
	if a.handle != "" && b.handle != "" {
		return a.handle == b.handle
	}
	if a.surname == "" || a.surname != b.surname {
		return false
	}
	if a.suffix != "" && b.suffix != "" && a.suffix != b.suffix {
		return false
	}
	for i := 0; i < len(a.given) && i < len(b.given); i++ {
		if !sameGiven(a.given[i], b.given[i]) {
			return false
		}
	}
	return true
}

// sameGiven reports two given names (or initials) that can be one.
func sameGiven(x, y string) bool {
	if x == y {
		return true
	}
	xi, yi := utf8.RuneCountInString(x) == 1, utf8.RuneCountInString(y) == 1
	switch {
	case xi && !yi:
		return strings.HasPrefix(y, x)
	case yi && !xi:
		return strings.HasPrefix(x, y)
	}
	return false
}

// nameHolder returns the one person of the entity table a name form can
// denote (sameName) and how many can: "HON N SMITH" is the Norman Smith
// an attendance list gave, "T Ruatoe" is nobody when the table holds a
// Tangi and a Tuaine Ruatoe (2: abstain). A form with given names prefers
// the person whose given names are the same as written. Bodies, people
// only named in the headline and forms without a surname fit nobody.
func (r *roster) nameHolder(words []string) (*entity, int) {
	p := parseName(words)
	if p.surname == "" {
		return nil, 0
	}
	var fits []*entity
	same := recent(r.byLast[p.key])
	if p.surname != p.key || len(r.byFold[p.surname]) > 0 {
		// "Ibáñez" and "Ibanez": the same surname, with accents or without
		same = append(append(slices.Clone(same), recent(r.byLast[p.surname])...), recent(r.byFold[p.surname])...)
	}
	for _, e := range same {
		if e.org || e.id < 0 || e.headlineOnly || slices.Contains(fits, e) {
			continue
		}
		if sameName(p, parseName(e.words)) {
			fits = append(fits, e)
		}
	}
	if len(fits) > 1 && len(p.given) > 0 {
		same := slices.DeleteFunc(slices.Clone(fits), func(e *entity) bool {
			return !slices.Equal(parseName(e.words).given, p.given)
		})
		if len(same) == 1 {
			return same[0], 1
		}
	}
	if len(fits) != 1 {
		return nil, len(fits)
	}
	return fits[0], 1
}

// grown returns the entity already in the table that a new full name
// completes rather than joins as a namesake: a person known by a forename
// alone (forenameFirst), or a headline's phrase (headingPhrase).
func (r *roster) grown(words, lw []string) *entity {
	if e := r.forenameFirst(words, lw); e != nil {
		return e
	}
	if e := r.hyphenGrown(words, lw); e != nil {
		return e
	}
	return r.headingPhrase(words, lw)
}

// hyphenGrown returns the person known so far by the first part of a
// hyphenated name written alone ("Zafar" before "Zafar-ul-Hadi"), whom
// the name in full completes: a name of one hyphenated word, and one
// person so named by that part alone.
func (r *roster) hyphenGrown(words, lw []string) *entity {
	if len(lw) != 1 || r.peeking {
		return nil
	}
	first, _, ok := strings.Cut(lw[0], "-")
	if !ok || utf8.RuneCountInString(first) < 3 {
		return nil
	}
	var found *entity
	for _, e := range recent(r.byLast[first]) {
		if e.org || e.weak || len(e.lw) != 1 || found != nil {
			return nil
		}
		found = e
	}
	if found == nil || len(r.byFirst[first]) > 0 {
		return nil // (an "Ana" who is also Ana Lind is not the part's)
	}
	found.words, found.lw = words, lw
	r.byLast[lw[0]] = append(r.byLast[lw[0]], found)
	r.indexParts(found)
	return found
}

// headingPhrase returns the headline's "person" that was a phrase of a
// verb and a surname ("Grilling Okafor", "Quizzed Lind") once the body
// names the person in full ("Mayor Adaeze Okafor"): the heading word is
// no given name of theirs, so the entity becomes the body's person. Only
// one such entity, named nowhere but the headline, with a word that is a
// verb's form, before a surname no other person has.
func (r *roster) headingPhrase(words, lw []string) *entity {
	if len(lw) < 2 || r.peeking {
		return nil
	}
	var found *entity
	for _, e := range recent(r.byLast[lw[len(lw)-1]]) {
		if e.org || e.gen != "" {
			continue
		}
		if !e.headlineOnly || len(e.lw) != 2 || !headingVerb(e.lw[0]) || sameName(parseName(words), parseName(e.words)) || found != nil {
			return nil // a namesake the body names, or two
		}
		found = e
	}
	if found != nil {
		delete(found.forms, found.name()) // the headline's phrase is no form of the name
		found.words, found.lw, found.headlineOnly = words, lw, false
		r.indexName(found)
	}
	return found
}

// headingVerb reports a word a headline sets before a surname as a verb
// ("Grilling", "Backed", "Slams"), not a given name: a gerund or a past
// form of some length, or a speech verb's form.
func headingVerb(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 6 && strings.HasSuffix(w, "ing") || n >= 5 && strings.HasSuffix(w, "ed") || isCueForm(w)
}

func isCueForm(w string) bool { _, ok := cueForms[w]; return ok }

// headingWordOff drops a headline's verb from the name of the person the
// body goes on to name ("Questioning Brandt" before "Brandt said"): the
// body never writes it as part of their name.
func headingWordOff(e *entity) {
	if !e.org && len(e.lw) == 2 && e.title == "" && headingVerb(e.lw[0]) {
		delete(e.forms, e.name())
		e.words, e.lw = e.words[1:], e.lw[1:]
	}
}

// Handles: a social-media user name the text pairs with a person's name
// ("Maren Solberg (@tide_watcher)", "@tide_watcher (Maren Solberg)",
// "Dario Fenwick, posting as @dfenwick") is that person wherever it
// stands alone afterwards ("@tide_watcher added:"); a handle paired with
// nobody is a speaker of its own, named as written.

// handleName is a name the text writes next to a handle: two to four
// capitalised words, particles allowed inside.
const handleName = `(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:van|von|der|den|de|del|da|di|du|la|le|bin|ibn|al|el)\s+)*\p{Lu}[\p{L}'’.\-]*){1,3})`

// handleUser is a handle's user name after its "@".
const handleUser = `@([\p{L}\p{N}_.]*[\p{L}\p{N}_])`

// handlePairs are the ways a text pairs a name and a handle: the name
// first (submatch 1) and the handle (2), or the handle first (3, 4).
var handlePairs = lazyRE(handleName + `\s*(?:[(\[]\s*|,\s*|,?\s+(?:\p{Ll}+\s+){0,2}as\s+)` + handleUser +
	`|` + handleUser + `\s*[(\[]\s*` + handleName + `\s*[)\]]`)

// learnHandles notes the handles a block's text pairs with a name; a
// handle paired with two names is no one's.
func (r *resolver) learnHandles(text string) {
	if !strings.Contains(text, "@") {
		return
	}
	for _, m := range handlePairs.FindAllStringSubmatch(text, maxHandlePairs) {
		name, user := m[1], m[2]
		if user == "" {
			name, user = m[4], m[3]
		}
		words, key := strings.Fields(name), foldName(user)
		if r.handles == nil {
			r.handles = map[string][]string{}
		}
		if prev, ok := r.handles[key]; ok && !slices.Equal(prev, words) {
			r.handles[key] = nil
			continue
		}
		r.handles[key] = words
	}
}

// maxHandlePairs bounds the pairs read in one block.
const maxHandlePairs = 64

// handleEntity returns the person a handle stands for ("@tide_watcher"):
// the one the text paired it with, else the handle's own speaker.
func (r *resolver) handleEntity(handle string) *entity {
	key := foldName(strings.TrimPrefix(handle, "@"))
	if words := r.handles[key]; len(words) > 0 {
		if e := r.lookup(words, false); e != nil {
			return e
		}
		if e, n := r.nameHolder(words); n == 1 {
			return e
		}
		return r.lookup(words, true) // the name the text gave the handle
	}
	e := r.lookup([]string{handle}, true)
	e.handle = true
	return e
}

// handleNP reads a handle that ends just before token end ("@tide_watcher
// added"): an "@" and the words and underscores written against it.
func handleNP(toks []token, floor, end int) (subject, bool) {
	k := end - 1
	for k > floor && (toks[k].kind == tWord || toks[k].text == "_" || toks[k].text == ".") && toks[k].start == toks[k-1].end {
		k--
	}
	if k < floor || k == end-1 || toks[k].text != "@" || toks[end-1].kind != tWord || k > floor && toks[k-1].end == toks[k].start {
		return subject{}, false // (an address's "ana@example.org" is no handle)
	}
	var b strings.Builder
	b.WriteString("@")
	for _, t := range toks[k+1 : end] {
		b.WriteString(t.text)
	}
	return subject{kind: npName, name: nameParts{words: []string{b.String()}}, from: k, to: end}, true
}

// indexParts indexes the parts of a person's hyphenated surname, each of
// three letters or more ("ul" of "Zafar-ul-Hadi" is none).
func (r *roster) indexParts(e *entity) {
	parts := strings.Split(e.last(), "-")
	if len(parts) < 2 {
		return
	}
	if r.byPart == nil {
		r.byPart = map[string][]*entity{}
	}
	for _, part := range parts {
		if utf8.RuneCountInString(part) >= 3 && !slices.Contains(r.byPart[part], e) {
			r.byPart[part] = append(r.byPart[part], e)
		}
	}
}

// surnamePart returns, when cands is empty, the one person a lone word
// names as a part of a hyphenated surname ("Okonjo" after "Sara
// Okonjo-Beck"); nobody when two people have that part or someone has it
// as their whole surname.
func (r *roster) surnamePart(cands []*entity, w string) []*entity {
	if len(cands) > 0 || len(r.byPart[w]) != 1 || len(r.byLast[w]) > 0 {
		return cands
	}
	if e := r.byPart[w][0]; !e.org && e.id >= 0 {
		return []*entity{e}
	}
	return cands
}

// nameJoin returns, when cands is empty, the one person a name form is
// though the lookup by words missed them: a form with initials ("N.
// Vaiki", "N. J. Vaiki" after "Norman Vaiki") or whose initials a full
// name spells out ("Norman Vaiki" after "N. Vaiki"), or a form without
// the accents of the other ("Ibanez" and "José Ibáñez") — sameName, and
// only one person fits.
func (r *roster) nameJoin(cands []*entity, words []string) []*entity {
	if len(cands) > 0 || len(words) == 0 {
		return cands
	}
	if last := strings.ToLower(strings.TrimSuffix(words[len(words)-1], ".")); len(r.byLast[last]) == 0 && len(r.byFold) == 0 && isASCII(last) {
		return cands // nobody of that surname: nothing to parse (most new names)
	}
	p := parseName(words)
	e, n := r.nameHolder(words)
	if n != 1 {
		return cands
	}
	q := parseName(e.words)
	initials := len(p.given) > 0 && (p.initialsOnly() || q.initialsOnly() && len(q.given) > 0)
	if initials || p.key != q.key && len(p.given) <= len(q.given) || slices.Equal(p.given, q.given) && len(p.given) > 0 {
		// (the same given names once folded: "Elodie" for "Élodie")
		return []*entity{e}
	}
	return cands
}

// indexFolded indexes a person whose surname has accents by the surname
// without them.
func (r *roster) indexFolded(e *entity) {
	if f := foldName(e.last()); f != e.last() {
		if r.byFold == nil {
			r.byFold = map[string][]*entity{}
		}
		r.byFold[f] = append(r.byFold[f], e)
	}
}

// fullerName reports whether a name form says more than the one known:
// more given names written in full ("Norman Vaiki" over "N. J. Vaiki"),
// else as many and more words ("Ana Lind" over "Lind").
func fullerName(words, known []string) bool {
	f, k := fullGivens(words), fullGivens(known)
	return f > k || f == k && len(words) > len(known) || f == k && len(words) == len(known) && accented(words, known)
}

// fullGivens counts the given names a name's words write in full, not as
// initials: the words before the surname (and a suffix), particles aside.
// The words are a name's without its titles, as lookups have them; it runs
// on every lookup, so it neither parses nor allocates.
func fullGivens(ws []string) int {
	n := len(ws) - 1
	if n > 0 && len(ws[n]) <= 4 && nameSuffixes[strings.ToLower(strings.TrimSuffix(ws[n], "."))] {
		n--
	}
	full, from := 0, 0
	for from < n && titleShaped(ws[from]) {
		from++ // "Hon K Teariki": the title is no given name
	}
	for _, w := range ws[from:max(n, from)] {
		if !initialShaped(w) && !nameParticles[w] && !(len(w) <= 3 && w == strings.ToUpper(w)) {
			full++
		}
	}
	return full
}

// accented reports a form that writes the accents another drops
// ("Élodie Marchetti" over "Elodie Marchetti"): the name as its owner
// spells it.
func accented(words, known []string) bool {
	if !slices.ContainsFunc(words, func(w string) bool { return !isASCII(w) }) {
		return false // (no accents: nothing joined, on every lookup)
	}
	a, b := strings.Join(words, " "), strings.Join(known, " ")
	return a != b && foldName(a) == foldName(b) && len(a) > len(b)
}

// initialShaped reports a word that may be an initial: one letter, or
// letters with full stops ("N.", "N.J.").
func initialShaped(w string) bool {
	return strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1
}

// initialsAgree reports two forms of a name, one written with initials,
// that can be one person ("N. J. Vaiki", "Norman Vaiki").
func initialsAgree(a, b []string) bool {
	p, q := parseName(a), parseName(b)
	return (p.initialsOnly() || q.initialsOnly()) && len(p.given) > 0 && len(q.given) > 0 && sameName(p, q)
}

// surnameLabel decides a label that gives a surname alone ("MRS VAIKI",
// "VAIKI") when the table holds several people of that surname: the one
// whose sex the label's honorific gives, or — two or more fitting still —
// the label's own speaker, as written. decided is false when one person
// or none has the surname: the usual lookup decides.
func (a *attributor) surnameLabel(name []string, g byte) (e *entity, decided bool) {
	p := parseName(name)
	if len(p.given) > 0 || p.surname == "" || len(name) > 3 {
		return nil, false // ("HON VAIKI" is a surname alone too)
	}
	var fits []*entity
	n := 0
	for _, c := range recent(a.byLast[p.key]) {
		if c.org || c.id < 0 || c.headlineOnly || len(c.words) < 2 || !sameName(p, parseName(c.words)) {
			continue
		}
		n++
		if g == 0 || c.gender == 0 || c.gender == g {
			fits = append(fits, c)
		}
	}
	switch {
	case n < 2:
		return nil, false
	case len(fits) == 1:
		return fits[0], true
	}
	return a.add(name), true
}

// titleShaped is nameTitleWord without allocating, for the lookups'
// hot path: the word lower-cased on the stack.
func titleShaped(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) > 16 || !isASCII(w) {
		return len(w) <= 64 && nameTitleWord(w)
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	b := buf[:len(w)]
	_, abbrev := titleAbbrev[string(b)]
	return abbrev || string(b) == "the" || string(b) == "rt" || honorifics[string(b)] || headerHonours[string(b)] ||
		honorificLabel[string(b)] || titleWords[string(b)]
}
