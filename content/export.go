package content

import (
	"encoding/json"
	"io"

	"github.com/briefreader/brief/model"
)

// Export is the JSON shape of `brief export --format json`. Fields may be
// added later, never renamed.
type Export struct {
	Title    string          `json:"title"`
	Source   string          `json:"source"`
	Sections []ExportSection `json:"sections"`
	Speakers []ExportSpeaker `json:"speakers"`
	Quotes   []ExportQuote   `json:"quotes"`
}

// ExportSection is one talking point in an export.
type ExportSection struct {
	Number  int    `json:"number"`
	Heading string `json:"heading"`
	Quotes  int    `json:"quotes"`
}

// ExportSpeaker is one speaker in an export.
type ExportSpeaker struct {
	Name    string   `json:"name"`
	Role    string   `json:"role"`
	Aliases []string `json:"aliases"`
	Quotes  int      `json:"quotes"`
}

// ExportQuote is one quote in an export.
type ExportQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Section int    `json:"section"`
	Kind    string `json:"kind"`
}

// NewExport converts a briefing to its export shape.
func NewExport(b model.Briefing) Export {
	e := Export{Title: b.Title, Source: b.Source,
		Sections: []ExportSection{}, Speakers: []ExportSpeaker{}, Quotes: []ExportQuote{}}
	for _, s := range b.Sections {
		e.Sections = append(e.Sections, ExportSection{Number: s.Number, Heading: s.Heading, Quotes: len(b.QuotesIn(s.Number))})
	}
	for _, s := range b.Speakers {
		aliases := append([]string{}, s.Aliases...)
		e.Speakers = append(e.Speakers, ExportSpeaker{Name: s.Name, Role: s.Role, Aliases: aliases, Quotes: b.QuoteCount(s.ID)})
	}
	for _, q := range b.Quotes {
		e.Quotes = append(e.Quotes, ExportQuote{Text: q.Text, Speaker: b.SpeakerName(q.Speaker), Section: q.Section, Kind: q.Kind.String()})
	}
	return e
}

// WriteJSON writes the briefing's export as indented JSON.
func WriteJSON(w io.Writer, b model.Briefing) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewExport(b))
}
