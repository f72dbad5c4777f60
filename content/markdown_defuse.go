package content

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits that keep goldmark's time linear in the document. Its cost grows
// with the square or the cube of some shapes no briefing has: nesting (a
// line of 100,000 ">" took minutes and a gigabyte; brackets nested 200,000
// deep took tens of seconds), emphasis delimiters of mixed kinds that never
// pair up ("_a*" repeated 80,000 times took 175 s), link openers that never
// close ("[a](" repeated), runs of references and footnote marks ("[a][b]",
// "[^a]"), and paragraphs made of link reference definitions. Such text is defused before goldmark sees it.
const (
	// maxMarkerRun is the longest run of container markers (spaces, tabs,
	// ">", bullets and list numbers) kept at the start of a line: 16
	// levels of list or quote nesting.
	maxMarkerRun = 64
	// maxBracketDepth is how deep "[" may nest within one paragraph before
	// further brackets are escaped into plain text.
	maxBracketDepth = 32
	// maxTriggers is the most inline triggers (runs of emphasis
	// delimiters "*", "_", "~", and closing brackets) a paragraph may
	// have, however long it is, before it is read as plain text.
	maxTriggers = 1024
	// minDenseTriggers and denseBytes: a paragraph with at least
	// minDenseTriggers triggers and more than one per denseBytes bytes is
	// read as plain text. Prose with emphasis and links has one per 20
	// bytes or fewer; at one per 16 goldmark still reads 16 MiB in under
	// a second.
	minDenseTriggers = 64
	denseBytes       = 16
	// minDenseTags and denseTagBytes: a paragraph with at least
	// minDenseTags "<" and more than one per denseTagBytes bytes is read
	// as plain text. Each "<" makes goldmark try raw HTML and autolinks
	// at half a microsecond a byte ("<a" on every line: 8 s for 16 MiB);
	// Markdown with inline HTML has one per 10 bytes at the densest.
	minDenseTags  = 256
	denseTagBytes = 8
	// maxRefDefRun is how many link reference definitions may follow one
	// another without a blank line; past that a blank line goes between
	// each, which changes nothing they mean but keeps goldmark from
	// rereading the run once per definition.
	maxRefDefRun = 16
	// maxRefDefs is the most link reference definitions a paragraph may
	// hold before it is read as plain text: even spaced out, each costs
	// goldmark a microsecond, and no document defines thousands of links.
	maxRefDefs = 1024
)

// defused is a Markdown document made safe for goldmark.
type defused struct {
	// src is what goldmark reads.
	src string
	// plain holds the paragraphs read as plain text; in src, paragraph i
	// became a placeholder paragraph holding only mark, i, mark.
	plain []string
	mark  rune
}

// defuseMarkdown returns src with the shapes above defused: an over-long
// run of leading container markers is cut to maxMarkerRun bytes; brackets
// nested deeper than maxBracketDepth are backslash-escaped, which keeps
// their text but not their link meaning; a paragraph dense with emphasis
// delimiters or link openers becomes a placeholder, and its text is read
// as plain text (see restore); a long run of reference definitions is
// spaced out. Code in fences is left alone. A document within the limits
// comes back unchanged and unallocated.
func defuseMarkdown(src string) defused {
	d := &defuser{src: src}
	fence := "" // the fence that opened the code block we are in
	para := -1  // start of the paragraph being gathered
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start + 1
		}
		line := src[start:end]
		body := strings.TrimLeft(line, " \t>-*+0123456789.)")
		switch {
		case fence != "":
			if closesFence(body, fence) {
				fence = ""
			}
		case strings.TrimSpace(line) == "":
			d.paragraph(para, start)
			para = -1
		case opensFence(body) != "":
			d.paragraph(para, start)
			para = -1
			fence = opensFence(body)
			// the opener's markers nest the whole block: cap them; the
			// code's own lines are left as written
			d.capMarkers(start, end)
		case isATXHeading(strings.TrimLeft(line, " ")):
			// a heading is a paragraph of its own
			d.paragraph(para, start)
			d.paragraph(start, end)
			para = -1
		case para < 0:
			para = start
		}
		start = end
	}
	d.paragraph(para, len(src))
	return d.result()
}

// defuser builds a defused document, copying src only once something
// changes.
type defuser struct {
	src    string
	sb     strings.Builder
	copied int // bytes of src already written to sb, or skipped
	out    defused
}

// flush copies src up to i into the output, starting the copy if need be.
func (d *defuser) flush(i int) {
	if d.sb.Cap() == 0 {
		d.sb.Grow(len(d.src) + len(d.src)/16)
	}
	d.sb.WriteString(d.src[d.copied:i])
	d.copied = i
}

func (d *defuser) result() defused {
	if d.sb.Cap() == 0 {
		d.out.src = d.src
		return d.out
	}
	d.flush(len(d.src))
	d.out.src = d.sb.String()
	return d.out
}

// paragraph defuses the paragraph src[from:to] (nothing when from < 0).
func (d *defuser) paragraph(from, to int) {
	if from < 0 || from >= to {
		return
	}
	p := d.src[from:to]
	triggers, tags, refDefs := countTriggers(p)
	if triggers > maxTriggers || triggers >= minDenseTriggers && triggers*denseBytes > len(p) ||
		tags >= minDenseTags && tags*denseTagBytes > len(p) || refDefs > maxRefDefs {
		d.readAsPlain(from, to)
		return
	}
	depth := 0
	prevRefDef := false
	for start := from; start < to; {
		end := strings.IndexByte(d.src[start:to], '\n')
		if end < 0 {
			end = to
		} else {
			end += start + 1
		}
		line := d.src[start:end]
		if refDefs > maxRefDefRun {
			rd := isRefDef(line)
			if rd && prevRefDef {
				d.flush(start)
				d.sb.WriteByte('\n')
			}
			prevRefDef = rd
		}
		for i := d.capMarkers(start, end); i < end; i++ {
			switch d.src[i] {
			case '\\':
				i++ // an escaped character is not a bracket
			case '[':
				depth++
				if depth > maxBracketDepth {
					d.flush(i)
					d.sb.WriteByte('\\')
				}
			case ']':
				if depth > maxBracketDepth {
					d.flush(i)
					d.sb.WriteByte('\\')
				}
				if depth > 0 {
					depth--
				}
			}
		}
		start = end
	}
}

// capMarkers cuts the run of container markers at the start of the line
// src[start:end] to maxMarkerRun bytes, and returns where its text starts.
func (d *defuser) capMarkers(start, end int) int {
	line := d.src[start:end]
	run := len(line) - len(strings.TrimLeft(line, " \t>-*+0123456789.)"))
	if run <= maxMarkerRun {
		return start
	}
	d.flush(start + maxMarkerRun)
	d.sb.WriteByte(' ')    // keep the markers apart from the text
	d.copied = start + run // drop the rest of the markers
	return start + run
}

// readAsPlain replaces src[from:to] with a placeholder paragraph and keeps
// its text, whitespace folded, for restore.
func (d *defuser) readAsPlain(from, to int) {
	if d.out.mark == 0 {
		d.out.mark = placeholderMark(d.src)
	}
	d.flush(from)
	d.copied = to
	m := string(d.out.mark)
	d.sb.WriteString(m + strconv.Itoa(len(d.out.plain)) + m + "\n\n")
	d.out.plain = append(d.out.plain, joinFields(d.src[from:to]))
}

// joinFields is strings.Join(strings.Fields(s), " ") made in one pass,
// without the slice of every word: a paragraph read as plain is debris of
// millions of "words" ("_a*" on 4 M lines held a 64 MB slice of them).
func joinFields(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	start := -1 // where the current field starts, -1 between fields
	for i := 0; i < len(s); {
		c := s[i]
		size, space := 1, asciiSpace(c)
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(s[start:])
	}
	return sb.String()
}

// asciiSpace reports the ASCII white space strings.Fields splits on.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// placeholderMark returns a private-use character the document does not
// hold, so that no text of its own can pass for a placeholder.
func placeholderMark(src string) rune {
	for r := rune(0xE000); r < 0xF8FF; r++ {
		if !strings.ContainsRune(src, r) {
			return r
		}
	}
	return utf8.RuneError // a document holding all 6,400 is not a briefing
}

// restore gives the placeholder paragraphs the text they stand for, as
// plain paragraphs with no inline markup.
func (d defused) restore(paras []mdPara) []mdPara {
	if len(d.plain) == 0 {
		return paras
	}
	m := string(d.mark)
	for i, p := range paras {
		inner, ok := strings.CutPrefix(p.text, m)
		if !ok {
			continue
		}
		if inner, ok = strings.CutSuffix(inner, m); !ok {
			continue
		}
		if n, err := strconv.Atoi(inner); err == nil && n >= 0 && n < len(d.plain) {
			paras[i].text = d.plain[n]
			paras[i].shape = shape{nest: p.shape.val().nest, box: p.shape.val().box}.ref()
		}
	}
	return paras
}

// countTriggers counts the inline triggers in a paragraph: runs of an
// emphasis delimiter and closing brackets, unescaped; the "<" that may
// open a tag or an autolink; and the lines that look like link reference
// definitions.
func countTriggers(p string) (triggers, tags, refDefs int) {
	for i := 0; i < len(p); i++ {
		// most bytes are none of those asked about below: a table skips
		// them faster than the switch tells them apart
		for i < len(p) && !triggerBytes[p[i]] {
			i++
		}
		if i == len(p) {
			break
		}
		switch c := p[i]; c {
		case '\\':
			i++
		case '*', '_', '~':
			triggers++
			for i+1 < len(p) && p[i+1] == c {
				i++
			}
		case ']':
			// a link, image, reference or footnote closes here: goldmark
			// looks back over the open brackets for its label
			triggers++
		case '<':
			tags++
		case '\n':
			if isRefDef(p[i+1:]) {
				refDefs++
			}
		}
	}
	if isRefDef(p) {
		refDefs++
	}
	return triggers, tags, refDefs
}

// triggerBytes marks the bytes countTriggers looks at.
var triggerBytes = func() (t [256]bool) {
	for _, c := range []byte("\\*_~]<\n") {
		t[c] = true
	}
	return t
}()

// isRefDef reports whether the line at the start of s opens a link
// reference definition: up to three spaces, "[label]:".
func isRefDef(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 || !strings.HasPrefix(t, "[") {
		return false
	}
	end := strings.IndexAny(t, "]\n")
	return end > 1 && t[end] == ']' && end+1 < len(t) && t[end+1] == ':'
}

// opensFence returns the fence a line (after its container markers) opens:
// three or more backticks or tildes, or "".
func opensFence(body string) string {
	body = strings.TrimLeft(body, " ")
	for _, c := range []string{"`", "~"} {
		n := len(body) - len(strings.TrimLeft(body, c))
		if n >= 3 && !(c == "`" && strings.Contains(body[n:], "`")) {
			return body[:n]
		}
	}
	return ""
}

// closesFence reports whether a line closes a block opened by fence: a run
// of the same character at least as long, and nothing after it.
func closesFence(body, fence string) bool {
	body = strings.TrimLeft(body, " ")
	n := len(body) - len(strings.TrimLeft(body, fence[:1]))
	return n >= len(fence) && strings.TrimSpace(body[n:]) == ""
}
