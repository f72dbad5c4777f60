package content

// Interviews whose only labels are the questions'. Every document here is
// invented for the test.

import (
	"os"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

func TestInterviewUnlabelledAnswers(t *testing.T) {
	cases := []struct {
		name string
		text string
		f    Format
		want []said
	}{
		{
			name: "Q: questions, answers of the one person the intro names",
			text: "Ports first, says Mayor Lind\n\nMayor Ana Lind took questions from residents in Tarrow on Monday. Lind said the harbour came first.\n\n" +
				"Q:Will the quay reopen?\n\nIt reopens in May.\n\nThe cranes come back in June.\n\nQ: And the ferry?\n\nThe ferry runs all year.",
			f: Plain,
			want: []said{{"Will the quay reopen?", "Unknown"}, {"It reopens in May.\n\nThe cranes come back in June.", "Ana Lind"},
				{"And the ferry?", "Unknown"}, {"The ferry runs all year.", "Ana Lind"}},
		},
		{
			name: "bold reporter questions, the header's minister answers",
			text: "# Transcript of Radio Interview with Mr D Okafor, Minister for Rail\n\n**Reporter: Minister, when do the trains run?**\n\n" +
				"From Monday, every hour.\n\n**Reporter: Is the fare going up?**\n\nNot this year.",
			f:    Markdown,
			want: []said{{"when do the trains run?", "Unknown"}, {"From Monday, every hour.", "D Okafor"}, {"Is the fare going up?", "Unknown"}, {"Not this year.", "D Okafor"}},
		},
		{
			// two people named alike: a wrong speaker is worse than none
			name: "two people as prominent in the intro: the answers stay unattributed",
			text: "Two mayors on the harbour\n\nMayor Ana Lind and Mayor Piet Varga met readers in Tarrow. Lind spoke first; Varga spoke after.\n\n" +
				"Q: Will the quay reopen?\n\nIt reopens in May.\n\nQ: And the ferry?\n\nThe ferry runs all year.",
			f:    Plain,
			want: []said{{"Will the quay reopen?", "Unknown"}, {"It reopens in May.", ""}, {"And the ferry?", "Unknown"}, {"The ferry runs all year.", ""}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("interview", tc.text, tc.f)
			checkBriefing(t, b)
			report(t, "", checkSaid(b, tc.want, true))
			for _, q := range b.Quotes {
				if q.Kind != model.Turn {
					t.Errorf("%q: kind %v, want a turn", q.Text, q.Kind)
				}
			}
		})
	}
}

func TestInterviewNeedsAnswers(t *testing.T) {
	// questions one after another, with nothing between them, are no
	// interview with answers: nothing is made a turn of anyone's
	text := "Readers' questions\n\nMayor Ana Lind will answer these next week.\n\nQ: Will the quay reopen?\n\nQ: And the ferry?\n\nQ: Who pays?"
	b := Parse("questions", text, Plain)
	for _, q := range b.Quotes {
		if b.SpeakerName(q.Speaker) == "Ana Lind" {
			t.Errorf("%q given to the mayor", q.Text)
		}
	}
}

func TestOfficeLabel(t *testing.T) {
	for label, want := range map[string]bool{
		"The Prime Minister": true, "Madam Deputy Speaker": true, "Mr. Okafor": true, "Dr Ana Lind": true,
		"Speaker": false, "The harbour": false, "Mr. and the rest": false, "The Outlook For Ports": false,
	} {
		if got := officeLabel(strings.Fields(label)); got != want {
			t.Errorf("officeLabel(%q) = %v, want %v", label, got, want)
		}
	}
}

func TestBoldQuestions(t *testing.T) {
	interview := "# Ana Lind on the winter at the port\n\nHarbour master Ana Lind has run the port of Tarrow for six years. " +
		"This interview has been edited for length and clarity.\n\n**Will the port close this winter?**\n\nNo. We have two icebreakers on standby.\n\n" +
		"**What worries you most?**\n\nThe old quay. It needs a new wall.\n\n**And the ferry?**\n\nIt runs every day, ice or no ice."
	b := Parse("interview.md", interview, Markdown)
	report(t, "", checkSaid(b, []said{{"Will the port close this winter?", "Unknown"}, {"No. We have two icebreakers on standby.", "Ana Lind"},
		{"What worries you most?", "Unknown"}, {"The old quay. It needs a new wall.", "Ana Lind"},
		{"And the ferry?", "Unknown"}, {"It runs every day, ice or no ice.", "Ana Lind"}}, true))

	// an explainer's bold questions are the writer's: nobody's turns
	explainer := "# Tariffs explained\n\nPresident Ana Lind announced new tariffs on Monday.\n\n**What is a tariff?**\n\nA tax on goods that cross a border.\n\n" +
		"**Who pays it?**\n\nThe importer, who passes it on.\n\n**Will prices rise?**\n\nEconomists expect a small rise."
	b = Parse("explainer.md", explainer, Markdown)
	for _, q := range b.Quotes {
		t.Errorf("explainer: quote %q (%s), want none", q.Text, b.SpeakerName(q.Speaker))
	}
}

func TestOfficeLabelKeepsRank(t *testing.T) {
	// the intro names the deputy; a "Spokesperson:" label is not her
	text := "# Noon briefing\n\nThe following is the noon briefing by Ana Lind, Deputy Spokesperson for the Harbour Council.\n\n" +
		"**Spokesperson:** Good afternoon.\n\n**Question:** Will the Secretary travel?\n\n**Spokesperson:** Tomorrow.\n\n**Question:** Where to?\n\n**Spokesperson:** Port Essel."
	b := Parse("briefing.md", text, Markdown)
	for _, q := range b.Quotes {
		if b.SpeakerName(q.Speaker) == "Ana Lind" {
			t.Errorf("%q given to the deputy", q.Text)
		}
	}
}

func TestBoldQuestionsOnAPage(t *testing.T) {
	page := `<html><head><title>Ana Lind on the winter at the port</title></head><body><article>
<h1>Ana Lind on the winter at the port</h1>
<p>Harbour master Ana Lind spoke to us about the winter. This interview has been edited for length and clarity.</p>
<p><strong>Will the port close this winter?</strong></p><p>No. We have two icebreakers on standby.</p>
<p><strong>What worries you most?</strong></p><p>The old quay. We need a new wall.</p>
<p><strong>And the ferry?</strong></p><p>It runs every day, ice or no ice. I promise.</p>
</article></body></html>`
	b := Parse("interview.html", Sanitize(page), HTML)
	for _, s := range b.Sections {
		if !s.Derived {
			t.Errorf("the question %q was made a talking point", s.Heading)
		}
	}
	if len(b.Sections) != 2 || b.Sections[1].Heading != "What worries you most?" { // "And the ferry?" follows up
		t.Errorf("units %+v, want one for each question (a follow-up in its exchange), named by it", b.Sections)
	}
	report(t, "", checkSaid(b, []said{{"Will the port close this winter?", "Unknown"}, {"No. We have two icebreakers on standby.", "Ana Lind"},
		{"And the ferry?", "Unknown"}, {"It runs every day, ice or no ice. I promise.", "Ana Lind"}}, false))
}

func TestQuestionHeadings(t *testing.T) {
	qs := []string{"Why are the sailings fewer?", "Will fares go up?", "When does the new boat come?"}
	mine := []string{"Two boats are in dock. I would rather sail less.", "Not this year, I promise you.", "In May, if the yard keeps my word for me."}
	theirs := []string{"Two boats are in dock, so the service sails less.", "No: fares are held this year.", "The yard expects it in May."}
	md := func(intro string, answers []string) string {
		s := "# Ferries this winter\n\n" + intro + "\n\n"
		for i, q := range qs {
			s += "### " + q + "\n\n" + answers[i] + "\n\n"
		}
		return s
	}
	page := "<html><body><h1>Ferries this winter</h1><p>Tomas Verhoek runs the island ferries. He spoke to us about the winter; the interview has been edited for clarity.</p>"
	for i, q := range qs {
		page += "<h3>" + q + "</h3><p>" + mine[i] + "</p>"
	}
	page += "</body></html>"
	interview := "Tomas Verhoek runs the island ferries. He spoke to us about the winter; the interview has been edited for clarity."
	cases := []struct {
		name, text string
		f          Format
		speaker    string // of every answer; "" when none may be given
	}{
		{"an interview's ### questions: the answers are the interviewee's", md(interview, mine), Markdown, "Tomas Verhoek"},
		{"a page's <h3> questions after an interview intro", page, HTML, "Tomas Verhoek"},
		{"an explainer's question headings, no interview intro: no quotes", md("The winter timetable starts on Monday. Tomas Verhoek runs the ferries.", mine), Markdown, ""},
		{"an interview intro, answers in the writer's voice: no quotes", md(interview, theirs), Markdown, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("doc", tc.text, tc.f)
			checkBriefing(t, b)
			if len(b.Sections) != len(qs) {
				t.Errorf("%d sections, want the %d question headings kept", len(b.Sections), len(qs))
			}
			if tc.speaker == "" {
				if len(b.Quotes) != 0 {
					t.Errorf("want no quotes, got %s", quoteList(b))
				}
				return
			}
			want := make([]said, len(mine))
			for i, a := range mine {
				want[i] = said{a, tc.speaker}
			}
			report(t, "", checkSaid(b, want, true))
		})
	}
}

// TestQuestionsSetApart: one interview shape whatever sets the questions
// apart (heading of any level, bold, italics, a dash) and whatever the
// language; the interviewee is whom the title or intro names. Every
// document is invented.
func TestQuestionsSetApart(t *testing.T) {
	answers := []string{"Nous n'avions plus que onze élèves, je l'ai dit aux parents.", "Un car les emmène, je le prends moi-même.", "Nous voulons une maison de santé."}
	doc := func(title, intro string, q func(string) string) string {
		s := "# " + title + "\n\n" + intro + "\n\n"
		for i, a := range answers {
			s += q([]string{"Pourquoi fermer l'école ?", "Que deviennent les enfants ?", "Et le bâtiment ?"}[i]) + "\n\n" + a + "\n\n"
		}
		return s
	}
	cases := []struct {
		name, text, speaker string // speaker of every answer, "" for none
	}{
		{"## headings, title names her", doc("Entretien avec Élodie Ferrand", "La commune ferme son école.", func(q string) string { return "## " + q }), "Élodie Ferrand"},
		{"#### headings", doc("Entretien avec Élodie Ferrand", "La commune ferme son école.", func(q string) string { return "#### " + q }), "Élodie Ferrand"},
		{"bold", doc("Entretien avec Élodie Ferrand", "La commune ferme son école.", func(q string) string { return "**" + q + "**" }), "Élodie Ferrand"},
		{"italics", doc("Entretien avec Élodie Ferrand", "La commune ferme son école.", func(q string) string { return "*" + q + "*" }), "Élodie Ferrand"},
		{"dash", doc("Entretien avec Élodie Ferrand", "La commune ferme son école.", func(q string) string { return "— " + q }), "Élodie Ferrand"},
		{"two people named: no one", doc("Entretien avec Élodie Ferrand et Paul Marchal", "La commune ferme son école.", func(q string) string { return "## " + q }), ""},
		{"no interview said: the writer's", doc("L'école ferme", "La commune ferme son école. Élodie Ferrand est maire.", func(q string) string { return "## " + q }), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("doc.md", tc.text, Markdown)
			checkBriefing(t, b)
			for _, q := range b.Quotes {
				if strings.HasSuffix(strings.TrimSpace(q.Text), "?") {
					continue // a question set in a paragraph: the interviewer's
				}
				if got := b.SpeakerName(q.Speaker); got != tc.speaker && !(tc.speaker == "" && (got == "" || got == "Unknown")) {
					t.Errorf("%q: speaker %q, want %q", q.Text, got, tc.speaker)
				}
			}
			if tc.speaker != "" && len(b.Quotes) < len(answers) {
				t.Errorf("%d quotes, want every answer: %s", len(b.Quotes), quoteList(b))
			}
		})
	}
}

// TestFAQHasNoSpeaker: an FAQ asks in headings and answers in an office's
// "we", and names a person in its intro: nobody is its interviewee.
func TestFAQHasNoSpeaker(t *testing.T) {
	text, err := os.ReadFile("testdata/docs/faq-question-headings.md")
	if err != nil {
		t.Fatal(err)
	}
	b := Parse("faq.md", string(text), Markdown)
	for _, q := range b.Quotes {
		if name := b.SpeakerName(q.Speaker); name != "" && name != "Unknown" {
			t.Errorf("%q given to %s", q.Text, name)
		}
	}
	if len(b.Sections) != 3 {
		t.Errorf("%d sections, want the 3 question headings kept as points", len(b.Sections))
	}
}

func TestIntervieweeIn(t *testing.T) {
	for _, c := range []struct {
		title, intro, want string
		pair               bool
	}{
		{"Brannø light", "In an interview with Maren Solvik, who kept the light, we asked what the island loses.", "Maren Solvik", false},
		{"Interview mit Jonas Kessler, Bürgermeister von Altdorf", "", "Jonas Kessler", false},
		{"Entrevista con Lucía Ortega", "", "Lucía Ortega", false},
		{"In gesprek met Femke de Wit", "", "Femke de Wit", false},
		{"Dredging", "Anneke Visser, who runs the works, talks to the Riverside Courier about the summer.", "Anneke Visser", false},
		{"Idris Falconer, the harbour pilot, on forty years of fog", "", "Idris Falconer", false},
		{"In conversation with Ines Brandt and Karel Voss", "", "", true},
		{"Library", "Our reporter had the chance to interview Ines Brandt (Tarrow Trust) and Karel Voss (City Hall).", "", true},
		{"Jonas Kessler: “We build higher”", "", "Jonas Kessler", false},
		{"Ana Lind on Monday told the council the port would close.", "", "", false},
		{"Ports", "We spoke to the harbour office about permits.", "", false},
		{"Ports", "In an interview, the mayor said the quay would reopen.", "", false},
	} {
		name, pair := intervieweeIn(c.title, []para{{text: c.intro}})
		if name != c.want || pair != c.pair {
			t.Errorf("%q / %q: %q %v, want %q %v", c.title, c.intro, name, pair, c.want, c.pair)
		}
	}
}

// TestBoldQuestionsOnAPageTitled: a page whose title says whom the
// interview is with, in any language, keeps its bold questions as the
// interviewer's paragraphs (not talking points) and gives the answers to
// her.
func TestBoldQuestionsOnAPageTitled(t *testing.T) {
	page := "<html><head><title>Entrevista con Lucía Ortega</title></head><body><article><h1>Entrevista con Lucía Ortega, directora del puerto</h1>" +
		"<p>El puerto abrirá un nuevo muelle en mayo.</p>"
	answers := []string{"En mayo. Yo misma revisé las obras el lunes.", "Por las tormentas. Perdimos tres semanas.", "Más sitio. Se lo he dicho a mi consejo."}
	for i, q := range []string{"¿Cuándo abre el muelle?", "¿Por qué se retrasó?", "¿Qué piden los pescadores?"} {
		page += "<p><strong>" + q + "</strong></p><p>" + answers[i] + "</p>"
	}
	b := Parse("entrevista.html", Sanitize(page+"</article></body></html>"), HTML)
	for _, s := range b.Sections {
		if !s.Derived {
			t.Errorf("the question %q was made a talking point", s.Heading)
		}
	}
	want := make([]said, len(answers))
	for i, a := range answers {
		want[i] = said{a, "Lucía Ortega"}
	}
	report(t, "", checkSaid(b, want, false))
}
