package content

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Short-form labels: a turn labelled with a person's initials ("RS") or
// first name alone, perhaps without its accent or in other case, is the
// one person the document names in full whose initials or first name
// those are. Two people who fit leave the label its own speaker.

// shortFormLabel returns the speaker of a one-word label (name, as
// labelName reads it) when it is a short form: the one person it fits
// ("RS", "Elodie"), or the label's own speaker when two people fit, even
// if one of them has the first name as written. It returns nil to leave
// the label to labelPerson.
func (a *attributor) shortFormLabel(label string, name []string) *entity {
	e := a.lookup(name, false)
	if e != nil && len(e.words) == 1 {
		return nil // the label's own speaker, or a person named so alone
	}
	found, n := a.shortFormPerson(label)
	switch {
	case n == 1 && e == nil:
		found.forms[strings.Trim(labelHead(label), ".: ")] = true // "RS" is how the text names them
		return found
	case n > 1 && e != nil:
		return a.add(name) // not the one who happens to have the spelling
	}
	return nil
}

// shortFormPerson returns how many people of the entity table a label
// (as written, without its affiliation) abbreviates and, when one, who.
func (a *attributor) shortFormPerson(label string) (*entity, int) {
	raw := strings.TrimSpace(strings.Trim(labelHead(stageDirection.ReplaceAllString(label, "")), ".: "))
	var fits func(e *entity) bool
	if ini, ok := labelInitials(raw); ok {
		fits = func(e *entity) bool { return initialsOf(e, ini) }
	} else if first, ok := labelFirstName(raw); ok {
		fits = func(e *entity) bool { return foldName(e.first()) == first }
	} else {
		return nil, 0
	}
	var found *entity
	n := 0
	for _, e := range a.ents {
		if e.org || e.weak || e.headlineOnly || e.id < 0 || len(e.words) < 2 || !fits(e) {
			continue
		}
		if n++; n > 1 {
			return nil, n // two people fit: the label stays as written
		}
		found = e
	}
	return found, n
}

// labelInitials reads a label of two or three capitals, with or without
// full stops ("RS", "R.S.", "R. S."), as initials.
func labelInitials(raw string) (string, bool) {
	ini := strings.Map(func(r rune) rune {
		if r == '.' || r == ' ' {
			return -1
		}
		return r
	}, raw)
	if n := len([]rune(ini)); n < 2 || n > 3 {
		return "", false
	}
	for _, r := range ini {
		if !unicode.IsUpper(r) {
			return "", false
		}
	}
	return foldName(ini), true
}

// labelFirstName reads a label of one word of letters as a first name,
// folded to compare.
func labelFirstName(raw string) (string, bool) {
	if raw == "" || strings.ContainsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		return "", false
	}
	return foldName(raw), true
}

// initialsOf reports whether ini (folded) are a person's initials: those
// of every word of the name, or of the first and last.
func initialsOf(e *entity, ini string) bool {
	var all strings.Builder
	for _, w := range e.lw {
		all.WriteString(foldName(string([]rune(w)[:1])))
	}
	s := []rune(all.String())
	return string(s) == ini || len(s) > 2 && string([]rune{s[0], s[len(s)-1]}) == ini
}

// foldName lower-cases a name and drops its accents: "Élodie" → "elodie".
func foldName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return unicode.ToLower(r)
	}, norm.NFD.String(s))
}
