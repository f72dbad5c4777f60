package content

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// exportFixture is a small hand-built briefing with fictional people: an
// intro quote, two talking points, an unattributed partial quote, a
// transcript turn and a speaker with a non-ASCII name.
func exportFixture() model.Briefing {
	intro := "Mayor Ilse Varga said the talks “went long”."
	p1 := "“We are not there yet,” Varga said. The union called it a “stall”."
	turn := "We will vote on Friday."
	p2 := "Šárka Novák, the harbour master, said: “Cranes stay idle.”"
	q := func(text, block, speaker string, section, blockIdx int, kind model.QuoteKind) model.Quote {
		start := strings.Index(block, text)
		return model.Quote{Text: text, Speaker: speaker, Section: section, Block: blockIdx,
			Start: start, End: start + len(text), Kind: kind}
	}
	quotes := []model.Quote{
		q("went long", intro, "varga", 0, 0, model.Partial),
		q("We are not there yet,", p1, "varga", 1, 0, model.Direct),
		q("stall", p1, "", 1, 0, model.Partial),
		q(turn, turn, "reyes", 1, 2, model.Turn),
		q("Cranes stay idle.", p2, "novak", 2, 0, model.Direct),
	}
	// a name cue, a label cue and none
	v := strings.Index(p1, "Varga")
	quotes[1].Rule, quotes[1].Confidence = "after", 0.9
	quotes[1].Cue = model.Span{Section: 1, Block: 0, Start: v, End: v + len("Varga")}
	quotes[3].Rule, quotes[3].Confidence = "turn", 0.95
	quotes[3].Cue = model.Span{Section: 1, Block: 2, Start: 0, End: len("MR. REYES"), Label: true}
	return model.Briefing{
		Title:    "Harbour talks end without a deal",
		Subtitle: "No agreement after nine hours",
		Source:   "harbour.txt",
		Intro:    []model.Block{{Kind: model.Paragraph, Text: intro, Quotes: []int{0}}},
		Sections: []model.Section{
			{Number: 1, Heading: "No agreement yet", Blocks: []model.Block{
				{Kind: model.Paragraph, Text: p1, Quotes: []int{1, 2}},
				{Kind: model.Aside, Text: "(A stall means neither side moves.)"},
				{Kind: model.QuoteBlock, Text: turn, Label: "MR. REYES", LabelMark: ":", Quotes: []int{3},
					LabelInlines: []model.Inline{{Kind: model.Strong, Start: 0, End: len("MR. REYES:")}}},
			}},
			{Number: 2, Heading: "Cranes idle", Blocks: []model.Block{
				{Kind: model.Paragraph, Text: p2, Quotes: []int{4}},
				{Kind: model.ListItem, Text: "Berths 3 and 4 closed", Inlines: []model.Inline{
					{Kind: model.Strong, Start: 0, End: len("Berths 3 and 4")},
					{Kind: model.Link, Start: len("Berths 3 and 4 "), End: len("Berths 3 and 4 closed"), URL: "https://example.org/port"},
				}},
			}},
		},
		Speakers: []model.Speaker{
			{ID: "varga", Name: "Ilse Varga", FullName: "Ilse Varga", Role: "Mayor", Aliases: []string{"Varga"}},
			{ID: "reyes", Name: "Tomas Reyes", FullName: "Tomas Reyes", Role: "union secretary"},
			{ID: "novak", Name: "Šárka Novák", FullName: "Šárka Novák", Role: "harbour master", Aliases: []string{"Novák"}},
		},
		Quotes: quotes,
	}
}

const exportFixtureJSON = `{
  "title": "Harbour talks end without a deal",
  "source": "harbour.txt",
  "sections": [
    {
      "number": 1,
      "heading": "No agreement yet",
      "quotes": 3
    },
    {
      "number": 2,
      "heading": "Cranes idle",
      "quotes": 1
    }
  ],
  "units": [],
  "speakers": [
    {
      "id": "varga",
      "name": "Ilse Varga",
      "role": "Mayor",
      "aliases": [
        "Varga"
      ],
      "quotes": 2
    },
    {
      "id": "reyes",
      "name": "Tomas Reyes",
      "role": "union secretary",
      "aliases": [],
      "quotes": 1
    },
    {
      "id": "novak",
      "name": "Šárka Novák",
      "role": "harbour master",
      "aliases": [
        "Novák"
      ],
      "quotes": 1
    }
  ],
  "quotes": [
    {
      "text": "went long",
      "speaker": "Ilse Varga",
      "speaker_id": "varga",
      "section": 0,
      "unit": 0,
      "kind": "partial",
      "rule": "",
      "confidence": 0
    },
    {
      "text": "We are not there yet,",
      "speaker": "Ilse Varga",
      "speaker_id": "varga",
      "section": 1,
      "unit": 0,
      "kind": "direct",
      "rule": "after",
      "confidence": 0.9,
      "cue": {
        "section": 1,
        "block": 0,
        "start": 28,
        "end": 33,
        "text": "Varga"
      }
    },
    {
      "text": "stall",
      "speaker": "",
      "speaker_id": "",
      "section": 1,
      "unit": 0,
      "kind": "partial",
      "rule": "",
      "confidence": 0
    },
    {
      "text": "We will vote on Friday.",
      "speaker": "Tomas Reyes",
      "speaker_id": "reyes",
      "section": 1,
      "unit": 0,
      "kind": "turn",
      "rule": "turn",
      "confidence": 0.95,
      "cue": {
        "section": 1,
        "block": 2,
        "start": 0,
        "end": 9,
        "label": true,
        "text": "MR. REYES"
      }
    },
    {
      "text": "Cranes stay idle.",
      "speaker": "Šárka Novák",
      "speaker_id": "novak",
      "section": 2,
      "unit": 0,
      "kind": "direct",
      "rule": "",
      "confidence": 0
    }
  ],
  "links": [
    {
      "text": "closed",
      "url": "https://example.org/port",
      "section": 2
    }
  ]
}
`

func TestWriteJSON(t *testing.T) {
	b := exportFixture()
	checkBriefing(t, b)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != exportFixtureJSON {
		t.Errorf("WriteJSON:\n%s\nwant:\n%s", got, exportFixtureJSON)
	}
}

func TestWriteJSONEmptyArrays(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, model.Briefing{Source: "-", Speakers: []model.Speaker{{ID: "a", Name: "A"}}}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("export has null where an empty array belongs:\n%s", buf.String())
	}
	var e map[string]any
	if err := json.Unmarshal(buf.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"sections", "speakers", "quotes", "links"} {
		if _, ok := e[k].([]any); !ok {
			t.Errorf("%s is %T, want an array", k, e[k])
		}
	}
}

func TestWriteJSONEscapesControls(t *testing.T) {
	// A model built by hand can hold anything; JSON must still carry it
	// as escapes, never as raw bytes a terminal would obey.
	b := model.Briefing{Title: "a\x1b]52;c;aGk=\x07b\u009b", Source: "-"}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(buf.String(), "\x1b\x07") {
		t.Errorf("raw control in JSON: %q", buf.String())
	}
}

const exportFixtureMarkdown = `# Harbour talks end without a deal

*No agreement after nine hours*

Mayor Ilse Varga said the talks “went long”.

## 1. No agreement yet

“We are not there yet,” Varga said. The union called it a “stall”.

(A stall means neither side moves.)

**MR. REYES:** We will vote on Friday.

## 2. Cranes idle

Šárka Novák, the harbour master, said: “Cranes stay idle.”

- **Berths 3 and 4** [closed](https://example.org/port)

`

// exportFixtureSpeakers is the list export --speakers adds, marked as
// brief's.
const exportFixtureSpeakers = `---

## Speakers (listed by brief)

- **Ilse Varga**, Mayor: 2 quotes
- **Tomas Reyes**, union secretary: 1 quote
- **Šárka Novák**, harbour master: 1 quote

`

func TestWriteMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, exportFixture()); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != exportFixtureMarkdown {
		t.Errorf("WriteMarkdown:\n%s\nwant:\n%s", got, exportFixtureMarkdown)
	}
}

func TestWriteMarkdownEscapes(t *testing.T) {
	tests := []struct {
		name string
		kind model.BlockKind
		text string
		want string
	}{
		{"heading-like line", model.Paragraph, "# not a heading", `\# not a heading`},
		{"list-like second line", model.Paragraph, "first\n- not a list\n2. nor this", "first\\\n\\- not a list\\\n2\\. nor this"},
		{"emphasis and code", model.Paragraph, "*a* `b` _c_", "\\*a\\* \\`b\\` \\_c\\_"},
		{"intraword underscore kept", model.Paragraph, "snake_case name", "snake_case name"},
		{"link and html", model.Paragraph, "[x](y) <b> [^1] [a][b] <http://x>", `\[x\](y) \<b> \[^1] \[a\][b] \<http://x>`},
		{"entity that Glamour would decode", model.Paragraph, "&#27;]52;c;aGk=&#7; &amp; &#x1b;", `\&#27;]52;c;aGk=\&#7; \&amp; \&#x1b;`},
		{"as written where nothing is syntax", model.Paragraph, "Q&A: [unclear] V1 -> V2, 3 < 4", "Q&A: [unclear] V1 -> V2, 3 < 4"},
		{"brackets inside a link's text", model.Paragraph, "to [email protected]", `to \[email protected\]`},
		{"quote-like line", model.Paragraph, "first\n> not a quote", "first\\\n\\> not a quote"},
		{"definition-like line", model.Paragraph, "[a]: https://x", `\[a\]: https://x`},
		{"block quote lines", model.QuoteBlock, "one\ntwo", "> one\\\n> two"},
		{"block quote paragraphs", model.QuoteBlock, "one\n\n\ntwo", "> one\n>\n> two"},
		{"list item continuation", model.ListItem, "one\ntwo", "- one\\\n  two"},
		{"empty block skipped", model.Paragraph, " \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			b := model.Briefing{Intro: []model.Block{{Kind: tt.kind, Text: tt.text}}}
			if err := WriteMarkdown(&buf, b); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(buf.String(), "\n\n"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWriteMarkdownAddsNoSpeakers checks the document's Markdown carries
// no list of brief's, and the list WriteSpeakersMarkdown adds when asked
// is marked as brief's, and absent when nobody is quoted.
func TestWriteMarkdownAddsNoSpeakers(t *testing.T) {
	var doc, list bytes.Buffer
	b := exportFixture()
	if err := WriteMarkdown(&doc, b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.String(), "Speakers") || strings.Contains(doc.String(), "quotes") {
		t.Errorf("the document's Markdown lists speakers:\n%s", doc.String())
	}
	if err := WriteSpeakersMarkdown(&list, b); err != nil {
		t.Fatal(err)
	}
	if list.String() != exportFixtureSpeakers {
		t.Errorf("WriteSpeakersMarkdown:\n%s\nwant:\n%s", list.String(), exportFixtureSpeakers)
	}
	list.Reset()
	none := model.Briefing{Title: "T", Intro: []model.Block{{Text: "No quotes here."}}}
	if err := WriteSpeakersMarkdown(&list, none); err != nil || list.Len() != 0 {
		t.Errorf("a briefing with no speakers got a list (err %v):\n%s", err, list.String())
	}
}

// TestExportUnits checks that the exchanges brief derives for a
// transcript without headings are units, apart from the document's own
// talking points: sections stays empty and every quote is in section 0.
func TestExportUnits(t *testing.T) {
	text := "FERRY BRIEFING\n\nSUBJECTS: night sailings; fares\n\n" +
		"MS. VARGA: Good morning. Two things today.\n\n" +
		"Q: Will the night sailings come back?\n\nMS. VARGA: In March.\n\n" +
		"Q: Are fares going up?\n\nMS. VARGA: Not this year.\n\nQ: Sure?\n\nMS. VARGA: Sure."
	e := NewExport(Parse("t.txt", text, Plain))
	if len(e.Sections) != 0 {
		t.Errorf("sections %+v, want none: the transcript has no headings", e.Sections)
	}
	var heads []string
	for _, u := range e.Units {
		heads = append(heads, u.Heading)
	}
	want := []string{"Opening remarks", "night sailings", "fares"}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("units %q, want %q (a follow-up stays in its exchange)", heads, want)
	}
	units := []int{1, 2, 2, 3, 3, 3, 3}
	if len(e.Quotes) != len(units) {
		t.Fatalf("%d quotes, want %d", len(e.Quotes), len(units))
	}
	for i, q := range e.Quotes {
		if q.Section != 0 || q.Unit != units[i] {
			t.Errorf("quote %q: section %d unit %d, want 0 and %d", q.Text, q.Section, q.Unit, units[i])
		}
	}
}

// TestSpeakerAliasesDeterministic: two forms of a name that differ only
// in case are one alias, and the same one on every run — speakerOf read
// the forms in the map's order, and the export of a document naming "de
// Blasio" and "De Blasio" changed from run to run.
func TestSpeakerAliasesDeterministic(t *testing.T) {
	e := &entity{words: []string{"Bill", "de", "Blasio"}, forms: map[string]bool{"de Blasio": true, "De Blasio": true, "Mayor de Blasio": true}}
	want := speakerOf(e, "x").Aliases
	for range 50 {
		if got := speakerOf(e, "x").Aliases; !slices.Equal(got, want) {
			t.Fatalf("aliases %q, then %q", want, got)
		}
	}
}
