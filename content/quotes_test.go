package content

// Finding quotations: quote marks of every style, apostrophes that are not
// quote marks, nesting, quotes over paragraphs, unterminated quotes, and
// quoted words that are not speech. Every sentence here is invented.

import (
	"slices"
	"testing"

	"github.com/briefreader/brief/model"
)

func TestFindQuotes(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string // the quoted words, in order
		// unclosed marks the quote (by index) left open at the end, -1 for none.
		unclosed int
		gap      string
	}{
		{"curly double", "“We will build it,” Ana Ruiz said.", []string{"We will build it,"}, -1, ""},
		{"straight double", `"We will build it," Ana Ruiz said.`, []string{"We will build it,"}, -1, ""},
		{"curly single as primary", "‘We will build it,’ Ana Ruiz said.", []string{"We will build it,"}, -1, ""},
		{"straight single as primary", "'We will build it,' Ana Ruiz said.", []string{"We will build it,"}, -1, ""},
		{"guillemets", "«Nous le construirons», a dit Ana Ruiz.", []string{"Nous le construirons"}, -1, ""},
		{"German low-high", "„Wir bauen es“, sagte Ana Ruiz.", []string{"Wir bauen es"}, -1, ""},
		{"German low with English close", "„Wir bauen es”, sagte Ana Ruiz.", []string{"Wir bauen es"}, -1, ""},
		{"two quotes in a sentence", "“Don’t,” she said. “Please don’t.”", []string{"Don’t,", "Please don’t."}, -1, ""},
		{"careless opening mark used to close", "“We are done“ she said.", []string{"We are done"}, -1, ""},
		{"curly apostrophes are not quotes", "He can’t say the leaders’ plan works, as in the ’90s, rock ’n’ roll.", nil, -1, ""},
		{"straight apostrophes in contractions and possessives", "He can't say the leaders' plan works, as in the '90s.", nil, -1, ""},
		{"straight rock 'n' roll", "He played rock 'n' roll on the quay.", nil, -1, ""},
		{"apostrophe inside a quote", "“Ask O’Brien about the leaders’ choice,” Dag Holm said.", []string{"Ask O’Brien about the leaders’ choice,"}, -1, ""},
		{"plural possessive inside a single-quoted quote", "‘The leaders’ plan is dead’, says the mayor.", []string{"The leaders’ plan is dead"}, -1, ""},
		{"nested single inside double", "“She told me ‘never again’ and meant it,” Ana Ruiz said.", []string{"She told me ‘never again’ and meant it,"}, -1, ""},
		{"nested straight single inside straight double", `"She told me 'never again' and meant it," Ana Ruiz said.`, []string{"She told me 'never again' and meant it,"}, -1, ""},
		{"nested double inside guillemets", "«Il a dit “jamais” hier», a dit Ana Ruiz.", []string{"Il a dit “jamais” hier"}, -1, ""},
		{"unterminated runs to the end", "“We will build it, Ana Ruiz said on Monday.", []string{"We will build it, Ana Ruiz said on Monday."}, 0, ""},
		{"closed then unterminated", "“Yes,” she said. “And then", []string{"Yes,", "And then"}, 1, ""},
		{"a name's opening mark after a function word", "She was born to Dario and ‘Mamello Brenn. She moved in 2015.", nil, -1, ""},
		{"a name's opening mark, then a quotation", "The son of ‘Mamello Brenn said “we stay” and left.", []string{"we stay"}, -1, ""},
		{"a single quotation left open after a verb runs on", "He said ‘We will fight on the quays. We will", []string{"We will fight on the quays. We will"}, 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spans := findQuotes(tc.text)
			var problems []string
			var got []string
			for _, s := range spans {
				got = append(got, tc.text[s.start:s.end])
			}
			if len(got) != len(tc.want) {
				problems = append(problems, "quotes "+quoted(got)+", want "+quoted(tc.want))
			} else {
				for i := range got {
					if got[i] != tc.want[i] {
						problems = append(problems, "quote "+quoted([]string{got[i]})+", want "+quoted([]string{tc.want[i]}))
					}
					if spans[i].unclosed != (i == tc.unclosed) {
						problems = append(problems, "quote "+quoted([]string{got[i]})+" has the wrong unclosed flag")
					}
				}
			}
			report(t, tc.gap, problems)
		})
	}
}

func quoted(ss []string) string {
	out := "["
	for i, s := range ss {
		if i > 0 {
			out += ", "
		}
		out += "«" + s + "»"
	}
	return out + "]"
}

// kindCase expects the briefing's quotes, each with its kind and speaker.
type kindCase struct {
	name string
	text string
	want []kindWant
	gap  string
}

type kindWant struct {
	text, speaker string
	kind          model.QuoteKind
}

func runKindCases(t *testing.T, f Format, cases []kindCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("quotes", tc.text, f)
			checkBriefing(t, b)
			var problems []string
			if len(b.Quotes) != len(tc.want) {
				problems = append(problems, "quotes "+quoteList(b))
			}
			for i := 0; i < len(b.Quotes) && i < len(tc.want); i++ {
				q, w := b.Quotes[i], tc.want[i]
				if q.Text != w.text || b.SpeakerName(q.Speaker) != w.speaker || q.Kind != w.kind {
					problems = append(problems, "quote «"+q.Text+"» by "+quoted([]string{b.SpeakerName(q.Speaker)})+" "+q.Kind.String()+
						", want «"+w.text+"» by "+quoted([]string{w.speaker})+" "+w.kind.String())
				}
			}
			report(t, tc.gap, problems)
		})
	}
}

func TestQuotesNotSpeech(t *testing.T) {
	runKindCases(t, Plain, []kindCase{
		{"so-called", "Tomas Okoro said the so-called “blue deal” was dead.", nil, ""},
		{"the term", "Tomas Okoro said the term “levy” was never used.", nil, ""},
		{"known as", "Tomas Okoro said the plan, known as the “Harbour Compact”, was dead.", nil, ""},
		{"quoted adjective before a noun", "Tomas Okoro disputed the idea that the council had used an “irregular” channel to pass it.", nil, ""},
		// Inside a named speaker's plain reported speech a quoted modifier is
		// the speaker's word (as the corpus annotates "the “disappointing”
		// contraction").
		{"quoted adjective in reported speech", "Tomas Okoro said the council had used an “irregular” channel to pass it.", []kindWant{{"irregular", "Tomas Okoro", model.Partial}}, ""},
		{"title of a book", "Tomas Okoro said he had read “The Long Tide Of Vellan” twice.", nil, ""},
		// titles with the sentence's comma inside the marks, numbers and
		// ampersands; an object a naming verb describes as something
		{"title with the comma inside", "The service carries films from Harbour Studios, “Sea Wolves,” and the old cartoons, Tomas Okoro said.", nil, ""},
		{"title with a number", "Tomas Okoro said that “Rule 1” of the club is to come back with the boat.", nil, ""},
		{"title with an ampersand", "Tomas Okoro said the “Tides & Charts” portal would close.", nil, ""},
		{"object described as", "Tomas Okoro describes “The Long Tide” as the book that made him a sailor.", nil, ""},
		{"a title cased coinage he described it as", "Tomas Okoro described it as “Harbour Mania,” a fever that takes the town each spring.",
			[]kindWant{{"Harbour Mania,", "Tomas Okoro", model.Partial}}, ""},
		{"title cased words with a cue after them", "“Thank You Lindhaven,” Tomas Okoro told the crowd.",
			[]kindWant{{"Thank You Lindhaven,", "Tomas Okoro", model.Direct}}, ""},
		{
			name: "quote marks in the title and headings",
			text: "Fares: the ‘blue deal’ explained\n\nTomas Okoro said the fares would rise in spring, as the union had feared.\n\n" +
				"1. What is the “blue deal”?\n\nThe deal links fares to the price of fuel, which has risen for a year.\n\n" +
				"2. Who signed “it”?\n\nThe council signed it on Monday after a long debate in the chamber.",
			want: nil,
		},
		{
			name: "partial quotes in reported speech are kept",
			text: "Tomas Okoro said the fare rise was “a tax on living on an island” and would “never pass”.",
			want: []kindWant{{"a tax on living on an island", "Tomas Okoro", model.Partial}, {"never pass", "Tomas Okoro", model.Partial}},
		},
		{
			name: "term and speech in one sentence",
			text: "“The deal is dead,” Tomas Okoro said of the so-called “blue deal”.",
			want: []kindWant{{"The deal is dead,", "Tomas Okoro", model.Direct}},
		},
		{
			name: "short quote before a pronoun cue without a comma",
			text: "Ilse Varga spoke. “We are done” she said.",
			want: []kindWant{{"We are done", "Ilse Varga", model.Direct}},
		},
	})
}

func TestQuotesOverParagraphs(t *testing.T) {
	runKindCases(t, Plain, []kindCase{
		{
			name: "quote left open continues in the next paragraph",
			text: "“We have rebuilt the pier twice, and the sea keeps winning,” said Mayor Ilse Varga. “This time we build higher.\n\n" +
				"“This time the money is there,” she said.",
			want: []kindWant{
				{"We have rebuilt the pier twice, and the sea keeps winning,", "Ilse Varga", model.Direct},
				{"This time we build higher.", "Ilse Varga", model.Direct},
				{"This time the money is there,", "Ilse Varga", model.Direct},
			},
		},
		{
			name: "continued quote takes its speaker from the second part",
			text: "Mayor Ilse Varga spoke last. “This time we build higher.\n\n“This time the money is there,” she said.",
			want: []kindWant{
				{"This time we build higher.", "Ilse Varga", model.Direct},
				{"This time the money is there,", "Ilse Varga", model.Direct},
			},
		},
		{
			name: "unterminated quote stops at its paragraph",
			text: "“We cannot pay this, Tomas Okoro said at the meeting.\n\nIlse Varga disagreed, saying that “the money is there”.",
			want: []kindWant{
				{"We cannot pay this, Tomas Okoro said at the meeting.", "", model.Direct},
				{"the money is there", "Ilse Varga", model.Partial},
			},
		},
	})
}

func TestQuoteKinds(t *testing.T) {
	runKindCases(t, Plain, []kindCase{
		{"full sentence is direct", "“The pier will hold,” Ana Ruiz said.", []kindWant{{"The pier will hold,", "Ana Ruiz", model.Direct}}, ""},
		{"fragment after that is partial", "Ana Ruiz said that the pier was “sound for now”.", []kindWant{{"sound for now", "Ana Ruiz", model.Partial}}, ""},
		{"colon introduces a direct quote", "Ana Ruiz said: “The pier will hold for another winter.”", []kindWant{{"The pier will hold for another winter.", "Ana Ruiz", model.Direct}}, ""},
		{"characterisation is partial", "Ana Ruiz called the plan “reckless”.", []kindWant{{"reckless", "Ana Ruiz", model.Partial}}, ""},
	})
}

// vocative finds a form of address of up to five words before its mark
// ("Thank you Mr. Ana Lind!") and none in a quotation whose first mark
// comes later, which it rules out before the pattern runs.
func TestVocative(t *testing.T) {
	tests := []struct {
		quote string
		want  []string
	}{
		{"Thank you, Mr. Ana Lind, for coming.", []string{"mr.", "ana", "lind"}},
		{"Thank you Mr. Ana Lind!", []string{"mr.", "ana", "lind"}},
		{"Well, Ana, we won.", []string{"ana"}},
		{"Mr. Secretary, the port is closed.", []string{"mr.", "secretary"}},
		{"The port will close at nine tonight, Ana, and reopen later.", nil},
		{"Yes, we will.", nil},
		{"We will wait and see what the council decides", nil},
	}
	for _, tt := range tests {
		if got := vocative(tt.quote); !slices.Equal(got, tt.want) {
			t.Errorf("vocative(%q) = %q, want %q", tt.quote, got, tt.want)
		}
	}
}
