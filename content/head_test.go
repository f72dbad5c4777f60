package content

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// longBriefing is an invented briefing of about size bytes: numbered
// points, each with a paragraph quoting one of three people, in plain
// text or Markdown (with a fenced block of code that holds blank lines).
func longBriefing(size int, markdown bool) string {
	names := []string{"Mara Quill", "Olek Varn", "Ines Tarro"}
	var sb strings.Builder
	sb.WriteString("Harbour talks in Tessaly\n\nHere are the main points from the talks:\n\n")
	for i := 1; sb.Len() < size; i++ {
		if markdown {
			fmt.Fprintf(&sb, "## Berth %d and the night shift\n\n", i)
		} else {
			fmt.Fprintf(&sb, "%d. Berth %d and the night shift\n\n", i, i)
		}
		fmt.Fprintf(&sb, "“We will dredge berth %d before the tide turns,” %s said. The council argued over fees for hours.\n\n", i, names[i%3])
		if markdown && i%7 == 0 {
			sb.WriteString("```\nfees = 12\n\nberths = 3\n```\n\n")
		}
	}
	return sb.String()
}

// TestParseHeadIsTheStartOfTheWhole checks that the start of a long
// document parses as the whole does, but for its last point (cut short):
// the same title, intro, points, quotes and speakers; and that a short
// document, a web page and UTF-16 are parsed whole.
func TestParseHeadIsTheStartOfTheWhole(t *testing.T) {
	for _, md := range []bool{false, true} {
		name := "brief.txt"
		if md {
			name = "brief.md"
		}
		data := []byte(longBriefing(300<<10, md))
		full, err := ParseBytes(name, data, Auto)
		if err != nil {
			t.Fatal(err)
		}
		head, whole, err := ParseHead(name, data, Auto, 16<<10)
		if err != nil || whole {
			t.Fatalf("%s: whole %v, err %v", name, whole, err)
		}
		if len(head.Sections) < 20 || len(head.Sections) >= len(full.Sections) {
			t.Fatalf("%s: %d points in the start, %d in all", name, len(head.Sections), len(full.Sections))
		}
		if head.Title != full.Title || !reflect.DeepEqual(head.Intro, full.Intro) {
			t.Fatalf("%s: the start's title or intro differs", name)
		}
		last := len(head.Sections) - 1
		if !reflect.DeepEqual(head.Sections[:last], full.Sections[:last]) {
			t.Fatalf("%s: the start's points differ from the whole's", name)
		}
		for i, q := range head.Quotes {
			if q.Section < last+1 && (q.Text != full.Quotes[i].Text || q.Speaker != full.Quotes[i].Speaker) {
				t.Fatalf("%s: quote %d is %q by %q, in the whole %q by %q", name, i, q.Text, q.Speaker, full.Quotes[i].Text, full.Quotes[i].Speaker)
			}
		}
	}
	short := []byte(longBriefing(10<<10, true))
	want, _ := ParseBytes("s.md", short, Auto)
	if got, whole, err := ParseHead("s.md", short, Auto, 16<<10); !whole || err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("a short document: whole %v, err %v", whole, err)
	}
	page := []byte("<!doctype html><html><body><article><p>" + strings.Repeat("Words of the page. ", 5000) + "</p></article></body></html>")
	if _, whole, err := ParseHead("p.html", page, Auto, 16<<10); !whole || err != nil {
		t.Fatalf("a web page: whole %v, err %v", whole, err)
	}
}

// TestParseHeadErrors checks that the whole document's errors come out
// of its start: binary data past the start is binary.
func TestParseHeadErrors(t *testing.T) {
	data := []byte(longBriefing(200<<10, false) + "\x00\x01\x02")
	if _, _, err := ParseHead("b.txt", data, Auto, 16<<10); !errors.Is(err, ErrBinary) {
		t.Fatalf("binary data past the start: %v", err)
	}
	blank := []byte(strings.Repeat(" \n", 40<<10) + "Words at last.\n")
	b, _, err := ParseHead("blank.txt", blank, Auto, 16<<10)
	if err != nil || len(b.Intro) == 0 {
		t.Fatalf("text after a blank start: %v, %d blocks", err, len(b.Intro))
	}
}

// TestHeadCut checks where the start ends: at a blank line past n, never
// inside fenced code or an HTML comment, and in a paragraph with no
// blank line at a line break or a space.
func TestHeadCut(t *testing.T) {
	fenced := strings.Repeat("a\n\n", 10) + "```\n" + strings.Repeat("code\n\n", 8) + "```\n\nafter\n\nmore\n"
	if cut := headCut([]byte(fenced), 35, true); fenced[:cut] != strings.Repeat("a\n\n", 10)+"```\n"+strings.Repeat("code\n\n", 8)+"```\n\n" {
		t.Fatalf("cut inside the fence: %q", fenced[cut:])
	}
	commented := strings.Repeat("a\n\n", 10) + "<!--\n\nhidden\n\n-->\n\nafter\n\nmore\n"
	if cut := headCut([]byte(commented), 33, true); !strings.HasPrefix(commented[cut:], "after") {
		t.Fatalf("cut inside the comment: %q", commented[cut:])
	}
	if cut := headCut([]byte(commented), 33, false); !strings.HasPrefix(commented[cut:], "hidden") {
		t.Fatalf("plain text is cut at its first blank line past n: %q", commented[cut:])
	}
	para := strings.Repeat("word ", 1000)
	if cut := headCut([]byte(para), 100, false); cut != 105 {
		t.Fatalf("a paragraph with no break is cut at %d, want after the space at 104", cut)
	}
}
