package content

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// Model: the attributed document becomes a model.Briefing — its blocks, its quotes in document
// order and the speakers quoted, in order of first quote.

// build assembles the briefing: blocks, quotes in document order and the
// speakers who were quoted, in order of first quote.
func (a *attributor) build(name string, d rawDoc) model.Briefing {
	br := model.Briefing{Title: d.title, Subtitle: d.subtitle, Source: name}
	br.Sections = make([]model.Section, len(d.sections))
	for i, s := range d.sections {
		br.Sections[i] = model.Section{Number: i + 1, Heading: s.heading, Level: s.level, Derived: s.derived}
		if validInlines(s.heading, s.headingInlines) {
			br.Sections[i].HeadingInlines = s.headingInlines
		}
	}
	a.sizeBriefing(&br)
	a.release()
	ids := map[*entity]string{}
	used := map[string]bool{}
	for _, b := range a.blocks {
		mb := b.raw.modelBlock()
		for _, q := range b.quotes {
			if q.drop {
				continue
			}
			sp := b.spans[q.si]
			mq := model.Quote{
				Text: b.raw.text[sp.start:sp.end], Section: b.section, Block: b.index,
				Start: sp.start, End: sp.end, Kind: q.kind, Rule: q.rule,
			}
			if q.speaker != nil {
				mq.Cue = q.cue
			}
			if q.speaker != nil {
				id, ok := ids[q.speaker]
				if !ok {
					id = uniqueID(slug(displayName(q.speaker)), used)
					ids[q.speaker] = id
					br.Speakers = append(br.Speakers, speakerOf(q.speaker, id))
				}
				mq.Speaker, mq.Confidence = id, q.conf
			}
			mb.Quotes = append(mb.Quotes, len(br.Quotes))
			br.Quotes = append(br.Quotes, mq)
		}
		if b.section == 0 {
			br.Intro = append(br.Intro, mb)
		} else {
			sec := &br.Sections[b.section-1]
			sec.Blocks = append(sec.Blocks, mb)
		}
		// built: its quotations go now, while the model grows
		*b = blk{}
	}
	return br
}

// release lets go of everything the model is not built from — the
// mentions, the read-ahead, each block's tokens, sentences and speakers,
// the candidates each quotation was ranked among —
// before build makes the model: a long document's model is made while its
// blocks are alive, and what only the passes read was a sixth of the heap
// then.
func (a *attributor) release() {
	a.events, a.docs, a.reader, a.heads = nil, nil, nil, nil
	for _, b := range a.blocks {
		b.kept, b.sents, b.speakers, b.ahead = nil, nil, nil, nil
		for _, q := range b.quotes {
			q.rank = nil
		}
	}
}

// sizeBriefing gives the briefing's quotes, intro and sections' blocks
// the room they will take, so build appends without regrowing them.
func (a *attributor) sizeBriefing(br *model.Briefing) {
	quotes, intro := 0, 0
	blocks := make([]int, len(br.Sections))
	for _, b := range a.blocks {
		quotes += len(b.quotes)
		if b.section == 0 {
			intro++
		} else {
			blocks[b.section-1]++
		}
	}
	if quotes > 0 {
		br.Quotes = make([]model.Quote, 0, quotes)
	}
	if intro > 0 {
		br.Intro = make([]model.Block, 0, intro)
	}
	for i, n := range blocks {
		if n > 0 {
			br.Sections[i].Blocks = make([]model.Block, 0, n)
		}
	}
}

// displayName is the fullest form of the entity's name; a lone name with a
// title keeps the title ("Prince Aldric", "Ms. Okafor").
func displayName(e *entity) string {
	if e.styled != "" {
		return e.styled
	}
	n := e.name()
	if len(e.words) == 1 && formalTitle(e) {
		return e.title + " " + n
	}
	return n
}

// formalTitle reports a title written as part of the name ("Mayor Park",
// "Captain Varga"), not a role noun before it ("team captain Varga").
func formalTitle(e *entity) bool {
	return e.title != "" && e.id != anonID && startsUpper(e.title)
}

func speakerOf(e *entity, id string) model.Speaker {
	sp := model.Speaker{ID: id, Name: displayName(e), Role: strings.TrimSpace(e.role)}
	sp.FullName = sp.Name
	if e.styled == "" && formalTitle(e) && !e.org && !strings.HasPrefix(sp.Name, e.title+" ") {
		sp.FullName = e.title + " " + sp.Name // "Chancellor Ana Lind"
	}
	if sp.Role != "" && strings.Contains(sp.Name, sp.Role) {
		sp.Role = "" // "Prince Aldric" needs no role "Prince", nor the Duchess of Lorn hers
	}
	if e.org {
		sp.Kind = model.Organisation
	}
	seen := map[string]bool{strings.ToLower(sp.Name): true}
	add := func(f string) {
		f = strings.TrimSpace(f)
		if f != "" && !seen[strings.ToLower(f)] {
			seen[strings.ToLower(f)] = true
			sp.Aliases = append(sp.Aliases, f)
		}
	}
	add(e.name())
	if len(e.words) > 1 && !e.org {
		add(e.words[len(e.words)-1])
	}
	// in order: two forms that differ only in case ("De Blasio", "de
	// Blasio") are one alias, and which is kept must not depend on the
	// map's order (the export differed from run to run)
	for _, f := range slices.Sorted(maps.Keys(e.forms)) {
		add(f)
	}
	slices.Sort(sp.Aliases)
	return sp
}

// slug makes a stable ID from a name: lower-case letters and digits joined
// by hyphens.
func slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			sb.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if sb.Len() == 0 {
		return "speaker"
	}
	return sb.String()
}

func uniqueID(id string, used map[string]bool) string {
	out := id
	for n := 2; used[out]; n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	used[out] = true
	return out
}
