package content

import (
	"slices"
	"strings"
)

// Entities: what the text says a person is — role, title, gender — and whether a role noun fits
// them.

// setRole sets an entity's role and indexes it, and the gender the role
// gives ("female opponent", "spokeswoman") when none is known.
func (r *roster) setRole(e *entity, role string) {
	role = cleanRole(role)
	if role == "" {
		return
	}
	e.role = role
	r.indexRole(e, role)
	if k := orgKind(role); k != "" && e.kind == "" {
		// "The drivers' union, Aslef North": a body of that kind
		e.org, e.kind = true, k
	}
	if e.gender == 0 {
		e.gender = genderOf(role)
	}
}

// cleanRole trims a role to the words that describe the person: no
// article or possessive pronoun before it ("her deputy" → "deputy", "the
// Minister for Water"), no stray punctuation after it; and a phrase that
// names someone else beside them ("Marta Ilves and her brother") is no
// role of theirs.
func cleanRole(role string) string {
	role = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(role), " ,;:–—-"))
	if t := strings.TrimSuffix(role, "."); t != role {
		if last := t[strings.LastIndex(t, " ")+1:]; !isAbbreviation(last) {
			role = strings.TrimSpace(t) // "Sen." and "Inc." keep their dots
		}
	}
	f := strings.Fields(role)
	if len(f) > 1 && roleDeterminers[strings.ToLower(f[0])] && !honorificHeads[strings.ToLower(f[1])] {
		role = strings.Join(f[1:], " ")
		f = f[1:]
	}
	for i, w := range f {
		if w == "and" && i > 0 && i+1 < len(f) && possessivePronouns[strings.ToLower(f[i+1])] != "" && namesOnly(f[:i]) {
			return "" // "Varga and his son": a pair, not what one of them is
		}
	}
	return role
}

// namesOnly reports words that are all capitalised and none a title, role
// or demonym: a person's name.
func namesOnly(words []string) bool {
	for _, w := range words {
		l := strings.ToLower(strings.TrimSuffix(w, ","))
		if !startsUpper(w) || titleWords[l] || roleNouns[l] || demonyms[l] {
			return false
		}
	}
	return true
}

// genderOf reads a gender from role words: "his last female opponent",
// "chairwoman", "Duke". 0 when they do not tell.
func genderOf(role string) byte {
	// the last word that tells is the head: "Ms Ruiz’s father" is a man
	var g byte
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(stripPossessive(w), ".,")
		switch {
		case femaleWords[w] || w == "female" || w == "woman" || w == "girl":
			g = 'f'
		case maleWords[w] || w == "male" || w == "man" || w == "boy" || w == "actor":
			g = 'm'
		}
	}
	return g
}

// roleMatches reports whether an entity's role fits a role noun phrase:
// the head noun must appear in the entity's role or title, and every
// qualifier (demonym, organisation) must appear too. A generic head
// ("leader", "chief", "head", "boss") matches any role its qualifiers
// match, since "the union leader" may be its general secretary. A
// compound title is its own role: "the minister" is not the prime minister.
func (e *entity) roleMatches(head string, quals []string) bool {
	facts := e.roleFacts()
	if e.gender == 'f' && maleWords[head] || e.gender == 'm' && femaleWords[head] {
		return false
	}
	has := func(w string) bool {
		for _, f := range facts {
			if strings.TrimSuffix(f, ".") == w {
				return true
			}
		}
		return false
	}
	if genericHeads[head] {
		if len(quals) == 0 {
			return has(head)
		}
	} else {
		found := false
		for i, f := range facts {
			if strings.TrimSuffix(f, ".") != head {
				continue
			}
			if i > 0 && compoundTitle[facts[i-1]] && !slices.Contains(quals, facts[i-1]) {
				continue
			}
			found = true
		}
		if !found {
			return false
		}
	}
	for _, q := range quals {
		switch q {
		case "us", "u.s.", "american":
			if !has("us") && !has("u.s.") && !has("american") {
				return false
			}
		default:
			if !has(q) {
				return false
			}
		}
	}
	return true
}

// roleFacts returns the words of an entity's role and title, lower-cased,
// possessives dropped and abbreviated titles spelt out ("Gov." is a
// governor). They are cached until the role or title changes.
func (e *entity) roleFacts() []string {
	key := e.role + "\x00" + e.title
	if e.factsKey == key && e.facts != nil {
		return e.facts
	}
	known := e.role
	if !strings.Contains(strings.ToLower(e.role), strings.ToLower(e.title)) {
		known += " " + e.title
	}
	facts := strings.Fields(strings.ToLower(factsCleaner.Replace(known)))
	for i, f := range facts {
		if full, ok := titleAbbrev[strings.TrimSuffix(f, ".")]; ok {
			facts[i] = full
		}
	}
	e.facts, e.factsKey = facts, key
	return facts
}

var factsCleaner = strings.NewReplacer("’s", "", "'s", "", ",", " ")
