package model

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MatchRank says how closely a query matches a speaker; lower is closer.
type MatchRank int

// The ranks of a match, closest first.
const (
	// MatchExact: the query is a whole form of the speaker's name (the
	// display name, the full name, an alias, the role) or the ID.
	MatchExact MatchRank = iota
	// MatchWords: every word of the query is a whole word of the
	// speaker's names or role ("varga", "mayor", "ilse varga").
	MatchWords
	// MatchPrefix: every word of the query begins a word of the
	// speaker's names or role ("var", "il va").
	MatchPrefix
)

// SpeakerMatch is a speaker a query matches, how closely, and through
// which form of the name.
type SpeakerMatch struct {
	Speaker Speaker
	Rank    MatchRank
	// Form is the form of the name (or the role) the query matched best:
	// the display name when the name itself matched.
	Form string
}

// MatchSpeakers returns the speakers a query names, closest first (ties
// keep the most quoted first, then the order of first quote). A query
// matches a speaker when it is a whole form of their name or role, or
// when each of its words is a word, or the beginning of a word, of their
// name, full name, aliases or role ("mayor", "var", "Ilse V"). Case and
// accents do not count; "the" and other small words in the query are
// ignored unless the query is only those.
//
// The command line's --speaker and the reader's speaker picker both use
// it, so that a name that works in one works in the other.
func (b *Briefing) MatchSpeakers(query string) []SpeakerMatch {
	q := foldText(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	qwords := queryWords(q)
	var out []SpeakerMatch
	for _, s := range b.Speakers {
		if m, ok := matchSpeaker(s, q, qwords); ok {
			out = append(out, m)
		}
	}
	counts := b.QuoteCounts()
	slices.SortStableFunc(out, func(x, y SpeakerMatch) int {
		if x.Rank != y.Rank {
			return int(x.Rank - y.Rank)
		}
		return counts[y.Speaker.ID] - counts[x.Speaker.ID]
	})
	return out
}

// LookupSpeaker finds the one speaker a query names: the only speaker
// among the closest matches of MatchSpeakers. When none matches, ok is
// false and candidates is empty; when several match equally closely, ok
// is false and candidates lists them, so that the caller can ask which.
func (b *Briefing) LookupSpeaker(query string) (s Speaker, candidates []SpeakerMatch, ok bool) {
	ms := b.MatchSpeakers(query)
	if len(ms) == 0 {
		return Speaker{}, nil, false
	}
	best := ms[0].Rank
	n := 1
	for n < len(ms) && ms[n].Rank == best {
		n++
	}
	if n == 1 {
		return ms[0].Speaker, ms[:1], true
	}
	return Speaker{}, ms[:n], false
}

// forms lists the speaker's name forms and role, the display name first.
func forms(s Speaker) []string {
	out := []string{s.Name}
	for _, f := range append([]string{s.FullName}, s.Aliases...) {
		if f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	if s.Role != "" && !slices.Contains(out, s.Role) {
		out = append(out, s.Role)
	}
	return out
}

// matchSpeaker matches a folded query (and its words) against one speaker.
func matchSpeaker(s Speaker, q string, qwords []string) (SpeakerMatch, bool) {
	fs := forms(s)
	if foldText(s.ID) == q {
		return SpeakerMatch{Speaker: s, Rank: MatchExact, Form: s.Name}, true
	}
	for _, f := range fs {
		if foldText(f) == q {
			return SpeakerMatch{Speaker: s, Rank: MatchExact, Form: f}, true
		}
	}
	if len(qwords) == 0 {
		return SpeakerMatch{}, false
	}
	// every query word against the words of every form: the speaker's
	// rank is that of the query word that matched least well
	rank := MatchWords
	bestForm, bestHits := "", -1
	for _, f := range fs {
		hits := 0
		for _, w := range textWords(foldText(f)) {
			for _, qw := range qwords {
				if strings.HasPrefix(w, qw) {
					hits++
					break
				}
			}
		}
		if hits > bestHits {
			bestForm, bestHits = f, hits
		}
	}
	for _, qw := range qwords {
		wr, found := MatchPrefix, false
		for _, f := range fs {
			for _, w := range textWords(foldText(f)) {
				switch {
				case w == qw:
					wr, found = MatchWords, true
				case strings.HasPrefix(w, qw):
					found = true
				}
			}
		}
		if !found {
			return SpeakerMatch{}, false
		}
		rank = max(rank, wr)
	}
	return SpeakerMatch{Speaker: s, Rank: rank, Form: bestForm}, true
}

// smallWords are left out of a query's words: "the mayor" names whoever
// "mayor" does.
var smallWords = []string{"the", "a", "an", "of", "and", "for", "to", "de", "van", "von"}

// queryWords splits a folded query into words, without the small ones
// unless it has no other.
func queryWords(q string) []string {
	all := textWords(q)
	var out []string
	for _, w := range all {
		if !slices.Contains(smallWords, w) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// textWords splits folded text into words of letters and digits.
func textWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// foldText lower-cases s, drops accents ("Estévez" → "estevez") and folds
// runs of white space, so that a query matches however it is typed.
func foldText(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}
