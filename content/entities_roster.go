package content

import (
	"strings"
	"unicode"

	"github.com/briefreader/brief/model"
)

// Entities first: a meeting's roster — who attended, who was on the panel — wherever the record
// puts it, so that its turns' first names and initials find the people it lists in full.

// maxRosterWords is the longest entry of a roster read as a person: a name
// and an affiliation ("Ines Carro (Harbour Board)").
const maxRosterWords = 8

// rosterLines returns the entries of a transcript's rosters: the blocks
// under a heading that is a roster word ("## Attendance", "Present:") and a
// paragraph or list item that opens with one ("Attendees: Ana Lind,
// Piet Varga"), each entry a line to read as a header's. Minutes often
// list who attended at their end, after the turns that name them by
// first name only.
func rosterLines(d rawDoc) []string {
	var lines []string
	// open: the last block was a roster that ended in a separator, so the
	// next paragraph goes on with it ("…; Pitiroi, Aroha;" over a line
	// the layout set apart)
	open := false
	add := func(b rawBlock, whole bool) {
		if b.turn() || b.kind != model.Paragraph && b.kind != model.ListItem && !(whole && b.kind == model.CodeBlock) {
			open = false
			return // (a roster indented four spaces is Markdown's code)
		}
		text := b.text
		if !whole && !(open && !strings.Contains(text, ":")) {
			open = false
			colon := strings.IndexByte(text, ':')
			if colon < 0 || colon > 40 || !rosterHeading(text[:colon]) {
				return
			}
			text = text[colon+1:]
		}
		t := strings.TrimSpace(text)
		open = strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",")
		lines = append(lines, rosterEntries(text)...)
	}
	add(rawBlock{kind: model.Paragraph, text: d.subtitle}, false) // "Panel: …" under the title
	for _, b := range d.intro {
		add(b, false)
	}
	for _, s := range d.sections {
		whole := !s.derived && rosterHeading(s.heading)
		for _, b := range s.blocks {
			if b.kind == model.Heading {
				whole = rosterHeading(b.text) // a subheading within a part
				continue
			}
			add(b, whole)
		}
	}
	return lines
}

// rosterHeading reports a heading or field that introduces a roster: one
// to three words ending in a roster word ("Attendance", "Members
// present", "Call participants"), without its number or colon.
func rosterHeading(h string) bool {
	if m := numberedHeadingMatch(h); m != nil {
		h = m[3]
	}
	words := strings.Fields(strings.ToLower(strings.Trim(strings.TrimSpace(h), ":*_ ")))
	return len(words) >= 1 && len(words) <= 3 && rosterFields[words[len(words)-1]]
}

// rosterEntries splits a roster's text into its entries, at commas,
// semicolons and line ends outside brackets ("Ana Lind (Port, chair),
// Piet Varga"); an entry too long to be a name and an affiliation is
// left out.
func rosterEntries(text string) []string {
	var out []string
	depth, from := 0, 0
	// "Vaiki, Norman; Pitiroi, Aroha": entries apart at semicolons keep
	// their commas, each a surname and the given names after it
	semis := invertedRoster(text)
	flush := func(to int) {
		// the affiliation in brackets is a body more often than a role
		// ("(Port Authority)"), which would make the person one
		e := stageDirection.ReplaceAllString(text[from:to], "")
		if strings.Contains(e, "_") && !strings.Contains(strings.TrimSpace(e), " ") {
			e = strings.ReplaceAll(e, "_", " ") // a chat's "Ana_Lind"
		}
		if e = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(e), ".")); e != "" && wordCount(e) <= maxRosterWords {
			out = append(out, uninvert(e))
		}
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ',', ';', '\n':
			if depth <= 0 && !(semis && text[i] == ',') {
				flush(i)
				from = i + 1
			}
		}
	}
	flush(len(text))
	return out
}

// uninvert writes a roster entry given surname first ("Vaiki, Norman",
// "van Zyl, Jacob", "Ruatoe, T.") in reading order ("Norman Vaiki"): one
// surname before the comma, one or two given names or initials after it.
// An entry of a name and an affiliation ("Ana Lind, Harbour Board") is
// left as it is.
func uninvert(entry string) string {
	before, after, ok := strings.Cut(entry, ",")
	if !ok {
		return entry
	}
	sur, given := strings.Fields(before), strings.Fields(after)
	if len(sur) == 0 || len(given) == 0 || len(given) > 2 || len(sur) > 3 {
		return entry
	}
	for _, w := range sur[:len(sur)-1] {
		if !nameParticles[strings.ToLower(w)] {
			return entry
		}
	}
	for _, w := range append(given, sur[len(sur)-1]) {
		l := strings.ToLower(strings.Trim(w, "."))
		if !unicode.IsUpper(firstRune(w)) || titleWords[l] || roleNouns[l] || orgHeads[l] || honorifics[l] {
			return entry
		}
	}
	return strings.TrimSpace(after) + " " + strings.TrimSpace(before)
}

// invertedRoster reports a roster whose entries, apart at semicolons, are
// each written surname first ("Vaiki, Norman (Speaker); Pitiroi, Aroha").
func invertedRoster(text string) bool {
	parts := strings.Split(stageDirection.ReplaceAllString(text, ""), ";")
	n := 0
	for _, p := range parts {
		if p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), ".")); p == "" {
			continue
		}
		if uninvert(p) == p {
			return false
		}
		n++
	}
	return n >= 2
}
