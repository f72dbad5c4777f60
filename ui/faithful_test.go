package ui_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/briefreader/brief/content"
	"github.com/briefreader/brief/model"
	"github.com/briefreader/brief/ui"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// sharedDir is where the team's shared corpus lives: $BRIEF_SHARED, else
// a "shared" directory beside the checkout or a few levels above it.
func sharedDir() string {
	if d := os.Getenv("BRIEF_SHARED"); d != "" {
		return d
	}
	dir := ".."
	for range 4 {
		dir = filepath.Join(dir, "..")
		if _, err := os.Stat(filepath.Join(dir, "shared", "corpus", "gold")); err == nil {
			return filepath.Join(dir, "shared")
		}
	}
	return filepath.Join("..", "..", "shared")
}

// documents are the repository's fixtures and, when present, the corpus.
func documents(t *testing.T) []string {
	t.Helper()
	docs, _ := filepath.Glob("../content/testdata/docs/*")
	var corpus []string
	golds, _ := filepath.Glob(filepath.Join(sharedDir(), "corpus", "gold", "*.json"))
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".json")
		found, _ := filepath.Glob(filepath.Join(sharedDir(), "corpus", name+".*"))
		corpus = append(corpus, found...)
	}
	if len(corpus) == 0 {
		t.Logf("no corpus in %s: checking the fixtures only", sharedDir())
	}
	var out []string
	for _, p := range append(docs, corpus...) {
		switch filepath.Ext(p) {
		case ".txt", ".md":
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		t.Fatal("no documents")
	}
	return out
}

var (
	// brief's own marks: a link's reference number, a footnote's mark
	refMark = regexp.MustCompile(`\[\^?\d+\]`)
	// a talking point's heading as printed without colour: "## 3. …" (or
	// "### 3. …" for a point the author wrote one level deeper)
	printedHeading = regexp.MustCompile(`^#{2,6} (\d+)\. `)
	// a reference line under a talking point: "[2] https://…"
	refLine = regexp.MustCompile(`^\[\d+\] (\S+)$`)
	// the Markdown of a link's target, "](https://…)"
	linkTarget = regexp.MustCompile(`\]\((<[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\)`)
	// a heading's number in the document: "3. ", "#3 ", "## 3. "
	docNumber = regexp.MustCompile(`^\s*(?:#+\s*)?#?\s?\d{1,2}[A-Za-z]?[.:)]?\s+`)
)

// words splits text into its words: runs of letters, marks and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

// TestPrintedWordsAreTheDocuments prints every document (the fixtures and
// the shared corpus) as a pipe gets it and checks that its words are
// exactly the document's: nothing added but brief's own point numbers,
// link reference marks and derived units' names, nothing lost. A link's
// address, printed under its talking point, is checked apart from the
// running text.
func TestPrintedWordsAreTheDocuments(t *testing.T) {
	for _, path := range documents(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b, err := content.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, width := range []int{80, 120} {
				var out bytes.Buffer
				if err := ui.Print(&out, b, width, "notty"); err != nil {
					t.Fatal(err)
				}
				got, urls := printedWords(out.String(), b)
				want, targets := documentWords(string(src), b, filepath.Ext(path) == ".md")
				if i, ok := firstDifference(got, want); !ok {
					t.Errorf("width %d: the words differ at word %d:\n printed  %q\n document %q", width, i,
						around(got, i), around(want, i))
				}
				for _, u := range targets {
					if !slices.Contains(urls, u) {
						t.Errorf("width %d: link target %q is not printed (printed %q)", width, u, urls)
					}
				}
			}
		})
	}
}

// printedWords returns the words of printed output without brief's own
// marks, and the link addresses listed under the talking points.
func printedWords(out string, b model.Briefing) ([]string, []string) {
	derived := map[string]bool{}
	for _, s := range b.Sections {
		if s.Derived {
			derived["["+strconv.Itoa(s.Number)+". "+strings.Join(strings.Fields(s.Heading), " ")+"]"] = true
		}
	}
	var ws, urls []string
	var ref string // a reference line wrapped over several lines
	for _, line := range strings.Split(out, "\n") {
		l := strings.TrimSpace(line)
		switch {
		case ref != "" && l != "" && !strings.Contains(l, " "):
			ref += l
			continue
		case ref != "":
			urls, ref = append(urls, ref), ""
		}
		if m := refLine.FindStringSubmatch(l); m != nil {
			ref = m[1]
			continue
		}
		if derived[l] {
			continue
		}
		if m := printedHeading.FindStringSubmatch(l); m != nil {
			l = l[len(m[0]):]
		}
		ws = append(ws, words(refMark.ReplaceAllString(l, " "))...)
	}
	if ref != "" {
		urls = append(urls, ref)
	}
	return ws, urls
}

// documentWords returns the words of a document's source as a reader of
// it sees them, without the numbers of its talking points' headings (brief
// prints its own), and for Markdown without link targets, which it
// returns apart.
func documentWords(src string, b model.Briefing, markdown bool) ([]string, []string) {
	var targets []string
	if markdown {
		for _, m := range linkTarget.FindAllStringSubmatch(src, -1) {
			targets = append(targets, strings.Trim(m[1], "<>"))
		}
		src = linkTarget.ReplaceAllString(src, "] ")
		// a code fence's language is markup, as "```" is
		src = regexp.MustCompile("(?m)^(\\s*(?:>\\s*)*)(```+|~~~+)\\S*").ReplaceAllString(src, "$1$2")
		src = regexp.MustCompile(`\[\^[^\]]+\]`).ReplaceAllString(src, " ")
	}
	headings := map[string]bool{}
	for _, s := range b.Sections {
		headings[strings.Join(strings.Fields(s.Heading), " ")] = true
	}
	var ws []string
	for _, line := range strings.Split(src, "\n") {
		if m := docNumber.FindString(line); m != "" && headings[strings.Join(strings.Fields(line[len(m):]), " ")] {
			line = line[len(m):]
		}
		ws = append(ws, words(line)...)
	}
	return ws, targets
}

func firstDifference(a, b []string) (int, bool) {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i, false
		}
	}
	return min(len(a), len(b)), len(a) == len(b)
}

func around(ws []string, i int) string {
	return strings.Join(ws[max(i-6, 0):min(i+6, len(ws))], " ")
}

// TestHighlightedCuesNameTheirSpeakers checks over the fixtures and the
// corpus that what the reader highlights as a speaker's name is exactly
// content's cue for one of their quotes, and a mention of them: a form of
// their name, full name or role, a pronoun, or a transcript label.
func TestHighlightedCuesNameTheirSpeakers(t *testing.T) {
	checked := 0
	for _, path := range documents(t) {
		b, err := content.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		cues := map[[2]int][]ui.Highlight{}
		for _, q := range b.Quotes {
			if q.Speaker == "" || !q.Cue.Valid() || q.Cue.Label {
				continue
			}
			text, ok := content.CueText(b, q.Cue)
			if !ok {
				t.Errorf("%s: quote %.30q: cue %+v outside the briefing", filepath.Base(path), q.Text, q.Cue)
				continue
			}
			at := [2]int{q.Cue.Section, q.Cue.Block}
			cues[at] = append(cues[at], ui.Highlight{Text: text, Speaker: q.Speaker})
		}
		for at, want := range cues {
			got := ui.Highlights(&b, at[0], at[1])
			for _, h := range got {
				if !slices.Contains(want, h) {
					t.Errorf("%s: block %v highlights %q for %s, which is no cue there (cues %q)", filepath.Base(path), at, h.Text, h.Speaker, want)
				}
				sp, _ := b.Speaker(h.Speaker)
				if !mentions(h.Text, sp) {
					t.Errorf("%s: highlight %q is no mention of %s (%q)", filepath.Base(path), h.Text, sp.Name, sp.Aliases)
				}
				checked++
			}
			for _, w := range want {
				if !slices.Contains(got, w) {
					t.Errorf("%s: block %v: cue %q of %s is not highlighted", filepath.Base(path), at, w.Text, w.Speaker)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing was highlighted")
	}
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// mentions reports whether text names the speaker: a pronoun, or a word
// shared with their name, full name or role (not their aliases, which
// brief fills from the cues themselves); for the unnamed, a description
// in lower case.
func mentions(text string, sp model.Speaker) bool {
	ws := words(strings.ToLower(text))
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 && pronouns[ws[0]] {
		return true
	}
	known := words(strings.ToLower(strings.Join(append([]string{sp.Name, sp.FullName, sp.Role}, sp.Aliases...), " ")))
	if sp.Name == "Unknown" {
		return strings.IndexFunc(text, unicode.IsLower) >= 0 || slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(known, w) })
	}
	// a name the document misspells ("Jensen" for "Janzen") still names them
	return slices.ContainsFunc(ws, func(w string) bool {
		return len(w) > 1 && slices.ContainsFunc(known, func(k string) bool { return k == w || len(w) >= 5 && distance(k, w) <= 2 })
	})
}

// distance is the edit distance between two words.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// TestOutputFilterAgreesWithSanitize checks the one input sanitizer
// (package content) and the one output filter (package ui) agree: what
// Sanitize keeps, the filter lets through unchanged, and nothing the
// filter lets through is something Sanitize would change.
func TestOutputFilterAgreesWithSanitize(t *testing.T) {
	for _, s := range agreementSeeds {
		checkAgreement(t, s)
	}
}

// FuzzOutputFilterAgreesWithSanitize is TestOutputFilterAgreesWithSanitize
// over any text.
func FuzzOutputFilterAgreesWithSanitize(f *testing.F) {
	for _, s := range agreementSeeds {
		f.Add(s)
	}
	f.Fuzz(checkAgreement)
}

var agreementSeeds = []string{
	"plain “text”\n\ttab",
	"raw OSC 52 \x1b]52;c;aGVsbG8=\x07 and CSI \x1b[2J\x1b[31mred\x1b[0m",
	"C1 \u009b2J \u009d0;evil\u009c raw \xc2\x9b31m",
	"bidi \u202eevil\u202c isolates \u2066x\u2069",
	"invalid \xff\xfe\x80 lead then control \xe2\x1b[2J",
	"\ufeff\ufeffbom\r\nline\rend\x7fdel\x00nul",
	"link \x1b]8;;http://evil\x07text\x1b]8;;\x07",
	"U+FFFD \uFFFD stays",
}

func checkAgreement(t *testing.T, s string) {
	clean := content.Sanitize(s)
	if got := ui.SafeOutput(clean); got != clean {
		t.Fatalf("the filter changed sanitized text %q into %q", clean, got)
	}
	out := ansi.Strip(ui.SafeOutput(s))
	if again := content.Sanitize(out); again != strings.TrimLeft(out, "\ufeff") {
		t.Fatalf("the filter let through %q, which Sanitize makes %q", out, again)
	}
}

// TestGoldenMarkdownFixture pins the reader's view of the Markdown fixture
// at 80 and 120 columns: at the top (the header's line breaks, emphasis,
// links with their references, the table as a grid) and at points 2 and 3
// (the list from 3, code, the nested list with its quoted code).
func TestGoldenMarkdownFixture(t *testing.T) {
	b, err := content.Load("../content/testdata/docs/memo-ferry-timetable.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 40}, {120, 40}} {
		for _, keys := range [][]string{nil, {"2"}, {"3"}} {
			name := fmt.Sprintf("%dx%d-%s", size[0], size[1], strings.Join(append([]string{"top"}, keys...), "-"))
			t.Run(name, func(t *testing.T) {
				golden.RequireEqual(t, []byte(ui.ScreenAfter(t, b, size[0], size[1], keys...)))
			})
		}
	}
}

// FuzzMarkdownPrinted reads any text as Markdown and prints it in every
// style: nothing may panic, only text and SGR may come out, and without
// colour the printed words are the model's (its text, point numbers,
// brief's marks and link addresses aside).
func FuzzMarkdownPrinted(f *testing.F) {
	for _, s := range []string{
		"# T\n\n## A\n\n| a | b |\n|:-|-:|\n| *x* | [l](https://e.org) |\n\n3. one\n4. two\n   > q\n   > ```\n   > c\n   > ```\n",
		"- a\n  - b\n    - c [^1]\n\n[^1]: note\n",
		"**To:** x  \n**From:** y\n\n~~s~~ `c` <b>h</b> &#27;]52;c;eA==&#7;",
		"| a |\n|---|\n| \u0301x |\n",
		"a\n\n---\n\n- b\n\n  ***\n\n> c\n>\n> ___\n\n<hr>\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 4096 {
			return
		}
		done := make(chan string, 1)
		go func() {
			b := content.Parse("fuzz.md", src, content.Markdown)
			for _, style := range ui.StyleNames() {
				var out bytes.Buffer
				if err := ui.Print(&out, b, 40, style); err != nil {
					done <- err.Error()
					return
				}
				if s := ansi.Strip(out.String()); strings.ContainsAny(s, "\x1b\x07\u009b") {
					done <- fmt.Sprintf("%s: a control came out: %q", style, s)
					return
				}
			}
			done <- ""
		}()
		select {
		case msg := <-done:
			if msg != "" {
				t.Fatal(msg)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("reading and printing %d bytes took over 10 s", len(src))
		}
	})
}

// TestTranscriptFixture reads the transcript fixture (36 turns, four named
// speakers under role labels, a header naming them and its subjects) and
// checks the reader moves through it by exchange: one unit per exchange
// or subject, ] stepping through them, the speakers by their full names,
// and a speaker filter showing that speaker's turns and no one else's.
func TestTranscriptFixture(t *testing.T) {
	b, err := content.Load("../content/testdata/docs/transcript-winter-ferries.txt")
	if err != nil {
		t.Fatal(err)
	}
	turns := 0
	for _, q := range b.Quotes {
		if q.Kind == model.Turn {
			turns++
		}
	}
	if turns < 30 || len(b.Sections) < 4 {
		t.Fatalf("%d turns in %d units", turns, len(b.Sections))
	}
	for _, s := range b.Sections {
		if !s.Derived {
			t.Errorf("unit %d %q is not brief's", s.Number, s.Heading)
		}
	}
	names := map[string]string{}
	for _, s := range b.Speakers {
		names[s.Name] = s.ID
	}
	for _, want := range []string{"Ingrid Solvik", "Tomas Vehko", "Ruth Amadi-Berg", "Lise Aaberg"} {
		if names[want] == "" {
			t.Errorf("no speaker %q among %v", want, names)
		}
	}
	for n := 1; n <= 3; n++ {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = "]"
		}
		if _, at := ui.DocumentAfter(t, b, 120, 40, keys...); at != n {
			t.Errorf("] %d times: at unit %d", n, at)
		}
	}
	doc, _ := ui.DocumentAfter(t, b, 120, 40, "s", "S", "o", "l", "v", "i", "k", "enter")
	if !strings.Contains(doc, "THE HARBOUR MASTER:") {
		t.Fatalf("the filtered document lacks the harbour master's turns:\n%s", doc)
	}
	for _, other := range []string{"MS. AABERG:", "THE DEPUTY MAYOR:", "THE CHIEF ENGINEER:", "Q:"} {
		if strings.Contains(doc, other) {
			t.Errorf("filtered by Ingrid Solvik, the document shows a turn of %s", other)
		}
	}
}
