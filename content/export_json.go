package content

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/briefreader/brief/model"
)

// The export's JSON is written here by hand, field by field, rather than
// by encoding/json: a long briefing's export is tens of megabytes, which
// encoding/json builds whole in memory twice (compact, then indented)
// before writing a byte, and reflection made it the largest part of an
// export after parsing. The bytes are exactly those of encoding/json with
// SetIndent("", "  ") and SetEscapeHTML(false) (TestExportJSONMatches
// holds the two together), so the shape README.md documents stays as it
// was, nulls for nil slices included.

// jsonWriter writes indented JSON to a buffered writer. It remembers the
// first write error and ignores everything after it.
type jsonWriter struct {
	w     *bufio.Writer
	depth int
	// first is set after an opening bracket until the first member: no
	// comma is due before it.
	first bool
	buf   []byte
}

// open starts an object or array: '{' or '['.
func (j *jsonWriter) open(c byte) {
	j.w.WriteByte(c)
	j.depth++
	j.first = true
}

// close ends an object or array; an empty one stays "{}" or "[]".
func (j *jsonWriter) close(c byte) {
	j.depth--
	if !j.first {
		j.newline()
	}
	j.w.WriteByte(c)
	j.first = false
}

// newline starts a line indented to the current depth.
func (j *jsonWriter) newline() {
	j.w.WriteByte('\n')
	for range j.depth {
		j.w.WriteString("  ")
	}
}

// elem starts an array element or object member on a line of its own.
func (j *jsonWriter) elem() {
	if !j.first {
		j.w.WriteByte(',')
	}
	j.first = false
	j.newline()
}

// key starts an object member.
func (j *jsonWriter) key(k string) {
	j.elem()
	j.w.WriteByte('"')
	j.w.WriteString(k) // keys are ours: plain ASCII
	j.w.WriteString(`": `)
}

func (j *jsonWriter) stringField(k, v string) {
	j.key(k)
	j.string(v)
}

func (j *jsonWriter) intField(k string, v int) {
	j.key(k)
	j.buf = strconv.AppendInt(j.buf[:0], int64(v), 10)
	j.w.Write(j.buf)
}

func (j *jsonWriter) boolField(k string, v bool) {
	j.key(k)
	j.w.WriteString(strconv.FormatBool(v))
}

// floatField writes a float64 as encoding/json does (ES6 number to string:
// %f, with %e below 1e-6 and from 1e21). NaN and infinities, which
// encoding/json refuses, are written as 0: a confidence is never either.
func (j *jsonWriter) floatField(k string, f float64) {
	j.key(k)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = 0
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(j.buf[:0], f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	j.buf = b
	j.w.Write(b)
}

// string writes a JSON string escaped as encoding/json escapes it without
// HTML escaping: quote, backslash and C0 controls escaped, invalid UTF-8
// as \ufffd, U+2028 and U+2029 as \u escapes, everything else as is.
func (j *jsonWriter) string(s string) {
	const hex = "0123456789abcdef"
	w := j.w
	w.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			w.WriteString(s[start:i])
			switch c {
			case '\\', '"':
				w.WriteByte('\\')
				w.WriteByte(c)
			case '\b':
				w.WriteString(`\b`)
			case '\f':
				w.WriteString(`\f`)
			case '\n':
				w.WriteString(`\n`)
			case '\r':
				w.WriteString(`\r`)
			case '\t':
				w.WriteString(`\t`)
			default:
				w.Write([]byte{'\\', 'u', '0', '0', hex[c>>4], hex[c&0xF]})
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.WriteString(s[start:i])
			w.WriteString(`\ufffd`)
		} else if r == '\u2028' || r == '\u2029' {
			w.WriteString(s[start:i])
			w.Write([]byte{'\\', 'u', '2', '0', '2', hex[r&0xF]})
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	w.WriteString(s[start:])
	w.WriteByte('"')
}

// array writes a slice as a JSON array, null when it is nil, each element
// by elem.
func array[T any](j *jsonWriter, k string, s []T, elem func(*T)) {
	j.key(k)
	if s == nil {
		j.w.WriteString("null")
		return
	}
	j.open('[')
	for i := range s {
		j.elem()
		elem(&s[i])
	}
	j.close(']')
}

// writeExport writes one export object at the writer's depth.
func (j *jsonWriter) writeExport(e *Export) {
	j.open('{')
	j.stringField("title", e.Title)
	j.stringField("source", e.Source)
	array(j, "sections", e.Sections, j.writeSection)
	array(j, "units", e.Units, j.writeSection)
	array(j, "speakers", e.Speakers, func(s *ExportSpeaker) {
		j.open('{')
		j.stringField("id", s.ID)
		j.stringField("name", s.Name)
		j.stringField("role", s.Role)
		array(j, "aliases", s.Aliases, func(a *string) { j.string(*a) })
		j.intField("quotes", s.Quotes)
		j.close('}')
	})
	array(j, "quotes", e.Quotes, j.writeQuote)
	array(j, "links", e.Links, func(l *ExportLink) {
		j.open('{')
		j.stringField("text", l.Text)
		j.stringField("url", l.URL)
		j.intField("section", l.Section)
		j.close('}')
	})
	j.close('}')
}

func (j *jsonWriter) writeSection(s *ExportSection) {
	j.open('{')
	j.intField("number", s.Number)
	j.stringField("heading", s.Heading)
	j.intField("quotes", s.Quotes)
	j.close('}')
}

func (j *jsonWriter) writeQuote(q *ExportQuote) {
	j.open('{')
	j.stringField("text", q.Text)
	j.stringField("speaker", q.Speaker)
	j.stringField("speaker_id", q.SpeakerID)
	j.intField("section", q.Section)
	j.intField("unit", q.Unit)
	j.stringField("kind", q.Kind)
	j.stringField("rule", q.Rule)
	j.floatField("confidence", q.Confidence)
	if c := q.Cue; c != nil {
		j.key("cue")
		j.open('{')
		j.intField("section", c.Section)
		j.intField("block", c.Block)
		j.intField("start", c.Start)
		j.intField("end", c.End)
		if c.Label {
			j.boolField("label", c.Label)
		}
		j.stringField("text", c.Text)
		j.close('}')
	}
	j.close('}')
}

// writeExports writes exports as WriteJSON does: one object, or with
// several set, a JSON array of them; then a newline.
func writeExports(w io.Writer, es []Export, several bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	j := &jsonWriter{w: bw, first: true}
	if several {
		if es == nil {
			bw.WriteString("null")
		} else {
			j.open('[')
			for i := range es {
				j.elem()
				j.writeExport(&es[i])
			}
			j.close(']')
		}
	} else {
		j.writeExport(&es[0])
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// WriteJSONArray writes briefings as one JSON array of export objects,
// indented as WriteJSON indents one: `brief export` with several
// documents.
func WriteJSONArray(w io.Writer, bs []model.Briefing) error {
	es := make([]Export, len(bs))
	for i, b := range bs {
		es[i] = NewExport(b)
	}
	return writeExports(w, es, true)
}
