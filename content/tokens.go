package content

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	// tQuote stands for a whole top-level quotation, marks included: the
	// attribution rules read the text around quotes, never inside them.
	tQuote
)

// token is a word, a punctuation mark or a whole quotation in a block.
type token struct {
	text  string
	lower string
	// start and end are byte offsets in the block text (int32: a document
	// is at most MaxSize bytes, and a long one has millions of tokens).
	start, end int32
	// q indexes the block's spans for tQuote tokens.
	q    int32
	kind tokKind
}

func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

// capital reports whether a word starts with an upper-case letter.
func (t token) capital() bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// bare returns the word without a possessive ending ("Lind’s" → "Lind").
func (t token) bare() string { return stripPossessive(t.text) }

// possessive reports whether the word ends in ’s or s’.
func (t token) possessive() bool { return stripPossessive(t.text) != t.text }

func stripPossessive(s string) string {
	for _, suf := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	if (strings.HasSuffix(s, "s’") || strings.HasSuffix(s, "s'")) && len(s) > 2 {
		_, size := utf8.DecodeLastRuneInString(s)
		return s[:len(s)-size]
	}
	return s
}

// tokenize splits a block's text into tokens, each quotation span becoming
// one tQuote token. It is for the odd short text (a name, a heading); the
// blocks of a document go through a tokenizer, which shares one buffer and
// one table of lower-case forms among them.
func tokenize(text string, spans []span) []token {
	var tz tokenizer
	return tz.appendTokens(nil, text, spans)
}

// tokenizers hold tokenizers for text tokenized, read and forgotten
// (header lines are read for names, their tokens dropped): their scratch
// buffer and lower-case table are reused from one line to the next.
var tokenizers = sync.Pool{New: func() any { return newTokenizer() }}

func getTokenizer() *tokenizer { return tokenizers.Get().(*tokenizer) }

// putTokenizer returns tz to the pool unless it has grown large: one huge
// line must not keep its tokens in memory after it was read.
func putTokenizer(tz *tokenizer) {
	if cap(tz.scratch) > 1<<14 || len(tz.lower) > 1<<14 {
		return
	}
	tokenizers.Put(tz)
}

// newTokenizer returns a tokenizer for the blocks of one document.
func newTokenizer() *tokenizer { return &tokenizer{lower: make(map[string]string)} }

// A tokenizer tokenizes the blocks of one document. Its tokens are cut
// from shared slabs rather than a slice per block, and the lower-case form
// of a capitalised word is made once per document rather than once per
// occurrence: tokenizing was the largest source of garbage in a parse.
type tokenizer struct {
	// slab is where blocks' tokens are kept; a block's tokens are a full
	// slice expression of it, so an append never reaches a neighbour.
	slab []token
	// scratch is a buffer for text tokenized, read and forgotten.
	scratch []token
	// lower maps a word with capitals to its lower-case form.
	lower map[string]string
}

// slabTokens is how many tokens a slab holds: big enough that slabs are
// few, small enough that the unused end of the last one does not matter.
const slabTokens = 8192

// bigBlock is the size in bytes from which a block's tokens are counted
// before they are made, so that they are made once, in a slice of their
// own of the exact size, rather than grown and copied: a block of
// megabytes has millions of tokens.
const bigBlock = 64 << 10

// tokenize splits text into tokens, as the function does.
func (tz *tokenizer) tokenize(text string, spans []span) []token {
	if len(text) >= bigBlock {
		_, n := tz.scan(nil, text, spans, true)
		if n == 0 {
			return nil
		}
		toks, _ := tz.scan(make([]token, 0, n), text, spans, false)
		return toks[:n:n]
	}
	// Straight into the free end of the slab; a block that does not fit
	// (append moved it elsewhere) is made again in a new slab.
	used := len(tz.slab)
	toks, n := tz.scan(tz.slab[used:used:cap(tz.slab)], text, spans, false)
	if n == 0 {
		return nil
	}
	if used+n > cap(tz.slab) {
		tz.slab = make([]token, 0, max(slabTokens, n))
		toks, _ = tz.scan(tz.slab, text, spans, false)
		used = 0
	}
	tz.slab = tz.slab[:used+n]
	return toks[:n:n]
}

// asciiClass classifies the bytes below 0x80 for the tokenizer.
var asciiClass = func() (c [128]uint8) {
	for b := range 128 {
		switch {
		case b == '\t' || b == '\n':
			c[b] = cBreak
		case b == ' ' || b == '\v' || b == '\f' || b == '\r':
			c[b] = cSpace
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9', b == '$', b == '#':
			c[b] = cWord
		default:
			c[b] = cPunct
		}
	}
	return c
}()

const (
	cPunct uint8 = iota
	cBreak
	cSpace
	cWord
)

// appendTokens appends text's tokens to toks. A word or mark never runs
// into a quotation span; a span becomes one tQuote token.
func (tz *tokenizer) appendTokens(toks []token, text string, spans []span) []token {
	toks, _ = tz.scan(toks, text, spans, false)
	return toks
}

// scan appends text's tokens to toks, or with count set only counts them
// (and appends nothing). It returns toks and the number of tokens.
func (tz *tokenizer) scan(toks []token, text string, spans []span, count bool) ([]token, int) {
	sc := tokScan{tz: tz, text: text, toks: toks, count: count}
	if len(text) >= debrisBytes {
		sc.debris = debrisStretches(text)
	}
	si := 0
	for i := 0; i < len(text); {
		if si < len(spans) && i >= spans[si].open {
			end := spans[si].close
			if !spans[si].unclosed {
				_, size := utf8.DecodeRuneInString(text[end:])
				end += size
			}
			sc.add(tQuote, spans[si].open, end, si)
			i = end
			si++
			continue
		}
		var r rune
		var size int
		var class uint8
		if c := text[i]; c < utf8.RuneSelf {
			r, size, class = rune(c), 1, asciiClass[c]
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				class = cSpace
			case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '£' || r == '€':
				class = cWord
			default:
				class = cPunct
			}
		}
		switch class {
		case cBreak:
			// a cell or line break (tables, paragraphs of a turn) ends a run
			// of capitalised words: "Route\tNow\tWinter" is no name
			if sc.n > 0 && !sc.lastBreak {
				sc.add(tBreak, i, i+size, -1)
			}
			i += size
		case cSpace:
			i += size
		case cWord:
			j := wordEnd(text, i, i+size)
			if si < len(spans) && j > spans[si].open {
				j = spans[si].open
			}
			sc.add(tWord, i, j, -1)
			i = j
		default:
			j := i + size
			// "--" is a dash typed on a keyboard without one.
			if r == '-' && strings.HasPrefix(text[j:], "-") {
				j++
			}
			// A run of four or more of one mark ("....", "[[[[[") is one
			// token: no rule reads inside it, and punctuation-only input
			// would otherwise cost a token per byte.
			if k := punctRunEnd(text, i, r, size); k > i+3*size {
				j = k
				if si < len(spans) && j > spans[si].open {
					j = spans[si].open
				}
			}
			sc.add(tPunct, i, j, -1)
			i = j
		}
	}
	return sc.toks, sc.n
}

// tBreak is the kind scan gives a line break before it becomes the
// tPunct token "\n".
const tBreak tokKind = 255

// tokScan is the state of one scan.
type tokScan struct {
	tz    *tokenizer
	text  string
	toks  []token
	n     int
	count bool
	// lastBreak: the last token is a line break.
	lastBreak bool
	// debris are the stretches of text read as debris (debrisStretches);
	// di indexes the first that does not end before the current token.
	debris [][2]int
	di     int
	// opaque: the last token is in debris stretch di and takes in the
	// tokens after it that are in the stretch too.
	opaque bool
}

// add adds the token of the given kind at [start, end).
func (sc *tokScan) add(kind tokKind, start, end, q int) {
	if len(sc.debris) > 0 && kind != tQuote {
		for sc.di < len(sc.debris) && sc.debris[sc.di][1] < end {
			sc.di, sc.opaque = sc.di+1, false
		}
		if sc.di < len(sc.debris) && start >= sc.debris[sc.di][0] {
			if sc.opaque {
				// one token more in the stretch: the last token grows to
				// take it in, as one mark no rule reads inside
				if !sc.count {
					t := &sc.toks[len(sc.toks)-1]
					t.kind, t.end, t.q = tPunct, int32(end), -1
					t.text = sc.text[t.start:end]
					t.lower = t.text
				}
				sc.lastBreak = false
				return
			}
			sc.opaque = true
		} else {
			sc.opaque = false
		}
	} else {
		sc.opaque = false
	}
	sc.n++
	sc.lastBreak = kind == tBreak
	if sc.count {
		return
	}
	t := token{kind: kind, start: int32(start), end: int32(end), q: int32(q)}
	switch kind {
	case tBreak:
		t.kind, t.text, t.lower = tPunct, "\n", "\n"
	case tWord:
		t.text = sc.text[start:end]
		t.lower = sc.tz.toLower(t.text)
	case tPunct:
		t.text = sc.text[start:end]
		t.lower = t.text
	}
	sc.toks = append(sc.toks, t)
}

// debrisBytes is the shortest stretch of text read as debris.
const debrisBytes = 1024

// debrisStretches returns the stretches of text, in order, that are at
// least debrisBytes long and have no two letters side by side: no word of
// any language, only marks, digits, single letters and spaces. They are
// not prose ("_a*" or "[a]: u" repeated a million times, a wall of
// numbers) and hold nothing attribution reads — no name, no verb — so the
// tokens in each are made one (tokScan.add): read a token per mark, 16 MiB
// of such text made 16 million tokens, a gigabyte, and seconds of work.
func debrisStretches(text string) [][2]int {
	var out [][2]int
	from := 0 // the end of the last pair of letters
	prevLetter := false
	for i := 0; i < len(text); {
		var letter bool
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			letter = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			letter = unicode.IsLetter(r)
		}
		if letter && prevLetter {
			// a pair of letters ends the stretch before it
			start := i - prevSize(text, i)
			if start-from >= debrisBytes {
				out = append(out, [2]int{from, start})
			}
			from = i + size
		}
		prevLetter = letter
		i += size
	}
	if len(text)-from >= debrisBytes {
		out = append(out, [2]int{from, len(text)})
	}
	return out
}

// prevSize is the size of the rune before byte i.
func prevSize(text string, i int) int {
	_, size := utf8.DecodeLastRuneInString(text[:i])
	return size
}

// toLower returns strings.ToLower(w), without a copy when w is lower case
// already and with one copy per document for each word with capitals.
func (tz *tokenizer) toLower(w string) string {
	upper := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			upper = true // let strings.ToLower decide
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return w
	}
	if tz.lower == nil {
		return strings.ToLower(w)
	}
	if l, ok := tz.lower[w]; ok {
		return l
	}
	l := strings.ToLower(w)
	// The key is a copy of its own, so that the table does not keep the
	// whole text it was cut from alive (it is the lower form when equal).
	k := l
	if l != w {
		k = strings.Clone(w)
	}
	tz.lower[k] = l
	return l
}

// punctRunEnd returns the end of the run of rune r (size bytes long)
// starting at i.
func punctRunEnd(text string, i int, r rune, size int) int {
	if size == 1 {
		k := i
		for k < len(text) && rune(text[k]) == r {
			k++
		}
		return k
	}
	k := i
	for k+size <= len(text) {
		if q, _ := utf8.DecodeRuneInString(text[k:]); q != r {
			break
		}
		k += size
	}
	return k
}

// wordEnd returns the end of the word starting at i. Words keep inner
// apostrophes, hyphens, dots and ampersands followed by a letter or digit
// ("can’t", "co-founder", "U.S", "AT&T"), a trailing possessive apostrophe
// ("leaders’"), and the dot of an abbreviation or initial ("Mr.", "R.").
func wordEnd(text string, i, j int) int {
	for j < len(text) {
		// the ASCII letters and digits of a word, by a table
		for j < len(text) && asciiWordByte[text[j]] {
			j++
		}
		if j == len(text) {
			break
		}
		var r rune
		size := 1
		if c := text[j]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				j += size
				continue
			}
		}
		if strings.ContainsRune("’'-.&,/", r) {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				if r == ',' || r == '/' {
					// 1,200 and 24/7, but not "word,word"
					prev, _ := utf8.DecodeLastRuneInString(text[:j])
					if !unicode.IsDigit(prev) || !unicode.IsDigit(next) {
						break
					}
				}
				j += size
				continue
			}
			if (r == '’' || r == '\'') && j > i && (text[j-1] == 's' || text[j-1] == 'S') {
				// plural possessive: "leaders’ view"
				after, _ := utf8.DecodeRuneInString(text[j+size:])
				if j+size >= len(text) || unicode.IsSpace(after) {
					j += size
				}
			}
			if r == '.' && isAbbreviation(text[i:j]) {
				j += size
			}
		}
		break
	}
	return j
}

// asciiWordByte marks the bytes that go on a word whatever comes next:
// ASCII letters and digits, and '%'.
var asciiWordByte = func() (t [256]bool) {
	for c := range 128 {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '%'
	}
	return t
}()

// isAbbreviation reports whether a word followed by a dot is an
// abbreviation or an initial, so that the dot does not end a sentence.
func isAbbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	// Every sentence's last word comes here: an ASCII word is lowered in a
	// buffer on the stack rather than by strings.ToLower.
	var buf [16]byte
	var l string
	if len(w) <= len(buf) && isASCII(w) {
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		if abbreviations[string(buf[:len(w)])] || isPartyState(w) {
			return true
		}
		if strings.IndexByte(w, '.') < 0 {
			return false
		}
		l = string(buf[:len(w)])
	} else {
		l = strings.ToLower(w)
		if abbreviations[l] || isPartyState(w) {
			return true
		}
	}
	// U.S, a.m, e.g: letters separated by dots
	if strings.Contains(l, ".") {
		for part := range strings.SplitSeq(l, ".") {
			if utf8.RuneCountInString(part) > 1 {
				return false
			}
		}
		return true
	}
	return false
}

func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isPartyState reports a US politician's party and state: "D-Ore",
// "R-Fla" (^[DRI]-[A-Z][A-Za-z]{1,5}$ without a regexp: it is asked of
// every word before a full stop).
func isPartyState(w string) bool {
	if len(w) < 4 || len(w) > 8 || (w[0] != 'D' && w[0] != 'R' && w[0] != 'I') || w[1] != '-' || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	for k := 3; k < len(w); k++ {
		if c := w[k]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// maxSentence is the most tokens a sentence may have.
const maxSentence = 300

// sentence is a run of tokens [from, to) within a block.
type sentence struct{ from, to int }

// splitSentences splits a block's tokens into sentences. A sentence ends
// at ".", "!" or "?" before a capital, a quotation or the end, and after a
// quotation that ends with a full stop inside its marks ("… promise.”
// Lind also said …").
func splitSentences(toks []token, text string, spans []span) []sentence {
	var out []sentence
	from := 0
	for i, t := range toks {
		end := false
		switch t.kind {
		case tPunct:
			if t.text == "." || t.text == "!" || t.text == "?" || t.text == "…" {
				end = i+1 == len(toks) || startsSentence(toks[i+1])
			}
		case tQuote:
			inner := strings.TrimSpace(text[spans[t.q].start:spans[t.q].end])
			// "“We will win.” Ruiz said." keeps its cue; but after "Ana said
			// “no.”" or "Okoye welcomed it as “overdue.”" the next sentence
			// has begun.
			introduced := i > from && (toks[i-1].text == ":" || toks[i-1].text == "," || toks[i-1].kind == tWord)
			if strings.HasSuffix(inner, ".") && i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].capital() &&
				(introduced || !(i+2 < len(toks) && cueForms[toks[i+2].lower].lemma != "" && !sentenceStarters[toks[i+1].lower])) {
				end = true
			}
		}
		// A "sentence" hundreds of tokens long is debris (a list, a table,
		// a file with no full stops); cutting it bounds every later step.
		if !end && i+1-from >= maxSentence {
			end = true
		}
		if end {
			out = append(out, sentence{from, i + 1})
			from = i + 1
		}
	}
	if from < len(toks) {
		out = append(out, sentence{from, len(toks)})
	}
	return out
}

func startsSentence(t token) bool {
	switch t.kind {
	case tQuote:
		return true
	case tWord:
		r, _ := utf8.DecodeRuneInString(t.text)
		return t.capital() || unicode.IsDigit(r)
	default:
		return t.text == "(" || t.text == "[" || t.text == "—"
	}
}
