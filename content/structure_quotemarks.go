package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Structure: the quotations of a block — quote marks of every style, apostrophes that are no quote
// marks, nesting, and quotations left open.

// span is one top-level quotation found in a block.
type span struct {
	// open and close are the byte offsets of the quote marks; close is
	// len(text) for a quote left open at the end of its block.
	open, close int
	// start and end delimit the quoted words (inside the marks).
	start, end int
	// double is true for “double” (and «guillemet») quotes, false for
	// ‘single’ ones.
	double bool
	// unclosed: no closing mark in the block.
	unclosed bool
	// continues: left open at the end of the block and taken up again by
	// the next block's opening mark (a quotation over several paragraphs).
	continues bool
}

// mark is an opening quote mark waiting for its close.
type mark struct {
	pos    int  // byte offset of the mark
	after  int  // byte offset just after it
	double bool // double or single class
	low    bool // „ or ‚ (closed by “ ” or ‘ ’)
}

// quoteLead marks the bytes that can begin a quote mark in UTF-8.
var quoteLead = [256]bool{'"': true, '\'': true, 0xE2: true, 0xC2: true}

// markStack holds the quote marks still open while findQuotes reads a
// block, and the top-level quotations it has closed.
type markStack struct {
	marks []mark
	spans []span
	// count[c] counts the marks of class c (0 single, 1 double) on the
	// stack, so asking whether one is open is O(1) however deep the stack
	// of unclosed marks grows.
	count [2]int
}

func class(double bool) int {
	if double {
		return 1
	}
	return 0
}

func (st *markStack) open(pos, size int, double, low bool) {
	st.marks = append(st.marks, mark{pos: pos, after: pos + size, double: double, low: low})
	st.count[class(double)]++
}

// has reports whether a mark of the class is open anywhere on the stack;
// callers only close when it is, so closeTo always finds one.
func (st *markStack) has(double bool) bool { return st.count[class(double)] > 0 }

// topIsLowDouble reports whether the innermost open mark is „.
func (st *markStack) topIsLowDouble() bool {
	n := len(st.marks)
	return n > 0 && st.marks[n-1].low && st.marks[n-1].double
}

// closeTo closes the innermost open mark of the class and every mark
// opened inside it; closing an outermost mark records a quotation.
func (st *markStack) closeTo(pos int, double bool) {
	for k := len(st.marks) - 1; k >= 0; k-- {
		st.count[class(st.marks[k].double)]--
		if st.marks[k].double == double {
			m := st.marks[k]
			st.marks = st.marks[:k]
			if k == 0 {
				st.spans = append(st.spans, span{open: m.pos, close: pos, start: m.after, end: pos, double: double})
			}
			return
		}
	}
}

// findQuotes returns the top-level quotations in text. Quote marks nested
// inside another quotation belong to it and are not returned separately.
// An apostrophe (can’t, leaders’, ’90s) is never a quote mark.
func findQuotes(text string) []span {
	spans, stray := scanQuotes(text, -1)
	if stray >= 0 {
		// read again with the stray mark as a letter, so that the
		// quotations after it are found
		spans, _ = scanQuotes(text, stray)
	}
	return spans
}

// scanQuotes reads the quote marks of text, the one at byte skip (if any)
// taken for a letter. It also returns the offset of an opening single
// mark left open at the end after a function word ("to Mpho and ‘Mamello
// Lira", a name's mark), which opens no quotation: -1 when there is none.
func scanQuotes(text string, skip int) ([]span, int) {
	var st markStack
	for i := 0; i < len(text); {
		// Skip to the next byte that can start a quote mark: ' and " or
		// the lead byte of “ ” ‘ ’ „ ‚ (E2) and « » (C2). Decoding every
		// rune with its neighbours cost most of the parse of long text.
		for i < len(text) && !quoteLead[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		if i == 0 {
			prev = ' '
		}
		if i+size >= len(text) {
			next = ' '
		}
		switch {
		case i == skip:
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '"':
			st.double(text, i, size, r, prev, next)
		case r == '‘' || r == '‚' || r == '’' || r == '\'':
			st.single(text, i, size, r, prev, next)
		}
		i += size
	}
	// Whatever is still open at the end of the block runs to its end.
	if len(st.marks) > 0 {
		m := st.marks[0]
		if !m.double && skip < 0 && afterFunctionWord(text[:m.pos]) {
			return st.spans, m.pos
		}
		st.spans = append(st.spans, span{open: m.pos, close: len(text), start: m.after, end: len(text), double: m.double, unclosed: true})
	}
	return st.spans, -1
}

// afterFunctionWord reports text that ends in a function word and a
// space: a quotation that runs on over paragraphs opens after a colon, a
// comma, a verb or a sentence's end, never after "and" or "to".
func afterFunctionWord(text string) bool {
	t := strings.TrimRight(text, " ")
	if len(t) == len(text) {
		return false
	}
	k := strings.LastIndexByte(t, ' ') + 1
	return functionWord[strings.ToLower(t[k:])]
}

// double reads a double quote mark (or guillemet) at byte i.
func (st *markStack) double(text string, i, size int, r, prev, next rune) {
	switch r {
	case '“':
		switch {
		case st.topIsLowDouble():
			st.closeTo(i, true)
		case st.has(true) && closesHere(prev, next) && !opensHere(prev, next):
			st.closeTo(i, true) // “ used as a closing mark by a careless typist
		default:
			st.open(i, size, true, false)
		}
	case '”':
		switch {
		case st.has(true):
			st.closeTo(i, true)
		case opensHere(prev, next):
			st.open(i, size, true, false)
		default:
			st.orphanCloser(text, i)
		}
	case '„', '«':
		st.open(i, size, true, r == '„')
	case '»':
		if st.has(true) {
			st.closeTo(i, true)
		}
	case '"':
		switch {
		case st.has(true) && closesHere(prev, next):
			st.closeTo(i, true)
		case opensHere(prev, next):
			st.open(i, size, true, false)
		case st.has(true):
			st.closeTo(i, true)
		case isolated(prev, next) && strings.IndexByte(text[i+size:], '"') >= 0:
			st.open(i, size, true, false) // a stray space after the opening mark: had " gone too far"
		}
	}
}

// single reads a single quote mark or apostrophe at byte i.
func (st *markStack) single(text string, i, size int, r, prev, next rune) {
	switch {
	case r == '‘' || r == '‚':
		if !isApostropheOpen(text[i+size:]) {
			st.open(i, size, false, r == '‚')
		}
	case isLetter(prev) && isLetter(next):
		// can’t, O’Brien
	case r == '\'' && opensHere(prev, next) && !isApostropheOpen(text[i+size:]):
		st.open(i, size, false, false)
	case st.has(false) && closesHere(prev, next) && !((prev == 's' || prev == 'S') && possessiveReading(text, st.marks, i, i+size)):
		st.closeTo(i, false)
	case r == '\'' && isolated(prev, next) && st.has(false):
		st.closeTo(i, false) // called it ' a fudge '
	case r == '\'' && isolated(prev, next) && strings.Contains(text[i+size:], " '"):
		st.open(i, size, false, false)
	}
}

// orphanCloser reads a closing mark whose opening mark is missing, when
// a speech verb's subject follows it ("… at least one survive,” she
// said"): the quotation is the sentence up to the mark.
func (st *markStack) orphanCloser(text string, i int) {
	if len(st.marks) > 0 || !speechFollows(text[i+len("”"):min(len(text), i+len("”")+40)]) {
		return
	}
	from := 0
	if n := len(st.spans); n > 0 {
		from = st.spans[n-1].close + 1
	}
	start := from
	for k := i - 2; k > from; k-- {
		if strings.IndexByte(".?!", text[k]) >= 0 && text[k+1] == ' ' {
			start = k + 2
			break
		}
	}
	if start < i && !strings.ContainsRune(text[start:i], '“') {
		st.spans = append(st.spans, span{open: start, close: i, start: start, end: i, double: true})
	}
}

// speechFollows reports a speech verb and its subject right at the start
// of text: " she said", ", Ana Ruiz told reporters".
func speechFollows(text string) bool {
	toks := tokenize(text, nil)
	k := 0
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && toks[k].kind == tWord && pronounGender[toks[k].lower] != 0 {
		k++
	} else {
		for n := 0; n < 3 && k < len(toks) && isNameWord(toks[k]); n++ {
			k++
		}
	}
	return k > 0 && k < len(toks) && toks[k].kind == tWord && reportingVerbs[cueForms[toks[k].lower].lemma]
}

// opensHere: a mark after a space, a bracket, a dash or the start, and
// before a non-space, opens a quotation.
func opensHere(prev, next rune) bool {
	return (unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:“‘«„", prev)) && !unicode.IsSpace(next)
}

// closesHere: a mark after a non-space, and before a space, punctuation or
// the end, closes one.
func closesHere(prev, next rune) bool {
	return !unicode.IsSpace(prev) && (unicode.IsSpace(next) || unicode.IsPunct(next) || next == 0)
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isApostropheOpen reports whether a leading ‘ or ' is an elision such as
// ’90s, ’em, ’til rather than an opening quote.
func isApostropheOpen(rest string) bool {
	if len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	// Only the first few bytes are compared: lowering all of rest made a
	// block with many quote marks quadratic.
	low := strings.ToLower(rest[:min(len(rest), 8)])
	for _, w := range []string{"em ", "til ", "tis ", "twas ", "n ", "n'", "n’", "cause "} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// possessiveReading decides whether a ’ after an s is a plural possessive
// ("the leaders’ view") rather than the close of a single quotation
// ("voted ‘yes’ to", "a ‘Yes’ ribbon"): only when a content word follows,
// the quotation already has two words or more, and a better closing mark
// comes later.
func possessiveReading(text string, stack []mark, at, after int) bool {
	rest := strings.TrimLeft(text[after:], " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	next := strings.ToLower(rest[:end])
	if next == "" || functionWord[next] {
		return false
	}
	open := -1
	for k := len(stack) - 1; k >= 0; k-- {
		if !stack[k].double {
			open = stack[k].after
			break
		}
	}
	if open >= 0 && wordCount(text[open:at]) < 2 {
		return false
	}
	return laterSingleCloser(text, after)
}

// laterSingleCloser reports whether a ’ at this point should be read as a
// plural possessive ("the leaders’ view") because a better closing single
// quote follows before the enclosing double quote or the block ends.
func laterSingleCloser(text string, from int) bool {
	for i := from; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '”', '"', '»':
			return false
		case '‘':
			return false
		case '’', '\'':
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if i+size >= len(text) {
				next = ' '
			}
			if !(isLetter(prev) && isLetter(next)) && closesHere(prev, next) {
				return true
			}
		}
		i += size
	}
	return false
}

// startsWithOpenQuote reports whether a block begins with an opening quote
// mark: the sign that it continues a quotation left open by the block
// before.
func startsWithOpenQuote(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return strings.ContainsRune("“\"‘«„'", r)
}

// isolated reports a straight mark with space on both sides, or space
// before it and the end of the text after it: typed with stray spaces
// ("had " gone too far"", "called it ' a fudge '").
func isolated(prev, next rune) bool {
	return unicode.IsSpace(prev) && (unicode.IsSpace(next) || next == ' ')
}
