package content

import (
	"testing"

	"github.com/briefreader/brief/model"
)

// Bullets that open with a run-in word are no turns unless the document
// knows the words as people's.
func TestBulletLabelsNeedKnownNames(t *testing.T) {
	for name, doc := range map[string]string{
		"fields":                    "# Spring fair\n\n## Details\n\n* Venue: the old drill hall\n* Cost: five pounds\n* Parking: on the green\n* Contact: the secretary\n\n## Notes\n\nBring cakes.\n",
		"bold run-ins":              "# Spring fair\n\n## Details\n\n* **Venue:** the old drill hall\n* **Tickets:** at the door\n* **Parking:** on the green\n",
		"first names, no one known": "# Rota\n\n## Week one\n\n* Mara: Monday and Tuesday\n* Olek: Wednesday\n* Petra: Thursday\n",
	} {
		b := Parse("notes.md", doc, Markdown)
		if len(b.Quotes) != 0 {
			t.Errorf("%s: %d quotes, want none (first %q)", name, len(b.Quotes), b.Quotes[0].Text)
		}
	}
}

// A stand-up list of first names whose people a roster names in full is
// a list of turns, and stays a list.
func TestBulletTurnsStayListItems(t *testing.T) {
	doc := "# Board\n\n## Present\n\n* Mara Lisk\n* Olek Brandt\n\n## Updates\n\n" +
		"* Mara: booked the hall\n* Olek: sent the invitations\n* Mara: the caterer wants a deposit\n"
	b := Parse("notes.md", doc, Markdown)
	if len(b.Quotes) != 3 {
		t.Fatalf("%d quotes, want 3", len(b.Quotes))
	}
	for i, want := range []string{"Mara Lisk", "Olek Brandt", "Mara Lisk"} {
		if got := b.SpeakerName(b.Quotes[i].Speaker); got != want {
			t.Errorf("quote %d: speaker %q, want %q", i, got, want)
		}
	}
	if q := b.Quotes[1]; q.Text != "sent the invitations" {
		t.Errorf("quote text %q", q.Text)
	}
	blocks := b.Blocks(2)
	if len(blocks) != 3 || blocks[0].Kind != model.ListItem || blocks[0].Text != "Mara: booked the hall" {
		t.Errorf("the items are no longer list items as written: %+v", blocks)
	}
}

// Lower-case run-ins over bullets ("pros:", "cons:", "owner:") are no
// note-taker's speakers: they recur, but nothing in them speaks.
func TestLowerBulletsNeedSpeech(t *testing.T) {
	doc := "# Options\n\n## Ferry or bridge\n\n- ferry\n  - pros: cheap, running already\n  - cons: slow in winter\n  - owner: the port\n" +
		"- bridge\n  - pros: fast, open all night\n  - cons: expensive, years away\n  - owner: the council\n" +
		"- tunnel\n  - pros: no weather\n  - cons: the most expensive\n  - owner: nobody yet\n"
	assertNoQuotes(t, "options.md", doc, Markdown)
}

// A change log's bullets are no one's turns, even where they say "we".
func TestChangeLogBulletsAreNoTurns(t *testing.T) {
	doc := "# Release 2.4\n\n## Changes\n\n- fix: the tide feed no longer drops the last reading\n- feat: buoys report their battery\n" +
		"- fix: I made the map load faster\n- docs: how do I add a buoy?\n- feat: we now show the quay cameras\n" +
		"- fix: the ferry times are in local time\n- chore: bump the map library\n- tests: we test the buoys\n- tests: we test the quay\n"
	assertNoQuotes(t, "release.md", doc, Markdown)
}

// assertNoQuotes fails when the document parsed as format yields any
// quote: for shapes that look like turns or minutes but where nobody speaks.
func assertNoQuotes(t *testing.T, name, doc string, format Format) {
	t.Helper()
	if b := Parse(name, doc, format); len(b.Quotes) != 0 {
		t.Errorf("%s: %d quotes, want none (first %q)", name, len(b.Quotes), b.Quotes[0].Text)
	}
}
