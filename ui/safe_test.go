package ui

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
)

// hostileText holds what a document might use to attack a terminal.
var hostileText = []string{
	"raw OSC 52 \x1b]52;c;aGVsbG8=\x07 clipboard",
	"raw title \x1b]0;evil\x07 and \x1b]2;evil\x1b\\ titles",
	"raw CSI \x1b[2J\x1b[H\x1b[31mowned and DECRQSS \x1bP$qm\x1b\\",
	"entity escapes &#27;]52;c;aGVsbG8=&#7; and &#x1b;[2J and &#27;]8;;http://evil&#7;link&#27;]8;;&#7;",
	"named entities &amp;#27; &lt;script&gt; <b>html</b> <!-- comment -->",
	"C1 bytes \u009b2J \u009d0;evil\u009c and raw \xc2\x9b31m",
	"bidi \u202eevil\u202c and isolates \u2066x\u2069",
	"invalid utf-8 \xff\xfe\x80 lead then control \xe2\x1b[2J",
	"markdown [link](javascript:alert(1)) ![img](http://evil/x.png) `code` **bold** # heading",
	"    indented code\n---\n===\n> quote\n- list\n1. list",
	strings.Repeat("verylongwordwithoutanyspace", 400),
	strings.Repeat("long line with spaces ", 2000),
}

// hostileBriefing puts hostile text everywhere a document supplies text.
func hostileBriefing() model.Briefing {
	speakers := []model.Speaker{{ID: "x", Name: "Evil \x1b]0;evil\x07 Name", Role: "role \x1b[2J", Aliases: []string{"\u202eevil"}}}
	var blocks []fxBlock
	for i, s := range hostileText {
		switch i % 3 {
		case 0:
			blocks = append(blocks, para(s+" “quoted \x1b]52;c;eA==\x07 words” said Evil", qt("quoted \x1b]52;c;eA==\x07 words", "x")))
		case 1:
			blocks = append(blocks, aside("("+s+")"))
		default:
			blocks = append(blocks, fxBlock{kind: model.QuoteBlock, label: "LABEL\x1b]0;evil\x07", text: s})
		}
	}
	blocks = append(blocks, para("tail marker"))
	b := buildBriefing("Title \x1b]0;evil\x07 \x1b[2J", []string{"heading \x1b]52;c;eA==\x07", "second &#27;]0;evil&#7;"}, speakers,
		[][]fxBlock{{para("intro \x1b]8;;http://evil\x07link\x1b]8;;\x07")}, blocks[:6], blocks[6:]})
	b.Subtitle = "sub \u009b2J"
	// links: one brief may make a hyperlink of, and ones it must not
	intro := &b.Intro[0]
	for _, u := range []string{"https://example.org/ok", "javascript:alert(1)", "https://evil\x1b]52;c;eA==\x07/x",
		"http://evil/\x07\x1b]8;id=" + linkID + ";http://evil\x07", "file:///etc/passwd"} {
		start := len(intro.Text) + 1
		intro.Text += " link"
		intro.Inlines = append(intro.Inlines, model.Inline{Kind: model.Link, Start: start, End: len(intro.Text), URL: u})
	}
	// a parser bug: offsets out of range or inside a character
	b.Quotes = append(b.Quotes, model.Quote{Text: "bad", Speaker: "x", Section: 1, Block: 0, Start: 5, End: 1 << 20})
	b.Sections[0].Blocks[0].Quotes = append(b.Sections[0].Blocks[0].Quotes, len(b.Quotes)-1, 999)
	return b
}

// assertOnlySGR fails when s holds any escape or control sequence other
// than plain SGR, or a C1 control, or a bidi control.
func assertOnlySGR(t *testing.T, what, s string) {
	t.Helper()
	rest := s
	for {
		i := strings.IndexByte(rest, 0x1b)
		if i < 0 {
			break
		}
		seq := rest[i:]
		end := 2
		for end < len(seq) && (seq[end] >= '0' && seq[end] <= '9' || seq[end] == ';' || seq[end] == ':') {
			end++
		}
		if strings.HasPrefix(seq, "\x1b]8;") {
			// brief's own hyperlinks, and nothing else, may pass
			link, _, ok := strings.Cut(seq[1:], "\x07")
			u, own := ownLink("\x1b" + link + "\x07")
			if !ok || !own || u != "" && !strings.HasPrefix(u, "https://example.org/") {
				t.Fatalf("%s: a hyperlink brief did not make: %q", what, seq[:min(len(seq), 60)])
			}
			rest = seq[len(link)+2:]
			continue
		}
		if len(seq) < 3 || seq[1] != '[' || end >= len(seq) || seq[end] != 'm' {
			t.Fatalf("%s: non-SGR escape %q", what, seq[:min(len(seq), 20)])
		}
		rest = seq[end+1:]
	}
	for _, r := range regexp.MustCompile("\x1b]8;[^\x07]*\x07").ReplaceAllString(s, "") {
		if r != '\n' && r != '\t' && r != 0x1b && isUnsafeRune(r) {
			t.Fatalf("%s: control or bidi rune %U", what, r)
		}
	}
	if !strings.Contains(ansi.Strip(s), "tail marker") && strings.Contains(what, "full") {
		t.Fatalf("%s: text lost", what)
	}
}

func TestHostileDocumentInTheReader(t *testing.T) {
	for _, sz := range [][2]int{{120, 35}, {80, 24}, {30, 8}} {
		tt := newTester(t, hostileBriefing(), sz[0], sz[1])
		for _, keys := range [][]string{nil, {"G"}, {"g", "1"}, {"2"}, {"s"}, {"esc", `"`}, {"esc", "/", "e", "v", "i", "l"}, {"enter", "tab"}, {"tab"}} {
			tt.press(keys...)
			v := tt.m.View()
			checkSize(t, v.Content, sz[0], sz[1])
			assertOnlySGR(t, "view", v.Content)
			assertOnlySGR(t, "title", v.WindowTitle)
		}
	}
}

func TestHostileDocumentPrinted(t *testing.T) {
	for _, style := range []string{"dark", "light", "notty", "ascii"} {
		var buf bytes.Buffer
		if err := Print(&buf, hostileBriefing(), 80, style); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		assertOnlySGR(t, "full print "+style, out)
		if style == "notty" && strings.Contains(out, "\x1b") {
			t.Fatal("notty print has escapes")
		}
		// the document's own entity stays text: it is not decoded
		if !strings.Contains(out, "&#27;") {
			t.Fatalf("%s: the document's entity text was decoded or lost", style)
		}
	}
}

func TestMarkdownTextIsInert(t *testing.T) {
	// every ASCII punctuation character is encoded, so no Markdown or HTML
	// construct survives, and Glamour shows the text as it was
	in := "# h\n- a *b* _c_ `d` [e](f) <g> &amp; ~~h~~ | i | 1. j \\k"
	md := markdownText(in)
	for _, c := range "#-*_`[]()<>&~|.\\" {
		if strings.ContainsRune(strings.ReplaceAll(md, "&#", ""), c) && c != '&' {
			t.Fatalf("markdown text keeps %q: %s", c, md)
		}
	}
	var buf bytes.Buffer
	b := buildBriefing("", nil, nil, [][]fxBlock{{para(in)}})
	if err := Print(&buf, b, 200, "notty"); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(buf.String()), " ")
	if want := strings.Join(strings.Fields(in), " "); got != want {
		t.Fatalf("printed %q, want %q", got, want)
	}
}

func TestSafeOutputKeepsSGROnly(t *testing.T) {
	in := "\x1b[1;38;5;252mbold\x1b[m \x1b]52;c;eA==\x07\x1b[2J\x1b[?25l\x1bP$q\x1b\\\u009b31m\u202eok\n\ttab"
	got := safeOutput(in)
	// the C1 CSI is dropped; what followed it is inert text
	if want := "\x1b[1;38;5;252mbold\x1b[m 31mok\n\ttab"; got != want {
		t.Fatalf("safeOutput = %q, want %q", got, want)
	}
}

// FuzzSafeOutput checks that whatever goes in, only text and SGR come out,
// and that filtering twice changes nothing.
func FuzzSafeOutput(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Add("\x1b[31mred\x1b[0m")
	f.Fuzz(func(t *testing.T, s string) {
		out := safeOutput(s)
		assertOnlySGR(t, "fuzz", out)
		if again := safeOutput(out); again != out {
			t.Fatalf("not idempotent: %q → %q", out, again)
		}
	})
}

// FuzzFilterShortcut checks the filter's shortcut (passes) against the
// filter itself: whatever goes in, what comes out is what decoding it a
// sequence at a time gives, with brief's hyperlinks kept or not.
func FuzzFilterShortcut(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	for _, s := range []string{"\x1b[31mred\x1b[0m", "plain text\n\tindented", "e\x1b[1m\u0301", "\x1b[38;2;1;2;3mx\x1b[m",
		"\x1b[31", "\x1b[", "\x1b[?25l", "\x1b[31;m\xff", "\u202eevil", "\u009b31m", "caf\u00e9 \ufffd", "\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, own := range []bool{false, true} {
			if got, want := filterOutput(s, own), decodeFilter(s, own); got != want {
				t.Fatalf("filterOutput(%q, %v) = %q, decoding gives %q", s, own, got, want)
			}
		}
	})
}

// TestOneLineAndPluralAsInExports checks ui's oneLine and plural against
// the behaviour of their twins in package content, which ui may not
// import: white space folded as strings.Fields splits it, joined by one
// space; "1 quote", "n quotes".
func TestOneLineAndPluralAsInExports(t *testing.T) {
	for _, s := range []string{"", " ", "Cranes idle", "  Cranes\tidle \n", "a\n\nb", "a  b", "a\u00a0b", "a\u2028b",
		"Harbour\u3000talks", " x", "x ", "already one line", "tab\tin"} {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
	if got := safeOutput(oneLine("a\x1b]52;c;x\a b")); strings.ContainsAny(got, "\x1b\a") {
		t.Errorf("a control passed oneLine and the filter: %q", got)
	}
	for n, want := range map[int]string{0: "0 quotes", 1: "1 quote", 2: "2 quotes", 17: "17 quotes"} {
		if got := plural(n, "quote"); got != want {
			t.Errorf("plural(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestPrintTakesEveryStyleName checks that Print accepts every name of
// StyleNames, which the --style flag offers, and names them all when it
// refuses another.
func TestPrintTakesEveryStyleName(t *testing.T) {
	for _, style := range StyleNames() {
		if err := Print(io.Discard, fixture(), 60, style); err != nil {
			t.Errorf("style %q: %v", style, err)
		}
	}
	err := Print(io.Discard, fixture(), 60, "neon")
	if err == nil || !strings.Contains(err.Error(), strings.Join(StyleNames(), ", ")) {
		t.Errorf("unknown style: %v", err)
	}
}
