package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Resolve: a reporter who names themselves at the start of a question turn ("Ana Ruiz from the
// Harbour Times.", "This is Ruiz with Radio Nine", "I'm Ana Ruiz from …") asked it.

// maxIntroSentences is how many of a question turn's first sentences may
// hold the asker's introduction: a greeting, a thanks, then the name.
const maxIntroSentences = 3

// selfNamed returns the reporter a question turn's opening names as its
// asker, and where; nil when none does. A name counts when a sentence
// opens with it and goes on to the outlet ("Ana Ruiz from …", "Ana Ruiz,
// Radio Nine."), or when an introduction leads to it ("This is", "I'm",
// "My name is"), where a surname alone will do.
func selfNamed(b *blk, a *attributor) (*entity, model.Span) {
	text := b.raw.text
	toks := tokenize(text, nil)
	start, sents := 0, 0
	for start < len(toks) && sents < maxIntroSentences {
		end := start
		for end < len(toks) && !(toks[end].kind == tPunct && strings.ContainsAny(toks[end].text, ".?!")) {
			end++
		}
		if e, f, t := introducedIn(toks, start, end, a); e != nil {
			return e, model.Span{Section: b.section, Block: b.index, Start: int(toks[f].start), End: int(toks[t-1].start) + len(toks[t-1].bare())}
		}
		start, sents = end+1, sents+1
	}
	return nil, model.Span{}
}

// introducedIn reads one sentence [from, to) for an asker's introduction
// and returns the person and the tokens of the name.
func introducedIn(toks []token, from, to int, a *attributor) (*entity, int, int) {
	i, intro := from, false
	for i < to && (toks[i].kind != tWord || greetingWords[toks[i].lower]) {
		i++ // "Hello, good morning.", "Sir,"
	}
	// the introduction may follow a word to the person asked: "Good
	// evening, Minister, I am Ana Ruiz from …"
	for j := i; j < to && j < i+6 && !intro; j++ {
		if j > i && toks[j-1].text != "," {
			continue
		}
		for _, phrase := range introPhrases {
			if j+len(phrase) < to && wordsAt(toks, j, phrase) {
				i, intro = j+len(phrase), true
				break
			}
		}
	}
	if i+2 < to && honorifics[toks[i].lower] && isNameWord(toks[i+1]) && isNameWord(toks[i+2]) {
		// "Mr Lind Ana Ruiz from …": the one asked, addressed, then the asker
		e := a.lookup([]string{toks[i+1].bare()}, false)
		if e != nil && a.principal(e) {
			i += 2
		}
	}
	if i >= to || !isNameWord(toks[i]) {
		return nil, 0, 0
	}
	end := nameRunRight(toks, i, to)
	np := peelName(toks, i, end)
	if len(np.words) == 0 || len(np.words) < 2 && !intro || !looksLikePersonName(np.words) || isOrgName(np.words) {
		return nil, 0, 0
	}
	if !intro && !outletFollows(toks, end, to) {
		return nil, 0, 0 // "Ana Ruiz, what do you say …" addresses someone
	}
	e := a.resolveName(np, true)
	if e == nil || a.principal(e) {
		return nil, 0, 0
	}
	f, t, ok := nameSpanIn(toks, i, end, np.words)
	if !ok {
		f, t = i, end
	}
	return e, f, t
}

// outletFollows reports the rest of a sentence that opens with a name as
// the asker's outlet: "(phonetic) from the Harbour Times", ", Radio Nine"
// — a short sentence, with no verb to make it a question to someone.
func outletFollows(toks []token, from, to int) bool {
	for from < to && toks[from].text == "(" {
		for from < to && toks[from].text != ")" {
			from++
		}
		from++
	}
	for k := from + 1; k < to && toks[from].is("from", "with", "of", "at"); k++ {
		if toks[k].text == "," {
			to = k // "from ABC, sorry to keep you": the outlet ends at the comma
			break
		}
	}
	if from >= to || to-from > 10 {
		return false
	}
	if !(toks[from].is("from", "with", "of", "at") || toks[from].text == "," && from+1 < to && toks[from+1].capital()) {
		return false
	}
	for k := from; k < to; k++ {
		if toks[k].kind == tWord && (cueForms[toks[k].lower].lemma != "" || beForms[toks[k].lower] || pronounGender[toks[k].lower] != 0) {
			return false
		}
	}
	return true
}

// wordsAt reports whether the words of phrase start at toks[i].
func wordsAt(toks []token, i int, phrase []string) bool {
	for k, w := range phrase {
		if i+k >= len(toks) || toks[i+k].lower != w {
			return false
		}
	}
	return true
}
