package content

import "strings"

// Mentions of people a report does not name ("a senior official", "the minister's spokesman",
// "people familiar with the talks"), writings ("a story which said") and pairs speaking together.

// restrictiveAntecedent reads the noun phrase before "which/that/who"
// without a comma ("a story about her eating avocados which said"): an
// unnamed writing or person is quoted as Unknown.
func restrictiveAntecedent(toks []token, floor, j int) subject {
	for i := j - 1; i >= floor && i >= j-8; i-- {
		t := toks[i]
		if t.kind != tWord {
			break
		}
		if docNouns[t.lower] || anonNouns[t.lower] {
			if i > floor && toks[i-1].is("a", "an", "one") {
				return subject{kind: npAnon, from: i - 1, to: i + 1, anonPerson: true}
			}
		}
	}
	return subject{kind: npAnon, from: j, to: j + 1}
}

// anonymousLeading reports a phrase that opens with an unnamed person: "A
// Valdorian official involved in the talks", "Two aides".
func anonymousLeading(toks []token, from, to int) bool {
	if !toks[from].is("a", "an", "one", "two", "three", "several", "some") {
		return false
	}
	for i := from + 1; i < to && i < from+5; i++ {
		w := toks[i].lower
		if anonNouns[w] || roleNouns[w] || anonNouns[strings.TrimSuffix(w, "s")] || roleNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// orgQualifiers returns the words of an unnamed body's description, head
// included ("South African delegation"), or nil when there is nothing
// before the head; the caller decides whether they name the body well
// enough to stand as its name.
func orgQualifiers(toks []token, from, end int) []string {
	if from >= end-1 {
		return nil
	}
	var words []string
	for i := from; i < end; i++ {
		words = append(words, toks[i].text)
	}
	return words
}

// jointSubject is two names speaking together ("Ana Ruiz and Tomas
// Reyes"): one speaker whose name joins both, never confused with either.
func jointSubject(a, b nameParts, from, to int) subject {
	first := a.words
	for len(first) > 1 && (sentenceStarters[strings.ToLower(first[0])] || introWords[strings.ToLower(first[0])]) {
		first = first[1:] // "But Ana Lind and Omar Vale said": "But" names no one
	}
	words := append(append(append([]string{}, first...), "and"), b.words...)
	return subject{kind: npName, name: nameParts{from: from, to: to, words: words}, from: from, to: to, joint: true}
}

// commonNoun reports whether a capitalised word at the start of a sentence
// is a common noun for people ("Officials said", "Critics argue").
func commonNoun(w string) bool {
	for _, f := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"} {
		if anonNouns[f] || roleNouns[f] || docNouns[f] {
			return true
		}
	}
	return false
}

// anonymousPerson reports whether tokens [from, to) name an unnamed person
// or group of people: "a senior government official", "officials",
// "two diplomats", "the council's spokeswoman".
func anonymousPerson(toks []token, from, to int) bool {
	head := toks[to-1].lower
	sing := strings.TrimSuffix(strings.TrimSuffix(head, "s"), "e")
	plural := head != strings.TrimSuffix(head, "s")
	det := toks[from].lower
	person := anonNouns[head] || roleNouns[head] || anonNouns[strings.TrimSuffix(head, "s")] ||
		roleNouns[strings.TrimSuffix(head, "s")] || anonNouns[sing] || head == "people"
	if !person && indefinites[det] && (personNouns[head] || strings.HasSuffix(head, "-year-old") || ordinals[head] ||
		to-from == 1 && det != "a" && det != "an" || to-from >= 3 && ordinals[toks[from+1].lower]) {
		// "said one 44-year-old woman", "a man said", "one wrote", "a third
		// added", "a second objector wrote": someone new the text will not
		// name, not the woman just spoken of
		person = true
	}
	if !person {
		return false
	}
	switch {
	case det == "a" || det == "an" || det == "one" || det == "some" || det == "several" || det == "many" || numberWord(det):
		return true
	case det == "the" && (anonNouns[head] || anonNouns[strings.TrimSuffix(head, "s")]) && !roleNouns[head]:
		return true // "the source said": the unnamed source of before
	case possessivePronouns[det] != "":
		return true // "her spokesman said"
	case det == "the" || possessiveIn(toks, from, to-1):
		return possessiveIn(toks, from, to-1) // "the minister’s spokesman", "Ana Ruiz’s aide"
	}
	return plural || head == "staff" || head == "police" || head == "personnel" // "Child safety staff in Orrin said"
}

// indefinites introduce someone new: "a woman", "one driver", "another
// resident".
var indefinites = setOf(`a an one another`)

// ordinals count off unnamed people in turn: "a second resident", "a third".
var ordinals = setOf(`second third fourth fifth sixth`)

// linkedToAnon reports whether the phrase starting at from is the object
// of a preposition hanging on an unnamed person: "a source close to [the
// mayor]", "a spokeswoman for [the ministry]", "people familiar with".
func linkedToAnon(toks []token, floor, from int) bool {
	if from-1 < floor || !toks[from-1].is("to", "for", "with", "at", "of", "from", "near", "inside", "within", "in") {
		return false
	}
	for i := from - 2; i >= floor && i >= from-6; i-- {
		t := toks[i]
		if t.kind != tWord {
			return false
		}
		if (anonNouns[t.lower] || anonNouns[strings.TrimSuffix(t.lower, "s")] || roleNouns[t.lower]) && i-1 >= floor &&
			(toks[i-1].is("a", "an", "one", "two", "some", "several") || strings.HasSuffix(t.lower, "s") && !roleNouns[t.lower]) {
			return true
		}
	}
	return false
}

// possessiveIn reports whether a possessive word occurs in [from, to): the
// minister's spokesman is someone other than the minister.
func possessiveIn(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].possessive() {
			return true
		}
	}
	return false
}

// commonNP reads a phrase of common nouns: "reporters", "lawmakers", "the
// pair" (someone unnamed), or "the hydrologist" (a role the document may
// have given someone).
func commonNP(toks []token, floor, end int) subject {
	last := toks[end-1]
	from := end - 1
	for from > floor && toks[from-1].kind == tWord && !toks[from-1].capital() && !sentenceStarters[toks[from-1].lower] {
		from--
	}
	if from > floor && toks[from-1].is("a", "an", "the", "some", "several", "many", "two", "three", "one", "other") {
		from--
	}
	anon := anonymousPerson(toks, from, end)
	if linkedToAnon(toks, floor, from) {
		// "a source close to the investigation", "people familiar with the talks"
		return subject{kind: npAnon, from: from, to: end, anonPerson: true}
	}
	if toks[from].is("the") && !anon && from+1 < end {
		return subject{kind: npRole, head: last.lower, quals: qualifiers(toks, from+1, end-1), from: from, to: end}
	}
	return subject{kind: npAnon, from: from, to: end, anonPerson: anon}
}
