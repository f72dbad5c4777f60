package content

// Roles: a speaker's role is the words that describe them — no article or
// possessive pronoun before it, no stray punctuation after it, never a
// portfolio taken into the name or a pair taken for one of them. Every
// person, place and body here is invented.

import (
	"testing"
)

func TestRolesDescribeThePerson(t *testing.T) {
	cases := []struct {
		name, text string
		speaker    string
		role       string
	}{
		{"a former office stays former",
			"“We left the treasury full,” said former president Ivo Sandor.",
			"Ivo Sandor", "former president"},
		{"a role in brackets is more than the bare title, without its time",
			"President Ivo Sandor (the former Estmere president before the election) spoke last. “We left the treasury full,” Sandor said.",
			"Ivo Sandor", "former Estmere president"},
		{"a clause after a comma is no appositive",
			"The tunnel fell in, according to the Valley Survey Office, an engineer at the site has told Valley Radio. The survey office said the risk was “real”.",
			"Valley Survey Office", ""},
		{"a body's role after an inverted name",
			"“Every week we wait, the cargo goes elsewhere,” said Ines Marr, Tidewater's operations director. She put the cost at four million.",
			"Ines Marr", "Tidewater's operations director"},
		{"a possessive pronoun describes nobody",
			"Mayor Ines Albright spoke first. Her deputy, Lars Feng, was blunter: “The budget is a fiction.”",
			"Lars Feng", "deputy"},
		{"an article is not part of the role",
			"The deputy harbour master, Tomas Brandt, said: “The quay reopens on Monday.”",
			"Tomas Brandt", "deputy harbour master"},
		{"a portfolio after a title is no part of the name",
			"Talks with the Minister for Fisheries Oskar Lindahl ran late. “We agreed on quotas,” Lindahl said.",
			"Oskar Lindahl", "Minister for Fisheries"},
		{"a relative clause with a role verb keeps its article and stops before a second verb",
			"Ruth Obi, who chairs the Harbour Forum and grows apples, said: “The forum was never asked.”",
			"Ruth Obi", "chair of the Harbour Forum"},
		{"a relative clause ends at its full stop",
			"The debate was joined by Yara Lund, who founded the town’s oldest bakery. “Buses matter more than bread,” Lund said.",
			"Yara Lund", "founder of the town’s oldest bakery"},
		{"an abbreviated title keeps its dot",
			"“The vote is close,” said Sen. Ana Whitlock.",
			"Ana Whitlock", "Sen."},
		{"a role noun before a surname is no part of the name",
			"“We played the wrong game,” said team captain Varga.",
			"Varga", "team captain"},
		{"a capitalised title before a surname is",
			"“We played the wrong game,” said Captain Varga.",
			"Captain Varga", ""},
		{"a pair is no one's role",
			"Marta Ilves and her brother Jaan Ilves run the ferry. “We will not sell,” Jaan Ilves said.",
			"Jaan Ilves", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := Parse("roles.txt", c.text, Plain)
			for _, s := range b.Speakers {
				if s.Name == c.speaker {
					if s.Role != c.role {
						t.Errorf("%s: role %q, want %q", s.Name, s.Role, c.role)
					}
					return
				}
			}
			t.Errorf("no speaker %q: %s", c.speaker, quoteList(b))
		})
	}
}

// A relation introduced by name is someone else, even when they share
// names with the person they are the relation of.
func TestRelationIsAnotherPerson(t *testing.T) {
	text := "Among the crew was engineer Siti Rahma Wulan. Ms Siti’s father, Rahma Wulan, has said: “We only want her home.”"
	b := Parse("relation.txt", text, Plain)
	q, ok := quoteWith(b, "only want her home")
	if !ok {
		t.Fatalf("quote not found: %s", quoteList(b))
	}
	sp, _ := b.Speaker(q.Speaker)
	if sp.Name != "Rahma Wulan" || sp.Role != "Ms Siti’s father" {
		t.Errorf("speaker %q (role %q), want Rahma Wulan, Ms Siti’s father", sp.Name, sp.Role)
	}
}
