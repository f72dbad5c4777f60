package content

import (
	"slices"
	"testing"
)

func TestRosterHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"Attendance": true, "5. Members present": true, "Present:": true, "Call participants": true,
		"**Panelists:**": true, "Notes": false, "The people present at the hearing said": false, "Agenda": false,
	} {
		if got := rosterHeading(h); got != want {
			t.Errorf("rosterHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

func TestRosterEntries(t *testing.T) {
	got := rosterEntries("Ana Lind (Port, chair), Piet Varga; Mira Okonjo (Volunteer).\nIves Dunmore")
	want := []string{"Ana Lind", "Piet Varga", "Mira Okonjo", "Ives Dunmore"}
	if !slices.Equal(got, want) {
		t.Errorf("rosterEntries = %q, want %q", got, want)
	}
	long := "the members who came late and left before the vote was taken on the lamps"
	if got := rosterEntries(long); len(got) != 0 {
		t.Errorf("a sentence is no roster entry: %q", got)
	}
}

// A roster at the end names the people whose first names label the turns;
// a roster line after the last turn is not part of it.
func TestRosterAtEndLinksFirstNames(t *testing.T) {
	doc := "Orla: The lamps are dark again.\n\nTomas: I phoned the council on Monday.\n\n" +
		"Orla: Then we wait for June.\n\nTomas: Agreed, and I will phone again.\n\n" +
		"Present: Orla Brennick, Tomas Vell"
	b := Parse("notes.txt", doc, Plain)
	var got []string
	for _, q := range b.Quotes {
		got = append(got, b.SpeakerName(q.Speaker))
	}
	want := []string{"Orla Brennick", "Tomas Vell", "Orla Brennick", "Tomas Vell"}
	if !slices.Equal(got, want) {
		t.Fatalf("speakers = %q, want %q", got, want)
	}
	if last := b.Quotes[len(b.Quotes)-1].Text; last != "Agreed, and I will phone again." {
		t.Errorf("the roster ran into the last turn: %q", last)
	}
}

// TestRosterEntriesInverted: a roster written surname first, entries apart
// at semicolons, gives the names in reading order; a name with its
// affiliation after a comma stays as it is.
func TestRosterEntriesInverted(t *testing.T) {
	got := rosterEntries(" Vaiki, Norman (Speaker); van Zyl, Jacob; Ruatoe, T.; Pitiroi, Aroha;")
	want := []string{"Norman Vaiki", "Jacob van Zyl", "T Ruatoe", "Aroha Pitiroi"} // (an entry loses its last full stop)
	if !slices.Equal(got, want) {
		t.Errorf("rosterEntries = %q, want %q", got, want)
	}
	if got := uninvert("Ana Lind, Harbour Board"); got != "Ana Lind, Harbour Board" {
		t.Errorf("uninvert turned a name and affiliation into %q", got)
	}
	if got := uninvert("Lind, Chair"); got != "Lind, Chair" {
		t.Errorf("uninvert took an office for a given name: %q", got)
	}
}
