package content

// Speakers: one per person whatever form the document uses, with role and
// aliases; organisations; namesakes; typos. Every person, place and
// organisation here is invented for the test.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

type speakerWant struct {
	name string
	// role is the exact role wanted; "*" accepts any.
	role string
	// aliases must all be among the speaker's aliases; notAliases must not.
	aliases, notAliases []string
	kind                model.SpeakerKind
	quotes              int
}

type speakerCase struct {
	name string
	text string
	// want lists every speaker, in order of first quote.
	want []speakerWant
	gap  string
}

// checkSpeakers compares a briefing's speakers with want, in order.
func checkSpeakers(b model.Briefing, want []speakerWant) []string {
	var problems []string
	var names []string
	for _, s := range b.Speakers {
		names = append(names, fmt.Sprintf("%s (role %q, aliases %q)", s.Name, s.Role, s.Aliases))
	}
	if len(b.Speakers) != len(want) {
		return []string{fmt.Sprintf("speakers %s, want %d", strings.Join(names, "; "), len(want))}
	}
	for i, w := range want {
		s := b.Speakers[i]
		if s.Name != w.name {
			problems = append(problems, fmt.Sprintf("speaker %d is %q, want %q", i, s.Name, w.name))
			continue
		}
		if w.role != "*" && s.Role != w.role {
			problems = append(problems, fmt.Sprintf("%s: role %q, want %q", s.Name, s.Role, w.role))
		}
		for _, a := range w.aliases {
			if !containsFold(s.Aliases, a) {
				problems = append(problems, fmt.Sprintf("%s: aliases %q lack %q", s.Name, s.Aliases, a))
			}
		}
		for _, a := range w.notAliases {
			if containsFold(s.Aliases, a) {
				problems = append(problems, fmt.Sprintf("%s: aliases %q include %q", s.Name, s.Aliases, a))
			}
		}
		if s.Kind != w.kind {
			problems = append(problems, fmt.Sprintf("%s: kind %s, want %s", s.Name, s.Kind, w.kind))
		}
		if n := b.QuoteCount(s.ID); n != w.quotes {
			problems = append(problems, fmt.Sprintf("%s: %d quotes, want %d: %s", s.Name, n, w.quotes, quoteList(b)))
		}
	}
	return problems
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func TestSpeakers(t *testing.T) {
	cases := []speakerCase{
		{
			name: "one speaker across title, surname, role noun and full name",
			text: "German Chancellor Ana Lind arrived on Monday. Mayor Ilse Varga met her at the quay, with Tomas Reyes.\n\n" +
				"“We are glad to help,” Lind said.\n\nLater, the chancellor spoke again: “Vellan will not be left alone.”\n\n" +
				"“Nor will Lenholm,” said Ana Lind.",
			want: []speakerWant{{name: "Ana Lind", role: "German Chancellor", aliases: []string{"Lind", "the chancellor"}, quotes: 3}},
		},
		{
			name: "people mentioned but never quoted are not speakers",
			text: "Mayor Ilse Varga and Commissioner Dag Holm toured the quay with the engineer Ola Brekke.\n\n“It will hold,” Brekke said.",
			want: []speakerWant{{name: "Ola Brekke", role: "*", aliases: []string{"Brekke"}, quotes: 1}},
		},
		{
			name: "namesakes told apart by forename",
			text: "Harbour Commissioner Tomas Reyes and his wife, Marta Reyes, a teacher, both spoke at the meeting.\n\n" +
				"“The pier is safe,” Tomas Reyes said.\n\n“The school is not,” Marta Reyes said.\n\n“We need both,” Tomas said.",
			want: []speakerWant{
				{name: "Tomas Reyes", role: "Harbour Commissioner", aliases: []string{"Reyes", "Tomas"}, quotes: 2},
				{name: "Marta Reyes", role: "teacher", aliases: []string{"Reyes"}, quotes: 1},
			},
		},
		{
			name: "typo'd surname with a changed letter",
			text: "Inspector Ola Halvorsen checked the pier on Monday.\n\n“It is sound,” Halvorsen said. “For now,” Halvorson added.",
			want: []speakerWant{{name: "Ola Halvorsen", role: "Inspector", aliases: []string{"Halvorsen"}, quotes: 2}},
		},
		{
			name: "typo'd surname with a doubled letter",
			text: "Inspector Ola Brekke checked the pier on Monday.\n\n“It is sound,” Brekke said. “For now,” Brekkke added.",
			want: []speakerWant{{name: "Ola Brekke", role: "Inspector", aliases: []string{"Brekke"}, quotes: 2}},
		},
		{
			name: "organisation named then 'the ministry'",
			text: "The Ministry of Transport published the fares on Monday. “We will not change them,” the ministry said. “Not this year,” it added.",
			want: []speakerWant{{name: "Ministry of Transport", role: "", kind: model.Organisation, quotes: 2}},
		},
		{
			name: "organisation alias is not a bare word of its name",
			text: "The Ministry of Transport published the fares on Monday. “We will not change them,” the ministry said.",
			want: []speakerWant{{name: "Ministry of Transport", role: "", notAliases: []string{"Transport"}, kind: model.Organisation, quotes: 1}},
		},
		{
			name: "company speaker",
			text: "The Tidewater Group said on Monday that the pier was sound. “We stand by our report,” the group said.",
			want: []speakerWant{{name: "Tidewater Group", role: "", kind: model.Organisation, quotes: 1}},
		},
		{
			name: "unnamed sources share one Unknown speaker",
			text: "“The pier will close,” officials said. “Not this year,” two diplomats said. “Fine,” Ilse Varga said. “Good,” one resident said.",
			want: []speakerWant{
				{name: "Unknown", role: "*", aliases: []string{"officials", "two diplomats", "one resident"}, quotes: 3},
				{name: "Ilse Varga", role: "", aliases: []string{"Varga"}, quotes: 1},
			},
		},
		{
			name: "role from an appositive",
			text: "“The quay is safe,” Ola Brekke, an engineer at Tidewater Works, said.",
			want: []speakerWant{{name: "Ola Brekke", role: "engineer at Tidewater Works", aliases: []string{"Brekke"}, quotes: 1}},
		},
		{
			name: "role from an appositive after an inverted cue",
			text: "“We have waited long enough,” said Ilse Varga, the mayor of Lenholm.",
			want: []speakerWant{{name: "Ilse Varga", role: "mayor of Lenholm", aliases: []string{"Varga"}, quotes: 1}},
		},
		{
			name: "a dashed aside is not a role",
			text: "Ana Lind — speaking after a long night of talks — said the pier was “safe for now”.",
			want: []speakerWant{{name: "Ana Lind", role: "", aliases: []string{"Lind"}, quotes: 1}},
		},
		{
			name: "a whom clause is not a role",
			text: "Dag Holm, whom Ilse Varga appointed last year, said: “We are ready.”",
			want: []speakerWant{{name: "Dag Holm", role: "", aliases: []string{"Holm"}, quotes: 1}},
		},
		{
			name: "occupation before the name is not part of it",
			text: "Engineer Ola Brekke inspected the pier on Monday.\n\n“It is sound,” Brekke said.",
			want: []speakerWant{{name: "Ola Brekke", role: "*", aliases: []string{"Brekke"}, quotes: 1}},
		},
		{
			name: "name particles stay in the name",
			text: "Port director Ana van der Berg spoke first. “We are ready,” said Ana van der Berg. “So are we,” Omar al-Rashid said.",
			want: []speakerWant{
				{name: "Ana van der Berg", role: "*", quotes: 1},
				{name: "Omar al-Rashid", role: "", quotes: 1},
			},
		},
		{
			name: "an honorific is not a role",
			text: "“We are ready,” Ms Lind said. Ana Lind runs the port.",
			want: []speakerWant{{name: "Ana Lind", role: "", aliases: []string{"Lind"}, quotes: 1}},
		},
		{
			name: "transcript labels join the header's people",
			text: "Briefing on the floods\n\nMayor Ilse Varga and Commissioner Dag Holm\n\nMAYOR VARGA: The river peaked.\n\n" +
				"Q: When will the bridge reopen?\n\nCOMMISSIONER HOLM: Not before Friday.\n\nMS. VARGA: Thank you.",
			want: []speakerWant{
				{name: "Ilse Varga", role: "Mayor", aliases: []string{"Varga"}, quotes: 2},
				{name: "Unknown", role: "*", quotes: 1},
				{name: "Dag Holm", role: "Commissioner", aliases: []string{"Holm"}, quotes: 1},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("speakers", tc.text, Plain)
			checkBriefing(t, b)
			report(t, tc.gap, checkSpeakers(b, tc.want))
		})
	}
}

// TestSpeakerLookup checks that a parsed speaker is found by every form of
// their name the document used, case-insensitively, and that the filter
// query returns just their quotes.
func TestSpeakerLookup(t *testing.T) {
	text := "Budget talks\n\n1. Fares\n\nGerman Chancellor Ana Lind arrived on Monday. “We are glad to help,” Lind said.\n\n" +
		"2. Berths\n\n“A new berth will be built,” Mayor Ilse Varga said. “Vellan will not be left alone,” the chancellor said."
	b := Parse("lookup", text, Plain)
	checkBriefing(t, b)
	for _, form := range []string{"Ana Lind", "ana lind", "LIND", "the Chancellor"} {
		s, ok := b.SpeakerByAlias(form)
		if !ok || s.Name != "Ana Lind" {
			t.Errorf("SpeakerByAlias(%q) = %q, %v; want Ana Lind", form, s.Name, ok)
		}
	}
	lind, _ := b.SpeakerByAlias("Lind")
	if got := b.SectionsWith(lind.ID); fmt.Sprint(got) != "[1 2]" {
		t.Errorf("SectionsWith(Lind) = %v, want [1 2]", got)
	}
	for _, q := range b.QuotesBy(lind.ID) {
		if strings.Contains(q.Text, "berth") {
			t.Errorf("QuotesBy(Lind) includes Varga's %q", q.Text)
		}
	}
	if n := b.QuoteCount(lind.ID); n != 2 {
		t.Errorf("QuoteCount(Lind) = %d, want 2: %s", n, quoteList(b))
	}
}

// TestPeelName checks how a capitalised run splits into role words and
// the name, and what an honorific says about gender.
func TestPeelName(t *testing.T) {
	cases := []struct {
		// role "*" accepts any: whether an honorific alone is a role is
		// the speaker's business (see TestSpeakers).
		phrase, name, role, title string
		gender                    byte
		gap                       string
	}{
		{"German Chancellor Ana Lind", "Ana Lind", "German Chancellor", "Chancellor", 0, ""},
		{"Nato chief Ana Lind", "Ana Lind", "Nato chief", "chief", 0, ""},
		{"Mr Tomas Okoro", "Tomas Okoro", "*", "Mr", 'm', ""},
		{"Mrs. Ilse Varga", "Ilse Varga", "*", "Mrs.", 'f', ""},
		{"Prince Edvin", "Edvin", "*", "Prince", 'm', ""},
		{"Duchess Ilse", "Ilse", "*", "Duchess", 'f', ""},
		{"Ukrainian President Ivan Kordun", "Ivan Kordun", "Ukrainian President", "President", 0, ""},
		{"Okoro’s", "Okoro", "", "", 0, ""},
		{"Bank of Estmere", "Bank of Estmere", "", "", 0, ""},
		{"Ana van der Berg", "Ana van der Berg", "", "", 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.phrase, func(t *testing.T) {
			toks := tokenize(tc.phrase, nil)
			np := peelName(toks, 0, len(toks))
			var problems []string
			if np.String() != tc.name || (tc.role != "*" && np.role != tc.role) || np.title != tc.title || np.gender != tc.gender {
				problems = append(problems, fmt.Sprintf("peelName(%q) = name %q role %q title %q gender %q; want %q %q %q %q",
					tc.phrase, np.String(), np.role, np.title, np.gender, tc.name, tc.role, tc.title, tc.gender))
			}
			report(t, tc.gap, problems)
		})
	}
}

func TestSpeakerFullName(t *testing.T) {
	b := Parse("t", "“We will reopen the bridge,” said Chancellor Ana Lind on Monday. “Not before spring,” Lind added.", Plain)
	if len(b.Speakers) != 1 {
		t.Fatalf("speakers = %+v, want one", b.Speakers)
	}
	s := b.Speakers[0]
	if s.Name != "Ana Lind" || s.FullName != "Chancellor Ana Lind" {
		t.Errorf("Name %q FullName %q, want Ana Lind / Chancellor Ana Lind", s.Name, s.FullName)
	}
	if got, ok := b.Speaker(s.ID); !ok || got.ID != s.ID {
		t.Errorf("Speaker(%q) = %v, %v", s.ID, got, ok)
	}
}
