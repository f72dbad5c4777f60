package content

import (
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
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
