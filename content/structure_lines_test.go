package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Documents whose lines open with a word and a mark but do not take
// turns — a field list, a glossary, a recipe's steps, prose with colons,
// a review's "Pros"/"Cons", a FAQ, opening times, a changelog — yield no
// turn and no quote: their labels repeat not at all, or alternate without
// anyone speaking.
func TestNoTurnsWithoutRepetition(t *testing.T) {
	files, err := filepath.Glob("testdata/noturns/*")
	if err != nil || len(files) < 8 {
		t.Fatalf("testdata/noturns: %d files (%v)", len(files), err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		format := Plain
		if strings.HasSuffix(f, ".md") {
			format = Markdown
		}
		b := Parse(filepath.Base(f), string(data), format)
		if len(b.Quotes) != 0 {
			t.Errorf("%s: %d quotes, want none (first %q)", f, len(b.Quotes), b.Quotes[0].Text)
		}
		for n := 0; n <= len(b.Sections); n++ {
			for _, bl := range b.Blocks(n) {
				if bl.Label != "" {
					t.Errorf("%s: a turn labelled %q, want none", f, bl.Label)
				}
			}
		}
	}
}

func TestReadStartLabel(t *testing.T) {
	for line, want := range map[string]string{
		"Ana Lind: We will.":                  "ana lind",
		"ana lind (host): we will":            "ana lind",
		"ANA LIND, Chief Executive: We will.": "ana lind",
		"[09:02] <bram_k> i merged it":        "bram_k",
		"09:02:11 sanne: ok":                  "sanne",
		"Rosalind Vey — We have two items.":   "rosalind vey",
		"tomas hale - I will be brief.":       "tomas hale",
		"Ada Kowen：We need the permit.":       "ada kowen",
		"FL: How quiet it was.":               "fl",
		"The reason is simple: fewer people.": "",
		"It chose the first: the last boat.":  "",
		"Note: the gate was open.":            "",
		"See https://example.org/x for more.": "",
		"One two three four five six: seven.": "",
	} {
		l, ok := readStartLabel(line)
		if got := l.key; !ok && want != "" || ok && got != want {
			t.Errorf("readStartLabel(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

// The gate asks for two labels that recur, take turns and speak: two
// recurring labels that only alternate ("Pros"/"Cons" over no first
// person) or one label alone are no transcript.
func TestRepeatGate(t *testing.T) {
	cand := func(u int, key, words string) lineCand { return lineCand{unit: u, key: key, words: words} }
	spoken := []lineCand{cand(0, "ana", "I think so?"), cand(1, "piet", "We agree."), cand(2, "ana", "Why?"), cand(3, "piet", "Because I said so.")}
	if repeatGate(spoken) == nil {
		t.Error("two labels taking turns and speaking: no transcript")
	}
	lists := []lineCand{cand(0, "pros", "cheap"), cand(1, "cons", "slow"), cand(2, "pros", "light"), cand(3, "cons", "loud")}
	if repeatGate(lists) != nil {
		t.Error("alternating labels that say nothing spoken: read as a transcript")
	}
	one := []lineCand{cand(0, "ana", "I think"), cand(1, "ana", "I do"), cand(2, "piet", "We do"), cand(3, "ana", "I will")}
	if repeatGate(one) != nil {
		t.Error("one recurring label: read as a transcript")
	}
	sparse := []lineCand{cand(0, "ana", "I think?"), cand(5, "piet", "We do"), cand(10, "ana", "I will"), cand(15, "piet", "We will")}
	if repeatGate(sparse) != nil {
		t.Error("labels on one unit in five: read as a transcript")
	}
	initials := append([]lineCand{cand(0, "fenna lutgarde", "I walked it.")}, spoken...)
	initials = append(initials, cand(5, "fl", "I did."), cand(6, "ana", "Why?"), cand(7, "fl", "I wanted to."))
	if keys := repeatGate(initials); !keys["fenna lutgarde"] {
		t.Errorf("a full name once before its initials' turns is no turn: %v", keys)
	}
}

// A page whose turns are lines of one paragraph set apart by <br> (and
// a last run of turns on one line) is read as the turns it holds.
func TestBreakLinesOfAPageAreTurns(t *testing.T) {
	page := `<html><head><title>Quillon Freight results call</title></head><body><article>
<h1>Quillon Freight results call</h1>
<p>Quillon Freight held its call on 14 August with chief executive Marta Solberg and finance director Kieran Dufresne.</p>
<p>Operator: Good morning and welcome to the call.<br>
Marta Solberg: Thank you. We moved more containers than ever, and I am proud of the team.<br>
Kieran Dufresne: Revenue rose eleven percent.<br>
Yusuf Arendt: Can you say more about fuel costs?<br>
Kieran Dufresne: We have hedged most of our fuel. Yusuf Arendt: And the dividend? Marta Solberg: We will keep it.</p>
</article></body></html>`
	b := Parse("call.html", page, HTML)
	want := []struct{ text, speaker string }{
		{"Thank you. We moved", "Marta Solberg"}, {"Revenue rose", "Kieran Dufresne"},
		{"Can you say more", "Yusuf Arendt"}, {"We have hedged", "Kieran Dufresne"},
		{"And the dividend?", "Yusuf Arendt"}, {"We will keep it.", "Marta Solberg"},
	}
	for _, w := range want {
		found := false
		for _, q := range b.Quotes {
			if strings.HasPrefix(q.Text, w.text) {
				found = true
				if got := b.SpeakerName(q.Speaker); got != w.speaker {
					t.Errorf("%q by %q, want %q", q.Text, got, w.speaker)
				}
			}
		}
		if !found {
			t.Errorf("no quote %q (quotes: %d)", w.text, len(b.Quotes))
		}
	}
}
