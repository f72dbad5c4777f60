package ui

import (
	tea "charm.land/bubbletea/v2"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// transcriptFixture is a short press briefing in units brief made: each
// exchange a derived section, each turn a labelled block.
func transcriptFixture() model.Briefing {
	turn := func(label, speaker, text string) fxBlock {
		return fxBlock{kind: model.QuoteBlock, label: label, text: text,
			quotes: []fxQuote{{text: text, speaker: speaker, kind: model.Turn}}}
	}
	b := buildBriefing("Briefing on the winter ferries",
		[]string{"the winter timetable", "rest periods for crews", "fares"},
		[]model.Speaker{
			{ID: "solvik", Name: "Ingrid Solvik", FullName: "Harbour Master Ingrid Solvik", Role: "Harbour Master"},
			{ID: "vehko", Name: "Tomas Vehko", FullName: "Deputy Mayor Tomas Vehko", Role: "Deputy Mayor"},
			{ID: "unknown", Name: "Unknown", Role: "unnamed sources"},
		},
		[][]fxBlock{
			{para("Briefers: Harbour Master Ingrid Solvik; Deputy Mayor Tomas Vehko.")},
			{
				turn("THE HARBOUR MASTER", "solvik", "From November we run eleven sailings a day."),
				turn("Q", "unknown", "Why fewer boats in winter?"),
				turn("THE DEPUTY MAYOR", "vehko", "The last boat home still leaves at ten past nine."),
			},
			{
				turn("Q", "unknown", "Will crews get eleven hours of rest?"),
				turn("THE HARBOUR MASTER", "solvik", "Yes, every crew, between every pair of shifts."),
			},
			{
				turn("Q", "unknown", "Are single tickets going up?"),
				turn("THE DEPUTY MAYOR", "vehko", "Commuter passes keep their price until January."),
			},
		})
	for i := range b.Sections {
		b.Sections[i].Derived = true
	}
	return b
}

// TestTranscriptUnits checks the reader moves through a transcript's
// exchanges like talking points, shows their names as brief's, reads a
// turn as its label then plain words, and under a speaker filter shows
// only that speaker's turns.
func TestTranscriptUnits(t *testing.T) {
	b := transcriptFixture()
	tt := newTester(t, b, 120, 30)
	var derived int
	for _, it := range tt.m.outline.items {
		if it.derived {
			derived++
		}
	}
	if derived != 3 {
		t.Fatalf("outline has %d derived rows, want 3: %+v", derived, tt.m.outline.items)
	}
	for want := 1; want <= 3; want++ {
		tt.press("]")
		if got := tt.m.doc.currentSection(); got != want {
			t.Fatalf("] %d times: at unit %d", want, got)
		}
	}
	tt.press("2")
	if !strings.Contains(tt.docTop(), "2. rest periods for crews") {
		t.Fatalf("2 does not show the second exchange: %q", tt.docTop())
	}

	// the unit's name is drawn as brief's, the turn's words unstyled
	var heading, turnLine docLine
	for _, l := range tt.m.doc.allLines() {
		switch {
		case strings.Contains(l.plain, "rest periods for crews"):
			heading = l
		case strings.Contains(l.plain, "eleven sailings"):
			turnLine = l
		}
	}
	if len(heading.spans) == 0 || heading.spans[0].kind != spanDerived {
		t.Errorf("derived heading spans %+v", heading.spans)
	}
	if !strings.HasPrefix(turnLine.plain, "THE HARBOUR MASTER: From November") {
		t.Errorf("turn line %q", turnLine.plain)
	}
	for _, sp := range turnLine.spans {
		if sp.kind == spanQuote {
			t.Errorf("a turn is styled as a quote: %+v", turnLine.spans)
		}
		if r := spanRole(sp, ""); sp.kind == spanTurn && r != roleNone {
			t.Errorf("a turn's words have role %d without a filter", r)
		}
	}

	// filtering by the harbour master shows her turns and no one else's
	var cmd tea.Cmd
	tt.m, cmd = tt.m.setFilter("solvik")
	tt.run(cmd, 0)
	text := tt.allDocText()
	for _, want := range []string{"eleven sailings", "every crew"} {
		if !strings.Contains(text, want) {
			t.Errorf("filtered view lacks her turn %q", want)
		}
	}
	for _, other := range []string{"ten past nine", "Why fewer boats", "Commuter passes"} {
		if strings.Contains(text, other) {
			t.Errorf("filtered view shows another speaker's turn %q", other)
		}
	}
}

// TestDerivedHeadingsPrintedAsBriefs checks print mode marks a derived
// unit's name as brief's where there is no colour to tell it apart.
func TestDerivedHeadingsPrintedAsBriefs(t *testing.T) {
	var out strings.Builder
	if err := Print(&out, transcriptFixture(), 80, "notty"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "[1. the winter timetable]") || strings.Contains(out.String(), "## 1.") {
		t.Errorf("derived heading not marked as brief's:\n%s", out.String())
	}
}

// TestLinksAreHyperlinksInTheReader checks a link's text becomes a terminal
// hyperlink to its address, made by brief and let through the filter, and
// a link to anything but http, https or mailto does not.
func TestLinksAreHyperlinksInTheReader(t *testing.T) {
	text := "Read the minutes or the script."
	b := buildBriefing("", nil, nil, [][]fxBlock{{para(text)}})
	b.Intro[0].Inlines = []model.Inline{
		{Kind: model.Link, Start: 9, End: 16, URL: "https://example.org/minutes"},
		{Kind: model.Link, Start: 24, End: 30, URL: "javascript:alert(1)"},
	}
	tt := newTester(t, b, 100, 20)
	v := tt.m.View().Content
	if !strings.Contains(v, openLink("https://example.org/minutes")+"\x1b[") || !strings.Contains(v, closeLink) {
		t.Fatalf("no hyperlink for the minutes: %q", v)
	}
	if strings.Contains(v, "javascript") && strings.Contains(v, "8;id="+linkID+";javascript") {
		t.Fatal("a javascript: link became a hyperlink")
	}
	// the link's text and its address under the point
	if n := strings.Count(v, "\x1b]8;id="); n != 2 {
		t.Fatalf("%d hyperlinks, want 2: %q", n, v)
	}
	if !strings.Contains(tt.screen(), "[1] https://example.org/minutes") || !strings.Contains(tt.screen(), "[2] javascript:alert(1)") {
		t.Fatalf("the addresses are not listed under the point:\n%s", tt.screen())
	}
}
