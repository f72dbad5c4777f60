package ui

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// The crowd benchmarks measure the costs that grow with the number of
// speakers and quotes rather than with the text: a generated briefing of
// about 1.6 MB with 17,000 speakers and 18,000 quotes, the shape of a long
// scraped transcript where nearly every quote has its own speaker. Quote
// medians of -count runs: the machine is shared.

// crowdName is the n-th invented name: a first name and a three-syllable
// surname, so that 17,000 speakers all have distinct names that read as
// names (the display looks them up in the text).
func crowdName(n int) (first, last string) {
	firsts := strings.Fields("Mara Olek Ines Tomas Anja Peter Ilse Rafe Cora Davin Elsa Joren Kira Lukas Nadia Orrin Petra Quentin Runa Sven")
	syll := strings.Fields("ka lo ven dra mi sor tel quin bar ro fen gal")
	s := n / len(firsts)
	last = syll[s%len(syll)] + syll[(s/len(syll))%len(syll)] + syll[(s/len(syll)/len(syll))%len(syll)]
	last = strings.ToUpper(last[:1]) + last[1:]
	if s >= len(syll)*len(syll)*len(syll) {
		last += fmt.Sprint(s / (len(syll) * len(syll) * len(syll)))
	}
	return firsts[n%len(firsts)], last
}

// generateCrowd builds a briefing of nSections talking points holding
// nQuotes quotes by nSpeakers speakers, each quote in a paragraph of its
// own that names its speaker, with filler text to reach about size bytes.
func generateCrowd(size, nSections, nSpeakers, nQuotes int) model.Briefing {
	speakers := make([]model.Speaker, nSpeakers)
	for i := range speakers {
		first, last := crowdName(i)
		speakers[i] = model.Speaker{ID: fmt.Sprintf("s%d", i), Name: first + " " + last, FullName: first + " " + last,
			Aliases: []string{last}}
		if i%3 == 0 {
			speakers[i].Role = fmt.Sprintf("Delegate for the %s harbour district and its outlying moorings", last)
		}
	}
	const filler = "The council argued over berth fees while the night shift waited. "
	total := 0
	secs := make([][]fxBlock, nSections+1)
	secs[0] = []fxBlock{para("A generated briefing with a crowd of speakers.")}
	headings := make([]string, nSections)
	for s := range headings {
		headings[s] = fmt.Sprintf("Generated point about mooring %d", s+1)
	}
	for q := 0; q < nQuotes; q++ {
		s := 1 + q*nSections/nQuotes
		sp := speakers[q%nSpeakers]
		words := fmt.Sprintf("We will settle berth %d before the spring tide", q)
		text := "“" + words + ",” " + sp.Name + " said."
		for total+len(text) < (q+1)*size/nQuotes {
			text = filler + text
		}
		total += len(text)
		secs[s] = append(secs[s], para(text, qt(words, sp.ID)))
	}
	return buildBriefing("Generated crowded briefing", headings, speakers, secs)
}

var crowd = generateCrowd(1600<<10, 147, 17000, 18000)

// BenchmarkNewCrowd measures opening the reader on the crowd: building the
// model, the outline and the speakers, and the first layout.
func BenchmarkNewCrowd(b *testing.B) {
	for b.Loop() {
		m := New(crowd, Options{Style: "dark"})
		mm, _ := m.Update(sizeMsg(120, 35))
		_ = mm.(Model).View()
	}
}

// BenchmarkSpeakersKeyCrowd measures one key press in the speakers pane
// and the frame after it: what moving through 17,000 speakers costs.
func BenchmarkSpeakersKeyCrowd(b *testing.B) {
	m := New(crowd, Options{Style: "dark"})
	mm, _ := m.Update(sizeMsg(120, 35))
	m = mm.(Model)
	m.focus = speakersPane
	keys := []string{"j", "k"}
	i := 0
	for b.Loop() {
		mm, _ = m.Update(keyMsg(keys[i%2]))
		m = mm.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkRenderedCrowd measures laying out the document as every unit's
// rendering arrives, nearest first as the scheduler asks for them: the
// cost of the results, not of rendering (they are made in advance, as
// plain text, which lays out like Glamour's).
func BenchmarkRenderedCrowd(b *testing.B) {
	for _, query := range []string{"", "tide"} {
		b.Run("search="+query, func(b *testing.B) {
			m := New(crowd, Options{Style: "dark"})
			mm, _ := m.Update(sizeMsg(120, 35))
			m = mm.(Model)
			results := make([]unitRenderedMsg, len(m.doc.units))
			for i, u := range m.doc.units {
				id := unitKey{i, m.doc.key}
				results[i] = unitRenderedMsg{id: id, blocks: plainUnit(m.b, m.doc.names, u, id.key)}
			}
			lines := 0
			for b.Loop() {
				b.StopTimer()
				m := New(crowd, Options{Style: "dark"})
				m.doc.glamour = nil // no render is run: the commands are dropped
				mm, _ := m.Update(sizeMsg(120, 35))
				m = mm.(Model)
				m.doc.search.query = query
				b.StartTimer()
				for _, r := range results {
					mm, _ = m.Update(r)
					m = mm.(Model)
				}
				lines = m.doc.total()
			}
			b.ReportMetric(float64(len(results)), "units")
			b.ReportMetric(float64(lines), "lines")
		})
	}
}

// BenchmarkPrintCrowd measures the print path on the crowd.
func BenchmarkPrintCrowd(b *testing.B) {
	for b.Loop() {
		if err := Print(io.Discard, crowd, 80, "notty"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOnePassCountsAgreeWithQueries checks the counts and names the
// reader builds in one pass against the briefing's own per-item queries:
// the outline's count per point with and without a filter, the speakers'
// counts and the names in the quotes view.
func TestOnePassCountsAgreeWithQueries(t *testing.T) {
	for _, b := range []model.Briefing{fixture(), generateCrowd(20<<10, 7, 40, 90)} {
		b.Quotes = append(b.Quotes, model.Quote{Text: "stray", Speaker: "nobody", Section: len(b.Sections) + 3})
		for _, filter := range append([]string{""}, speakerIDs(b)...) {
			o := newOutline(&b, filter, outlineModel{})
			for _, it := range o.items {
				want := 0
				for _, q := range b.QuotesIn(it.section) {
					if filter == "" || q.Speaker == filter {
						want++
					}
				}
				if it.count != want {
					t.Errorf("filter %q: point %d counts %d quotes, want %d", filter, it.section, it.count, want)
				}
			}
		}
		for _, it := range speakerItems(&b) {
			if want := b.QuoteCount(it.id); it.count != want {
				t.Errorf("speaker %s counts %d quotes, want %d", it.id, it.count, want)
			}
		}
		q := newQuotes(&b, newDocIndex(&b), "", darkTheme())
		for _, i := range q.quotes {
			if got, want := q.names.name(b.Quotes[i].Speaker), oneLine(b.SpeakerName(b.Quotes[i].Speaker)); got != want {
				t.Errorf("quote %d is by %q, want %q", i, got, want)
			}
		}
	}
}

func speakerIDs(b model.Briefing) []string {
	var ids []string
	for _, s := range b.Speakers {
		ids = append(ids, s.ID)
	}
	return ids
}
