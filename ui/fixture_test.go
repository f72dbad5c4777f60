package ui

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// The fixture is an invented briefing about invented people and places.

type fxQuote struct {
	text, speaker string
	kind          model.QuoteKind
	// cue is the mention that names the speaker, found in the quote's
	// block (after the quote, else before it) or an earlier block of its
	// section; "" for none.
	cue string
}

type fxBlock struct {
	kind   model.BlockKind
	text   string
	label  string
	quotes []fxQuote
}

// buildBriefing assembles a briefing from blocks per section (index 0 is
// the intro), computing quote offsets from the quote texts.
func buildBriefing(title string, headings []string, speakers []model.Speaker, sections [][]fxBlock) model.Briefing {
	b := model.Briefing{Title: title, Source: "fixture", Speakers: speakers}
	for n, blocks := range sections {
		var out []model.Block
		for bi, fb := range blocks {
			bl := model.Block{Kind: fb.kind, Text: fb.text, Label: fb.label}
			if fb.label != "" {
				bl.LabelMark = ":" // the fixture's turns read "LABEL: words"
			}
			from := 0
			for _, fq := range fb.quotes {
				i := strings.Index(fb.text[from:], fq.text)
				if i < 0 {
					panic("fixture quote not in block: " + fq.text)
				}
				start := from + i
				bl.Quotes = append(bl.Quotes, len(b.Quotes))
				q := model.Quote{Text: fq.text, Speaker: fq.speaker, Section: n, Block: bi,
					Start: start, End: start + len(fq.text), Kind: fq.kind, Confidence: 1, Rule: "fixture"}
				if fq.cue != "" {
					q.Cue = findCue(fq.cue, n, bi, blocks, start, start+len(fq.text))
				}
				b.Quotes = append(b.Quotes, q)
				from = start + len(fq.text)
			}
			out = append(out, bl)
		}
		if n == 0 {
			b.Intro = out
		} else {
			b.Sections = append(b.Sections, model.Section{Number: n, Heading: headings[n-1], Blocks: out})
		}
	}
	return b
}

func para(text string, quotes ...fxQuote) fxBlock {
	return fxBlock{kind: model.Paragraph, text: text, quotes: quotes}
}

func aside(text string, quotes ...fxQuote) fxBlock {
	return fxBlock{kind: model.Aside, text: text, quotes: quotes}
}

func qt(text, speaker string) fxQuote { return fxQuote{text: text, speaker: speaker} }

// qc is a quote whose speaker the text names at cue.
func qc(text, speaker, cue string) fxQuote { return fxQuote{text: text, speaker: speaker, cue: cue} }

// findCue places a cue: after the quote in its block, else before it,
// else in an earlier block of the section.
func findCue(cue string, section, block int, blocks []fxBlock, qs, qe int) model.Span {
	text := blocks[block].text
	if i := strings.Index(text[qe:], cue); i >= 0 {
		return model.Span{Section: section, Block: block, Start: qe + i, End: qe + i + len(cue)}
	}
	if i := strings.LastIndex(text[:qs], cue); i >= 0 {
		return model.Span{Section: section, Block: block, Start: i, End: i + len(cue)}
	}
	for k := block - 1; k >= 0; k-- {
		if i := strings.LastIndex(blocks[k].text, cue); i >= 0 {
			return model.Span{Section: section, Block: k, Start: i, End: i + len(cue)}
		}
	}
	panic("fixture cue not in the section: " + cue)
}

// fixture is a five-point briefing with four speakers, asides, a list,
// a transcript turn and an unattributed quote.
func fixture() model.Briefing {
	speakers := []model.Speaker{
		{ID: "reyk", Name: "Tomas Reyk", FullName: "Governor Tomas Reyk", Role: "Governor of Lowmere", Aliases: []string{"Reyk", "the governor"}},
		{ID: "dahl", Name: "Anja Dahl", FullName: "Anja Dahl", Role: "Water Minister", Aliases: []string{"Dahl", "the minister"}},
		{ID: "okafor", Name: "Peter Okafor-Lind", FullName: "Peter Okafor-Lind", Role: "Chair of the Valley Council", Aliases: []string{"Okafor-Lind"}},
		{ID: "farmers", Name: "Riverside Growers Union", FullName: "Riverside Growers Union", Role: "", Aliases: []string{"the union"}, Kind: model.Organisation},
	}
	return buildBriefing("Valley water talks end in a truce",
		[]string{
			"A truce over the Lowmere dam",
			"Farmers push back on quotas",
			"The minister's ceasefire on tariffs",
			"What the council promised",
			"Next steps and a ceasefire deadline",
		},
		speakers,
		[][]fxBlock{
			{
				para("Governor Tomas Reyk met Water Minister Anja Dahl in Lowmere on Thursday to settle a long quarrel over the valley's dam."),
				para("Here are the main points from the talks:"),
			},
			{
				para("Reyk opened the meeting with a promise. “We will keep the sluices open through the dry months,” Reyk said.",
					qc("We will keep the sluices open through the dry months,", "reyk", "Reyk")),
				aside("(The sluices decide how much water reaches the farms downstream.)"),
				para("Dahl was more careful. “A truce is not a treaty,” the minister said, adding that a ceasefire in the press war was welcome.",
					qc("A truce is not a treaty,", "dahl", "the minister")),
			},
			{
				para("The Riverside Growers Union said the quotas were “drawn up by people who have never planted a field.”",
					qc("drawn up by people who have never planted a field.", "farmers", "Riverside Growers Union")),
				para("“We need a ceasefire on fines until the harvest is in,” the union said. Reyk answered that “nobody will be fined this summer.”",
					qc("We need a ceasefire on fines until the harvest is in,", "farmers", "the union"), qc("nobody will be fined this summer.", "reyk", "Reyk")),
				{kind: model.ListItem, text: "Quotas drop by a tenth for small farms."},
				{kind: model.ListItem, text: "Large farms report use every month."},
			},
			{
				para("Dahl announced that tariffs on pumped water would be frozen for a year. “Call it a ceasefire on prices,” Dahl said.",
					qc("Call it a ceasefire on prices,", "dahl", "Dahl")),
				aside("(In effect, this means households pay the same rate until next autumn.)"),
				para("A spokesperson, who asked not to be named, called the freeze “overdue”.",
					qt("overdue", "")),
			},
			{
				{kind: model.QuoteBlock, label: "OKAFOR-LIND", text: "The council will publish the flow figures every week, and anyone can check them.",
					quotes: []fxQuote{{text: "The council will publish the flow figures every week, and anyone can check them.", speaker: "okafor", kind: model.Turn}}},
				para("Okafor-Lind added that the council had “nothing to hide.”", qc("nothing to hide.", "okafor", "Okafor-Lind")),
			},
			{
				para("The two sides meet again in six weeks. “If the rain comes, so will a treaty,” Reyk said.",
					qc("If the rain comes, so will a treaty,", "reyk", "Reyk")),
				para("Dahl set a deadline: “By the first frost we sign, or the ceasefire ends.”",
					qc("By the first frost we sign, or the ceasefire ends.", "dahl", "Dahl")),
			},
		})
}
