package model

import (
	"reflect"
	"strconv"
	"testing"
)

// fixture is a hand-built briefing with fictional people: an intro quote,
// three talking points, an unattributed quote, a transcript turn and two
// speakers tied on quote count.
//
//	intro      q0 varga
//	section 1  q1 varga, q2 unattributed, q3 holm (block 1)
//	section 2  (no quotes)
//	section 3  q4 ruiz, q5 holm, q6 varga (block 2)
func fixture() Briefing {
	q := func(text, speaker string, section, block int, kind QuoteKind) Quote {
		return Quote{Text: text, Speaker: speaker, Section: section, Block: block, End: len(text), Kind: kind}
	}
	return Briefing{
		Title: "Harbour talks",
		Intro: []Block{{Kind: Paragraph, Text: "Lead", Quotes: []int{0}}},
		Sections: []Section{
			{Number: 1, Heading: "Fares", Blocks: []Block{
				{Kind: Paragraph, Text: "p1", Quotes: []int{1, 2}},
				{Kind: QuoteBlock, Text: "turn", Label: "MR. HOLM", Quotes: []int{3}},
			}},
			{Number: 2, Heading: "Berths", Blocks: []Block{{Kind: Aside, Text: "(aside)"}}},
			{Number: 3, Heading: "Pay", Blocks: []Block{
				{Kind: Paragraph, Text: "p3", Quotes: []int{4, 5}},
				{Kind: ListItem, Text: "item"},
				{Kind: Paragraph, Text: "p4", Quotes: []int{6}},
			}},
		},
		Speakers: []Speaker{
			{ID: "ilse-varga", Name: "Ilse Varga", FullName: "Ilse Varga", Role: "Mayor", Aliases: []string{"Varga", "the mayor"}},
			{ID: "dag-holm", Name: "Dag Holm", FullName: "Sir Dag Holm", Aliases: []string{"Holm", "Mr. Holm"}},
			{ID: "ana-ruiz", Name: "Ana Ruiz", FullName: "Ana Ruiz", Kind: Person},
			{ID: "tidewater", Name: "Tidewater Group", FullName: "Tidewater Group", Kind: Organisation},
		},
		Quotes: []Quote{
			q("We start now.", "ilse-varga", 0, 0, Direct),
			q("Not yet,", "ilse-varga", 1, 0, Direct),
			q("stall", "", 1, 0, Partial),
			q("We will vote.", "dag-holm", 1, 1, Turn),
			q("Pay is fair.", "ana-ruiz", 3, 0, Direct),
			q("It is not,", "dag-holm", 3, 0, Direct),
			q("Enough.", "ilse-varga", 3, 2, Direct),
		},
	}
}

func TestSpeakerByAlias(t *testing.T) {
	b := fixture()
	cases := []struct {
		query, want string // want "" for not found
	}{
		{"Ilse Varga", "ilse-varga"},
		{"ilse varga", "ilse-varga"},
		{"VARGA", "ilse-varga"},
		{"The Mayor", "ilse-varga"},
		{"  Varga  ", "ilse-varga"},
		{"sir dag holm", "dag-holm"},
		{"mr. holm", "dag-holm"},
		{"dag-holm", "dag-holm"},
		{"Tidewater Group", "tidewater"},
		{"Ruiz", ""},
		{"Vargas", ""},
		{"", ""},
		{"   ", ""},
	}
	for _, tc := range cases {
		t.Run(strconv.Quote(tc.query), func(t *testing.T) {
			s, ok := b.SpeakerByAlias(tc.query)
			if ok != (tc.want != "") || s.ID != tc.want {
				t.Errorf("SpeakerByAlias(%q) = %q, %v; want %q", tc.query, s.ID, ok, tc.want)
			}
		})
	}
}

func TestSpeakerAndName(t *testing.T) {
	b := fixture()
	if s, ok := b.Speaker("dag-holm"); !ok || s.Name != "Dag Holm" {
		t.Errorf("Speaker(dag-holm) = %+v, %v", s, ok)
	}
	if _, ok := b.Speaker("Dag Holm"); ok {
		t.Error("Speaker matched a display name; it takes IDs only")
	}
	for id, want := range map[string]string{"ana-ruiz": "Ana Ruiz", "": "", "nobody": ""} {
		if got := b.SpeakerName(id); got != want {
			t.Errorf("SpeakerName(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestQuotesByAndCount(t *testing.T) {
	b := fixture()
	cases := []struct {
		id   string
		want []string
	}{
		{"ilse-varga", []string{"We start now.", "Not yet,", "Enough."}},
		{"dag-holm", []string{"We will vote.", "It is not,"}},
		{"ana-ruiz", []string{"Pay is fair."}},
		{"tidewater", nil},
		{"", nil}, // unattributed quotes belong to nobody
		{"nobody", nil},
	}
	for _, tc := range cases {
		t.Run(strconv.Quote(tc.id), func(t *testing.T) {
			var got []string
			for _, q := range b.QuotesBy(tc.id) {
				got = append(got, q.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("QuotesBy(%q) = %q, want %q", tc.id, got, tc.want)
			}
			if n := b.QuoteCount(tc.id); n != len(tc.want) {
				t.Errorf("QuoteCount(%q) = %d, want %d", tc.id, n, len(tc.want))
			}
		})
	}
}

func TestSectionsWith(t *testing.T) {
	b := fixture()
	cases := []struct {
		id   string
		want []int
	}{
		{"ilse-varga", []int{0, 1, 3}},
		{"dag-holm", []int{1, 3}},
		{"ana-ruiz", []int{3}},
		{"tidewater", nil},
		{"", nil},
	}
	for _, tc := range cases {
		if got := b.SectionsWith(tc.id); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SectionsWith(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

func TestQuotesIn(t *testing.T) {
	b := fixture()
	cases := []struct {
		n    int
		want []string
	}{
		{0, []string{"We start now."}},
		{1, []string{"Not yet,", "stall", "We will vote."}},
		{2, nil},
		{3, []string{"Pay is fair.", "It is not,", "Enough."}},
		{4, nil},
		{-1, nil},
	}
	for _, tc := range cases {
		var got []string
		for _, q := range b.QuotesIn(tc.n) {
			got = append(got, q.Text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("QuotesIn(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestBlocks(t *testing.T) {
	b := fixture()
	cases := []struct {
		n    int
		want []string // block texts; nil for no talking point
	}{
		{0, []string{"Lead"}},
		{1, []string{"p1", "turn"}},
		{2, []string{"(aside)"}},
		{3, []string{"p3", "item", "p4"}},
		{4, nil},
		{-1, nil},
	}
	for _, tc := range cases {
		var got []string
		for _, bl := range b.Blocks(tc.n) {
			got = append(got, bl.Text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Blocks(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestBlockOf(t *testing.T) {
	b := fixture()
	for i, q := range b.Quotes {
		bl, ok := b.BlockOf(q)
		if !ok {
			t.Errorf("BlockOf(quote %d) not found", i)
			continue
		}
		found := false
		for _, qi := range bl.Quotes {
			found = found || qi == i
		}
		if !found {
			t.Errorf("BlockOf(quote %d %q) = block %q, which does not list it", i, q.Text, bl.Text)
		}
	}
	if bl, _ := b.BlockOf(b.Quotes[3]); bl.Label != "MR. HOLM" || bl.Kind != QuoteBlock {
		t.Errorf("BlockOf(turn) = %+v, want the MR. HOLM quote block", bl)
	}
	for _, q := range []Quote{{Section: 1, Block: 2}, {Section: 1, Block: -1}, {Section: 9, Block: 0}, {Section: 2, Block: 1}} {
		if bl, ok := b.BlockOf(q); ok {
			t.Errorf("BlockOf(section %d, block %d) = %q, want not found", q.Section, q.Block, bl.Text)
		}
	}
}

func TestSpeakersByQuotes(t *testing.T) {
	ids := func(ss []Speaker) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.ID)
		}
		return out
	}
	b := fixture()
	before := ids(b.Speakers)
	// Varga 3, Holm 2, Ruiz 1, Tidewater 0; the unattributed quote counts
	// for nobody.
	if got, want := ids(b.SpeakersByQuotes()), []string{"ilse-varga", "dag-holm", "ana-ruiz", "tidewater"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SpeakersByQuotes = %q, want %q", got, want)
	}
	if !reflect.DeepEqual(ids(b.Speakers), before) {
		t.Errorf("SpeakersByQuotes reordered b.Speakers: %q", ids(b.Speakers))
	}

	// Ties keep the order of first quote, and a later speaker with more
	// quotes moves ahead.
	tie := Briefing{
		Speakers: []Speaker{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}},
		Quotes: []Quote{
			{Speaker: "a"}, {Speaker: "b"}, {Speaker: "c"}, {Speaker: ""}, {Speaker: ""},
			{Speaker: "d"}, {Speaker: "d"}, {Speaker: "c"}, {Speaker: "b"}, {Speaker: ""},
		},
	}
	if got, want := ids(tie.SpeakersByQuotes()), []string{"b", "c", "d", "a"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SpeakersByQuotes with ties = %q, want %q", got, want)
	}
	if got := (&Briefing{}).SpeakersByQuotes(); len(got) != 0 {
		t.Errorf("SpeakersByQuotes on an empty briefing = %v", got)
	}
}

func TestKindStrings(t *testing.T) {
	cases := []struct{ got, want string }{
		{Paragraph.String(), "paragraph"},
		{Aside.String(), "aside"},
		{ListItem.String(), "list item"},
		{QuoteBlock.String(), "quote block"},
		{Heading.String(), "heading"},
		{CodeBlock.String(), "code"},
		{TableBlock.String(), "table"},
		{Footnote.String(), "footnote"},
		{BlockKind(9).String(), "unknown"},
		{Emphasis.String(), "emphasis"},
		{Link.String(), "link"},
		{NoteRef.String(), "note"},
		{InlineKind(6).String(), "unknown"},
		{InlineKind(-1).String(), "unknown"},
		{BlockKind(-1).String(), "unknown"},
		{Direct.String(), "direct"},
		{Partial.String(), "partial"},
		{Turn.String(), "turn"},
		{QuoteKind(7).String(), "unknown"},
		{Person.String(), "person"},
		{Organisation.String(), "organisation"},
	}
	for _, tc := range cases {
		if tc.got != tc.want {
			t.Errorf("String() = %q, want %q", tc.got, tc.want)
		}
	}
	if (Quote{}).Attributed() || !(Quote{Speaker: "a"}).Attributed() {
		t.Error("Attributed must report whether a quote has a speaker")
	}
}

func TestQuoteCountsAndNames(t *testing.T) {
	b := Briefing{
		Speakers: []Speaker{{ID: "a", Name: "Ana Lind"}, {ID: "b", Name: "Dag Holm"}},
		Quotes:   []Quote{{Speaker: "a"}, {Speaker: "b"}, {Speaker: "a"}, {Speaker: ""}},
	}
	counts := b.QuoteCounts()
	if counts["a"] != 2 || counts["b"] != 1 || counts[""] != 0 || len(counts) != 2 {
		t.Errorf("QuoteCounts = %v", counts)
	}
	for _, s := range b.Speakers {
		if counts[s.ID] != b.QuoteCount(s.ID) {
			t.Errorf("%s: QuoteCounts %d, QuoteCount %d", s.ID, counts[s.ID], b.QuoteCount(s.ID))
		}
	}
	names := b.SpeakerNames()
	if names["a"] != "Ana Lind" || names["b"] != "Dag Holm" || names[""] != "" {
		t.Errorf("SpeakerNames = %v", names)
	}
	b.Speakers = append(b.Speakers, Speaker{ID: "a", Name: "Ana Lind Two"})
	if got := b.SpeakerNames()["a"]; got != b.SpeakerName("a") {
		t.Errorf("with a repeated ID, SpeakerNames gives %q but SpeakerName %q", got, b.SpeakerName("a"))
	}
}

func TestBlockLinks(t *testing.T) {
	bl := Block{Text: "See the report and the vote.", Inlines: []Inline{
		{Kind: Strong, Start: 0, End: 3},
		{Kind: Link, Start: 8, End: 14, URL: "https://example.org/report"},
		{Kind: Link, Start: 23, End: 27, URL: "https://example.org/vote"},
	}}
	got := bl.Links()
	if len(got) != 2 || bl.Text[got[0].Start:got[0].End] != "report" || got[1].URL != "https://example.org/vote" {
		t.Errorf("Links() = %+v", got)
	}
	if (Block{Text: "plain"}).Links() != nil {
		t.Error("a block without links has Links() != nil")
	}
}

func TestNestedInlines(t *testing.T) {
	bl := Block{Text: "Bold then ĺink here.", Inlines: []Inline{
		{Kind: Strong, Start: 0, End: 9},       // "Bold then"
		{Kind: Emphasis, Start: 5, End: 15},    // crosses the end of the strong span
		{Kind: Link, Start: 10, End: 15},       // "ĺink"
		{Kind: Link, Start: 11, End: 15},       // inside "ĺ"
		{Kind: InlineCode, Start: 16, End: 99}, // past the text
		{Kind: NoteRef, Start: 20, End: 20},    // a point at the end
	}}
	got := bl.NestedInlines()
	var kinds []InlineKind
	for _, x := range got {
		kinds = append(kinds, x.Kind)
	}
	if want := []InlineKind{Strong, Link, NoteRef}; !reflect.DeepEqual(kinds, want) {
		t.Errorf("NestedInlines kinds %v, want %v", kinds, want)
	}
}
