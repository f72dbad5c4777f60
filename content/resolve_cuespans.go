package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Where the document names a quote's speaker: the byte span of the
// mention an attribution rests on, which the reader highlights.

// tokenSpan is the span of tokens [from, to) of block b. A possessive
// ending on the last token is left out: "Lind’s response" names "Lind".
func (b *blk) tokenSpan(from, to int) model.Span {
	if from < 0 || to > len(b.tokens()) || from >= to {
		return model.Span{}
	}
	last := b.tokens()[to-1]
	return model.Span{Section: b.section, Block: b.index, Start: int(b.tokens()[from].start), End: int(last.start) + len(last.bare())}
}

// subjectSpan returns the mention inside a cue's subject phrase: the name
// without the titles and role words before it ("German Chancellor [Ana
// Lind]"), the pronoun, or the whole role or unnamed-person phrase ("the
// former governor", "a senior official").
func (b *blk) subjectSpan(s subject) model.Span {
	switch s.kind {
	case npPronoun:
		return b.tokenSpan(s.from, s.from+1)
	case npName, npRelative:
		if i, j, ok := nameSpanIn(b.tokens(), s.from, s.to, s.name.words); ok {
			return b.tokenSpan(i, j)
		}
	}
	return b.tokenSpan(s.from, s.to)
}

// nameSpanIn finds name words in tokens [from, to): the last run of
// tokens whose bare text matches the first words of the name and runs on
// as far as it matches. ok is false when no token matches the first word.
func nameSpanIn(toks []token, from, to int, words []string) (int, int, bool) {
	if len(words) == 0 {
		return 0, 0, false
	}
	for i := to - 1; i >= from; i-- {
		if !strings.EqualFold(toks[i].bare(), words[0]) {
			continue
		}
		j := i + 1
		for k := 1; k < len(words) && j < to && strings.EqualFold(toks[j].bare(), words[k]); k++ {
			j++
		}
		return i, j, true
	}
	return 0, 0, false
}

// labelSpan is the cue of a transcript turn: its whole label.
func (b *blk) labelSpan() model.Span {
	if b.raw.inline != "" {
		// a bullet's "Rod:" names Rod; its colon is no part of the name
		return model.Span{Section: b.section, Block: b.index, Start: 0, End: len(strings.TrimRight(b.raw.inline, ":"))}
	}
	return model.Span{Section: b.section, Block: b.index, Start: 0, End: len(b.raw.label), Label: true}
}
