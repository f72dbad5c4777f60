package content

// Structure of Markdown briefings and of press-briefing transcripts. Every
// document here is invented for the test.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

func TestStructureMarkdown(t *testing.T) {
	runStructureCases(t, Markdown, []structureCase{
		{
			name: "# title, ## points with numbers stripped, list, block quote",
			text: "# Substation upgrade: what changes\n\nThe grid operator will replace the transformers at Kelby.\n\n" +
				"## 1. Outages\n\nHomes in [Kelby](https://example.org/kelby) will lose power twice.\n\n- Tuesday, 8am to noon\n- Thursday, 8am to noon\n\n" +
				"## 2. Costs\n\n> “We will not pass the cost on,” said Orla Finch.\n\nThe *regulator* has yet to approve the budget.",
			want: []string{"T Substation upgrade: what changes", "0 paragraph: The grid operator will replace the …",
				"#1 Outages", "1 paragraph: Homes in Kelby will lose power …", "1 list item: Tuesday, 8am to noon", "1 list item: Thursday, 8am to noon",
				"#2 Costs", "2 quote block: “We will not pass the cost …", "2 paragraph: The regulator has yet to approve …"},
		},
		{
			// a newsletter's "## Department" and "### Item" are both points a
			// reader jumps to; a heading inside a quote or list is none
			name: "every heading outside quotes and lists is a point",
			text: "# Substation upgrade\n\n## Outages\n\nHomes will lose power twice.\n\n### Detail\n\nCrews start at eight.\n\n" +
				"> #### Crew notes\n>\n> Bring lamps.\n\n## Costs\n\nCosts are not yet known.",
			want: []string{"T Substation upgrade", "#1 Outages", "1 paragraph: Homes will lose power twice.", "#2 Detail",
				"2 paragraph: Crews start at eight.", "2 heading: Crew notes", "2 quote block: Bring lamps.", "#3 Costs", "3 paragraph: Costs are not yet known."},
		},
		{
			name: "without headings a numbered list is list items",
			text: "Homes in Kelby will lose power for two mornings, the operator said on Monday.\n\n1. Tuesday morning\n2. Thursday morning",
			want: []string{"0 paragraph: Homes in Kelby will lose power …", "0 list item: 1. Tuesday morning", "0 list item: 2. Thursday morning"},
		},
		{
			name: "explainer aside in Markdown",
			text: "# Upgrade\n\n## Outages\n\nHomes will lose power twice.\n\n(Kelby last lost power for a whole day in the winter storms.)",
			want: []string{"T Upgrade", "#1 Outages", "1 paragraph: Homes will lose power twice.", "1 aside: (Kelby last lost power for a …"},
		},
	})
}

// TestMarkdownSectionLevels: a talking point keeps the level its heading
// has, in Markdown and in a web page, so that an outline can show a
// department's items under it.
func TestMarkdownSectionLevels(t *testing.T) {
	for _, c := range []struct {
		name, text string
		f          Format
	}{
		{"markdown", "# Weekly notes\n\n## Harbour\n\nThe quay reopened.\n\n### Ferries\n\nTwo boats run.\n\n#### Fares\n\nFares hold.\n\n## Roads\n\nThe bypass is shut.", Markdown},
		{"html", "<html><body><article><h1>Weekly notes</h1><h2>Harbour</h2><p>The quay reopened after the storm last week.</p>" +
			"<h3>Ferries</h3><p>Two boats run again on the northern route.</p><h4>Fares</h4><p>Fares hold at last year's prices.</p>" +
			"<h2>Roads</h2><p>The bypass is shut until the spring.</p></article></body></html>", HTML},
	} {
		b := Parse(c.name, c.text, c.f)
		var got []string
		for _, s := range b.Sections {
			got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
		}
		want := []string{"2 Harbour", "3 Ferries", "4 Fares", "2 Roads"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: sections %q, want %q", c.name, got, want)
		}
	}
}

func TestMarkdownLinksAndQuotes(t *testing.T) {
	text := "# Upgrade\n\n## Costs\n\n> “We will not pass the cost on to customers,” said Orla Finch, the operator's chief engineer.\n\n" +
		"Read [the full plan](https://example.org/plan) or <https://example.org/faq>."
	b := Parse("md", text, Markdown)
	checkBriefing(t, b)
	if len(b.Sections) != 1 || len(b.Sections[0].Blocks) != 2 {
		t.Fatalf("outline %q", outline(b))
	}
	link := b.Sections[0].Blocks[1].Text
	if strings.Contains(link, "example.org/plan") || !strings.Contains(link, "Read the full plan or https://example.org/faq.") {
		t.Errorf("link text = %q, want the link's words without its target and the autolink kept", link)
	}
	report(t, "", checkSaid(b, []said{{"pass the cost on", "Orla Finch"}}, true))
}

// turnView is one transcript block: its label and speaker.
type turnView struct {
	label, speaker, text string
}

func TestStructureTranscript(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []turnView // every block in the intro, in order; speaker "-" for no quote
		gap  string
	}{
		{
			name: "labels, Q with and without colon, multi-paragraph turn, wordless turn, END",
			text: "FLOOD BRIEFING AT CITY HALL\n\nMayor Ilse Varga and Commissioner Dag Holm\n\n" +
				"MAYOR VARGA: Good morning. The river peaked overnight at Lenholm.\n\nThe water is falling now.\n\n" +
				"Q: When will the bridge reopen?\n\nCOMMISSIONER HOLM: Not before Friday.\n\nQ Will the ferry run?\n\n" +
				"MS. VARGA: The ferry runs from noon.\n\nQ (Inaudible.)\n\nMAYOR VARGA: Thank you all.\n\nEND 11:02 A.M.",
			want: []turnView{
				{"", "-", "Mayor Ilse Varga and Commissioner Dag Holm"},
				{"MAYOR VARGA", "Ilse Varga", "Good morning. The river peaked overnight at Lenholm.\n\nThe water is falling now."},
				{"Q", "Unknown", "When will the bridge reopen?"},
				{"COMMISSIONER HOLM", "Dag Holm", "Not before Friday."},
				{"Q", "Unknown", "Will the ferry run?"},
				{"MS. VARGA", "Ilse Varga", "The ferry runs from noon."},
				{"Q", "-", "(Inaudible.)"},
				{"MAYOR VARGA", "Ilse Varga", "Thank you all."},
				{"", "-", "END 11:02 A.M."},
			},
		},
		{
			name: "THE PRESIDENT is the person the header calls president",
			text: "Remarks by President Noor Haddad and Vice President Ivo Stam on the Harbour Accord\n\n" +
				"THE VICE PRESIDENT: Please welcome the President.\n\n" +
				"THE PRESIDENT: Thank you. Please sit down. We signed the accord this morning.\n\n" +
				"MS. OKONJO: We have time for two questions.\n\nQ: Madam President, will the tariffs go?\n\nTHE PRESIDENT: They will go in stages.",
			want: []turnView{
				{"THE VICE PRESIDENT", "Ivo Stam", "Please welcome the President."},
				{"THE PRESIDENT", "Noor Haddad", "Thank you. Please sit down. We signed the accord this morning."},
				{"MS. OKONJO", "Ms Okonjo", "We have time for two questions."},
				{"Q", "Unknown", "Madam President, will the tariffs go?"},
				{"THE PRESIDENT", "Noor Haddad", "They will go in stages."},
			},
		},
		{
			name: "label with a title outside the lexicon",
			text: "FLOOD BRIEFING\n\nMayor Ilse Varga and Harbour Master Tomas Reyes\n\n" +
				"MAYOR VARGA: The river peaked overnight.\n\nHARBOUR MASTER REYES: The quay is closed.\n\n" +
				"Q: Until when?\n\nMR. REYES: Until Friday.",
			want: []turnView{
				{"", "-", "Mayor Ilse Varga and Harbour Master Tomas Reyes"},
				{"MAYOR VARGA", "Ilse Varga", "The river peaked overnight."},
				{"HARBOUR MASTER REYES", "Tomas Reyes", "The quay is closed."},
				{"Q", "Unknown", "Until when?"},
				{"MR. REYES", "Tomas Reyes", "Until Friday."},
			},
		},
		{
			name: "a role label with its body's words is the header's office-holder; another rank is not",
			text: "Briefing with Mr Teo Brandt, Acting Commissioner, Varland Rail Police\n\n" +
				"ACTING VARLAND RAIL POLICE COMMISSIONER: The line reopens at noon.\n\nQ: Is it safe?\n\n" +
				"DEPUTY COMMISSIONER: The inspectors say so.\n\nACTING-COMMISSIONER, VARLAND RAIL POLICE: It is.",
			want: []turnView{
				{"ACTING VARLAND RAIL POLICE COMMISSIONER", "Teo Brandt", "The line reopens at noon."},
				{"Q", "Unknown", "Is it safe?"},
				{"DEPUTY COMMISSIONER", "Deputy Commissioner", "The inspectors say so."},
				{"ACTING-COMMISSIONER, VARLAND RAIL POLICE", "Teo Brandt", "It is."},
			},
		},
		{
			// Regression: the open turn used to be a pointer into the block
			// slice, so text after a closing line went to a stale copy and
			// was lost once the slice grew.
			name: "text after a closing line is not the turn's and is kept",
			text: "FLOOD BRIEFING\n\nMayor Ilse Varga\n\n" +
				"MAYOR VARGA: The river peaked overnight.\n\nThe water is falling now.\n\n" +
				"(APPLAUSE)\n\nThe mayor then toured the quay.\n\nCrews were clearing the road.\n\n" +
				"Q: Until when?\n\nMAYOR VARGA: Until Friday.",
			want: []turnView{
				{"", "-", "Mayor Ilse Varga"},
				{"MAYOR VARGA", "Ilse Varga", "The river peaked overnight.\n\nThe water is falling now."},
				{"", "-", "(APPLAUSE)"},
				{"", "-", "The mayor then toured the quay."},
				{"", "-", "Crews were clearing the road."},
				{"Q", "Unknown", "Until when?"},
				{"MAYOR VARGA", "Ilse Varga", "Until Friday."},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("transcript", tc.text, Plain)
			checkBriefing(t, b)
			var problems []string
			// the turns are in the exchanges brief derives; read them in order
			blocks := b.Intro
			for _, s := range b.Sections {
				if !s.Derived {
					problems = append(problems, "section "+s.Heading+" is not derived")
				}
				blocks = append(blocks, s.Blocks...)
			}
			if len(blocks) != len(tc.want) {
				problems = append(problems, "outline: "+strings.Join(outline(b), " | "))
			}
			for i := 0; i < len(blocks) && i < len(tc.want); i++ {
				bl, w := blocks[i], tc.want[i]
				got := turnView{label: bl.Label, speaker: "-", text: bl.Text}
				if len(bl.Quotes) > 0 {
					q := b.Quotes[bl.Quotes[0]]
					got.speaker = b.SpeakerName(q.Speaker)
					if q.Kind != model.Turn || q.Text != bl.Text {
						problems = append(problems, "block "+bl.Label+": quote is not the whole turn")
					}
				}
				wantKind := model.QuoteBlock
				if w.label == "" {
					wantKind = model.Paragraph
				}
				if got != w || bl.Kind != wantKind {
					problems = append(problems, strings.Join([]string{"block", bl.Kind.String(), got.label, got.speaker, got.text,
						"want", wantKind.String(), w.label, w.speaker, w.text}, " | "))
				}
			}
			report(t, tc.gap, problems)
		})
	}
}

// TestTwoTurnTranscripts: two turns after an article's intro are a
// transcript when one label is someone unnamed who asks or answers, or
// both name a person in full and speak; two datelines are not.
func TestTwoTurnTranscripts(t *testing.T) {
	intro := "Council meeting on the pier\n\nThe council met on Tuesday to discuss the pier. Here is the exchange.\n\n"
	runAttributionCases(t, []attributionCase{
		{
			name: "a member of the public's label",
			text: intro + "MAYOR IRIS VANG: We will rebuild the pier in stages.\n\nRESIDENT: And who pays for it?",
			want: []said{{"rebuild the pier", "Iris Vang"}, {"who pays", "Unknown"}},
		},
		{
			name: "labels on their own lines",
			text: intro + "VANG:\n\nWe will rebuild the pier in stages.\n\nA RESIDENT:\n\nAnd who pays for it?",
			want: []said{{"rebuild the pier", "Vang"}, {"who pays", "Unknown"}},
		},
		{
			name: "two people named in full",
			text: intro + "IRIS VANG: We will rebuild the pier in stages.\n\nTOMAS REYES: Not with my ward's money, you won't.",
			want: []said{{"rebuild the pier", "Iris Vang"}, {"my ward's money", "Tomas Reyes"}},
		},
		{
			name: "first names that take turns",
			text: intro + "Lars: Who pays for the pier?\n\nIris: The ward and the port, half each.\n\n" +
				"Lars: And the ferry?\n\nIris: The port alone.",
			want: []said{{"Who pays", "Lars"}, {"half each", "Iris"}, {"And the ferry", "Lars"}, {"port alone", "Iris"}},
		},
		{
			name: "one-word run-in headings that ask nothing are no turns",
			text: intro + "Pros: a new pier by spring.\n\nCons: the ward pays half.\n\nPros: the ferry keeps running.\n\nCons: the road closes.",
			want: []said{},
		},
		{
			name: "two datelines are no exchange",
			text: "World digest\n\nThe main stories of the day.\n\nNEW HAVEN: Police said the harbour road was closed.\n\n" +
				"PORT VELL: The council voted to sell the old ferry terminal.",
			want: []said{},
		},
	})
}
