package content

import (
	"strings"
)

// verbLike reports a word that reads as a verb form or adverb ("Taking",
// "Asked", "Speaking"): at the start of a sentence, followed by a name, it
// is not part of that name.
func verbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"))
}

// roleVerbs turn "who chairs the forum" into a role: "chair of forum".
var roleVerbs = map[string]string{"chairs": "chair", "leads": "leader", "heads": "head",
	"directs": "director", "founded": "founder", "manages": "manager", "represents": "representative",
	"coaches": "coach", "edits": "editor", "hosts": "host", "advises": "adviser",
	"chaired": "chair", "led": "leader", "headed": "head", "co-founded": "co-founder", "presides": "president"}

// roleOpener reports a lower-case word that starts an appositive role:
// "chief executive of …", "senior fellow at …".
func roleOpener(t token) bool {
	return t.kind == tWord && !t.capital() && (roleNouns[t.lower] || titleWords[t.lower] || roleAdjectives[t.lower])
}

var roleAdjectives = setOf(`senior former junior deputy assistant acting interim associate managing executive
chief lead principal co-founder founding longtime veteran`)

// registerAcronyms reads definitions like "Public Services and
// Procurement Canada (PSPC)": the capitalised words before the brackets
// whose initials spell the acronym name an organisation.
func (a *attributor) registerAcronyms(toks []token, s sentence) {
	for p := s.from + 1; p+2 < s.to; p++ {
		if toks[p].text != "(" || toks[p+2].text != ")" || !isAcronym(toks[p+1].text) {
			continue
		}
		acr := toks[p+1].text
		var initials []rune
		start := p
		for k := p - 1; k >= s.from && len(initials) < len([]rune(acr)); k-- {
			t := toks[k]
			switch {
			case t.kind == tWord && t.capital():
				initials = append([]rune{firstRune(t.text)}, initials...)
				start = k
			case t.kind == tWord && t.is("and", "of", "for", "the", "&"):
			default:
				k = s.from // stop
			}
		}
		if string(initials) != acr {
			continue
		}
		var words []string
		for k := start; k < p; k++ {
			words = append(words, toks[k].bare())
		}
		e := a.lookup(words, true)
		e.org = true
		e.forms[acr] = true
	}
}

func allUpper(words []string) bool {
	for _, w := range words {
		if !isAcronym(w) {
			return false
		}
	}
	return true
}

// thingNouns after a capitalised run make it the name of a thing.
var thingNouns = setOf(`event app platform feature service product brand model device software tool
website campaign initiative scheme package`)

// possessivePronouns map to the subject pronoun of their owner.
var possessivePronouns = map[string]string{"her": "she", "his": "he", "its": "it", "their": "they"}

var nobleTitles = setOf(`duke duchess earl countess prince princess marquess marchioness baron baroness viscount viscountess`)
