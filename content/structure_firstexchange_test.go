package content

import "testing"

func TestNarrates(t *testing.T) {
	for _, c := range []struct {
		p, label string
		want     bool
	}{
		{"Ana Lind will speak at the festival.", "Ana Lind", true},
		{"Lind called for a vote.", "Ana Lind", true},
		{"Lind, Tarrow and Vell are the three ports.", "Ana Lind", false},
		{"I spoke to Ana Lind on Friday.", "Ana Lind", false},
		{"Ana Lind Quay opens in May.", "Ana Lind", false},
	} {
		if got := narrates(c.p, c.label); got != c.want {
			t.Errorf("narrates(%q, %q) = %v, want %v", c.p, c.label, got, c.want)
		}
	}
}

// An essay that asks questions of its own after a quoted exchange is no
// interview: without an intro that says it is one, its paragraphs stay
// the writer's.
func TestFirstExchangeNeedsAnInterview(t *testing.T) {
	doc := "Why ports matter\n\nThe harbour board met on Monday.\n\n" +
		"Piet Varga: Will the ferry keep running?\n\nMirela Sandu: It will, through the winter.\n\n" +
		"What does that mean for the town?\n\nIt means the shops stay open. I think that matters.\n\n" +
		"And for the council?\n\nIt means a bill, and we will pay it.\n\n" +
		"Who decides?\n\nThe board does, in June.\n"
	b := Parse("essay.txt", doc, Plain)
	for _, q := range b.Quotes {
		if q.Text == "What does that mean for the town?" || q.Text == "It means a bill, and we will pay it." {
			t.Errorf("the writer's paragraph %q was read as a turn", q.Text)
		}
	}
}

func TestJointNames(t *testing.T) {
	for label, want := range map[string]bool{"Ines/Bastian": true, "Ana/Piet/Mira": true, "Q/A": false, "and/or": false, "Ines": false} {
		if got := jointNames(label); got != want {
			t.Errorf("jointNames(%q) = %v, want %v", label, got, want)
		}
	}
}

// A profile titled with a name whose question headings are answered in
// the third person is the writer's, not an interview.
func TestNameTitleNeedsSpokenAnswers(t *testing.T) {
	doc := "# Ines Albright\n\n### Who is she?\n\nA boatbuilder on the river, the third of her family.\n\n" +
		"### What does she build?\n\nOak dinghies, mostly, and the odd ferry tender.\n\n### Where can you see them?\n\nAt the quay every summer.\n"
	assertNoQuotes(t, "profile.md", doc, Markdown)
}

// Questions that address two people leave the unlabelled answers no one's.
func TestAddressedTwoPeople(t *testing.T) {
	doc := "# Questions\n\n**Question**:\n\nGood morning, Mr. Okafor. Will the ferry run?\n\n**Answer**:\n\nIt will.\n\n" +
		"**Question**:\n\nMs. Lind, and the fares?\n\n**Answer**:\n\nThey stay as they are.\n"
	b := Parse("qa.md", doc, Markdown)
	for _, q := range b.Quotes {
		if n := b.SpeakerName(q.Speaker); n == "Okafor" || n == "Lind" {
			t.Errorf("%q given to %s", q.Text, n)
		}
	}
}
