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
// if one of them has the first name as written. Initials that fit no one
// in a transcript whose other initials fit people ("SJ" among "SK", "AV"
// of a panel's list) are a slip or someone unnamed: nil, decided. It
// returns decided false to leave the label to labelPerson.
func (a *attributor) shortFormLabel(label string, name []string) (e *entity, decided bool) {
	raw := strings.TrimSpace(strings.Trim(labelHead(stageDirection.ReplaceAllString(label, "")), ".: "))
	_, initials := labelInitials(raw)
	e = a.lookup(name, false)
	if e != nil && len(e.words) == 1 && !(a.initialsFit && oneCapital(raw)) {
		return nil, false // the label's own speaker, or a person named so alone
	}
	found, n := a.shortFormPerson(label)
	switch {
	case n == 1 && e == nil:
		found.forms[strings.Trim(labelHead(label), ".: ")] = true // "RS" is how the text names them
		return found, true
	case n > 1 && e != nil:
		return a.add(name), true // not the one who happens to have the spelling
	case n > 1 && initials && raw == strings.ToLower(raw):
		return nil, true // a scribe's "tm" of two people: unsure
	case n == 0 && a.initialsFit && (initials && e == nil || oneCapital(raw)):
		return nil, true
	}
	return nil, false
}

// maxInitialsLabels is how many turn labels someInitialsFit tries.
const maxInitialsLabels = 32

// someInitialsFit reports whether a turn label of the document is the
// initials of one person of the table ("RS" of "Rhea Sorensen" in a
// panel's list): then initials that fit no one are no one's name.
func (a *attributor) someInitialsFit(d rawDoc) bool {
	tried := map[string]bool{}
	try := func(bs []rawBlock) bool {
		for _, b := range bs {
			l := strings.TrimSpace(strings.Trim(labelHead(stageDirection.ReplaceAllString(b.speakerLabel(), "")), ".: "))
			if l == "" || tried[l] || len(tried) >= maxInitialsLabels {
				continue
			}
			tried[l] = true
			if _, ok := labelInitials(l); ok {
				if _, n := a.shortFormPerson(l); n == 1 {
					return true
				}
			}
		}
		return false
	}
	if try(d.intro) {
		return true
	}
	for _, s := range d.sections {
		if try(s.blocks) {
			return true
		}
	}
	return false
}

// oneCapital reports a label of one capital letter ("V"), other than a
// question's or an answer's.
func oneCapital(raw string) bool {
	return len(raw) == 1 && raw[0] >= 'A' && raw[0] <= 'Z' && raw != "Q" && raw != "A"
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
// full stops ("RS", "R.S.", "R. S."), or a scribe's two or three letters
// in lower case ("rs"), as initials.
func labelInitials(raw string) (string, bool) {
	if n := len(raw); n >= 2 && n <= 3 && !strings.ContainsFunc(raw, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return raw, true
	}
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
