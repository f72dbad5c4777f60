package main

import (
	"bufio"
	"fmt"
	"io"
	"testing"

	"github.com/briefreader/brief/model"
)

// crowdBriefing is a generated briefing where nearly every quote has its
// own speaker (a long scraped transcript): 17,000 speakers, 18,000 quotes
// in 147 talking points. Listing it must not look each speaker up per
// quote.
func crowdBriefing() model.Briefing {
	const nSpeakers, nQuotes, nSections = 17000, 18000, 147
	b := model.Briefing{Source: "crowd.txt"}
	for s := 1; s <= nSections; s++ {
		b.Sections = append(b.Sections, model.Section{Number: s, Heading: fmt.Sprintf("Point about mooring %d", s)})
	}
	for i := 0; i < nSpeakers; i++ {
		b.Speakers = append(b.Speakers, model.Speaker{ID: fmt.Sprintf("s%d", i), Name: fmt.Sprintf("Delegate Kavendra %d", i)})
	}
	for q := 0; q < nQuotes; q++ {
		b.Quotes = append(b.Quotes, model.Quote{Text: fmt.Sprintf("We will settle berth %d", q),
			Speaker: fmt.Sprintf("s%d", q%nSpeakers), Section: 1 + q*nSections/nQuotes})
	}
	return b
}

// BenchmarkWriteQuotesCrowd measures `brief quotes` once the document is
// loaded.
func BenchmarkWriteQuotesCrowd(b *testing.B) {
	doc := crowdBriefing()
	for b.Loop() {
		w := bufio.NewWriter(io.Discard)
		writeQuotes(w, doc, doc.Quotes)
		w.Flush()
	}
}

// BenchmarkWriteSpeakersCrowd measures `brief speakers` once the document
// is loaded.
func BenchmarkWriteSpeakersCrowd(b *testing.B) {
	doc := crowdBriefing()
	for b.Loop() {
		w := bufio.NewWriter(io.Discard)
		writeSpeakers(w, doc)
		w.Flush()
	}
}
