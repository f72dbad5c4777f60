package content

import (
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// Quotes: what is speech and what is a scare quote, a term, a title; a full quotation or a
// fragment.

// notSpeech returns why a quotation is not speech — a scare quote, a term,
// a title — or "" when it may be speech.
func notSpeech(b *blk, s sentence, qi int, cues []cue) string {
	toks := b.tokens()
	text := strings.TrimSpace(b.raw.text[b.spans[toks[qi].q].start:b.spans[toks[qi].q].end])
	n := wordCount(text)
	if n == 0 {
		return "empty"
	}
	prev := func(k int) token {
		if qi-k >= s.from {
			return toks[qi-k]
		}
		return token{}
	}
	// so-called “X”, the term “X”, known as the “X”
	for k := 1; k <= 3; k++ {
		p := prev(k)
		if p.is("so-called") || p.is("term", "word", "phrase", "expression", "slogan", "hashtag", "motto", "nickname", "label", "headline", "title") && k <= 2 {
			return "term"
		}
		if p.is("as") && prev(k+1).is("known", "referred", "billed", "branded", "dubbed") {
			return "term"
		}
	}
	if n <= 2 {
		for i := max(s.from, qi-12); i < s.to && i < qi+12; i++ {
			if toks[i].is("word", "words", "term", "phrase") {
				return "term"
			}
		}
	}
	// “adaptive” metrics, an “irregular” channel: a short quote used as a
	// modifier or a noun, followed straight by a content word.
	if n <= 3 && !endsSentence(text) && !strings.HasSuffix(text, "?") && qi+1 < s.to {
		next := toks[qi+1]
		p := prev(1)
		namedBy := p.kind == tWord && (determiners[p.lower] || p.is("as")) && cueForms[prev(2).lower].naming
		if next.kind == tWord && !next.capital() && !functionWord[next.lower] && !numberWord(next.lower) && pronounGender[next.lower] == 0 && !namedBy &&
			!next.is("according") && // left in “tears” according to …
			!p.is("to") && // a plan to “gut” pensions: a quoted verb
			!(p.kind == tWord && cueForms[p.lower].lemma != "") && !(p.kind == tPunct && p.text == ":") &&
			!reportedBy(cues, qi) {
			return "modifier"
		}
	}
	// The title of a work: the 1998 anthology “…”, the “…” brochure, a
	// guide called “…”.
	if prev(1).is("calling", "calls", "dubbing", "naming") && prev(2).is("it’s", "it's", "they’re", "they're", "it", "they") {
		return "title" // "a feature it’s calling “athlete intelligence”"
	}
	if prev(1).is("called", "named", "titled", "entitled", "dubbed") && beForms[prev(2).lower] {
		return "title" // "should have been called “The Grifters”"
	}
	if n == 1 && voteLabels[strings.ToLower(text)] && prev(1).kind == tWord && cueForms[prev(1).lower].lemma == "" {
		return "label" // voted “yes” to independence
	}
	if n <= 2 && qi > s.from && qi+1 < s.to && isNameWord(prev(1)) && isNameWord(toks[qi+1]) {
		return "nickname" // Katharine “Kat” Kramer
	}
	if workNouns[prev(1).lower] || qi+1 < s.to && (workNouns[toks[qi+1].lower] || instrumentNouns[toks[qi+1].lower]) ||
		prev(1).is("called", "named", "titled", "entitled") && prev(2).kind == tWord && !prev(2).capital() &&
			pronounGender[prev(2).lower] == 0 && !beForms[prev(2).lower] && !determiners[prev(2).lower] {
		return "title"
	}
	return titled(toks, s, qi, text, cues)
}

// titled returns why a quotation of words every one capitalised is a
// title, or why one is the object a naming verb describes, else "".
func titled(toks []token, s sentence, qi int, text string, cues []cue) string {
	n := wordCount(text)
	prev := func(k int) token {
		if qi-k >= s.from {
			return toks[qi-k]
		}
		return token{}
	}
	// Titles and labels: every word capitalised (“The Great Comeback”,
	// “Rule 1”), the sentence's comma inside the marks or not (films from
	// “Sea Wolves,” and …) unless a cue follows (“Thank You,” she said);
	// but what someone described something as is their coinage (she
	// described it as “Harbour Mania,” a …).
	bare := trimClosers(text)
	if c, ok := strings.CutSuffix(bare, ","); ok && !cueRightAfter(cues, qi) {
		bare = c
	}
	characterised := prev(1).is("as") && (cueForms[prev(2).lower].naming || cueForms[prev(3).lower].naming)
	if p := prev(1); n >= 2 && n <= 6 && !strings.ContainsAny(bare, ",?!") && allCapitalised(strings.Fields(text)) &&
		!(p.kind == tPunct && p.text == ":") && !(p.kind == tWord && cueForms[p.lower].lemma != "") && !characterised {
		return "title"
	}
	// the thing a naming verb describes as something: Lind describes
	// “The Long Tide” as the book that made her — not her words
	if p := prev(1); qi+1 < s.to && toks[qi+1].is("as") && p.kind == tWord && cueForms[p.lower].naming {
		return "object"
	}
	return ""
}

// cueRightAfter reports a speech cue right after quotation qi: “…,” she said.
func cueRightAfter(cues []cue, qi int) bool {
	for _, c := range cues {
		if c.at > qi && c.at-qi <= 3 {
			return true
		}
	}
	return false
}

// reportedBy reports whether a quote sits in the complement of a plain
// speech verb earlier in the sentence ("He said … the “disappointing”
// contraction", "She described the “reckless” plan as …"), where even a
// quoted modifier is the speaker's word.
func reportedBy(cues []cue, qi int) bool {
	for _, c := range cues {
		if c.at < qi && qi-c.at <= maxReach && c.speaker != nil && !c.speaker.org && c.speaker.id != anonID &&
			!c.trailing && (reportingVerbs[c.verb.lemma] || c.verb.lemma == "describe") {
			return true
		}
	}
	return false
}

// nounModifier reports an -ing cue that modifies the plain noun before it
// ("comments suggesting") rather than having a speaker of its own.
func nounModifier(toks []token, c *cue) bool {
	return strings.HasSuffix(toks[c.at].lower, "ing") && c.subj.kind == npAnon && !c.subj.anonPerson &&
		c.at > 0 && toks[c.at-1].kind == tWord && !toks[c.at-1].capital()
}

func numberWord(w string) bool {
	if w == "" {
		return false
	}
	if unicode.IsDigit(firstRune(w)) {
		return true
	}
	return setOfNumbers[w]
}

func allCapitalised(words []string) bool {
	content := 0
	for _, w := range words {
		w = strings.Trim(w, "\"“”‘’'.,:;!?()")
		l := strings.ToLower(w)
		if w == "" || w == "&" || functionWord[l] && len(w) <= 4 || pronounGender[l] != 0 {
			continue
		}
		if !unicode.IsUpper(firstRune(w)) && !unicode.IsDigit(firstRune(w)) {
			return false // a number counts as capitalised: “Rule 1”, “Apollo 11”
		}
		content++
	}
	return content >= 2
}

// quoteKind tells a direct quotation (a sentence or clause of someone's
// words) from a partial one (a fragment inside reported speech).
func quoteKind(b *blk, s sentence, qi int) model.QuoteKind {
	sp := b.spans[b.tokens()[qi].q]
	text := strings.TrimSpace(b.raw.text[sp.start:sp.end])
	r := firstRune(strings.TrimLeft(text, "[(…. "))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return model.Partial
	}
	if wordCount(text) <= 3 && qi > s.from {
		p := b.tokens()[qi-1]
		if p.kind == tWord && (determiners[p.lower] || p.possessive() || functionWord[p.lower] && cueForms[p.lower].lemma == "") {
			return model.Partial
		}
	}
	return model.Direct
}
