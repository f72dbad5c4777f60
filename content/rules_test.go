package content

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// kindsOf lists the kinds of the blocks of section n, a rule as "---".
func kindsOf(b model.Briefing, n int) string {
	var out []string
	for _, bl := range b.Blocks(n) {
		if bl.Kind == model.Rule {
			if bl.Text != "" {
				return "a rule with text " + bl.Text
			}
			out = append(out, "---")
			continue
		}
		out = append(out, bl.Text)
	}
	return strings.Join(out, " | ")
}

// TestThematicBreaks checks a rule the author drew between blocks is a
// block of its own, without text, whatever the format drew it with, and
// that what only looks like one stays what it is: a Markdown heading
// underlined with dashes, a heading of plain text underlined or
// overlined, a rule in a page's navigation.
func TestThematicBreaks(t *testing.T) {
	tests := []struct {
		name   string
		f      Format
		src    string
		intro  string
		point1 string
	}{
		{"markdown", Markdown,
			"# Memo\n\nFirst.\n\n---\n\nSecond.\n\n***\n\nThird.\n\n___\n\nFourth.\n\n<hr>\n\nFifth.\n\n<hr />\n",
			"First. | --- | Second. | --- | Third. | --- | Fourth. | --- | Fifth. | ---", ""},
		{"markdown: dashes under a line make it a heading", Markdown,
			"# Memo\n\nFirst.\n\nThe point\n---\n\nSecond.\n\n- - -\n\nThird.\n",
			"First.", "Second. | --- | Third."},
		{"plain text", Plain,
			"Harbour memo\n\nThe talks went long, the mayor said.\n\n---\n\nThe cranes stood idle.\n\n* * *\n\nFares rise in March.\n\n___\n\n***\n\nThe end.\n",
			"The talks went long, the mayor said. | --- | The cranes stood idle. | --- | Fares rise in March. | --- | The end.", ""},
		{"plain text: rules before and after the text separate nothing", Plain,
			"-----\n\nHarbour memo\n\nThe talks went long, the mayor said.\n\n---\n\nThe cranes stood idle.\n\n---\n",
			"The talks went long, the mayor said. | --- | The cranes stood idle.", ""},
		{"plain text: a heading underlined and overlined", Plain,
			"Harbour memo\n\nThe talks went long, the mayor said on Tuesday.\n\nCranes idle\n-----------\n\nThe cranes stood idle all week, and the port lost money.\n\n" +
				"==========\nFares\n==========\n\nFares rise in March, the board said in a statement.\n",
			"The talks went long, the mayor said on Tuesday.", "The cranes stood idle all week, and the port lost money."},
		{"plain text: a line over a rule heads nothing", Plain,
			"Harbour memo\n\nThe talks went long, the mayor said on Tuesday.\n\nSee you Friday\n\n---\n\nThe cranes stood idle all week, and the port lost money.\n",
			"The talks went long, the mayor said on Tuesday. | See you Friday | --- | The cranes stood idle all week, and the port lost money.", ""},
		{"web page", HTML,
			"<html><body><nav><a href=/>Home</a><hr></nav><article><h1>Harbour talks end</h1><hr>" +
				"<p>The talks went long on Tuesday, and nobody left the hall before midnight, officials said.</p><hr>" +
				"<p>The union will vote on Friday on whether to accept the offer that the port made.</p><hr><hr>" +
				"<p>The cranes stood idle all week, and the port lost money, the harbour master said.</p><hr>" +
				"</article><footer><hr><p>Copyright</p></footer></body></html>",
			"The talks went long on Tuesday, and nobody left the hall before midnight, officials said. | --- | " +
				"The union will vote on Friday on whether to accept the offer that the port made. | --- | " +
				"The cranes stood idle all week, and the port lost money, the harbour master said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Parse("doc", tt.src, tt.f)
			if got := kindsOf(b, 0); got != tt.intro {
				t.Errorf("intro:\n got %s\nwant %s", got, tt.intro)
			}
			got := ""
			if len(b.Sections) > 0 {
				got = kindsOf(b, 1)
			}
			if got != tt.point1 {
				t.Errorf("first point:\n got %s\nwant %s", got, tt.point1)
			}
		})
	}
	if model.Rule.String() != "rule" {
		t.Errorf("a rule's kind is %q", model.Rule.String())
	}
}

// TestRulesExported checks export writes a rule as "---", nested as the
// author nested it, and reads back as the same blocks.
func TestRulesExported(t *testing.T) {
	src := "# Memo\n\nFirst.\n\n---\n\n- An item\n\n  ***\n\n  More of the item.\n\n> Quoted.\n>\n> ___\n>\n> Quoted on.\n\nLast.\n"
	b := Parse("memo.md", src, Markdown)
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{"\n\n---\n\n", "\n\n  ---\n\n", "\n>\n> ---\n>\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("export lacks %q:\n%s", want, md)
		}
	}
	again := Parse("memo.md", md, Markdown)
	if !reflect.DeepEqual(again.Intro, b.Intro) {
		t.Errorf("read back:\n got %+v\nwant %+v\n%s", again.Intro, b.Intro, md)
	}
	rules := 0
	for _, bl := range b.Intro {
		if bl.Kind == model.Rule {
			rules++
		}
	}
	if rules != 3 {
		t.Errorf("%d rules, want 3: %+v", rules, b.Intro)
	}
}
