package content

// Transcripts without colons after their labels, and reporters who name
// themselves. Every document here is invented.

import "testing"

func TestColonlessLabel(t *testing.T) {
	for p, want := range map[string]string{
		"RUTH Thank you for coming.":                      "RUTH",
		"RUTH KAMAU – Harbour Party Leader Look, we won.": "RUTH KAMAU – Harbour Party Leader",
		"RUTH KAMAU interviewed by MIRA OKONJO":           "",
		"NATO allies met on Friday.":                      "",
		"Ruth Thank you.":                                 "",
	} {
		got, ok := colonlessLabel(p)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("colonlessLabel(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestColonlessNeedsTwoRecurringNames(t *testing.T) {
	// paragraphs opening with capitals that are not names taking turns
	text := "Alliance talks\n\nNATO Allies met in Tarrow on Friday.\n\nNATO Officials said little.\n\nEU Ministers arrive today.\n\n" +
		"NATO Staff prepared the hall.\n\nEU Leaders join on Sunday.\n\nUN Observers were present."
	b := Parse("talks", text, Plain)
	for _, q := range b.Quotes {
		t.Errorf("quote %q (%s): capitals opening a paragraph are no label here", q.Text, b.SpeakerName(q.Speaker))
	}
}

func TestSelfNamedReporter(t *testing.T) {
	text := "Briefing on the Quay\n\nMS. LIND: Good morning.\n\nQ: Good morning. Mira Okonjo, Tarrow Gazette. When does it open?\n\n" +
		"MS. LIND: In May.\n\nQ: Thanks. And the fees?\n\nMS. LIND: Unchanged.\n\nQ: Sir, I'm Teo Brandt from Radio Nine. Who pays?\n\nMS. LIND: The port."
	b := Parse("briefing", text, Plain)
	report(t, "", checkSaid(b, []said{{"Mira Okonjo, Tarrow Gazette. When does it open?", "Mira Okonjo"},
		{"Thanks. And the fees?", "Unknown"}, {"I'm Teo Brandt from Radio Nine. Who pays?", "Teo Brandt"}}, false))
}

func TestLineLabel(t *testing.T) {
	for line, want := range map[string]bool{
		"Ana Lind -- Chief Executive Officer": true, "Mira Okonjo -- Harbour Capital -- Analyst": true, "Operator": true,
		"The port -- as always -- was busy.": false, "Ana Lind": false, "Questions & Answers:": false,
	} {
		if _, got := lineLabel(line); got != want {
			t.Errorf("lineLabel(%q) = %v, want %v", line, got, want)
		}
	}
}
