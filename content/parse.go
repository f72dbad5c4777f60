// Package content turns documents into model.Briefing values: it reads and
// sanitizes them, detects their format, finds the talking points, the
// quotes and who said them. It imports model and nothing else of brief's.
package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Format is a document format.
type Format int

// The formats brief reads.
const (
	// Auto detects the format from the name and the text.
	Auto Format = iota
	// Plain is plain text: paragraphs separated by blank lines.
	Plain
	// Markdown is CommonMark with headings, lists and block quotes.
	Markdown
)

// Parse builds a briefing from sanitized text. name becomes the briefing's
// Source. Parse never fails: text it cannot structure becomes intro
// paragraphs.
func Parse(name, text string, f Format) model.Briefing {
	b := model.Briefing{Source: name}
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.Intro = append(b.Intro, model.Block{Kind: model.Paragraph, Text: p})
		}
	}
	return b
}
