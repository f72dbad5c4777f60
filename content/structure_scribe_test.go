package content

import "testing"

// Lower-case run-ins ("note:", "update:") and a colon in running text are
// no scribe's handles.
func TestScribeHandlesNeedRecurringSpeakers(t *testing.T) {
	for name, doc := range map[string]string{
		"run-ins":   "# Ferry notes\n\n## Monday\n\nnote: the quay is closed.\n\nupdate: it opens at noon.\n\nnote: bring a ticket.\n\nupdate: the cafe is open. note: cash only.\n",
		"one voice": "# Ferry notes\n\n## Monday\n\nob: the quay is closed.\n\nob: it opens at noon. ob: bring a ticket.\n\nThe ferry ran late. It said so: twice.\n",
	} {
		b := Parse("notes.md", doc, Markdown)
		if len(b.Quotes) != 0 {
			t.Errorf("%s: %d quotes, want none (first %q)", name, len(b.Quotes), b.Quotes[0].Text)
		}
	}
}

// A scribe's paragraph of folded lines is one turn per handle.
func TestScribeSplitsFoldedLines(t *testing.T) {
	doc := "# Call\n\n## Attendees\n\nAna Lind, Piet Varga\n\n## Minutes\n\n" +
		"al: shall we start? pv: yes. al: the quay first.\npv: it is closed. al: since when?\npv: Monday.\n"
	b := Parse("call.md", doc, Markdown)
	want := []string{"Ana Lind", "Piet Varga", "Ana Lind", "Piet Varga", "Ana Lind", "Piet Varga"}
	if len(b.Quotes) != len(want) {
		t.Fatalf("%d quotes, want %d", len(b.Quotes), len(want))
	}
	for i, w := range want {
		if got := b.SpeakerName(b.Quotes[i].Speaker); got != w {
			t.Errorf("quote %d %q: %q, want %q", i, b.Quotes[i].Text, got, w)
		}
	}
}

// Lines of "key: value" are a listing, not a scribe's minutes.
func TestScribeListingIsNoMeeting(t *testing.T) {
	doc := "Release notes\n\nname: tide-feed\n\nversion: 2.1. name: buoy-feed. version: 1.4.\n\nname: quay-cams. version: 0.9. owner: port.\n\nowner: council. name: bridge-feed.\n"
	assertNoQuotes(t, "notes.txt", doc, Plain)
}

// Names over roles sign letters; they are no turns.
func TestNameLinesNotSignatures(t *testing.T) {
	doc := "Letters to the editor\n\nThe quay is late again and nobody explains why.\n\nAna Lind\nMayor of Tarrow\n\n" +
		"The ferry fares are too high.\n\nPiet Varga\nFerry Users' Group\n\nThe buoys are broken.\n\nAna Lind\nMayor of Tarrow\n"
	b := Parse("letters.txt", doc, Plain)
	for _, q := range b.Quotes {
		if q.Text == "Mayor of Tarrow" || q.Text == "Ferry Users' Group" {
			t.Errorf("a signature's role %q was read as a turn", q.Text)
		}
	}
}
