package content

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// propagate gives quotations without a cue of their own candidate
// speakers from their context, then drops fragments that no cue claimed
// (scare quotes):
//   - the parts of a quotation that runs over several paragraphs share one
//     speaker;
//   - a block quotation is by whoever its credit line or the paragraph
//     introducing it names;
//   - a quotation in a paragraph whose other sentences name a speaker takes
//     that speaker (the one before it, else the one after it);
//   - a paragraph that is only a quotation carries on the speaker of the
//     paragraph before.
func (a *attributor) propagate() {
	for _, b := range a.blocks {
		for _, q := range b.quotes {
			if q.prev == nil && q.next != nil {
				continueQuotation(q)
			}
		}
	}
	var last lastSpoken // the last speaker of the blocks before
	for i, b := range a.blocks {
		for k, q := range b.quotes {
			if q.drop || q.governed || q.kind == model.Turn {
				continue
			}
			if q.kind == model.Partial && !b.whole {
				q.drop, q.rule = true, "unclaimed fragment"
				continue
			}
			q.decide(a.contextCandidates(i, k, last))
			if q.speaker == nil && q.kind == model.Partial {
				q.drop, q.rule = true, "unclaimed fragment"
			}
		}
		last = last.after(b, i)
	}
}

// continueQuotation gives every part of a quotation over several
// paragraphs the speaker of its first part that a cue decided.
func continueQuotation(q *qc) {
	var owner *qc
	for c := q; c != nil; c = c.next {
		if c.governed && c.speaker != nil {
			owner = c
			break
		}
	}
	if owner == nil {
		return
	}
	for c := q; c != nil; c = c.next {
		if !c.governed {
			c.governed, c.drop = true, false
			c.decide([]candidate{{ent: owner.speaker, cue: owner.cue, feats: []feature{fContinued}}})
		}
	}
}

// lastSpoken is who the blocks read so far leave speaking: the speaker a
// quote-only paragraph carries on.
type lastSpoken struct {
	ent *entity
	cue model.Span
	// block is the index of the last block with a speaker.
	block int
}

// after updates the last speaker with block i.
func (l lastSpoken) after(b *blk, i int) lastSpoken {
	if i == 0 {
		l.block = -10
	}
	switch e, cue := lastSpeaker(b); {
	case e != nil:
		return lastSpoken{ent: e, cue: cue, block: i}
	case b.raw.kind == model.Aside:
	case len(b.quotes) == 0 && i-l.block > 2:
		// "Ana Ruiz wrapped up her win in two hours." followed by
		// paragraphs of unattributed quotation: the person the
		// paragraph was about — unless someone was quoted just before,
		// when the quotation may as well be theirs.
		l.ent = b.subject
	case len(b.quotes) == 0:
		l.ent = nil
	}
	return l
}

// contextCandidates offers the speakers a quote without a cue may have
// from its context: the block quotation's credit, the paragraph's
// speaker, the speaker a quote-only paragraph carries on.
func (a *attributor) contextCandidates(i, k int, last lastSpoken) []candidate {
	b := a.blocks[i]
	var out []candidate
	if b.whole {
		if e, cue := a.blockQuoteSpeaker(i); e != nil {
			return append(out, candidate{ent: e, cue: cue, feats: []feature{fBlockQuote}})
		}
	}
	if sa, ok := speakerNear(b, quoteToken(b, k)); ok {
		return append(out, candidate{ent: sa.ent, cue: sa.cue, feats: []feature{fParagraph}})
	}
	if last.ent != nil && quoteOnly(b) {
		out = append(out, candidate{ent: last.ent, feats: []feature{fCarryOver}})
	}
	return out
}

// blockQuoteSpeaker finds who a block quotation is by: a dash line after
// it ("— Teodora Vask, chief engineer"), else whoever the paragraph that
// introduced it with a colon was about.
func (a *attributor) blockQuoteSpeaker(i int) (*entity, model.Span) {
	if i+1 < len(a.blocks) {
		n := a.blocks[i+1]
		if len(n.toks) > 1 && n.toks[0].kind == tPunct && strings.ContainsAny(n.toks[0].text, "—–-") {
			if end := nameRunRight(n.toks, 1, len(n.toks)); end > 1 {
				if np := peelName(n.toks, 1, end); np.ok() {
					cue := model.Span{}
					if f, t, ok := nameSpanIn(n.toks, 1, end, np.words); ok {
						cue = n.tokenSpan(f, t)
					}
					return a.resolveName(np, true), cue
				}
			}
		}
	}
	if i > 0 {
		p := a.blocks[i-1]
		if strings.HasSuffix(strings.TrimSpace(p.raw.text), ":") {
			if l, cue := lastSpeaker(p); l != nil {
				return l, cue
			}
			return p.subject, p.subjectCue
		}
	}
	return nil, model.Span{}
}

func quoteToken(b *blk, k int) int { return b.quotes[k].tok }

// speakerNear returns the speaker of the nearest cue before token i in the
// block, else the first one after it.
func speakerNear(b *blk, i int) (speakerAt, bool) {
	// b.speakers is in token order: find the first at or after i.
	k := sort.Search(len(b.speakers), func(k int) bool { return b.speakers[k].tok >= i })
	if k > 0 {
		return b.speakers[k-1], true
	}
	if k < len(b.speakers) {
		return b.speakers[k], true
	}
	return speakerAt{}, false
}

// lastSpeaker returns the block's last speaker: of its last attributed
// quote or its last cue, whichever comes later.
func lastSpeaker(b *blk) (*entity, model.Span) {
	var e *entity
	var cue model.Span
	pos := -1
	for _, s := range b.speakers {
		if s.tok > pos {
			e, pos, cue = s.ent, s.tok, s.cue
		}
	}
	for k, q := range b.quotes {
		if q.speaker != nil && !q.drop {
			if t := quoteToken(b, k); t > pos {
				e, pos, cue = q.speaker, t, q.cue
			}
		}
	}
	return e, cue
}

// quoteOnly reports whether a block is (almost) only quotation: quotes
// cover at least two thirds of its text.
func quoteOnly(b *blk) bool {
	n := 0
	for _, sp := range b.spans {
		n += sp.close - sp.open
	}
	return n*3 >= len(strings.TrimSpace(b.raw.text))*2
}

// stageDirection matches a transcript's stage directions: "(Laughter.)".
var stageDirection = regexp.MustCompile(`\([^)]*\)`)

// attributeTurn makes a transcript turn a quotation of its speaker. A turn
// with no words ("Q (Inaudible.)") is not a quotation.
func (a *attributor) attributeTurn(b *blk) {
	words := strings.TrimSpace(stageDirection.ReplaceAllString(b.raw.text, ""))
	if !strings.ContainsFunc(words, unicode.IsLetter) {
		return
	}
	b.spans = []span{{open: 0, close: len(b.raw.text), start: 0, end: len(b.raw.text), double: true}}
	q := &qc{b: b, si: 0, kind: model.Turn, governed: true}
	cands := []candidate{{ent: a.labelSpeaker(b.raw.label), cue: b.labelSpan(), feats: []feature{fLabel}}}
	question := anonymousLabels[strings.ToLower(strings.Trim(b.raw.label, ".: "))]
	if question && a.calledOn != nil {
		// the questioner the last speaker called on by name
		cands = append(cands, candidate{ent: a.calledOn, cue: a.calledOnCue, feats: []feature{fCalledOn}})
	}
	q.decide(cands)
	if !question {
		// "Hi, John." opening an answer names who just asked — and who may
		// follow up — but only right after a question.
		if e, cue := greeted(b, a); e != nil && a.lastQ != nil && a.lastQ.b.order == b.order-1 {
			a.lastQ.decide(append(a.lastQ.cands, candidate{ent: e, cue: cue, feats: []feature{fCalledOn}}))
			a.calledOn, a.calledOnCue = e, cue
		} else if wordCount(b.raw.text) >= 40 {
			a.calledOn = nil // a full answer ends that reporter's turn at the microphone
		}
		if e, cue := calledOn(b, a); e != nil {
			a.calledOn, a.calledOnCue = e, cue
		}
	} else {
		a.lastQ = q
	}
	b.quotes = []*qc{q}
}

// greeting matches an answer that opens by greeting the questioner by
// first name: "Hi, John.", "Sure, Patsy.", "Thanks, Ana —".
var greeting = regexp.MustCompile(`^(?:Hi|Hey|Hello|Sure|Yes|Yeah|Thanks|Thank you|Good morning|Good afternoon|Go ahead|Okay|OK|Well)[,!]?\s+(\p{Lu}[\p{Ll}'’\-]+)[.,!?—–]`)

// greeted returns the questioner an answer greets, if any.
func greeted(b *blk, a *attributor) (*entity, model.Span) {
	m := greeting.FindStringSubmatchIndex(b.raw.text)
	if m == nil {
		return nil, model.Span{}
	}
	name := b.raw.text[m[2]:m[3]]
	if titleWords[strings.ToLower(name)] || sentenceStarters[strings.ToLower(name)] {
		return nil, model.Span{}
	}
	cue := model.Span{Section: b.section, Block: b.index, Start: m[2], End: m[3]}
	return a.resolveName(nameParts{words: []string{name}}, true), cue
}

// calledOn finds the reporter a turn ends by calling on: a last paragraph
// or sentence of a few words with a full name ("Darlene Okafor, Associated
// Press." / "I call on Ana Ruiz, Channel Nine.").
func calledOn(b *blk, a *attributor) (*entity, model.Span) {
	turn := b.raw.text
	off := 0
	if i := strings.LastIndex(turn, "\n\n"); i >= 0 {
		off = i + 2
	}
	if i := strings.LastIndexAny(strings.TrimRight(turn[off:], ".?! "), ".?!"); i >= 0 {
		off += i + 1
	}
	last := turn[off:]
	if wordCount(last) > 12 {
		return nil, model.Span{}
	}
	toks := tokenize(last, nil)
	for i := 0; i < len(toks); i++ {
		if !isNameWord(toks[i]) || sentenceStarters[toks[i].lower] {
			continue
		}
		end := nameRunRight(toks, i, len(toks))
		if np := peelName(toks, i, end); len(np.words) >= 2 && looksLikePersonName(np.words) {
			cue := model.Span{}
			if f, t, ok := nameSpanIn(toks, i, end, np.words); ok {
				cue = model.Span{Section: b.section, Block: b.index, Start: off + toks[f].start, End: off + toks[t-1].start + len(toks[t-1].bare())}
			}
			return a.resolveName(np, true), cue
		}
		i = end
	}
	return nil, model.Span{}
}

// honorificLabel words are dropped from a transcript label to leave the
// name ("MS. OKAFOR" → "Okafor").
var honorificLabel = setOf(`mr mrs ms miss dr the secretary senator sen president vice governor gov general
admiral ambassador minister prime deputy press chairman chairwoman chair mayor director commissioner
representative rep judge justice professor prof sir dame lord lady captain colonel`)

// labelTitle returns the title a label word is, allowing a typo in a long
// one ("PRESDEINT"), or "".
func labelTitle(w string) string {
	if honorificLabel[w] {
		return w
	}
	if len(w) < 6 {
		return ""
	}
	// The closest title wins, ties to the alphabetically first, so the
	// answer does not depend on map order.
	best, bestDist := "", 3
	for _, t := range labelTitles {
		if len(t) >= 6 && t[0] == w[0] {
			if d := editDistance(t, w); d < bestDist {
				best, bestDist = t, d
			}
		}
	}
	return best
}

// labelTitles is honorificLabel's keys, sorted.
var labelTitles = slices.Sorted(maps.Keys(honorificLabel))

// anonymousLabels are turn labels for people the transcript does not name.
var anonymousLabels = setOf(`q question reporter audience member voice voices participant crowd
questioner unidentified attendee unknown`)

func allRoleWords(words []string) bool {
	last := strings.ToLower(words[len(words)-1])
	if roleLabelWords[last] || anonNouns[last] || roleNouns[last] && !titleWords[last] {
		// "WHITE HOUSE AIDE": whatever qualifies it, the label ends in a role
		return true
	}
	for _, w := range words {
		l := strings.ToLower(w)
		if !roleLabelWords[l] && !roleNouns[l] && !titleWords[l] && !roleAdjectives[l] && !orgHeads[l] && !anonNouns[l] {
			return false
		}
	}
	return true
}

// roleLabelWords describe a role in a transcript label rather than name
// a person: "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR".
var roleLabelWords = setOf(`moderator operator host official officials senior administration staff
staffer spokesperson spokesman spokeswoman interpreter narrator announcer chair aide adviser advisor`)

// labelSpeaker resolves a turn label: "Q" to the unnamed questioner, "MS.
// OKAFOR" to the Okafor the header names, "THE PRESIDENT" to the person the
// header calls president.
func (a *attributor) labelSpeaker(label string) *entity {
	words := strings.Fields(strings.ToLower(strings.Trim(label, ".: ")))
	if len(words) > 0 && anonymousLabels[strings.TrimSuffix(words[0], ".")] {
		return a.unknown(label)
	}
	var name []string
	var titles []string
	for _, w := range words {
		w = strings.TrimSuffix(w, ".")
		if t := labelTitle(w); t != "" {
			titles = append(titles, t)
			continue
		}
		name = append(name, titleCase(w))
	}
	if len(name) > 0 && allRoleWords(name) {
		// "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR": someone unnamed,
		// unless the header names who holds that role
		head := strings.ToLower(name[len(name)-1])
		for _, e := range recent(a.byRole[head]) {
			if !e.org && exactRole(e, head, nil) {
				return e
			}
		}
		return a.unknown(label)
	}
	if len(name) > 0 {
		// "HARBOUR MASTER REYES" is the Reyes the header names, whatever
		// words of his title the label keeps.
		for k := range name {
			if e := a.lookup(name[k:], false); e != nil {
				return e
			}
		}
		e := a.lookup(name, true)
		if len(titles) > 0 {
			e.title = titleCase(strings.Join(titles, " "))
			a.indexRole(e, e.title)
		}
		return e
	}
	if len(titles) == 0 {
		return nil
	}
	head := titles[len(titles)-1]
	var quals []string
	for _, t := range titles[:len(titles)-1] {
		if t != "the" {
			quals = append(quals, t)
		}
	}
	for _, e := range recent(a.byRole[head]) {
		if !e.org && exactRole(e, head, quals) {
			return e
		}
	}
	e := a.lookup([]string{titleCase(strings.Join(titles, " "))}, true)
	return e
}

// exactRole matches a label role ("president", no qualifiers) against an
// entity's title or role without extra qualifiers ("vice president" is not
// "president").
func exactRole(e *entity, head string, quals []string) bool {
	facts := strings.Fields(strings.ToLower(e.title + " " + e.role))
	for i, f := range facts {
		if strings.TrimSuffix(f, ".") != head {
			continue
		}
		before := ""
		if i > 0 {
			before = facts[i-1]
		}
		want := ""
		if len(quals) > 0 {
			want = quals[len(quals)-1]
		}
		if before == want || want == "" && !honorificLabel[before] {
			return true
		}
	}
	return false
}

// unknown returns the document's one entity for speakers it does not
// name — "a senior official", a reporter's "Q" — and notes the form used.
// It is a speaker named "Unknown", as the corpus annotates them, with the
// forms as aliases so that a reader can see who they were.
func (a *attributor) unknown(form string) *entity {
	if a.anon == nil {
		a.anon = &entity{id: anonID, words: []string{"Unknown"}, lw: []string{"unknown"}, role: "unnamed sources", forms: map[string]bool{}}
	}
	a.anon.forms[strings.ToLower(form)] = true
	return a.anon
}
