package content

import (
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// Resolve: a transcript turn is its label's, or the reporter the last answer called on or greeted.

// attributeTurn makes a transcript turn a quotation of its speaker. A turn
// with no words ("Q (Inaudible.)") is not a quotation.
func (a *attributor) attributeTurn(b *blk) {
	if !a.firstTurn.seen {
		a.firstTurn.seen, a.firstTurn.order = true, b.order
	}
	words := strings.TrimSpace(stageDirection.ReplaceAllString(b.raw.text, ""))
	if !strings.ContainsFunc(words, unicode.IsLetter) {
		return
	}
	from := 0
	if b.raw.inline != "" {
		// "ANA Thank you …": the turn's words begin after the label
		from = len(b.raw.inline) + len(b.raw.text[len(b.raw.inline):]) - len(strings.TrimLeftFunc(b.raw.text[len(b.raw.inline):], unicode.IsSpace))
	}
	if m := bracketedTime.FindStringIndex(b.raw.text[from:]); m != nil {
		from += m[1] // "(00:41) Thank you.": the recording's time is no speech
	}
	// an end mark after the last words ("Good evening. ●") is no speech
	end := len(strings.TrimRightFunc(b.raw.text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsSymbol(r) }))
	b.spans = []span{{open: from, close: end, start: from, end: end, double: true}}
	q := &qc{b: b, si: 0, kind: model.Turn, governed: true}
	if b.raw.by != "" {
		a.firstExchangeTurn(b, q)
		return
	}
	if b.raw.asked {
		// a question set apart in bold: the interviewer's, unnamed
		q.decide([]candidate{{ent: a.unknown(""), feats: []feature{fAsked}}})
		a.lastQ = q
		b.quotes = []*qc{q}
		return
	}
	if w := labelWords(b.raw.label); b.raw.answer || len(w) == 1 && answerLabels[w[0]] {
		// an answer without a label, or labelled "A:", is the interviewee's
		if e := a.interviewee(); e != nil {
			q.decide([]candidate{{ent: e, feats: []feature{fAnswer}}})
		}
		a.calledOn = nil
		b.quotes = []*qc{q}
		return
	}
	speaker := a.labelSpeaker(b.raw.speakerLabel())
	labelRole(speaker, b.raw.speakerLabel())
	a.rememberOffice(b.raw.speakerLabel(), speaker)
	cands := []candidate{{ent: speaker, cue: b.labelSpan(), feats: []feature{fLabel}}}
	question := anonymousLabels[strings.ToLower(strings.Trim(b.raw.speakerLabel(), ".: "))]
	if !question && speaker != nil {
		a.principals[speaker] = true // who answers under a label is never the reporter asking
	}
	if question {
		if e, cue := selfNamed(b, a); e != nil {
			// "Ana Ruiz from the Harbour Times." opening the question
			cands = append(cands, candidate{ent: e, cue: cue, feats: []feature{fSelfNamed}})
		}
	}
	if question && a.calledOn != nil {
		// the questioner the last speaker called on by name
		cands = append(cands, candidate{ent: a.calledOn, cue: a.calledOnCue, feats: []feature{fCalledOn}})
	}
	q.decide(cands)
	if !question {
		// "Hi, Ana." opening an answer names who just asked — and who may
		// follow up — but only right after a question.
		if e, cue := greeted(b, a); e != nil && !a.principal(e) && a.lastQ != nil && a.lastQ.b.order == b.order-1 {
			a.lastQ.decide(append(a.lastQ.candidates(), candidate{ent: e, cue: cue, feats: []feature{fCalledOn}}))
			a.calledOn, a.calledOnCue = e, cue
		} else if wordCount(b.raw.text) >= 40 {
			a.calledOn = nil // a full answer ends that reporter's turn at the microphone
		}
		if e, cue := calledOn(b, a); e != nil && !a.principal(e) {
			a.calledOn, a.calledOnCue = e, cue
		}
	} else {
		a.lastQ = q
	}
	b.quotes = []*qc{q}
}

// labelRole gives a speaker with no role the one their label sets under
// their name: "CFO" of "Ana Lind" over "Tarrow Shipping - CFO" (or of
// "Ana Lind -- Tarrow Shipping - CFO"), as the speakers pane shows it.
func labelRole(e *entity, label string) {
	if e == nil || e.role != "" || e.id < 0 {
		return
	}
	_, aff, ok := strings.Cut(label, "\n")
	if !ok {
		_, aff, ok = strings.Cut(label, " -- ")
	}
	if i := strings.LastIndex(aff, " - "); ok && i > 0 {
		if role := strings.TrimSpace(aff[i+3:]); role != "" && wordCount(role) <= 6 {
			e.role = role
		}
	}
}

// firstExchangeTurn gives an unlabelled question or answer to the asker
// or answerer of the labelled first exchange it continues.
func (a *attributor) firstExchangeTurn(b *blk, q *qc) {
	e := a.labelSpeaker(b.raw.by)
	if e != nil {
		q.decide([]candidate{{ent: e, feats: []feature{fLabel}}})
	}
	if b.raw.asked {
		a.lastQ = q
		if e != nil {
			if a.askers == nil {
				a.askers = map[*entity]bool{}
			}
			a.askers[e] = true // who asks is not who answers
		}
	}
	b.quotes = []*qc{q}
}

// greeted returns the questioner an answer greets, if any.
func greeted(b *blk, a *attributor) (*entity, model.Span) {
	base := b.spans[0].start // after an inline label
	m := greeting.FindStringSubmatchIndex(b.raw.text[base:])
	if m == nil {
		return nil, model.Span{}
	}
	m[2], m[3] = m[2]+base, m[3]+base
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
	off := b.spans[0].start // after an inline label
	if i := strings.LastIndex(turn[off:], "\n\n"); i >= 0 {
		off += i + 2
	}
	if i := strings.LastIndexAny(strings.TrimRight(turn[off:], ".?! "), ".?!"); i >= 0 {
		off += i + 1
	}
	last := turn[off:]
	if wordCount(last) > 12 {
		return nil, model.Span{}
	}
	toks := tokenize(last, nil)
	for i := 0; i < len(toks) && i < 6; i++ {
		if !isNameWord(toks[i]) || sentenceStarters[toks[i].lower] {
			if toks[i].kind == tWord && !callWords[toks[i].lower] {
				break // "We went to the United Nations": no one called on
			}
			continue // "Yes, Ana Ruiz.", "I call on Ana Ruiz": the name leads the line
		}
		end := nameRunRight(toks, i, len(toks))
		if !calledOnEnd(toks, end) {
			break // "Tsai Ing-wen and a dialog with …" goes on about her
		}
		if np := peelName(toks, i, end); len(np.words) >= 2 && looksLikePersonName(np.words) && !isOrgName(np.words) {
			cue := model.Span{}
			if f, t, ok := nameSpanIn(toks, i, end, np.words); ok {
				cue = model.Span{Section: b.section, Block: b.index, Start: off + int(toks[f].start), End: off + int(toks[t-1].start) + len(toks[t-1].bare())}
			}
			return a.resolveName(np, true), cue
		}
		i = end
	}
	return nil, model.Span{}
}

// calledOnEnd reports whether the name ending before toks[end] ends the
// call: the line ends there, or goes on only with an affiliation (",
// Channel Nine", "from the Harbour Times", "(Radio Tarrow)").
func calledOnEnd(toks []token, end int) bool {
	if end >= len(toks) {
		return true
	}
	t := toks[end]
	return t.kind == tPunct && t.text != "-" || calledOnLinks[t.lower]
}

// calledOnLinks lead from a reporter's name to their outlet.
var calledOnLinks = setOf(`from with of at for`)

// principal reports someone who cannot be the reporter a turn greets or
// calls on: a body, a person of the header, or one who answered under a
// label of their own ("Thanks, Piet." thanks a colleague, not a reporter).
func (a *attributor) principal(e *entity) bool {
	return e.org || e.inTitle || a.principals[e]
}
