package content

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefreader/brief/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestParseHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Ferry fares rise - The Brannock Post</title>
<script>var s = "“Not a quote,” said Nobody";</script></head><body>
<nav><p>Home | News</p></nav>
<article><h1>Ferry fares rise by a third</h1>
<p class="byline">By Orla Penn</p>
<p>Transport Commissioner Dara Quill announced the rise on Monday.</p>
<h2>Why now?</h2>
<p>&ldquo;The sums stopped working,&rdquo; Quill said. Islanders were unhappy &#27;]52;c;QUFB&#7; today.</p>
<div class="related-stories"><p>“Elsewhere,” said Ivo Marsh.</p></div>
<h2>What next?</h2>
<blockquote><p>We will petition the assembly.</p></blockquote>
<p>— Ruth Amadi, chair of the passengers’ forum</p>
</article><footer><p>© Brannock Post</p></footer></body></html>`
	b := Parse("page.html", Sanitize(page), HTML)
	if b.Title != "Ferry fares rise by a third" {
		t.Errorf("title = %q", b.Title)
	}
	var heads []string
	for _, s := range b.Sections {
		heads = append(heads, s.Heading)
	}
	if strings.Join(heads, "|") != "Why now?|What next?" {
		t.Errorf("sections = %q", heads)
	}
	got := map[string]string{}
	for _, q := range b.Quotes {
		got[q.Text] = b.SpeakerName(q.Speaker)
	}
	want := map[string]string{
		"The sums stopped working,":      "Dara Quill",
		"We will petition the assembly.": "Ruth Amadi",
	}
	for text, speaker := range want {
		if got[text] != speaker {
			t.Errorf("quote %q: speaker %q, want %q (all: %v)", text, got[text], speaker, got)
		}
	}
	for text := range got {
		if strings.Contains(text, "Not a quote") || strings.Contains(text, "Elsewhere") {
			t.Errorf("quote %q comes from a script or page furniture", text)
		}
	}
	for _, blocks := range [][]string{blockTexts(b.Intro)} {
		for _, s := range blocks {
			if strings.Contains(s, "Home") || strings.Contains(s, "Orla Penn") {
				t.Errorf("page furniture kept: %q", s)
			}
		}
	}
	for _, s := range b.Sections {
		for _, bl := range s.Blocks {
			if strings.ContainsRune(bl.Text, 0x1b) {
				t.Errorf("escape character survived in %q", bl.Text)
			}
		}
	}
}

func blockTexts(blocks []model.Block) []string {
	var out []string
	for _, b := range blocks {
		out = append(out, b.Text)
	}
	return out
}

func TestDetectHTML(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Format
	}{
		{"page.html", "<p>x</p>", HTML},
		{"page.htm", "<p>x</p>", HTML},
		{"-", "<!DOCTYPE html><html><body><p>x</p></body></html>", HTML},
		{"-", "  <html lang=en><p>x</p></html>", HTML},
		{"-", "The <b>bold</b> plan was announced.", Plain},
	} {
		if got := Detect(tc.name, tc.text); got != tc.want {
			t.Errorf("Detect(%q, %q) = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestParseHTMLPages reads synthetic pages that reproduce what real saved
// news pages do: furniture around and inside the article, subheads set in
// bold, teaser <article>s, <br>-separated text, no <article> at all, a
// second story loaded below the first, a share bar left unclosed around
// the body, a layout column named "sidebar".
func TestParseHTMLPages(t *testing.T) {
	for _, tc := range []struct {
		file, title, subtitle string
		sections              []string
		first, last           string
		// keep are strings that must be in the body, absent strings
		// that must not be anywhere.
		keep, absent []string
	}{
		{
			file: "furniture.html", title: "Harbour tolls to double from spring",
			subtitle: "Fishing crews say the new charges will push small boats out of Brannock for good.",
			sections: []string{"Crews push back"},
			first:    "The Brannock harbour board voted on Tuesday to double mooring tolls from April, the first rise in eleven years.",
			last:     "Crews plan to petition the county assembly before the tolls take effect.",
			keep:     []string{"before it closed to larger hulls."},
			absent: []string{"cookies", "Privacy", "News", "Home", "Orla Penn", "3 March", "Share", "Email this",
				"north quay", "Related", "Quay wall", "Sign up", "harbour briefing", "worst decision", "Comments",
				"All rights", "About us", "Leaked from JSON", "Brannock Post"},
		},
		{
			file: "bold-subheads.html", title: "The quiet return of the Veldra salt marsh",
			subtitle: "Salt, samphire and the slow art of letting the sea back in",
			sections: []string{"The birds came first", "Then the fish"},
			first:    "Ten years after the sea wall was breached on purpose, the Veldra marsh is busier than anyone predicted.",
			last:     "Note: the hide on the eastern flats is closed until May while the footbridge is rebuilt.",
			absent:   []string{"Samphire", "Coastline Weekly"},
		},
		{
			file: "two-articles.html", title: "Tramline to reach the old mills by autumn",
			sections: []string{"What changes for riders"},
			first:    "Track laying on the Orrin tram extension will finish in September, two months ahead of the published schedule.",
			last:     "Trams will run every eight minutes between the station and the mills, with a late service on Fridays.",
			absent:   []string{"parks officer", "sourdough", "Bakery", "weekend market", "Stalls"},
		},
		{
			file: "br-paragraphs.html", title: "Notes from the Kessel valley flood meeting",
			first:  "About sixty people crowded into the Kessel chapel hall on Thursday to hear the river board explain its plans for the lower meadows.",
			last:   "Several farmers asked who would pay for the lost grazing. Orlic said a compensation scheme would be published before the summer. A second meeting is planned for June.",
			absent: []string{"Archive", "Links", "Elsewhere", "Bridge repairs", "Valley Voice"},
		},
		{
			file: "density.html", title: "Lantern festival moves to the riverbank",
			first:  "This year's lantern festival will leave the market square for the east riverbank, the organisers said on Monday.",
			last:   "Organiser Mina Castell said the square had simply become too small for the crowds of recent years.",
			absent: []string{"Ostry Gazette", "Market hours", "Parking", "Advertise", "Rates"},
		},
		{
			file: "next-story.html", title: "Glassworks reopens after fire",
			first:  "The Ferrow glassworks lit its furnaces again on Monday, eight months after a fire gutted the packing hall.",
			last:   "Manager Ilse Brand said all forty staff had been kept on through the rebuild.",
			absent: []string{"Canal dredging", "Dredgers", "By Staff", "regatta"},
		},
		{
			file: "unclosed-wrapper.html", title: "Ridgeway bus route saved",
			first:  "The Ridgeway bus will keep running after the county found money to cover the operator's losses until next year.",
			last:   "Parish clerk Edda Vance said villagers had sent more than two thousand letters in support of the service.",
			absent: []string{"Share", "Hollin Courier", "News"},
		},
		{
			file: "layout-sidebar.html", title: "Library opens a seed bank",
			subtitle: "Borrow tomato seeds, return some in autumn.",
			first:    "Tarrow library has added a drawer of seed packets to its lending desk, and borrowers are asked to bring back seeds from what they grow.",
			last:     "Librarian Oona Fisk said forty packets had gone out in the first morning.",
			absent:   []string{"Photo", "Most read", "Ferry fares"},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "html", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			b := Parse(tc.file, Sanitize(string(src)), HTML)
			if b.Title != tc.title {
				t.Errorf("title = %q, want %q", b.Title, tc.title)
			}
			if b.Subtitle != tc.subtitle {
				t.Errorf("subtitle = %q, want %q", b.Subtitle, tc.subtitle)
			}
			var heads []string
			for _, s := range b.Sections {
				heads = append(heads, s.Heading)
			}
			if !slices.Equal(heads, tc.sections) {
				t.Errorf("sections = %q, want %q", heads, tc.sections)
			}
			body := bodyTexts(b)
			if len(body) == 0 {
				t.Fatal("no body blocks")
			}
			if body[0] != tc.first {
				t.Errorf("first block = %q\nwant          %q", body[0], tc.first)
			}
			if got := body[len(body)-1]; got != tc.last {
				t.Errorf("last block = %q\nwant         %q", got, tc.last)
			}
			all := strings.Join(append(append(body, heads...), b.Title, b.Subtitle), "\n")
			for _, s := range tc.keep {
				if !strings.Contains(strings.Join(body, "\n"), s) {
					t.Errorf("%q missing from the body", s)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(all, s) {
					t.Errorf("furniture %q kept in:\n%s", s, all)
				}
			}
		})
	}
}

// bodyTexts returns the text of every block, intro first, in order.
func bodyTexts(b model.Briefing) []string {
	out := blockTexts(b.Intro)
	for _, s := range b.Sections {
		out = append(out, blockTexts(s.Blocks)...)
	}
	return out
}

// TestParseHTMLHostile feeds pages built to break a reader: text in
// scripts, escapes hidden in character references, hidden elements, no
// <body>, text outside any element, deep nesting.
func TestParseHTMLHostile(t *testing.T) {
	deep := strings.Repeat("<div>", 20000) + "<p>Deep text survives the nesting cap.</p>" + strings.Repeat("</div>", 20000)
	for _, tc := range []struct {
		name, page string
		want       []string
		absent     []string
	}{
		{"scripts and escapes", `<html><head><title>Quay notice</title><script>document.write("“Injected,” said Nobody")</script></head>
<body><h1>Quay notice</h1><p>Berth four closes at dusk &#27;]52;c;QUFB&#7; for &#x1b;[2Jrepairs.</p>
<template><p>Template text</p></template><noscript><p>Enable scripts</p></noscript>
<p style="display: none">Hidden text</p><div hidden><p>Hidden too</p></div></body></html>`,
			[]string{"Berth four closes at dusk"}, []string{"\x1b", "\x07", "Injected", "Template text", "Enable scripts", "Hidden"}},
		{"no body", `<p>Loose paragraph without a body tag.</p>Stray text after it.`,
			[]string{"Loose paragraph without a body tag.", "Stray text after it."}, nil},
		{"deep nesting", "<!DOCTYPE html><html><body>" + deep + "</body></html>",
			[]string{"Deep text survives the nesting cap."}, nil},
		{"broken markup", `<html><body><h1>Half a page<p>First line of text that goes on for a while<div><p>Second</td></tr></table></b></i>`,
			[]string{"First line of text that goes on for a while", "Second"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := Parse("page.html", Sanitize(tc.page), HTML)
			all := strings.Join(append(bodyTexts(b), b.Title), "\n")
			for _, s := range tc.want {
				if !strings.Contains(all, s) {
					t.Errorf("%q missing from:\n%s", s, all)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(all, s) {
					t.Errorf("%q kept in:\n%s", s, all)
				}
			}
		})
	}
}

func TestCapNesting(t *testing.T) {
	shallow := "<div><div><p>One</p></div></div>"
	if got := capNesting(shallow); got != shallow {
		t.Errorf("shallow page changed: %q", got)
	}
	deep := strings.Repeat("<section>", maxNesting+50) + "text" + strings.Repeat("</section>", maxNesting+50)
	got := capNesting(deep)
	if n := strings.Count(got, "<section>"); n != maxNesting {
		t.Errorf("%d start tags kept, want %d", n, maxNesting)
	}
	if n := strings.Count(got, "</section>"); n != maxNesting {
		t.Errorf("%d end tags kept, want %d", n, maxNesting)
	}
	if !strings.Contains(got, "text") {
		t.Error("text dropped")
	}
	// Unclosed paragraphs and list items do not count as nesting.
	flat := strings.Repeat("<p>para", maxNesting*2)
	if got := capNesting(flat); got != flat {
		t.Error("unclosed paragraphs were capped")
	}
}

func TestFurnitureNames(t *testing.T) {
	for _, tc := range []struct {
		attrs string
		want  bool
	}{
		{`class="share-tools"`, true},
		{`class="c-social-buttons"`, true},
		{`class="bannerAd"`, true},
		{`id="mvp-related-posts"`, true},
		{`class="nextstory"`, true},
		{`class="sr-only"`, true},
		{`style="display:none"`, true},
		{`role="navigation"`, true},
		{`aria-label="Share on Facebook"`, true},
		{`class="l-col__sidebar"`, true},
		{`class="l-sidebar-fixed l-article-body"`, false},
		{`class="hidden-xs article"`, false},
		{`class="story-body"`, false},
		{`class="headline"`, false},
		{`class="address"`, false},
		{`class="ngart--preview"`, false},
	} {
		n := parseFragment(t, "<div "+tc.attrs+">x</div>")
		mark, _ := furniture(n, false)
		if got := mark != markNone; got != tc.want {
			t.Errorf("%s: furniture = %v, want %v", tc.attrs, got, tc.want)
		}
	}
}

func parseFragment(t *testing.T, s string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<body>" + s + "</body>"))
	if err != nil {
		t.Fatal(err)
	}
	var found *html.Node
	traverse(root, func(n *html.Node) bool {
		if found == nil && n.Type == html.ElementNode && n.DataAtom == atom.Div {
			found = n
		}
		return found == nil
	}, func(*html.Node) {})
	return found
}

func TestTitleFromMeta(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{`<title>Fog delays the morning ferries | Brannock Post</title><p>Body text here.</p>`, "Fog delays the morning ferries"},
		{`<title>Orrin Daily - Council backs the new cycle lanes</title><p>Body.</p>`, "Council backs the new cycle lanes"},
		{`<title>Site</title><meta property="og:title" content="Lantern boats return to the river"><p>Body.</p>`, "Lantern boats return to the river"},
	} {
		if got := Parse("p.html", tc.page, HTML).Title; got != tc.want {
			t.Errorf("title = %q, want %q", got, tc.want)
		}
	}
}

// BenchmarkParseHTML reads a 2 MB page: a long article among menus,
// teaser lists and scripts.
func BenchmarkParseHTML(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html><html><head><title>Long read | Site</title><script>" + strings.Repeat("var x=1;", 20000) + "</script></head><body><nav>")
	for i := range 2000 {
		sb.WriteString(`<div class="card"><h3><a href="/s">Teaser story</a></h3><p>Blurb for teaser ` + strconv.Itoa(i) + `.</p></div>`)
	}
	sb.WriteString("</nav><article><h1>Long read</h1>")
	for range 10000 {
		sb.WriteString("<p>Harbour master Dara Quill said the tide tables would change, and “nobody will be caught out,” she added.</p>")
	}
	sb.WriteString("</article></body></html>")
	page := sb.String()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		parseHTML(page)
	}
}

// FuzzParseHTML feeds arbitrary markup to the HTML reader: it must return,
// keep its briefing consistent and let no control character through.
func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>T | S</title></head><body><h1>T</h1><p>“Quoted,” said Ana Ruiz.</p></body></html>`,
		`<div class="share"><article><h1>A</h1><p>x<br><br>y</p></div><h1>B</h1>`,
		`<p><b>Bold</b></p><p>Text &#27;]52;c;QQ==&#7; after.</p><blockquote>q</blockquote>`,
		strings.Repeat("<div>", 300) + "deep" + strings.Repeat("</span>", 10),
		`<table><tr><td>cell<td><ul><li><a href=x>link</a></ul></table><svg><title>t</title></svg>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		done := make(chan model.Briefing)
		go func() { done <- Parse("page.html", Sanitize(page), HTML) }()
		var b model.Briefing
		// A hang detector, not a speed test.
		select {
		case b = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Parse did not return within 10s on %d bytes", len(page))
		}
		checkBriefing(t, b)
		checkSafe(t, b.Title)
		checkSafe(t, b.Subtitle)
		for n := 0; n <= len(b.Sections); n++ {
			for _, bl := range b.Blocks(n) {
				checkSafe(t, bl.Text)
			}
		}
	})
}
