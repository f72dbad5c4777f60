package content

import "testing"

// Talking points whose headings end in a colon are no labels: no heading
// comes back, and they are the level's only headings.
func TestHeadingLabelsNotTalkingPoints(t *testing.T) {
	doc := "# Harbour outlook\n\n## Background:\n\nThe channel silted up.\n\n## Outlook:\n\nA study is due.\n\n## Risks:\n\nThe breakwater may fail.\n"
	b := Parse("outlook.md", doc, Markdown)
	if len(b.Quotes) != 0 || len(b.Sections) != 3 {
		t.Errorf("%d quotes, %d sections; want 0 quotes and the three headings as talking points", len(b.Quotes), len(b.Sections))
	}
}

// A name in an answer's last words is the reporter called on only when
// the line ends with the name or its outlet; "… about Dr. Ines Albright and
// a letter from a …" goes on about her.
func TestCalledOnNameEndsTheLine(t *testing.T) {
	doc := "Doorstop on the harbour study\n\nMINISTER TOMAS REYES: The study was written years ago. It was about Dr. Ines Albright and a letter from a…\n\n" +
		"Q: Will there be a second study?\n\n" +
		"MINISTER TOMAS REYES: Yes, in the spring. Ana Ruiz, Harbour Times.\n\n" +
		"Q: Who pays for it?\n\nMINISTER TOMAS REYES: The trust does.\n"
	b := Parse("briefing.txt", doc, Plain)
	want := []string{"Tomas Reyes", "", "Tomas Reyes", "Ana Ruiz", "Tomas Reyes"}
	if len(b.Quotes) != len(want) {
		t.Fatalf("%d quotes, want %d", len(b.Quotes), len(want))
	}
	for i, w := range want {
		got := b.SpeakerName(b.Quotes[i].Speaker)
		if got == "Unknown" {
			got = ""
		}
		if got != w {
			t.Errorf("quote %d %q: speaker %q, want %q", i, b.Quotes[i].Text, got, w)
		}
	}
}

// A lesson's "Drill:" and "Recap:" headings, however often they
// come, are no speakers.
func TestHeadingLabelsNeedSpeech(t *testing.T) {
	doc := "# Tides\n\n### Drill:\n\nThe tide rises twice a day.\n\n### Recap:\n\nThe gauge reads 3.2 m.\n\n" +
		"### Drill:\n\nThe neap tide is lower.\n\n### Recap:\n\nThe gauge reads 2.1 m.\n"
	assertNoQuotes(t, "tides.md", doc, Markdown)
}
