package content

// Structure rules: title, standfirst, intro and lead-in, numbered and
// unnumbered talking points, list items, asides, paragraph joining and
// run-together sentences. Every document here is invented for the test.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefreader/brief/internal/briefgen"
	"github.com/briefreader/brief/model"
)

// outline describes a briefing's structure one line per element, so that a
// case can state the whole expected shape: "T title", "S subtitle",
// "0 paragraph: text" for intro blocks, "#2 heading" for talking points and
// "2 list item: text" for their blocks. Block text is cut to six words.
func outline(b model.Briefing) []string {
	var out []string
	if b.Title != "" {
		out = append(out, "T "+b.Title)
	}
	if b.Subtitle != "" {
		out = append(out, "S "+b.Subtitle)
	}
	for n := 0; n <= len(b.Sections); n++ {
		if n > 0 {
			out = append(out, fmt.Sprintf("#%d %s", b.Sections[n-1].Number, b.Sections[n-1].Heading))
		}
		for _, bl := range b.Blocks(n) {
			text := bl.Text
			if bl.Ordered {
				text = fmt.Sprintf("%d. %s", bl.Number, text) // as the reader shows it
			}
			out = append(out, fmt.Sprintf("%d %s: %s", n, bl.Kind, firstWords(text, 6)))
		}
	}
	return out
}

// firstWords returns the first n words of s, with "…" when it had more.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

// diffOutline returns a problem line when got and want differ, "" otherwise.
func diffOutline(got, want []string) string {
	if strings.Join(got, "\n") == strings.Join(want, "\n") {
		return ""
	}
	return fmt.Sprintf("outline:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
}

type structureCase struct {
	name string
	text string
	want []string
	// gap, when set, names a known parser gap: the case is skipped while
	// it still fails, and logs when it starts passing.
	gap string
}

func runStructureCases(t *testing.T, f Format, cases []structureCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("case", tc.text, f)
			checkBriefing(t, b)
			var problems []string
			if d := diffOutline(outline(b), tc.want); d != "" {
				problems = append(problems, d)
			}
			report(t, tc.gap, problems)
		})
	}
}

// Paragraphs used by several cases: long enough to be body text.
const (
	bodyFares  = "The ferry company wants to raise fares by a fifth from April, citing the cost of fuel."
	bodyIsles  = "Residents of Skerra Island say the rise would cut them off from the clinics on the mainland."
	bodyBerths = "A new berth will be built at the north quay of Port Vellan by next summer."
	bodyTimes  = "The winter timetable drops the late sailing on weekdays, to the anger of night workers."
)

func TestStructureTitleAndNumberedPoints(t *testing.T) {
	runStructureCases(t, Plain, []structureCase{
		{
			name: "title, intro, lead-in and 1. points",
			text: "Harbour council splits over ferry fares\n\nCouncillors in Port Vellan argued for three hours on Tuesday before sending the plan back.\n\n" +
				"Here are the main points from the meeting:\n\n1. Fares rise in spring\n\n" + bodyFares + "\n\n2. Islanders push back\n\n" + bodyIsles,
			want: []string{"T Harbour council splits over ferry fares",
				"0 paragraph: Councillors in Port Vellan argued for …",
				"0 paragraph: Here are the main points from …",
				"#1 Fares rise in spring", "1 paragraph: The ferry company wants to raise …",
				"#2 Islanders push back", "2 paragraph: Residents of Skerra Island say the …"},
		},
		{
			name: "no title when the first paragraph is prose",
			text: bodyFares + "\n\n" + bodyIsles,
			want: []string{"0 paragraph: The ferry company wants to raise …", "0 paragraph: Residents of Skerra Island say the …"},
		},
		{
			name: "standfirst under the title",
			text: "Ferry fares to rise by a fifth\n\nIslanders say the increase will cut them off from clinics and schools on the mainland\n\n" +
				bodyFares + "\n\n" + bodyIsles,
			want: []string{"T Ferry fares to rise by a fifth",
				"S Islanders say the increase will cut them off from clinics and schools on the mainland",
				"0 paragraph: The ferry company wants to raise …", "0 paragraph: Residents of Skerra Island say the …"},
		},
		{
			name: "1) points",
			text: "Budget talks: what we know\n\n1) Fares\n\n" + bodyFares + "\n\n2) Berths\n\n" + bodyBerths,
			want: []string{"T Budget talks: what we know", "#1 Fares", "1 paragraph: The ferry company wants to raise …",
				"#2 Berths", "2 paragraph: A new berth will be built …"},
		},
		{
			name: "#1 and #2: points",
			text: "Budget talks: what we know\n\n#1 Fares\n\n" + bodyFares + "\n\n#2: Berths\n\n" + bodyBerths + "\n\n#3 Timetables\n\n" + bodyTimes,
			want: []string{"T Budget talks: what we know", "#1 Fares", "1 paragraph: The ferry company wants to raise …",
				"#2 Berths", "2 paragraph: A new berth will be built …", "#3 Timetables", "3 paragraph: The winter timetable drops the late …"},
		},
		{
			name: "numbered heading sitting on its paragraph",
			text: "Budget talks: what we know\n\n1. Fares\n" + bodyFares + "\n\n2. Berths\n" + bodyBerths,
			want: []string{"T Budget talks: what we know", "#1 Fares", "1 paragraph: The ferry company wants to raise …",
				"#2 Berths", "2 paragraph: A new berth will be built …"},
		},
		{
			name: "numbered list without blank lines is list items",
			text: "What to bring to the open day\n\nThe council asked residents to bring these items to the quay.\n\n" +
				"1. A copy of the fare notice\n2. Proof of island residence\n3. A pen\n\nThe open day runs from ten until four on Saturday.",
			want: []string{"T What to bring to the open day", "0 paragraph: The council asked residents to bring …",
				"0 list item: 1. A copy of the fare …", "0 list item: 2. Proof of island residence",
				"0 list item: 3. A pen", "0 paragraph: The open day runs from ten …"},
		},
		{
			name: "numbered list with blank lines is list items",
			text: "What to bring to the open day\n\nThe council asked residents to bring these items to the quay.\n\n" +
				"1. A copy of the fare notice\n\n2. Proof of island residence\n\n3. A pen\n\nThe open day runs from ten until four on Saturday.",
			want: []string{"T What to bring to the open day", "0 paragraph: The council asked residents to bring …",
				"0 list item: 1. A copy of the fare …", "0 list item: 2. Proof of island residence",
				"0 list item: 3. A pen", "0 paragraph: The open day runs from ten …"},
		},
		{
			name: "numbering that skips a number",
			text: "Harbour plan in four parts\n\n1. Fares\n\n" + bodyFares + "\n\n2. Berths\n\n" + bodyBerths + "\n\n4. Timetables\n\n" + bodyTimes,
			want: []string{"T Harbour plan in four parts", "#1 Fares", "1 paragraph: The ferry company wants to raise …",
				"#2 Berths", "2 paragraph: A new berth will be built …", "#3 Timetables", "3 paragraph: The winter timetable drops the late …"},
		},
		{
			name: "numbering that restarts",
			text: "Harbour plan\n\n1. Fares\n\n" + bodyFares + "\n\n2. Berths\n\n" + bodyBerths +
				"\n\n1. Timetables\n\n" + bodyTimes + "\n\n2. Islanders\n\n" + bodyIsles,
			want: []string{"T Harbour plan", "#1 Fares", "1 paragraph: The ferry company wants to raise …",
				"#2 Berths", "2 paragraph: A new berth will be built …", "#3 Timetables", "3 paragraph: The winter timetable drops the late …",
				"#4 Islanders", "4 paragraph: Residents of Skerra Island say the …"},
		},
	})
}

func TestStructureUnnumberedHeadings(t *testing.T) {
	intro := "Snow shut three mountain roads above Dravik overnight, and the regional council said more closures were likely."
	buses := "The valley bus service will run to Dravik only, with a shuttle to the upper villages when ploughs clear the road."
	schools := "Head teachers said lessons would go ahead, though pupils from the upper villages may stay home."
	runStructureCases(t, Plain, []structureCase{
		{
			name: "short lines and a question heading",
			text: "Storm closes the northern passes\n\n" + intro + "\n\nWhat happens to the buses?\n\n" + buses + "\n\nSchools stay open\n\n" + schools,
			want: []string{"T Storm closes the northern passes", "0 paragraph: Snow shut three mountain roads above …",
				"#1 What happens to the buses?", "1 paragraph: The valley bus service will run …",
				"#2 Schools stay open", "2 paragraph: Head teachers said lessons would go …"},
		},
		{
			name: "byline and advertisement are not headings",
			text: "Storm closes the northern passes\n\nBy Ana Ruiz\n\n" + intro + "\n\nAdvertisement\n\n" + buses,
			want: []string{"T Storm closes the northern passes", "0 paragraph: By Ana Ruiz", "0 paragraph: Snow shut three mountain roads above …",
				"0 paragraph: Advertisement", "0 paragraph: The valley bus service will run …"},
		},
		{
			name: "long unpunctuated standfirst is not a heading",
			text: "Storm closes the northern passes\n\nThree roads shut above Dravik as the council warns that more closures are likely this week\n\n" +
				intro + "\n\nBuses cut back\n\n" + buses + "\n\nSchools stay open\n\n" + schools,
			want: []string{"T Storm closes the northern passes",
				"S Three roads shut above Dravik as the council warns that more closures are likely this week",
				"0 paragraph: Snow shut three mountain roads above …", "#1 Buses cut back", "1 paragraph: The valley bus service will run …",
				"#2 Schools stay open", "2 paragraph: Head teachers said lessons would go …"},
		},
		{
			name: "lead-in before the first heading stays intro",
			text: "Storm closes the northern passes\n\n" + intro + "\n\nHere is what we know so far\n\nBuses cut back\n\n" + buses +
				"\n\nSchools stay open\n\n" + schools,
			want: []string{"T Storm closes the northern passes", "0 paragraph: Snow shut three mountain roads above …",
				"0 paragraph: Here is what we know so …", "#1 Buses cut back", "1 paragraph: The valley bus service will run …",
				"#2 Schools stay open", "2 paragraph: Head teachers said lessons would go …"},
		},
		{
			name: "conversational subheads in a question-led explainer",
			text: "Why the Lenholm pier keeps failing\n\nThe pier at Lenholm has been rebuilt twice in ten years, and engineers say the third may not last.\n\n" +
				"What went wrong the first time?\n\nThe first pier stood on timber piles that rotted within six years of salt water and neglect.\n\n" +
				"Why not use concrete?\n\nConcrete costs three times as much, and the council could not borrow the money at the time.\n\n" +
				"So they tried steel.\n\nSteel piles went in during the second rebuild, but the coating was applied badly and rust set in.",
			want: []string{"T Why the Lenholm pier keeps failing", "0 paragraph: The pier at Lenholm has been …",
				"#1 What went wrong the first time?", "1 paragraph: The first pier stood on timber …",
				"#2 Why not use concrete?", "2 paragraph: Concrete costs three times as much, …",
				"#3 So they tried steel.", "3 paragraph: Steel piles went in during the …"},
		},
		{
			name: "short sentences are body text without question headings",
			text: "Harbour notes\n\nThe pier at Lenholm has been rebuilt twice in ten years, and engineers say the third may not last.\n\n" +
				"So they tried steel.\n\nSteel piles went in during the second rebuild, but the coating was applied badly and rust set in.",
			want: []string{"T Harbour notes", "0 paragraph: The pier at Lenholm has been …", "0 paragraph: So they tried steel.",
				"0 paragraph: Steel piles went in during the …"},
		},
	})
}

func TestStructureAsides(t *testing.T) {
	runStructureCases(t, Plain, []structureCase{
		{
			name: "whole paragraph in parentheses",
			text: "Snow shut three roads above Dravik.\n\n(The passes close most winters, but rarely before December.)",
			want: []string{"0 paragraph: Snow shut three roads above Dravik.", "0 aside: (The passes close most winters, but …"},
		},
		{
			name: "parenthesised sentence mid-paragraph",
			text: "Buses will run to Dravik only. (A shuttle serves the upper villages when the road is clear.) Ploughs are out now.",
			want: []string{"0 paragraph: Buses will run to Dravik only.", "0 aside: (A shuttle serves the upper villages …",
				"0 paragraph: Ploughs are out now."},
		},
		{
			name: "parenthesised sentence at the start",
			text: "(Shuttles are free for pupils and pensioners until the passes reopen.) Tickets for others cost two crowns.",
			want: []string{"0 aside: (Shuttles are free for pupils and …", "0 paragraph: Tickets for others cost two crowns."},
		},
		{
			name: "parenthetical inside a sentence stays",
			text: "The council (which met late on Monday evening) said more closures were likely.",
			want: []string{"0 paragraph: The council (which met late on …"},
		},
		{
			name: "dateline with an agency in parentheses stays",
			text: "VELLAN, Norland (CNN) — Snow shut three mountain roads above Dravik overnight.",
			want: []string{"0 paragraph: VELLAN, Norland (CNN) — Snow shut …"},
		},
	})
}

func TestStructureParagraphs(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string // paragraph texts in order
		list []bool   // which are bullets
	}{
		{
			name: "hard-wrapped lines are joined",
			text: "Snow shut three mountain roads above Dravik overnight, and the regional\ncouncil said more closures were likely as the storm\nmoved east.\n\nBuses run.",
			want: []string{"Snow shut three mountain roads above Dravik overnight, and the regional council said more closures were likely as the storm moved east.", "Buses run."},
			list: []bool{false, false},
		},
		{
			name: "bullets stay separate list items",
			text: "Bring these:\n- a fare notice\n* proof of residence\n• a pen",
			want: []string{"Bring these:", "a fare notice", "proof of residence", "a pen"},
			list: []bool{false, true, true, true},
		},
		{
			name: "one paragraph per long line",
			text: "Snow shut three mountain roads above Dravik overnight, and the regional council said more closures were likely.\n" +
				"The valley bus service will run to Dravik only, with a shuttle on to the upper villages when ploughs clear the road.\n" +
				"Head teachers said lessons would go ahead, though pupils from the upper villages may stay at home this week.",
			want: []string{
				"Snow shut three mountain roads above Dravik overnight, and the regional council said more closures were likely.",
				"The valley bus service will run to Dravik only, with a shuttle on to the upper villages when ploughs clear the road.",
				"Head teachers said lessons would go ahead, though pupils from the upper villages may stay at home this week."},
			list: []bool{false, false, false},
		},
		{
			name: "spaces and tabs collapse",
			text: "Fares   rise\tin\u00a0April.",
			want: []string{"Fares rise in April."},
			list: []bool{false},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := splitParagraphs(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d paragraphs %+v, want %d", len(got), got, len(tc.want))
			}
			for i, p := range got {
				if p.text != tc.want[i] || p.list != tc.list[i] {
					t.Errorf("paragraph %d = %q (list %v), want %q (list %v)", i, p.text, p.list, tc.want[i], tc.list[i])
				}
			}
		})
	}
}

func TestRepairRunTogether(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"glued sentences", "The ferry hit the quay.The harbour master said nobody was hurt.", "The ferry hit the quay. The harbour master said nobody was hurt."},
		{"after a closing quote", "“We are fine.”The mayor left.", "“We are fine.” The mayor left."},
		{"question mark", "Who pays?Nobody knows.", "Who pays? Nobody knows."},
		{"abbreviation left alone", "Officials in the U.S.The company did not comment.", "Officials in the U.S.The company did not comment."},
		{"decimals left alone", "Fares rose 2.5 percent and costs 3.1 percent.", "Fares rose 2.5 percent and costs 3.1 percent."},
		{"URL left alone", "See https://example.org/fares.Html today.", "See https://example.org/fares.Html today."},
		{"www left alone", "See www.example.org/Notice.Pdf today.", "See www.example.org/Notice.Pdf today."},
		{"e-mail left alone", "Write to press@harbour.Vellan today.", "Write to press@harbour.Vellan today."},
		{"initial left alone", "It was built by J.Ruiz in 1990.", "It was built by J.Ruiz in 1990."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanSpace(tc.in); got != tc.want {
				t.Errorf("cleanSpace(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSplitSentences checks the sentence splitter on abbreviations,
// decimals and quotes that end a sentence inside their marks.
func TestSplitSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Mr. Okoro met Dr. Varga at 9 a.m. on Monday. They talked for an hour.",
			[]string{"Mr. Okoro met Dr. Varga at 9 a.m. on Monday.", "They talked for an hour."}},
		{"The U.S. delegation arrived late. The talks began at noon.",
			[]string{"The U.S. delegation arrived late.", "The talks began at noon."}},
		{"Gen. Ola Brekke spoke first. Was he right? Nobody knew!",
			[]string{"Gen. Ola Brekke spoke first.", "Was he right?", "Nobody knew!"}},
		{"Fares rose 2.5 percent. Costs rose 3 percent.",
			[]string{"Fares rose 2.5 percent.", "Costs rose 3 percent."}},
		{"“We are done.” Okoro left the room.",
			[]string{"“We are done.”", "Okoro left the room."}},
		{"“We are done,” Okoro said. “Now we go home.”",
			[]string{"“We are done,” Okoro said.", "“Now we go home.”"}},
		{"“We are done.” Okoro said nothing more.",
			[]string{"“We are done.” Okoro said nothing more."}},
		{"He lives on St. Agnes Road. The road floods.",
			[]string{"He lives on St. Agnes Road.", "The road floods."}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			spans := findQuotes(tc.text)
			toks := tokenize(tc.text, spans)
			var got []string
			for _, s := range splitSentences(toks, tc.text, spans) {
				got = append(got, tc.text[toks[s.from].start:toks[s.to-1].end])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("sentences %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMarkdownHTMLBlock(t *testing.T) {
	text := "# Upgrade\n\n## Costs\n\n<div class=\"note\">\nThe council <b>vo</b>ted on Monday.<br>Costs &amp; dates follow.\n</div>\n\n" +
		"<!-- an editor's note -->\n\n<script>alert('x')</script>\n\nAfter the vote."
	b := Parse("md", text, Markdown)
	checkBriefing(t, b)
	got := outline(b)
	want := []string{"T Upgrade", "#1 Costs", "1 paragraph: The council voted on Monday. Costs …", "1 paragraph: After the vote."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline\n got %q\nwant %q", got, want)
	}
	if full := b.Sections[0].Blocks[0].Text; full != "The council voted on Monday. Costs & dates follow." {
		t.Errorf("HTML block text = %q", full)
	}
}

// TestStructureManyNumberedPoints checks that talking points numbered 100
// and up are points of their own, not text folded into point 99.
func TestStructureManyNumberedPoints(t *testing.T) {
	src := string(briefgen.Plain(200_000)) // about 470 points
	want := 0
	for _, line := range strings.Split(src, "\n") {
		// "123. Heading", counted without the pattern under test
		if digits := len(line) - len(strings.TrimLeft(line, "0123456789")); digits > 0 && strings.HasPrefix(line[digits:], ". ") {
			want++
		}
	}
	if want < 150 {
		t.Fatalf("the generated briefing has only %d numbered points", want)
	}
	b := Parse("many.txt", src, Plain)
	if len(b.Sections) != want {
		t.Fatalf("%d talking points, want %d", len(b.Sections), want)
	}
	for i, s := range b.Sections {
		if s.Number != i+1 {
			t.Fatalf("point %d is numbered %d", i+1, s.Number)
		}
	}
}
