// Package briefgen generates briefings for brief's benchmarks and its
// measuring harness (scripts/bench): realistic plain-text and Markdown
// briefings of any size, and the Markdown shapes that once stalled the
// parser. Everything is deterministic (fixed seeds), so two runs measure
// the same bytes. The people and places are fictional.
package briefgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Marker is a word that appears in the body of the first talking point of
// every generated briefing and nowhere before it: a harness waits for it
// to know that the reader shows the first point, not just its heading in
// an outline.
const Marker = "Quillmere"

// Fictional people, roles and words.
var (
	names = []string{"Ilse Varga", "Tomas Reyes", "Amara Okafor", "Jun Park", "Lena Brandt", "Oskar Halloran",
		"Mirela Dancu", "Teodor Ashby"}
	roles = []string{"the mayor", "the union secretary", "the harbour master", "a port spokesperson",
		"the minister for transport", "the council's finance chair"}
	verbs = []string{"said", "told reporters", "added", "warned", "insisted", "wrote in a statement"}
	words = strings.Fields(`the port union talks harbour wages shift crane night deal offer council
		ferry berth cargo strike vote members pay week contract safety terms budget dock winter pension
		on in at for with over after before about from tide pilots quay levy freight`)
)

// gen writes random prose with a fixed seed.
type gen struct {
	r  *rand.Rand
	sb strings.Builder
}

func newGen() *gen { return &gen{r: rand.New(rand.NewPCG(7, 11))} }

func (g *gen) pick(s []string) string { return s[g.r.IntN(len(s))] }

func (g *gen) words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.pick(words)
	}
	return strings.Join(w, " ")
}

// sentence is n words starting with a capital letter, without a full stop.
func (g *gen) sentence(n int) string {
	w := g.words(n)
	return strings.ToUpper(w[:1]) + w[1:]
}

// paragraph is one paragraph of reported speech, about 150–250 bytes.
// md adds the odd emphasis and link, as Markdown briefings have.
func (g *gen) paragraph(md bool) string {
	name := g.pick(names)
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("“%s,” %s %s. %s.", g.sentence(8+g.r.IntN(10)), name, g.pick(verbs), g.sentence(12))
	case 1:
		return fmt.Sprintf("%s, %s, %s the %s was “%s”.", name, g.pick(roles), g.pick(verbs), g.words(5), g.words(3))
	case 2:
		return fmt.Sprintf("%s %s: “%s. %s.”", name, g.pick(verbs), g.sentence(10), g.sentence(9))
	case 3:
		if md {
			return fmt.Sprintf("%s **%s** %s, according to [the council](https://example.org/%d).",
				g.sentence(10), g.words(2), g.words(8), g.r.IntN(1000))
		}
		return fmt.Sprintf("%s. (This means %s.)", g.sentence(20+g.r.IntN(20)), g.words(8))
	default:
		return fmt.Sprintf("%s. %s.", g.sentence(14+g.r.IntN(10)), g.sentence(10))
	}
}

// Plain returns a plain-text briefing of about size bytes (never more): a
// headline, an intro, then talking points numbered "1.", "2.", … each with
// one or two paragraphs of reported speech, about 420 bytes a point.
func Plain(size int) []byte { return briefing(size, false) }

// Markdown returns a Markdown briefing of about size bytes (never more): a
// level-1 title, an intro, then "## " talking points with paragraphs, the
// odd list, emphasis and link.
func Markdown(size int) []byte { return briefing(size, true) }

func briefing(size int, md bool) []byte {
	g := newGen()
	title := "Harbour talks in Dunmore end without a deal"
	if md {
		g.sb.WriteString("# " + title + "\n\n")
	} else {
		g.sb.WriteString(title + "\n\n")
	}
	g.sb.WriteString("Here are the main points from the talks:\n\n")
	for point := 1; ; point++ {
		var p strings.Builder
		if md {
			fmt.Fprintf(&p, "## %s\n\n", g.sentence(4+g.r.IntN(4)))
		} else {
			fmt.Fprintf(&p, "%d. %s\n\n", point, g.sentence(4+g.r.IntN(4)))
		}
		if point == 1 {
			fmt.Fprintf(&p, "%s harbour %s. ", Marker, g.words(6))
		}
		for k := 0; k < 1+g.r.IntN(2); k++ {
			p.WriteString(g.paragraph(md))
			p.WriteString("\n\n")
		}
		if md && g.r.IntN(8) == 0 {
			fmt.Fprintf(&p, "- %s\n- %s\n\n", g.sentence(6), g.sentence(7))
		}
		if g.sb.Len()+p.Len() > size && point > 1 {
			break
		}
		g.sb.WriteString(p.String())
	}
	return []byte(g.sb.String())
}

// A Shape is a Markdown input that made goldmark's inline or block parsing
// grow much faster than the input.
type Shape struct {
	// Name is a short name for tables and file names.
	Name string
	// Unit is repeated to make the input; Make is used instead when set.
	Unit string
	// Make builds the input of size bytes, for shapes that are not one
	// repeated unit.
	Make func(size int) string
}

// Shapes are the stalling inputs issue 10 found (emph, refdefs, mixed),
// and others like them found since: each took goldmark time growing with
// the square or the cube of its length.
var Shapes = []Shape{
	{Name: "emph", Unit: "_a*"},
	{Name: "refdefs", Unit: "[a]: u\n"},
	{Name: "mixed", Make: mixedRuns},
	{Name: "strong", Unit: "**a_"},
	{Name: "strike", Unit: "~~a*"},
	{Name: "emphlines", Unit: "_a*\n"},
	{Name: "links", Unit: "[a]("},
	{Name: "linkdests", Unit: "[a](b"},
	{Name: "imagelinks", Unit: "![a]("},
	{Name: "refdefnames", Make: refDefNames},
	{Name: "brackets", Unit: "[a"},
	{Name: "images", Unit: "![a"},
	{Name: "backticks", Make: backtickRuns},
	{Name: "autolinks", Unit: "<a"},
	{Name: "quotes", Unit: ">"},
	{Name: "listnest", Make: nestedList},
}

// Stall returns shape's input at size bytes, after a first paragraph
// holding Marker, so that a harness can see the reader show it.
func Stall(s Shape, size int) []byte {
	head := Marker + " stalls here.\n\n"
	var body string
	if s.Make != nil {
		body = s.Make(size - len(head))
	} else {
		body = strings.Repeat(s.Unit, (size-len(head))/len(s.Unit)+1)
	}
	out := head + body
	return []byte(out[:min(len(out), size)])
}

// mixedRuns is runs of '*' and '_' of random lengths between letters:
// delimiter runs that can open and close each other in many ways.
func mixedRuns(size int) string {
	r := rand.New(rand.NewPCG(3, 5))
	var sb strings.Builder
	for sb.Len() < size {
		for range 1 + r.IntN(3) {
			if r.IntN(2) == 0 {
				sb.WriteByte('*')
			} else {
				sb.WriteByte('_')
			}
		}
		sb.WriteByte("abc "[r.IntN(4)])
	}
	return sb.String()
}

// backtickRuns is code-span delimiters of growing lengths that never
// close: each run is searched for its closer to the end of the paragraph.
func backtickRuns(size int) string {
	var sb strings.Builder
	for n := 1; sb.Len() < size; n = n%64 + 1 {
		sb.WriteString(strings.Repeat("`", n))
		sb.WriteByte('a')
	}
	return sb.String()
}

// refDefNames is link reference definitions with distinct labels, one
// after another.
func refDefNames(size int) string {
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "[a%d]: u\n", i)
	}
	return sb.String()
}

// nestedList is list items each one level deeper than the last.
func nestedList(size int) string {
	var sb strings.Builder
	for d := 0; sb.Len() < size; d = (d + 1) % 2000 {
		sb.WriteString(strings.Repeat("  ", d))
		sb.WriteString("- a\n")
	}
	return sb.String()
}

// HTML returns a saved news page of about size bytes (never more): a head
// with a title, navigation and a sidebar around an <article> whose "<h2>"
// talking points hold paragraphs of reported speech with the odd link and
// emphasis, then a footer and a script, as saved pages have.
func HTML(size int) []byte {
	g := newGen()
	const tail = "</article>\n<footer><a href=\"/about\">About</a> | <a href=\"/privacy\">Privacy</a></footer>\n" +
		"<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>\n</body></html>\n"
	g.sb.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n" +
		"<title>Harbour talks in Dunmore end without a deal</title>\n" +
		"<style>body{font-family:serif} .nav a{margin:0 4px}</style>\n</head>\n<body>\n" +
		"<div class=\"nav\"><a href=\"/\">Dunmore Courier</a> | <a href=\"/news\">News</a> | <a href=\"/port\">Port</a></div>\n" +
		"<aside class=\"sidebar\"><ul><li><a href=\"/1\">Tide tables</a></li><li><a href=\"/2\">Ferry times</a></li></ul></aside>\n" +
		"<article>\n<h1>Harbour talks in Dunmore end without a deal</h1>\n" +
		"<p class=\"byline\">By Mirela Dancu</p>\n<p>Here are the main points from the talks:</p>\n")
	for point := 1; ; point++ {
		var p strings.Builder
		fmt.Fprintf(&p, "<h2>%s</h2>\n", g.sentence(4+g.r.IntN(4)))
		if point == 1 {
			fmt.Fprintf(&p, "<p>%s harbour %s.</p>\n", Marker, g.words(6))
		}
		for k := 0; k < 1+g.r.IntN(2); k++ {
			para := g.paragraph(false)
			if g.r.IntN(3) == 0 {
				para += fmt.Sprintf(" <em>%s</em> <a href=\"https://example.org/%d\">%s</a>.", g.words(2), g.r.IntN(1000), g.words(3))
			}
			p.WriteString("<p>" + para + "</p>\n")
		}
		if g.sb.Len()+p.Len()+len(tail) > size && point > 1 {
			break
		}
		g.sb.WriteString(p.String())
	}
	g.sb.WriteString(tail)
	return []byte(g.sb.String())
}

// Transcript returns a press-briefing transcript of about size bytes
// (never more): a header naming the principals, then turns — "NAME:" in
// capitals, questions as "Q:" — with the odd stage direction, as released
// transcripts are.
func Transcript(size int) []byte {
	g := newGen()
	speakers := []string{"MS. VARGA", "SECRETARY REYES", "MR. PARK", "MS. OKAFOR"}
	g.sb.WriteString("Press Briefing by Press Secretary Ilse Varga and Harbours Secretary Tomas Reyes\n\n" +
		"Briefing Room, Dunmore. 1:07 P.M. This is an unedited transcript as released by the Press Office.\n\n")
	for turn := 1; ; turn++ {
		var p strings.Builder
		if turn%3 == 0 {
			fmt.Fprintf(&p, "Q: %s, %s?\n\n", g.sentence(6+g.r.IntN(8)), g.words(4))
		} else {
			fmt.Fprintf(&p, "%s: ", speakers[g.r.IntN(len(speakers))])
			if turn == 1 {
				fmt.Fprintf(&p, "%s harbour %s. ", Marker, g.words(6))
			}
			p.WriteString(g.paragraph(false))
			if g.r.IntN(6) == 0 {
				p.WriteString(" (Laughter.)")
			}
			p.WriteString("\n\n")
			if g.r.IntN(3) == 0 {
				p.WriteString(g.paragraph(false) + "\n\n")
			}
		}
		if g.sb.Len()+p.Len() > size && turn > 1 {
			break
		}
		g.sb.WriteString(p.String())
	}
	return []byte(g.sb.String())
}

// Dense returns a plain-text briefing of about size bytes (never more)
// dense in punctuation: figures with separators and currency signs,
// abbreviations and initials, dashes, brackets, ellipses and nested
// quotation marks in every sentence — the text that costs a tokenizer a
// token every few bytes.
func Dense(size int) []byte {
	g := newGen()
	g.sb.WriteString("Harbour talks in Dunmore: figures, claims — and counter-claims\n\n" +
		"Here are the main points from the talks:\n\n")
	for point := 1; ; point++ {
		var p strings.Builder
		fmt.Fprintf(&p, "%d. %s (%d%%)\n\n", point, g.sentence(3+g.r.IntN(4)), g.r.IntN(100))
		if point == 1 {
			fmt.Fprintf(&p, "%s harbour %s. ", Marker, g.words(6))
		}
		for k := 0; k < 1+g.r.IntN(3); k++ {
			name := g.pick(names)
			switch g.r.IntN(4) {
			case 0:
				fmt.Fprintf(&p, "“%s — %s, £%d,%03d.%02d... ‘%s’!” %s (D-Ore.) %s; “%s?”",
					g.sentence(3), g.words(2), g.r.IntN(900)+1, g.r.IntN(1000), g.r.IntN(100), g.words(2), name, g.pick(verbs), g.sentence(4))
			case 1:
				fmt.Fprintf(&p, "%s, %s [%s], %s: “%s” (%d/%d, U.S. $%d.%dm; i.e. %s -- %s).",
					name, g.pick(roles), g.words(1), g.pick(verbs), g.sentence(5), g.r.IntN(31)+1, g.r.IntN(12)+1,
					g.r.IntN(99), g.r.IntN(10), g.words(2), g.words(3))
			case 2:
				fmt.Fprintf(&p, "Dr. %s & Co.’s %q: %d–%d, “%s...” — ‘%s.’ (%s!?) *%s*",
					name, g.words(2), g.r.IntN(50), g.r.IntN(50)+50, g.sentence(4), g.words(3), g.words(1), g.words(2))
			default:
				fmt.Fprintf(&p, "%s: 1) %s; 2) %s; 3) %s... “%s,” %s %s.",
					g.sentence(2), g.words(2), g.words(3), g.words(2), g.sentence(6), name, g.pick(verbs))
			}
			p.WriteString("\n\n")
		}
		if g.sb.Len()+p.Len() > size && point > 1 {
			break
		}
		g.sb.WriteString(p.String())
	}
	return []byte(g.sb.String())
}
