package ui

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// spanKind says how a stretch of displayed text is styled on top of
// Glamour's rendering.
type spanKind int

const (
	// spanQuote is the text of a quote.
	spanQuote spanKind = iota
	// spanName is a speaker's name next to their quote, or a transcript
	// turn's label.
	spanName
	// spanSubtitle is the briefing's standfirst.
	spanSubtitle
)

// textSpan marks bytes [start, end) of a display text.
type textSpan struct {
	start, end int
	kind       spanKind
	// quote indexes Briefing.Quotes for spanQuote, -1 otherwise.
	quote int
	// speaker is the speaker ID a quote or name belongs to, "" if none.
	speaker string
}

// display is one block's text as the reader shows it: the sanitized
// document text, plus the "— Name" tags brief adds where the document does
// not name a quote's speaker nearby, and the spans to style.
type display struct {
	text  string
	spans []textSpan
}

// nameWindow is how far (in bytes) from a quote we look for its speaker's
// name before adding a "— Name" tag: about a sentence.
const nameWindow = 160

// nameForms holds every speaker's names, looked up by ID, built once per
// briefing: a document can quote thousands of speakers, and looking each
// quote's speaker up in Briefing.Speakers would be quadratic.
type nameForms struct {
	// display is the name shown for a speaker (Speaker.Name on one line),
	// "" for an unknown ID.
	display map[string]string
	// forms are the forms of the name the document uses, longest first,
	// so that "Ana Lind" wins over "Lind".
	forms map[string][]string
}

func newNameForms(b *model.Briefing) nameForms {
	nf := nameForms{display: make(map[string]string, len(b.Speakers)), forms: make(map[string][]string, len(b.Speakers))}
	for id, name := range b.SpeakerNames() {
		nf.display[id] = oneLine(name)
	}
	for _, s := range b.Speakers {
		seen := map[string]bool{}
		var forms []string
		for _, f := range append([]string{s.Name, s.FullName}, s.Aliases...) {
			f = oneLine(f)
			if utf8.RuneCountInString(f) < 2 || seen[f] {
				continue
			}
			seen[f] = true
			forms = append(forms, f)
			// "the chancellor" also appears as "The chancellor" at the
			// start of a sentence
			if r, n := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
				up := string(unicode.ToUpper(r)) + f[n:]
				if !seen[up] {
					seen[up] = true
					forms = append(forms, up)
				}
			}
		}
		sort.SliceStable(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
		nf.forms[s.ID] = forms
	}
	return nf
}

// name is the display name of the speaker with the given ID, "" when the
// ID is empty or unknown.
func (nf nameForms) name(id string) string { return nf.display[id] }

// validQuotes returns the block's quotes whose offsets are usable, sorted
// by start and without overlaps. A parser bug must not crash the reader or
// mis-slice a multi-byte character, so bad offsets are skipped.
func validQuotes(b *model.Briefing, bl model.Block) []int {
	var out []int
	for _, qi := range bl.Quotes {
		if qi < 0 || qi >= len(b.Quotes) {
			continue
		}
		q := b.Quotes[qi]
		if q.Start < 0 || q.End > len(bl.Text) || q.Start >= q.End ||
			!utf8.RuneStart(bl.Text[q.Start]) || (q.End < len(bl.Text) && !utf8.RuneStart(bl.Text[q.End])) {
			continue
		}
		out = append(out, qi)
	}
	sort.SliceStable(out, func(i, j int) bool { return b.Quotes[out[i]].Start < b.Quotes[out[j]].Start })
	kept := out[:0]
	end := -1
	for _, qi := range out {
		if b.Quotes[qi].Start >= end {
			kept = append(kept, qi)
			end = b.Quotes[qi].End
		}
	}
	return kept
}

// mark is an edit to a block's text while building its display: a span to
// style, or a tag to insert at an offset.
type mark struct {
	start, end int
	span       textSpan
	insert     string // text inserted at start (end == start)
}

// newDisplay builds the display of one block.
func newDisplay(b *model.Briefing, bl model.Block, names nameForms) display {
	quotes := validQuotes(b, bl)
	var marks []mark
	var inQuotes, taken rangeSet // quote ranges; quote and name ranges
	for _, qi := range quotes {
		q := b.Quotes[qi]
		marks = append(marks, mark{start: q.Start, end: q.End, span: textSpan{kind: spanQuote, quote: qi, speaker: q.Speaker}})
		inQuotes = inQuotes.add(q.Start, q.End)
		taken = taken.add(q.Start, q.End)
	}
	labelSpeaker := ""
	named := map[string]bool{}
	for _, qi := range quotes {
		q := b.Quotes[qi]
		if names.name(q.Speaker) == "" {
			continue
		}
		if q.Kind == model.Turn && bl.Label != "" {
			labelSpeaker = q.Speaker
			continue
		}
		// a name already emphasised for an earlier quote serves this one too
		if s, e, ok := findName(bl.Text, names.forms[q.Speaker], q.Start, q.End, inQuotes); ok {
			if !taken.overlaps(s, e) {
				marks = append(marks, mark{start: s, end: e, span: textSpan{kind: spanName, quote: -1, speaker: q.Speaker}})
				taken = taken.add(s, e)
			}
			named[q.Speaker] = true
			continue
		}
		if named[q.Speaker] {
			continue // the speaker's name is already emphasised in this block
		}
		at := tagPosition(bl.Text, afterClosingMark(bl.Text, q.End))
		marks = append(marks, mark{start: at, end: at, insert: " — " + names.name(q.Speaker),
			span: textSpan{kind: spanName, quote: -1, speaker: q.Speaker}})
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].start < marks[j].start })

	var d display
	var sb strings.Builder
	if bl.Label != "" {
		label := oneLine(bl.Label)
		d.spans = append(d.spans, textSpan{start: 0, end: len(label), kind: spanName, quote: -1, speaker: labelSpeaker})
		sb.WriteString(label + ": ")
	}
	pos := 0
	for _, mk := range marks {
		if mk.start < pos { // an insertion inside an earlier span: skip it
			continue
		}
		sb.WriteString(sanitizeText(bl.Text[pos:mk.start]))
		if mk.insert != "" {
			s := sb.Len()
			sb.WriteString(mk.insert)
			// style the name, not the dash
			d.spans = append(d.spans, withRange(mk.span, s+len(" — "), sb.Len()))
			pos = mk.start
			continue
		}
		s := sb.Len()
		sb.WriteString(sanitizeText(bl.Text[mk.start:mk.end]))
		d.spans = append(d.spans, withRange(mk.span, s, sb.Len()))
		pos = mk.end
	}
	sb.WriteString(sanitizeText(bl.Text[pos:]))
	d.text = sb.String()
	return d
}

func withRange(s textSpan, start, end int) textSpan {
	s.start, s.end = start, end
	return s
}

// rangeSet is a set of disjoint byte ranges sorted by start, so that a
// block with thousands of quotes checks an overlap in O(log n).
type rangeSet [][2]int

// overlaps reports whether [s, e) overlaps a range of the set.
func (rs rangeSet) overlaps(s, e int) bool {
	// the ranges are disjoint and sorted, so their ends are sorted too
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] > s })
	return i < len(rs) && rs[i][0] < e
}

// add inserts [s, e), which must not overlap the set, keeping it sorted.
func (rs rangeSet) add(s, e int) rangeSet {
	i := sort.Search(len(rs), func(i int) bool { return rs[i][0] >= s })
	rs = append(rs, [2]int{})
	copy(rs[i+1:], rs[i:])
	rs[i] = [2]int{s, e}
	return rs
}

// findName finds the occurrence of any of forms in text closest to the
// quote [qs, qe), outside every quote, within nameWindow bytes. It looks
// only within the window: a block can hold thousands of quotes, and
// scanning all of it for each would take minutes on a long one.
func findName(text string, forms []string, qs, qe int, quotes rangeSet) (int, int, bool) {
	best, bs, be := nameWindow+1, 0, 0
	for _, f := range forms {
		lo, hi := max(qs-nameWindow-len(f), 0), min(qe+nameWindow+len(f), len(text))
		for from := lo; from < hi; {
			i := strings.Index(text[from:hi], f)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(f)
			from = s + 1
			if !wordBoundary(text, s, e) || quotes.overlaps(s, e) {
				continue
			}
			dist := qs - e
			if s >= qe {
				dist = s - qe
			}
			if dist >= 0 && dist < best {
				best, bs, be = dist, s, e
			}
		}
	}
	return bs, be, best <= nameWindow
}

// wordBoundary reports whether text[s:e] is not part of a longer word.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// afterClosingMark returns the offset just past the quote mark that closes
// a quote ending at end, or end itself when no mark follows.
func afterClosingMark(text string, end int) int {
	r, n := utf8.DecodeRuneInString(text[end:])
	if strings.ContainsRune("”\"’'»›」", r) {
		return end + n
	}
	return end
}

// pronounAttribution is "he said" and the like right after a quote: the
// "— Name" tag reads better after it than between it and the quote.
var pronounAttribution = regexp.MustCompile(`^[,\s]*(?:[Hh]e|[Ss]he|[Tt]hey) (?:said|says|added|adds|told \w+|wrote|writes|argued|warned|noted|asked|replied|insisted|explained)\b`)

// tagPosition is where a "— Name" tag goes for a quote whose closing mark
// ends at at: after a following "he said"; else, when the sentence goes on
// after the quote ("a “turning point” in their experience."), at the end
// of the sentence, so the tag does not split it; else right after the
// quote.
func tagPosition(text string, at int) int {
	if loc := pronounAttribution.FindStringIndex(text[at:]); loc != nil {
		return at + loc[1]
	}
	return sentenceEnd(text, at)
}

// sentenceEnd returns the offset just after the full stop (or ! or ?)
// that ends the sentence running on from at, or at itself when another
// quotation opens first or no end is near.
func sentenceEnd(text string, at int) int {
	rest := text[at:]
	if rest == "" || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ", ") {
		return at
	}
	for i, r := range rest {
		if i > 300 {
			return at
		}
		switch r {
		case '“', '"', '‘', '«', '\n':
			return at
		case '.', '!', '?':
			after := rest[i+1:]
			if after != "" && !strings.HasPrefix(after, " ") && !strings.HasPrefix(after, "”") {
				continue // "U.S." or a decimal
			}
			word := rest[strings.LastIndexAny(rest[:i], " ")+1 : i]
			if len(word) <= 3 && word != "" && unicode.IsUpper([]rune(word)[0]) {
				continue // "Mr." and other abbreviations
			}
			end := at + i + 1
			if strings.HasPrefix(after, "”") {
				end += len("”")
			}
			return end
		}
	}
	return at
}

// markdownText encodes display text for Glamour so that none of it is read
// as Markdown or HTML. Every ASCII punctuation character becomes a numeric
// character reference, which Glamour decodes exactly once: backslash
// escapes cannot be used because Glamour prints the backslash of most of
// them, and "&" itself must be encoded or the document's own "&#27;" would
// be decoded into a live escape. Leading blanks are trimmed from each line
// so that no line becomes an indented code block.
func markdownText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/4)
	lineStart := true
	for _, r := range s {
		switch {
		case r == '\n':
			sb.WriteByte('\n')
			lineStart = true
			continue
		case lineStart && (r == ' ' || r == '\t'):
			continue
		case r == '\t':
			sb.WriteByte(' ')
		case r < 0x80 && unicode.IsPunct(r) || r < 0x80 && unicode.IsSymbol(r):
			sb.WriteString("&#")
			sb.WriteString(strconv.Itoa(int(r)))
			sb.WriteByte(';')
		default:
			sb.WriteRune(r)
		}
		lineStart = false
	}
	return sb.String()
}
