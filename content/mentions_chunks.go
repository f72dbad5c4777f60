package content

import (
	"slices"
	"strings"
	"unicode"
)

// Mentions in header lines: a line splits into chunks at separators and joining words, and each
// chunk is read as a person, a role or something else.

// chunk is a stretch of a header line between separators; by is the word
// or mark that opened it ("by", "and", ",", "(", "" at the start).
type chunk struct {
	words []lineWord
	by    string
}

// chunkKind says what a chunk of a header line holds.
type chunkKind uint8

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
		// "TRANSCRIPT OF THE PREMIER THE HON ANA LIND MP": event
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
