package ui

import (
	tea "charm.land/bubbletea/v2"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

// The render-path benchmarks use a generated briefing of about 1 MB (see
// generateBriefing). Quote medians of -count runs: the machine is shared.

var big = generateBriefing(1<<20, 20)

// BenchmarkOpenLarge measures what stands between starting the reader on
// a 1 MB document and its first frame: building the model, laying out
// placeholders and drawing. Rendering happens in commands after this.
func BenchmarkOpenLarge(b *testing.B) {
	for b.Loop() {
		m := New(big, Options{Style: "dark"})
		mm, _ := m.Update(sizeMsg(120, 35))
		_ = mm.(Model).View()
	}
}

// BenchmarkRenderUnit measures one render command (one ~64 KB unit).
func BenchmarkRenderUnit(b *testing.B) {
	names := newDocIndex(&big)
	units := planUnits(&big)
	u := units[1]
	b.SetBytes(int64(u.size))
	for b.Loop() {
		renderUnit(&big, names, u, renderKey{width: 64, style: "dark"})
	}
}

// BenchmarkPrintLarge measures printing the whole 1 MB document: its units
// rendered on every core, written in order as they are done.
func BenchmarkPrintLarge(b *testing.B) {
	b.SetBytes(1 << 20)
	for b.Loop() {
		if err := Print(io.Discard, big, 80, "dark"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFrameLarge measures one frame of a fully rendered 1 MB document
// with a search on: what every key press costs.
func BenchmarkFrameLarge(b *testing.B) {
	m := New(big, Options{Style: "dark"})
	mm, _ := m.Update(sizeMsg(120, 35))
	m = renderAll(mm.(Model))
	m.doc.search = newSearch(m.doc, "berth")
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkSearchLarge measures one incremental search step over 1 MB,
// most of it not rendered: what typing a letter of a query costs.
func BenchmarkSearchLarge(b *testing.B) {
	m := New(big, Options{Style: "dark"})
	mm, _ := m.Update(sizeMsg(120, 35))
	m = mm.(Model)
	b.SetBytes(1 << 20)
	b.ResetTimer()
	for b.Loop() {
		newSearch(m.doc, "council")
	}
}

// quotedParagraph is one block of about size bytes: sentences each with a
// quote attributed by name, as a transcript pasted without line breaks or
// a scraped page with its paragraphs run together would give.
func quotedParagraph(size int) model.Briefing {
	var sb strings.Builder
	var quotes []fxQuote
	for i := 0; sb.Len() < size; i++ {
		q := fmt.Sprintf("We will dredge berth %d before the tide turns", i)
		fmt.Fprintf(&sb, "The council argued over fees for hours. “%s,” Mara Quill said. ", q)
		quotes = append(quotes, qc(q, "a", "Mara Quill"))
	}
	return buildBriefing("One long paragraph", nil,
		[]model.Speaker{{ID: "a", Name: "Mara Quill", Aliases: []string{"Quill"}}},
		[][]fxBlock{{para(sb.String(), quotes...)}})
}

// BenchmarkDisplayLongParagraph measures building the display text of one
// 64 KB block holding about 600 quotes: finding each quote's speaker's
// name must look near the quote, not through the whole block.
func BenchmarkDisplayLongParagraph(b *testing.B) {
	doc := quotedParagraph(64 << 10)
	names := newDocIndex(&doc)
	b.SetBytes(64 << 10)
	for b.Loop() {
		newDisplay(&doc, blockRef{0, 0}, doc.Intro[0], names, "dark")
	}
}

// BenchmarkKeysManyPoints measures a key on a briefing of 12,000 short
// talking points (as a 5 MB generated briefing has): j then G then g,
// each with its frame, the renders the key asks for left undone (the
// points not rendered show as placeholders). What a key costs should not
// grow with the number of points.
func BenchmarkKeysManyPoints(b *testing.B) {
	long := generateBriefing(1<<20, 12000)
	m := New(long, Options{Style: "dark"})
	mm, _ := m.Update(sizeMsg(120, 40))
	m = mm.(Model)
	keys := []tea.KeyPressMsg{{Code: 'j', Text: "j"}, {Code: 'G', Text: "G"}, {Code: 'g', Text: "g"}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		mm, _ := m.Update(keys[i%len(keys)])
		m = mm.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkFilterFrame measures the output filter on a frame of the 1 MB
// document: every frame passes it whole.
func BenchmarkFilterFrame(b *testing.B) {
	m := New(big, Options{Style: "dark"})
	mm, _ := m.Update(sizeMsg(120, 35))
	m = renderAll(mm.(Model))
	frame := m.View().Content
	b.SetBytes(int64(len(frame)))
	for b.Loop() {
		_ = safeFrame(frame)
	}
}
