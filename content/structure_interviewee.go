package content

import (
	"strings"
	"unicode"
)

// Structure: whom an interview is with, as its title or intro names them — "an interview with X", "X talks
// to …", "X, the harbour pilot, on …", "entretien avec X", "Interview mit X" (the phrases are data in the
// lexicon: intervieweeAfter, intervieweeBefore).

// intervieweeIn returns the one person the title or the intro of an
// interview names as whom it is with, and pair when they name two ("in
// conversation with Ana Lind and Piet Varga") or two phrases name two
// people: then no one alone is, and the answers are left to their labels.
func intervieweeIn(title string, intro []para) (name string, pair bool) {
	found := map[string]bool{}
	add := func(n string, p bool) {
		pair = pair || p
		if n != "" {
			found[n] = true
		}
	}
	add(titleSubject(title))
	texts := make([]string, 0, len(intro)+1)
	texts = append(texts, title)
	for _, p := range intro {
		texts = append(texts, p.text)
	}
	for _, t := range texts {
		if !mayMentionInterview(t) {
			continue
		}
		for _, m := range intervieweeAfter.FindAllStringIndex(t, 4) {
			add(nameAt(t[m[1]:]))
		}
		for _, m := range intervieweeBefore.FindAllStringIndex(t, 4) {
			add(nameAt(t[sentenceStart(t, m[0]):m[0]]))
		}
	}
	for n := range found {
		for o := range found {
			if n != o && !strings.HasSuffix(n, " "+o) {
				pair = true // two people named so: neither alone
			}
		}
	}
	if pair {
		return "", true
	}
	for n := range found {
		if name == "" || len(n) > len(name) {
			name = n // "Maren Solvik" over "Solvik"
		}
	}
	return name, false
}

// sentenceStart returns where the sentence that holds byte at of t starts.
func sentenceStart(t string, at int) int {
	for i := at - 1; i > 0; i-- {
		if (t[i-1] == '.' || t[i-1] == '!' || t[i-1] == '?') && t[i] == ' ' {
			return i + 1
		}
	}
	return 0
}

// titleOn matches what follows a person's name in a title that presents
// an interview with them: "…, the harbour pilot, on forty years of fog",
// "… on the winter", "… über die Brücke", "… sur l'école", "… sobre el
// puerto", or their words after a colon or a dash ("…: “We build
// higher”").
var titleOn = lazyRE(`^(?:,[^,]{1,80},)?\s+(?:on|über|sur|sobre|su|over)\s|^\s*[:–—|]\s`)

// titleSubject returns the person a title opens with when it reads "X on
// …", "X, the …, on …" or "X: …".
func titleSubject(title string) (string, bool) {
	name, pair := nameAt(title)
	m := titleOn.FindStringIndex(title[len(name):])
	if name == "" || pair || !strings.HasPrefix(title, name) || m == nil {
		return "", false
	}
	if next := strings.Fields(title[len(name)+m[1]:]); len(next) > 0 && lowerBits(strings.Trim(next[0], ",.:"))&lxCalendar != 0 {
		return "", false // "Ana Lind on Monday told …": a headline's date, not a topic
	}
	return name, false
}

// nameAt returns the person's name s opens with ("Maren Solvik, who …",
// "Mayor Ana Lind", "Anja van der Berg"), two words or more, honorifics
// and titles before it left out; and pair when another name is joined to
// it ("Ines Brandt and Karel Voss").
func nameAt(s string) (name string, pair bool) {
	words := strings.Fields(s[:min(len(s), 160)])
	i := 0
	for i < len(words) && (namePrefixes[strings.ToLower(words[i])] || startsUpper(words[i]) && lowerBits(strings.TrimSuffix(words[i], "."))&lxTitle != 0) {
		i++
	}
	var got []string
	for ; i < len(words) && len(got) < 6; i++ {
		w := words[i]
		if nameParticles[w] && len(got) > 0 && i+1 < len(words) && startsUpper(words[i+1]) {
			got = append(got, w) // "van" in "Anja van der Berg"
			continue
		}
		core := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		possessive := strings.HasSuffix(core, "'s") || strings.HasSuffix(core, "’s")
		if !startsUpper(core) || len(core) < 2 || !nameWord(core) || possessive {
			break
		}
		got = append(got, core)
		if core != w {
			i++
			break // a comma or a full stop after it ends the name
		}
	}
	if len(got) < 2 || len(got) > 5 || !looksLikePersonName(got) || lowerBits(got[0])&(lxStarter|lxFunction|lxCalendar) != 0 {
		return "", false
	}
	return strings.Join(got, " "), joinedName(words[i:])
}

// joinedName reports words after a name that join another to it in the
// same sentence: "and Karel Voss", "(Harbour Trust) and Karel Voss".
func joinedName(words []string) bool {
	for i, w := range words[:min(len(words), 14)] {
		if nameJoiners[strings.ToLower(w)] && i+1 < len(words) {
			if n, _ := nameAt(strings.Join(words[i+1:min(len(words), i+7)], " ")); n != "" {
				return true
			}
		}
		if strings.HasSuffix(w, ".") && !strings.HasSuffix(w, ")") {
			return false // the sentence ends
		}
	}
	return false
}

// nameWord reports a capitalised word that may be part of a name: letters,
// with hyphens or apostrophes inside ("Saint-Aubrac", "O'Neill").
func nameWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return true
}

// speaksForSelf reports a text with words of someone speaking for
// themselves in a language other than English (selfWords, or an elided
// "j'ai"), as an interview's answers have.
func speaksForSelf(text string) bool {
	for _, t := range tokenize(text, nil) {
		if t.kind == tWord && (selfWords[t.lower] || strings.HasPrefix(t.lower, "j'") || strings.HasPrefix(t.lower, "j’")) {
			return true
		}
	}
	return false
}
