package content

import (
	"math"
	"strconv"
	"strings"

	"github.com/briefreader/brief/model"
)

// Resolve: each quote's candidate speakers are ranked by the features in
// resolve_features.go, and the quote goes to the best one only with a clear
// margin over the next.

// candidate is one speaker a quote may have, with the evidence for it.
type candidate struct {
	// ent is the speaker; nil stands for someone the text points to but
	// does not let brief name ("he said" with no one to be he).
	ent *entity
	// cue is where the text names the speaker; zero when nowhere.
	cue model.Span
	// verb is the deciding cue's word ("said", "told"), "" when none.
	verb  string
	feats []feature
}

func (c candidate) score() float64 {
	s := 0.0
	for _, f := range c.feats {
		s += weights[f].w
	}
	return s
}

// decide ranks a quote's candidates and attributes it to the best when it
// scores at least minScore and leads every candidate for someone else by
// minMargin; the candidates of one speaker count by their best. A best
// candidate with no entity ("he said" with nobody to be he) leaves the
// quote unattributed.
func (q *qc) decide(cands []candidate) {
	if len(cands) == 0 {
		if q.rank != nil {
			q.rank.cands = cands
		}
		return
	}
	if q.rank == nil {
		q.rank = &ranking{}
	}
	q.rank.cands = cands
	// A speaker scores their best candidate and a quarter of the others:
	// two rules that agree are surer than one.
	best, sum := map[*entity]int{}, map[*entity]float64{}
	for i, c := range cands {
		if k, ok := best[c.ent]; !ok || c.score() > cands[k].score() {
			best[c.ent] = i
		}
		sum[c.ent] += c.score()
	}
	score := func(e *entity) float64 {
		top := cands[best[e]].score()
		return top + agreement*(sum[e]-top)
	}
	var win *entity
	first := true
	for _, c := range cands {
		if first || score(c.ent) > score(win) {
			win, first = c.ent, false
		}
	}
	top := cands[best[win]]
	second := 0.0
	for e := range best {
		if e != win && score(e) > second {
			second = score(e)
		}
	}
	margin := score(win) - second
	q.rule, q.rank.win, q.rank.margin = describe(top, margin), top, margin
	if top.ent == nil || score(win) < minScore || margin < minMargin {
		q.speaker, q.conf, q.cue = nil, 0, model.Span{}
		return
	}
	q.speaker, q.cue = top.ent, top.cue
	q.conf = confidence(margin)
}

// confidence maps a margin to (0, 1): a lead of one point is a guess, of
// six a certainty.
func confidence(margin float64) float64 {
	c := 1 - math.Exp(-margin/3)
	return math.Round(c*100) / 100
}

// describe says why a candidate won, for the export's rule field:
// "after “said” +pronoun (margin 5.8)".
func describe(c candidate, margin float64) string {
	var sb strings.Builder
	sb.Grow(80)
	for i, f := range c.feats {
		if i > 0 {
			sb.WriteString(" +")
		}
		sb.WriteString(f.String())
		if i == 0 && c.verb != "" {
			sb.WriteString(" “")
			sb.WriteString(c.verb)
			sb.WriteString("”")
		}
	}
	if c.ent == nil {
		sb.WriteString(" (unnamed)")
	}
	sb.WriteString(" (margin ")
	var buf [16]byte
	sb.Write(strconv.AppendFloat(buf[:0], margin, 'f', 1, 64))
	sb.WriteString(")")
	return sb.String()
}
