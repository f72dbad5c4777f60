package content

import "testing"

// Rules learnt from real news copy: each case is a construction reporters
// use, written with fictional people and places.

func TestAttributionNewsSubjects(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "appositive lead names the subject",
			text: "One of the harbour’s pilots, Ines Varro, filed a complaint. She said the lights were “never once tested.”",
			want: []said{{"never once tested", "Ines Varro"}},
		},
		{
			name: "cleft sentence makes the focus the subject",
			text: "It was Ines Varro who got the ball rolling with a win over Dora Pell. “I started everyone off well,” she told reporters.",
			want: []said{{"started everyone off", "Ines Varro"}},
		},
		{
			name: "a title alone after the",
			text: "King Aldric opened the session. The King added: “My ministers will build.”",
			want: []said{{"ministers will build", "King Aldric"}},
		},
		{
			name: "the N-year-old",
			text: "Tomas Brekke sailed for eleven hours. “The sea was kind,” said the 62-year-old.",
			want: []said{{"sea was kind", "Tomas Brekke"}},
		},
		{
			name: "kin noun with a possessive before an inverted name",
			text: "Albin Dorr ran the bakery for forty years. “He never took a day off,” said his daughter Mira Dorr.",
			want: []said{{"never took a day off", "Mira Dorr"}},
		},
		{
			name: "time adverbial between subject and verb",
			text: "Valdoria’s Defence Ministry on Sunday confirmed strikes on “command facilities,” and the ministry added that “more will follow.”",
			want: []said{{"command facilities", "Valdoria’s Defence Ministry"}, {"more will follow", "Valdoria’s Defence Ministry"}},
		},
		{
			name: "a party word need not be in the role",
			text: "Lenmark Gov. Hal Perrin signed the budget. “It is a budget for growth,” the Republican governor said.",
			want: []said{{"budget for growth", "Hal Perrin"}},
		},
		{
			name: "an unnamed body named by its description",
			text: "Appearing before the court, the Sorvanian delegation said the blockade was “collective punishment.”",
			want: []said{{"collective punishment", "Sorvanian delegation"}},
		},
		{
			name: "an acronym of a body named earlier",
			text: "The Harbour Safety Authority blocked the sale. “We remain open to proposals,” the HSA said.",
			want: []said{{"open to proposals", "Harbour Safety Authority"}},
		},
		{
			name: "a place that speaks is an institution",
			text: "Government House said the talks were “productive.”",
			want: []said{{"productive", "Government House"}},
		},
		{
			name: "two people speaking together",
			text: "Ana Ruiz, the mayor, and Tomas Reyes, her deputy, said they were “delighted.”",
			want: []said{{"delighted", "Ana Ruiz and Tomas Reyes"}},
		},
		{
			name: "a joint speaker never takes one of them",
			text: "Ruiz and Reyes said the deal was “fair.” Later Reyes said it was “a start.”",
			want: []said{{"fair", "Ruiz and Reyes"}, {"a start", "Reyes"}},
		},
	})
}

func TestAttributionNewsCues(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "as X put it",
			text: "As Ana Ruiz put it, “we are tired of waiting.”",
			want: []said{{"tired of waiting", "Ana Ruiz"}},
		},
		{
			name: "a verb that doubles its consonant",
			text: "“I was wrong,” Ruiz admitted on Tuesday, “and I am sorry.”",
			want: []said{{"I was wrong", "Ruiz"}, {"and I am sorry", "Ruiz"}},
		},
		{
			name: "passive naming verb with an agent",
			text: "The plan had been described by the charity Harbourwatch as a “once-in-a-lifetime chance”.",
			want: []said{{"once-in-a-lifetime", "Harbourwatch"}},
		},
		{
			name: "reported speech keeps the reporter over an act verb",
			text: "King Aldric spoke for an hour. He said the government pledged support, including a “clear path” to membership.",
			want: []said{{"clear path", "King Aldric"}},
		},
		{
			name: "an -ing form modifying a noun defers to the earlier verb",
			text: "Dag Holm called her plans “reckless” and her comments suggesting a return to tolls “absurd.”",
			want: []said{{"reckless", "Dag Holm"}, {"absurd", "Dag Holm"}},
		},
		{
			name: "a capitalised word inside a name is not a verb",
			text: "“It was not enough,” said Dan Orel, director of the Lenmark State Teachers Association. “We wanted more.”",
			want: []said{{"not enough", "Dan Orel"}, {"wanted more", "Dan Orel"}},
		},
		{
			name: "an infinitive is no one speaking",
			text: "The law requires an occupying power to agree to aid and to help “by all the means at its disposal”.",
			want: nil,
		},
		{
			name: "a quote introduced by a verb ends its sentence",
			text: "Ana Ruiz said “no.” Reyes said “yes.”",
			want: []said{{"no.", "Ana Ruiz"}, {"yes.", "Reyes"}},
		},
		{
			name: "the title of a work is not speech",
			text: "Their stories are in the 1998 anthology “The Gees of Harbour Town.” She mailed the “In case of flood” brochure.",
			want: nil,
		},
		{
			name: "a guide called a title",
			text: "The government issued fresh advice online called “Preparing for storms.”",
			want: nil,
		},
	})
}

func TestAttributionNewsMore(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "phrasal speech verb",
			text: "“We all miss the old pier,” Benna Holt weighed in, telling the mayor, “since it went, the town is quieter.”",
			want: []said{{"miss the old pier", "Benna Holt"}, {"town is quieter", "Benna Holt"}},
		},
		{
			name: "acronym defined in brackets",
			text: "Staff moved to Public Works and Harbours Lenmark (PWHL) in May. PWHL said the plan was being “adjusted.”",
			want: []said{{"adjusted", "Public Works and Harbours Lenmark"}},
		},
		{
			name: "the source after an unnamed source",
			text: "A fisherman who asked not to be named said the claim was “absolutely false.”\n\n“Nobody stops the boats,” the source said.",
			want: []said{{"absolutely false", "Unknown"}, {"Nobody stops the boats", "Unknown"}},
		},
		{
			name: "a role noun outside the lexicon",
			text: "The board’s chief hydrologist, Dr Sam Whit, presented the figures.\n\n“Nothing we build helps this summer,” the hydrologist said.",
			want: []said{{"Nothing we build", "Sam Whit"}},
		},
		{
			name: "a team name, a position, then the player",
			text: "Harbour defenseman Ola Strand, who joked about the ice, could see the frustration. “He is used to scoring,” he said.",
			want: []said{{"used to scoring", "Ola Strand"}},
		},
		{
			name: "a reporting verb in a fronted clause does not claim the quote",
			text: "While the Tories have said they shared every figure, Ana Ruiz has pledged to avoid any future “cliff edge”.",
			want: []said{{"cliff edge", "Ana Ruiz"}},
		},
		{
			name: "a source cited after the speaker's quote",
			text: "One resident said: “The ferry is always late,” according to the Harbour Post.",
			want: []said{{"always late", "Unknown"}},
		},
	})
}

func TestAttributionNewsNames(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a generational suffix does not hide the surname",
			text: "Harbour Secretary Ramon T. Vell Jr. testified for three hours. “This is crazy talk,” Vell said.",
			want: []said{{"crazy talk", "Ramon T. Vell Jr."}},
		},
		{
			name: "party and state after a senator",
			text: "“You replaced them with amateurs,” Sen. Ana Wyeth, D-Ore., responded.",
			want: []said{{"replaced them", "Ana Wyeth"}},
		},
		{
			name: "a possessive speech noun introducing its quote",
			text: "Vell’s response to the chair was simply, “You’re wrong.”",
			want: []said{{"You’re wrong", "Vell"}},
		},
		{
			name: "a possessive speech noun described by someone else",
			text: "Chair Dana Holt told a podcaster that Vell’s comments were “truly sick.”",
			want: []said{{"truly sick", "Dana Holt"}},
		},
		{
			name: "a relative clause with and without a comma",
			text: "Dag Holm, who wrote in the Harbour Post that it was a “deliberate effort”, left. Ana Ruiz who posted on X: “We are done.”",
			want: []said{{"deliberate effort", "Dag Holm"}, {"We are done", "Ana Ruiz"}},
		},
		{
			name: "a dateline in capitals is nobody",
			text: "PORT ELLERY: Valdoria’s Chief of Army Staff General Ana Ruiz has warned of unrest.\n\nShe described the posts as “lies and fake news”.",
			want: []said{{"lies and fake news", "Ana Ruiz"}},
		},
		{
			name: "the person acted on when the subject is a company",
			text: "Ana Ruiz spoke first. The network fired analyst Dan Orel after he said that “words lead to actions.”",
			want: []said{{"words lead to actions", "Dan Orel"}},
		},
	})
}

func TestAttributionNewsBodies(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a spokesperson of a named body speaks for it",
			text: "A Harbour Department spokesperson said the office was “monitoring the reports.”",
			want: []said{{"monitoring the reports", "Harbour Department"}},
		},
		{
			name: "a person's spokesman stays unnamed",
			text: "Mayor Ana Ruiz was away. Her spokesman said she was “on leave.”",
			want: []said{{"on leave", "Unknown"}},
		},
		{
			name: "an acronym without the company suffix",
			text: "Lenmark Electric Co is moving. “We want to be at the centre,” LE said.",
			want: []said{{"at the centre", "Lenmark Electric Co"}},
		},
		{
			name: "gender from a role",
			text: "Tomas Ruiz stood behind his last female opponent, Dana Holt, during a debate. He also called Holt a “nasty rival.”",
			want: []said{{"nasty rival", "Tomas Ruiz"}},
		},
		{
			name: "a participle takes the subject of its own clause",
			text: "Dana Holt debated Tomas Ruiz in 2020. Ruiz echoed a line Holt used when she rebuked Orel, saying, “I am speaking.”",
			want: []said{{"I am speaking", "Dana Holt"}},
		},
		{
			name: "a body's kind with lower-case words before it",
			text: "The Lenmark Reserve Bank held rates. The central bank said the outlook was “cloudy”.\n\n" +
				"The Valley Survey Office published its report. The survey office said the risk was “real”, " +
				"and the office’s view is that there is “no cause for panic”.",
			want: []said{{"cloudy", "Lenmark Reserve Bank"}, {"real", "Valley Survey Office"}, {"no cause for panic", "Valley Survey Office"}},
		},
		{
			name: "words before the kind that another body's name lacks",
			text: "The Ministry of Health in Estmere set targets. The foreign ministry said they were “unhelpful”.",
			want: []said{{"unhelpful", "foreign ministry"}},
		},
		{
			name: "a body's possessive name keeps its first word",
			text: "The data fits the Federal Harbour Rates Committee’s view there is “slack in hiring,” according to its statement.",
			want: []said{{"slack in hiring", "Federal Harbour Rates Committee"}},
		},
		{
			name: "a body's name without the place before it is the same body",
			text: "Pilots should “keep clear of the bar,” according to the Estmere Department of Ports.\n\n" +
				"Fishing crews and the Department of Ports met on Monday. The Department of Ports said the channel was “safe again”.",
			want: []said{{"keep clear", "Estmere Department of Ports"}, {"safe again", "Estmere Department of Ports"}},
		},
		{
			name: "The at the start of a sentence is no name",
			text: "The Valley Survey Office met on Monday. The office said the risk was “serious”.",
			want: []said{{"serious", "Valley Survey Office"}},
		},
	})
}

func TestBlockQuotationsSpeakForThemselves(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a statement in the first person after a colon",
			text: "The quarry road is shut.\n\nIlse Marr, the fire officer, said:\n\nWe have every crew we can spare at the quarry.",
			want: []said{{"every crew we can spare", "Ilse Marr"}},
		},
		{
			name: "a correspondent's dispatch is the writer's own reporting",
			text: "The quarry road is shut.\n\nOur science editor Petra Vollan explains what may have happened:\n\n" +
				"Limestone tunnels of this age are held up by pillars left in the rock.\n\n" +
				"Petra Vollan has spoken to the site manager:\n\n" +
				"The manager says the night shift had left. He says the pumps were working at noon.",
			want: []said{},
		},
		{
			name: "a quotation inside a dispatch keeps its own speaker",
			text: "The quarry road is shut.\n\nPetra Vollan writes:\n\nThe village was quiet at dawn. “We heard it from the square,” said Aldo Renn, who runs the bakery.",
			want: []said{{"heard it from the square", "Aldo Renn"}},
		},
	})
}

func TestTranscriptHeadlineAndLabelTypos(t *testing.T) {
	text := "Remarks by President Lind Before Harbour One Departure\n\nSouth Lawn\n\n" +
		"THE PRESIDENT: Good morning.\n\nQ Mr. President, is the deal done?\n\nTHE PRESDEINT: Not yet. Soon."
	b := Parse("t", text, Plain)
	checkBriefing(t, b)
	for _, q := range b.Quotes {
		want := "President Lind"
		if q.Text == "Mr. President, is the deal done?" {
			want = "Unknown"
		}
		if got := b.SpeakerName(q.Speaker); got != want {
			t.Errorf("%q: speaker %q, want %q", q.Text, got, want)
		}
	}
	if len(b.Quotes) != 3 {
		t.Errorf("%d quotes, want 3: %s", len(b.Quotes), quoteList(b))
	}
}

func TestAttributionParagraphSubjectCarries(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "quotations after a paragraph about someone are theirs",
			text: "Lisa Moor won her match in two hours.\n\nIt was a fine afternoon on the harbour courts.\n\n" +
				"Ida Rell meanwhile wrapped up her own win in straight sets.\n\n“It was nice to play at home.”\n\n“The crowd were great.”",
			want: []said{{"play at home", "Ida Rell"}, {"crowd were great", "Ida Rell"}},
		},
	})
}

func TestTranscriptReporterCalledOn(t *testing.T) {
	text := "Remarks by President Celia Marr\n\nThe Garden Room, 2:05 P.M.\n\n" +
		"PRESIDENT MARR: Thank you all. I will take two questions. Dana Holt, Harbour Wire.\n\n" +
		"Q Thank you, Madam President. Will the levy pass?\n\n" +
		"PRESIDENT MARR: It will. Use the microphone next time.\n\n" +
		"Q Sorry. And the ferries?\n\n" +
		"PRESIDENT MARR: Next week. Go ahead.\n\n" +
		"Q What about the pier?"
	b := Parse("transcript", text, Plain)
	checkBriefing(t, b)
	var got []string
	for _, q := range b.Quotes {
		got = append(got, b.SpeakerName(q.Speaker))
	}
	want := []string{"Celia Marr", "Dana Holt", "Celia Marr", "Dana Holt", "Celia Marr", "Dana Holt"}
	if len(got) != len(want) {
		t.Fatalf("speakers %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("turn %d: speaker %q, want %q", i, got[i], want[i])
		}
	}
}
