package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mentions: capitalised runs read as names — the titles and role words peeled off their front,
// particles and bodies' names kept whole.

// nameParts is a capitalised run read as a name: the title and role words
// peeled off its front, and the name tokens left.
type nameParts struct {
	// from and to delimit the whole run in the sentence's tokens.
	from, to int
	// role is the peeled front ("German Chancellor", "Nato chief").
	role string
	// title is the last honorific peeled ("Prince", "Sen.") — kept for
	// display when only one name token is known.
	title string
	// words are the name tokens, possessive stripped.
	words []string
	// gender from an honorific, 0 when unknown.
	gender byte
	// styled is a noble style such as "Ana Ruiz, Duchess of Lorn".
	styled string
}

func (n nameParts) ok() bool { return len(n.words) > 0 }

// String joins the name words ("Ana Lind"), without title or role.
func (n nameParts) String() string { return strings.Join(n.words, " ") }

// isNameWord reports whether a token can be part of a name: a capitalised
// word that is not a weekday or month, or an initial.
func isNameWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	if !t.capital() {
		// "al-Rashid", "el-Amin": a particle joined to a capitalised name
		p, rest, ok := strings.Cut(t.text, "-")
		return ok && nameParticles[strings.ToLower(p)] && unicode.IsUpper(firstRune(rest))
	}
	if calendarWords[strings.TrimSuffix(t.lower, ".")] || eraMarks[t.text] {
		return false
	}
	return true
}

// nameRunLeft returns the start of the capitalised run that ends at token
// end-1 (exclusive end), allowing lower-case particles inside ("von der").
func nameRunLeft(toks []token, end, floor int) int {
	i := end
	for i > floor {
		t := toks[i-1]
		if isNameWord(t) {
			i--
			continue
		}
		if t.kind == tWord && nameParticles[t.lower] && i < end && i-2 >= floor && (isNameWord(toks[i-2]) || nameParticles[toks[i-2].lower]) {
			i--
			continue
		}
		// "Ministry of Finance", "Bank of Estmere"
		if t.is("of") && i < end && i-2 >= floor && isNameWord(toks[i-2]) && isBodyWord(toks[i-2].lower) {
			i--
			continue
		}
		break
	}
	return i
}

// nameRunRight returns the end of the capitalised run that starts at from.
func nameRunRight(toks []token, from, ceil int) int {
	i := from
	for i < ceil {
		t := toks[i]
		if i > from && (postNominalAt(toks, i, ceil) || pastCue(t)) {
			break // "Ana Ruiz King’s Counsel", a headline's "How Ana Ruiz Wrote …"
		}
		if isNameWord(t) {
			i++
			if t.possessive() && !(i < ceil && pluralPossessive(t) && isNameWord(toks[i]) && orgHeads[toks[i].lower]) {
				break // "the Ferry Users' Group" runs on to its head
			}
			continue
		}
		if i > from && particleBeforeName(toks, i, ceil) {
			i++
			continue
		}
		if t.is("of") && i > from && i+1 < ceil && isNameWord(toks[i+1]) && isBodyWord(toks[i-1].lower) {
			i++
			continue
		}
		// "Competition and Markets Authority"
		if (t.is("and") || t.text == "&") && i > from && orgAhead(toks, i+1, ceil) {
			i++
			continue
		}
		// "Harbour Security & Alarms": an ampersand joins the words of a
		// firm's name, never a person's
		if t.text == "&" && i > from && i+1 < ceil && isNameWord(toks[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// pastCue reports a capitalised speech verb in the past, as a headline
// writes it after a name ("Ana Ruiz Wrote the Song"): no part of the name.
// "Said" is a surname too.
func pastCue(t token) bool {
	return t.kind == tWord && t.capital() && t.lower != "said" && cueForms[t.lower].lemma != "" &&
		(strings.HasSuffix(t.lower, "ed") || t.is("wrote", "told", "spoke"))
}

// postNominalAt reports an honour written after a name at token i: "King’s
// Counsel", "Senior Counsel" (lexicon: postNominalPhrases).
func postNominalAt(toks []token, i, ceil int) bool {
	if i+1 >= ceil || !postNominalEnds[toks[i+1].lower] {
		return false // most words end no honour: no phrase to make and look up
	}
	return postNominalPhrases[strings.ToLower(toks[i].bare())+" "+toks[i+1].lower]
}

// trimPostNominal returns the end of a name run that ends at end without
// the honour after it: "Ana Ruiz King’s Counsel" ends after "Ruiz".
func trimPostNominal(toks []token, floor, end int) int {
	if end-2 > floor && postNominalAt(toks, end-2, end) {
		return end - 2
	}
	return end
}

// pluralPossessive reports a word like "Users'" (not "Lind's").
func pluralPossessive(t token) bool {
	return strings.HasSuffix(t.text, "s'") || strings.HasSuffix(t.text, "s’")
}

// particleBeforeName reports whether tokens from i are name particles
// leading to a name word: "van der Berg".
func particleBeforeName(toks []token, i, to int) bool {
	k := i
	for k < to && toks[k].kind == tWord && nameParticles[toks[k].lower] {
		k++
	}
	return k > i && k < to && isNameWord(toks[k])
}

// orgAhead reports whether capitalised words from i run to an organisation
// head within three words: what makes "and" part of a name.
func orgAhead(toks []token, i, ceil int) bool {
	for k := i; k < ceil && k < i+3; k++ {
		if !isNameWord(toks[k]) {
			return false
		}
		if orgHeads[toks[k].lower] {
			return true
		}
	}
	return false
}

// peelName reads tokens [from, to) — a capitalised run, possibly preceded by
// lower-case role words — as a name: honorifics, demonyms and role words in
// front become the role, what follows the last of them is the name.
func peelName(toks []token, from, to int) nameParts {
	np := nameParts{from: from, to: to}
	if from >= to {
		return np
	}
	if words, ok := bodyName(toks, from, to); ok {
		np.words = words
		return np
	}
	for i := from + 1; i < to-1; i++ {
		if toks[i].text == "&" {
			// "Harbour Security & Alarms" is a firm's name whole: no title
			// or role is peeled off it
			for k := from; k < to; k++ {
				np.words = append(np.words, toks[k].bare())
			}
			return np
		}
	}
	for k := to - 2; k > from; k-- {
		// "outside the Harbour Office Okafor said": a body's name runs
		// into the person's after it
		if orgHeads[toks[k].lower] && toks[k].capital() && !titleWords[toks[k+1].lower] && !toks[k+1].is("of", "for", "and") {
			from = k + 1
			np.from = from
			break
		}
	}
	start := portfolioEnd(toks, from, to)
	portfolio := start > from
	for i := start; i < to; i++ {
		if w, peel := peelWord(toks, from, to, i); peel {
			start = i + 1
			if maleWords[w] {
				np.gender = 'm'
			} else if femaleWords[w] {
				np.gender = 'f'
			}
			if titleWords[w] {
				np.title = toks[i].text
			}
		}
	}
	// "Sen. Ana Ruiz of Lenmark": a run never includes "of".
	for i := start; i < to; i++ {
		w := toks[i].bare()
		if i == to-1 {
			w = strings.TrimSuffix(w, ",")
		}
		np.words = append(np.words, w)
	}
	if start > from {
		var role []string
		if portfolio {
			role = append(role, toks[from-2].text, toks[from-1].text) // "Minister for"
		}
		for i := from; i < start; i++ {
			if !honorifics[strings.TrimSuffix(toks[i].lower, ".")] {
				role = append(role, toks[i].text)
			}
		}
		np.role = strings.Join(role, " ")
	}
	return np
}

// portfolioEnd returns where a run starts after the portfolio of the
// title before it: in "Minister for Fisheries Tomas Okoro" the run
// "Fisheries Tomas Okoro" starts after "Fisheries".
func portfolioEnd(toks []token, from, to int) int {
	if from < 2 || !toks[from-1].is("for", "of") || !titleWords[strings.TrimSuffix(toks[from-2].lower, ".")] {
		return from
	}
	k := from
	for k < to-1 && portfolioWords[toks[k].lower] && toks[k].capital() {
		k++
	}
	return k
}

// peelWord reports whether token i of the run [from, to) is a title,
// demonym or role word that the name starts after, and the word.
func peelWord(toks []token, from, to, i int) (string, bool) {
	t := toks[i]
	w := strings.TrimSuffix(t.lower, ".")
	if (t.is("and") || t.text == "&") && orgAhead(toks, i+1, to) {
		return w, false
	}
	if i > from && particleBeforeName(toks, i, to) {
		return w, false // "Ana van der Berg"
	}
	peel := lexiconBits[w]&(lxTitle|lxDemonym|lxRole) != 0
	if peel && i == to-1 && i > from && t.capital() && !toks[i-1].possessive() &&
		!titleWords[strings.TrimSuffix(toks[i-1].lower, ".")] && !demonyms[toks[i-1].lower] && !sentenceStarters[toks[i-1].lower] && toks[i-1].capital() {
		return w, false // a surname that is also a title: "Ola King", "Ana Bishop"
	}
	return w, peel || !t.capital() && !isNameWord(t) || t.possessive() && i < to-1
}

// bodyName reads a run that names a body, which keeps all its words:
// "Palestinian Dialogue Group", "Russia’s Defense Ministry", "Bank of
// Estmere".
func bodyName(toks []token, from, to int) ([]string, bool) {
	var words []string
	orgHead := lowerIn(toks[to-1].bare(), orgHeads) // "the Harbour Rates Committee’s view"
	if to-from >= 2 && orgHead && toks[to-1].capital() && !titleWords[toks[from].lower] {
		start := from
		if toks[start].is("the") {
			start++
		}
		allCap := start < to
		for k := start; k < to; k++ {
			if !toks[k].capital() && !toks[k].is("of", "and", "for", "&") {
				allCap = false
			}
		}
		if allCap {
			for k := start; k < to-1; k++ {
				words = append(words, toks[k].text) // the owner keeps its ’s
			}
			return append(words, toks[to-1].bare()), true
		}
	}
	if to-from >= 2 && orgHead && toks[from].possessive() && toks[from].capital() {
		for k := from; k < to; k++ {
			words = append(words, toks[k].text)
		}
		return words, true
	}
	for i := from + 1; i+1 < to; i++ {
		if toks[i].is("of") && orgHeads[toks[i-1].lower] {
			start := from
			if toks[start].is("the") {
				start++
			}
			words = make([]string, 0, to-start)
			for k := start; k < to; k++ {
				words = append(words, toks[k].bare())
			}
			return words, true
		}
	}
	return nil, false
}

// looksLikePersonName reports whether name tokens read as a person's name
// rather than a place, an organisation or a stray capitalised word.
func looksLikePersonName(words []string) bool {
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		w = strings.TrimSuffix(w, ".")
		if lowerBits(w)&(lxOrgHead|lxPlaceHead|lxCalendar) != 0 || strings.ContainsAny(w, "0123456789") {
			return false // "QZ8501" is a flight, "Route 66" a road
		}
	}
	last := lowerBits(words[len(words)-1])
	if last&lxStarter != 0 || len(words) == 1 && last&lxDemonym != 0 {
		return false // "English" alone is a language; "Rebecca English" a person
	}
	if len(words) > 1 && lowerIn(strings.TrimSuffix(words[0], "."), placePrefixes) {
		return false // "St. Ives", "Fort Kellan", "Lake Orne": places
	}
	// An all-capitals acronym is an organisation (CNN, NATO), and so is a
	// country.
	if len(words) == 1 && (isAcronym(words[0]) || lowerBits(words[0])&lxCountry != 0) {
		return false
	}
	return true
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// isOrgName reports whether name words read as an organisation: a head
// noun ("Harbour Authority", "Ministry of Ports"), an acronym, a country
// or a known international body.
func isOrgName(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if strings.ToLower(words[i+1]) == "of" && orgHeads[strings.ToLower(words[i])] {
			return true
		}
	}
	for _, w := range words[1:] {
		if w == "&" {
			return true // "Harbour Security & Alarms"
		}
	}
	last := strings.ToLower(words[len(words)-1])
	return orgHeads[last] || len(words) == 1 && (isAcronym(words[0]) || countries[last] || knownBodies[last])
}

// titleCase turns a transcript label word into name case: "LINDQVIST" →
// "Lindqvist", "O'BRIEN" → "O'Brien", "LINDQVIST-OKORO" → "Lindqvist-Okoro".
func titleCase(w string) string {
	var sb strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			sb.WriteRune(unicode.ToUpper(r))
		} else {
			sb.WriteRune(unicode.ToLower(r))
		}
		upper = r == '-' || r == '\'' || r == '’' || r == ' '
	}
	// "KAVAR’S" is "Kavar’s", not "Kavar’S"
	return stripPossessive(sb.String()) + strings.ToLower(w[len(stripPossessive(w)):])
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
