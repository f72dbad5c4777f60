package main

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
)

// speakerFixture is a hand-built briefing: the parser is not needed to
// test how speakers and quotes are listed.
func speakerFixture() model.Briefing {
	return model.Briefing{
		Source:   "harbour.txt",
		Sections: []model.Section{{Number: 1, Heading: "No agreement yet"}, {Number: 2, Heading: "Cranes\tidle"}},
		Speakers: []model.Speaker{
			{ID: "v", Name: "Ilse Varga", Role: "Mayor of Dunmore", Aliases: []string{"Varga", "the mayor"}},
			{ID: "n", Name: "宋美玲", Role: "harbour master"},
			{ID: "r", Name: "Tomas Reyes"},
		},
		Quotes: []model.Quote{
			{Text: "Not yet,", Speaker: "v", Section: 0},
			{Text: "Idle.", Speaker: "n", Section: 1},
			{Text: "We vote\n\non Friday.", Speaker: "r", Section: 1},
			{Text: "stall", Speaker: "", Section: 1},
			{Text: "Soon.", Speaker: "n", Section: 2},
			{Text: "Never.", Speaker: "n", Section: 2},
		},
	}
}

func TestWriteSpeakers(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	writeSpeakers(w, speakerFixture())
	w.Flush()
	want := "QUOTES  NAME         ROLE\n" +
		"     3  宋美玲       harbour master\n" +
		"     1  Ilse Varga   Mayor of Dunmore\n" +
		"     1  Tomas Reyes\n"
	if buf.String() != want {
		t.Errorf("speakers:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestWriteSpeakersNone(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	writeSpeakers(w, model.Briefing{})
	w.Flush()
	if buf.Len() != 0 {
		t.Errorf("no speakers printed %q", buf.String())
	}
}

func TestWriteQuotes(t *testing.T) {
	b := speakerFixture()
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	writeQuotes(w, b, b.Quotes)
	w.Flush()
	want := "Intro\n  Ilse Varga: “Not yet,”\n\n" +
		"1. No agreement yet\n  宋美玲: “Idle.”\n  Tomas Reyes: “We vote on Friday.”\n  (unattributed): “stall”\n\n" +
		"2. Cranes idle\n  宋美玲: “Soon.”\n  宋美玲: “Never.”\n"
	if buf.String() != want {
		t.Errorf("quotes:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestSpeakerError(t *testing.T) {
	err := speakerError(speakerFixture(), "Park\n", nil)
	want := `harbour.txt: no speaker "Park" (known: 宋美玲, Ilse Varga, Tomas Reyes)`
	if err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	err = speakerError(model.Briefing{Source: "-"}, "Park", nil)
	if !strings.Contains(err.Error(), "no quote in it is attributed") {
		t.Errorf("error %q does not say the document has no speakers", err)
	}
}

// TestSpeakerLookup checks that --speaker takes a surname, a role word,
// an alias or a prefix in any case, as the reader's picker does, and that
// an ambiguous name is an error naming the candidates.
func TestSpeakerLookup(t *testing.T) {
	b := speakerFixture()
	b.Speakers = append(b.Speakers, model.Speaker{ID: "t", Name: "Tomas Varga", Role: "union secretary"})
	for query, want := range map[string]string{
		"varga": "v", "MAYOR": "v", "dunmore": "v", "the mayor": "v", "tomas r": "r", "REY": "r",
		"secretary": "t", "宋": "n", "harbour": "n",
	} {
		s, _, ok := b.LookupSpeaker(query)
		if !ok || s.ID != want {
			t.Errorf("--speaker %q: %q, %v; want %q", query, s.ID, ok, want)
		}
	}
	_, cands, ok := b.LookupSpeaker("tom")
	if ok || len(cands) != 2 {
		t.Fatalf("tom: ok %v, candidates %v", ok, cands)
	}
	err := speakerError(b, "tom", cands)
	want := `harbour.txt: "tom" matches 2 speakers: Tomas Reyes, Tomas Varga (union secretary); give more of the name`
	if err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

func TestQuotesUnknownSpeaker(t *testing.T) {
	out, errOut, code := runBrief(t, harbourDoc, "quotes", "--speaker", "Nobody Here", "-")
	if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, `"Nobody Here"`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestQuotesSpeakerFilter(t *testing.T) {
	// Whatever the parser attributes, filtering by each speaker's alias,
	// in any case, lists exactly that speaker's quotes.
	b, err := content.Read("-", strings.NewReader(harbourDoc), content.Auto)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Speakers {
		for _, name := range append([]string{s.Name, strings.ToUpper(s.Name)}, s.Aliases...) {
			out, errOut, code := runBrief(t, harbourDoc, "quotes", "--speaker", name, "-")
			if code != 0 {
				t.Fatalf("--speaker %q: exit %d, %s", name, code, errOut)
			}
			if got, want := strings.Count(out, "\n  "), len(b.QuotesBy(s.ID)); got != want {
				t.Errorf("--speaker %q: %d quotes, want %d:\n%s", name, got, want, out)
			}
		}
	}
}
