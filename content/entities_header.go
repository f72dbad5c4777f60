package content

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// Entities first: the people header lines, headings and labels name go into the table before any
// sentence is read.

// noteHeaders reads the lines that name people without sentences into the
// entity table before any sentence is read: the headline and standfirst,
// the header lines of a transcript (the paragraphs before its first
// turn) and its rosters wherever they stand (rosterLines), and the
// section headings. A turn's label ("THE PREMIER") or a
// description later in the text then finds the person the header gave
// that role.
func (a *attributor) noteHeaders(d rawDoc) {
	lines := []string{d.title, d.subtitle}
	if transcriptDoc(d) {
		for _, b := range d.intro {
			if b.turn() {
				break
			}
			if wordCount(b.text) <= maxHeaderWords {
				lines = append(lines, b.text)
			}
		}
		lines = append(lines, rosterLines(d)...)
	}
	// reads[i] is lines[i] read, for the headings read already below.
	reads := make([]lineRead, len(lines), len(lines)+len(d.sections))
	read := make([]bool, len(lines), cap(reads))
	a.headingSpeakers = make([]headingSpeaker, len(d.sections)+1)
	headings := readHeadings(d.sections)
	header := len(lines) // the lines after these are headings
	for i, s := range d.sections {
		if s.derived {
			continue // brief's name for an exchange names nobody
		}
		r := headings[i]
		lines, reads, read = append(lines, s.heading), append(reads, r), append(read, true)
	}
	// The headline first: "President Lind" there is not the "Mia Lind" of a
	// later heading.
	a.noteLines(lines, reads, read, header)
	a.initialsFit = a.someInitialsFit(d)
	a.labelFull = fullNameLabels(d)
	for i, s := range d.sections {
		if r := headings[i]; !s.derived && r.only && credible(r.people[0]) && !quotedWhole(s.heading) {
			// "Mayor of Tarrow, Ines Albright": the section is what she said
			p := r.people[0]
			if s.signed && p.role == "" {
				p.role = strings.TrimSpace(strings.FieldsFunc(s.blocks[0].text, func(r rune) bool { return r == '–' || r == '—' })[0])
			}
			a.headingSpeakers[i+1] = headingSpeaker{ent: a.noteHeadingPerson(p),
				cue: model.Span{Section: i + 1, Block: -1, Start: p.start, End: p.end}}
		}
	}
}

// quotedWhole reports a heading that is all one quotation (“The Red
// Line”): a phrase the section goes on to quote or a title, never the
// name of who speaks in it.
func quotedWhole(h string) bool {
	h = strings.TrimSpace(h)
	first, _ := utf8.DecodeRuneInString(h)
	last, _ := utf8.DecodeLastRuneInString(h)
	return len(h) > 2 && strings.ContainsRune("\"“‘'«", first) && strings.ContainsRune("\"”’'»", last)
}

// noteLines notes the people of the header lines and headings, in order;
// reads[i] is lines[i] read when read[i]; headings start at lines[from].
func (a *attributor) noteLines(lines []string, reads []lineRead, read []bool, from int) {
	fromHeadline := len(a.ents)
	for i, l := range lines {
		var covered [][2]int
		r := reads[i]
		if !read[i] {
			if m := invertedField.FindStringSubmatch(l); m != nil && i > 0 {
				l = m[1] + ": " + m[3] + " " + m[2] // "Premier: Varga, Piet" names Piet Varga
			}
			r = readLine(l, false)
		}
		for _, p := range r.people {
			if len(p.words) >= 2 || p.title != "" {
				if i >= from {
					a.noteHeadingPerson(p)
				} else {
					a.notePerson(p, true)
				}
				covered = append(covered, [2]int{p.start, p.end})
			}
		}
		if i == 0 {
			a.noteHeadline(l, covered)
			for _, e := range a.ents[fromHeadline:] {
				e.headlineOnly = true // until named again elsewhere
			}
		}
	}
}

// maxHeaderWords is the longest paragraph read as a transcript's header
// line.
const maxHeaderWords = 30

// transcriptDoc reports a document with transcript turns.
func transcriptDoc(d rawDoc) bool {
	for _, b := range d.intro {
		if b.turn() {
			return true
		}
	}
	for _, s := range d.sections {
		for _, b := range s.blocks {
			if b.turn() {
				return true
			}
		}
	}
	return false
}

// notePerson puts a person a header line or label names into the entity
// table with the role and title the line gives. header marks the
// people of headers, the likelier owners of an ambiguous name or role.
func (a *attributor) notePerson(p linePerson, header bool) *entity {
	if !slices.ContainsFunc(p.words, func(w string) bool { return w != strings.ToUpper(w) || len(w) < 2 }) {
		// "RUTH KAMAU interviewed by …": a name in capitals is written as a name
		p.words = slices.Clone(p.words)
		for i, w := range p.words {
			p.words[i] = titleCase(w)
		}
	}
	e := a.lookup(p.words, true)
	e.headlineOnly = false
	np := nameParts{words: p.words, role: p.role, title: p.title, gender: p.gender}
	a.note(e, np, strings.Join(p.words, " "))
	if header {
		e.inTitle = true
		e.mentions--
	}
	return e
}

// noteHeadingPerson notes a person a section heading names. A full name
// there does not complete a surname the headline gave alone: "Mia Lind"
// in a later heading is not the headline's "President Lind", who may be
// her father.
func (a *attributor) noteHeadingPerson(p linePerson) *entity {
	lw := lowerAll(p.words)
	alone, full := false, false
	for _, e := range a.byLast[lw[len(lw)-1]] {
		alone = alone || e.inTitle && len(e.lw) == 1 && !e.org
		full = full || slices.Equal(e.lw, lw)
	}
	if alone && !full && len(lw) > 1 {
		// (a lookup would complete the headline's surname with this name)
		ne := a.add(p.words)
		a.note(ne, nameParts{words: p.words, role: p.role, title: p.title, gender: p.gender}, strings.Join(p.words, " "))
		ne.inTitle = true
		ne.mentions--
		return ne
	}
	return a.notePerson(p, true)
}

// noteHeadline creates the entities the headline names in running text
// ("Key moments from Ana Lind's hearing"), outside the people readLine
// already found there (covered, byte spans): they are the likelier owners
// of an ambiguous surname later on.
func (a *attributor) noteHeadline(title string, covered [][2]int) {
	toks := tokenize(title, nil)
	for i := 0; i < len(toks); i++ {
		if !isNameWord(toks[i]) {
			continue
		}
		end := nameRunRight(toks, i, len(toks))
		if k := slices.IndexFunc(covered, func(c [2]int) bool { return int(toks[i].start) < c[1] && int(toks[end-1].end) > c[0] }); k >= 0 {
			// read on after the person already found: "… Yusuf Adeyemi and
			// Port Authority Director Clara Whitcombe"
			for i < len(toks)-1 && int(toks[i+1].start) < covered[k][1] {
				i++
			}
			continue
		}
		start := i
		for start < end && (sentenceStarters[toks[start].lower] || introWords[toks[start].lower]) {
			start++
		}
		// Headlines capitalise every word: "Remarks by President Lind
		// Before Marine Departure" has a name only up to "Before".
		for k := start + 1; k < end; k++ {
			if sentenceStarters[toks[k].lower] || introWords[toks[k].lower] {
				end = k
				break
			}
		}
		np := peelName(toks, start, end)
		i = end - 1
		if (len(np.words) >= 2 || np.title != "" && len(np.words) == 1) && looksLikePersonName(np.words) && !occasion(np.words) {
			// "Remarks by Vice President Harris": a titled surname counts too
			e := a.lookup(np.words, true)
			e.inTitle = true
			a.note(e, np, np.String())
			e.mentions--
		}
	}
}

// occasion reports a headline's capitalised words that name an occasion,
// not a person: "Joint Press Conference", "Radio Interview".
func occasion(words []string) bool {
	return occasionHeads[strings.ToLower(words[len(words)-1])]
}

// headingSpeaker is the person a section's heading names and nothing
// else, as a "who said what" digest's headings do.
type headingSpeaker struct {
	ent *entity
	cue model.Span
}

// credible reports a person a heading names alone who is surely a
// person: two name words or more, or a title or role ("Berths" is a
// heading, not a speaker).
func credible(p linePerson) bool {
	return (len(p.words) >= 2 || p.role != "") && looksLikePersonName(p.words)
}
