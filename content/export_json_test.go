package content

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefreader/brief/internal/briefgen"
	"github.com/briefreader/brief/model"
)

// encodingJSON is what the export's JSON was before it was written by
// hand, and what it must stay byte for byte.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestExportJSONMatches checks that the hand-written JSON is byte for
// byte encoding/json's, on every document in testdata, the sample,
// generated briefings of each kind, and exports built to hold what a
// parse rarely gives: escapes of every kind, nil slices, extreme floats.
func TestExportJSONMatches(t *testing.T) {
	var exports []Export
	var docs []string
	for _, glob := range []string{"testdata/docs/*", "testdata/html/*", "../examples/*.*", "../examples/day/*"} {
		m, _ := filepath.Glob(glob)
		docs = append(docs, m...)
	}
	for _, path := range docs {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := ParseBytes(path, data, Auto)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		exports = append(exports, NewExport(b))
	}
	exports = append(exports, NewExport(Sample()))
	for _, gen := range []func(int) []byte{briefgen.Plain, briefgen.Markdown, briefgen.HTML, briefgen.Transcript, briefgen.Dense} {
		name := "gen.txt"
		if b, err := ParseBytes(name, gen(20_000), Auto); err == nil {
			exports = append(exports, NewExport(b))
		}
	}
	odd := "tab\tnl\nret\rbs\bff\fnul\x00esc\x1b del\x7f quote\" back\\ <a&b> \u2028\u2029 bad\xff\xfe end\xe2\x80 é 😀 \u0085"
	exports = append(exports,
		Export{}, // every slice nil
		Export{Title: odd, Source: odd,
			Sections: []ExportSection{{Number: -3, Heading: odd}},
			Units:    []ExportSection{},
			Speakers: []ExportSpeaker{{ID: odd, Aliases: nil}, {Aliases: []string{odd, ""}}},
			Quotes: []ExportQuote{
				{Text: odd, Confidence: 1e-7}, {Confidence: 1e21}, {Confidence: -2.5e-9}, {Confidence: math.MaxFloat64},
				{Confidence: 0.1 + 0.2, Cue: &ExportCue{Label: true, Text: odd}}, {Confidence: -0.0, Cue: &ExportCue{}},
				{Confidence: math.SmallestNonzeroFloat64}, {Confidence: 123456789.125},
			},
			Links: []ExportLink{{Text: odd, URL: "https://example.org/?a=1&b=<2>"}},
		})
	for i, e := range exports {
		var got bytes.Buffer
		if err := writeExports(&got, []Export{e}, false); err != nil {
			t.Fatal(err)
		}
		if want := encodingJSON(t, e); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("export %d (%s): hand-written JSON differs from encoding/json\n got: %.400q\nwant: %.400q", i, e.Source, got.Bytes(), want)
		}
	}
	var got bytes.Buffer
	if err := writeExports(&got, exports, true); err != nil {
		t.Fatal(err)
	}
	if want := encodingJSON(t, exports); !bytes.Equal(got.Bytes(), want) {
		t.Errorf("array of exports differs from encoding/json")
	}
	got.Reset()
	if err := WriteJSONArray(&got, []model.Briefing{}); err != nil || got.String() != "[]\n" {
		t.Errorf("empty array: %q, %v", got.String(), err)
	}
}

// FuzzExportJSON checks the hand-written JSON string escaping against
// encoding/json on arbitrary text.
func FuzzExportJSON(f *testing.F) {
	for _, s := range []string{"", "plain", "a\"b\\c", "\x00\x1f\x7f", "\u2028\u2029", "\xff\xfe", "é😀", "<&>"} {
		f.Add(s, 0.5)
	}
	f.Fuzz(func(t *testing.T, s string, c float64) {
		if math.IsNaN(c) || math.IsInf(c, 0) {
			return
		}
		e := Export{Title: s, Quotes: []ExportQuote{{Text: s, Confidence: c, Cue: &ExportCue{Text: s}}}}
		var got bytes.Buffer
		if err := writeExports(&got, []Export{e}, false); err != nil {
			t.Fatal(err)
		}
		if want := encodingJSON(t, e); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("differs on %q, %v:\n got: %q\nwant: %q", s, c, got.Bytes(), want)
		}
	})
}
