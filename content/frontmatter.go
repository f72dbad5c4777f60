package content

import (
	"strings"
	"time"
)

// frontMatter is the metadata block a Markdown file may open with:
// YAML between "---" lines (Jekyll, Hugo, Obsidian) or TOML between "+++"
// lines (Hugo). brief reads its title and date and hides the block, which
// is the file's housekeeping, not the author's text.
type frontMatter struct {
	title string
	date  time.Time
}

// maxFrontMatter bounds the lines searched for the closing fence: a file
// that opens with a thematic break and has another far below has none.
const maxFrontMatter = 60

// splitFrontMatter returns the front matter of text and the text after it;
// text itself when it has none.
func splitFrontMatter(text string) (frontMatter, string) {
	var fm frontMatter
	fence := ""
	switch {
	case strings.HasPrefix(text, "---\n"), strings.HasPrefix(text, "---\r\n"):
		fence = "---"
	case strings.HasPrefix(text, "+++\n"), strings.HasPrefix(text, "+++\r\n"):
		fence = "+++"
	default:
		return fm, text
	}
	lines := strings.SplitAfterN(text, "\n", maxFrontMatter+2)
	var fields []string
	for i := 1; i < len(lines) && i <= maxFrontMatter; i++ {
		l := strings.TrimRight(lines[i], "\r\n")
		if l == fence || fence == "---" && l == "..." {
			rest := strings.Join(lines[i+1:], "")
			for _, f := range fields {
				fm.read(f)
			}
			return fm, rest
		}
		fields = append(fields, l)
	}
	return frontMatter{}, text // no closing fence: not front matter
}

// read takes one "key: value" (YAML) or "key = value" (TOML) line.
func (fm *frontMatter) read(line string) {
	k, v, ok := strings.Cut(line, ":")
	if eq, v2, ok2 := strings.Cut(line, "="); ok2 && (!ok || len(eq) < len(k)) {
		k, v, ok = eq, v2, true
	}
	if !ok || strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
		return
	}
	v = strings.Trim(strings.TrimSpace(v), `"'`)
	switch strings.ToLower(strings.TrimSpace(k)) {
	case "title":
		fm.title = v
	case "date", "published", "created":
		if t, ok := parseDate(v); ok && fm.date.IsZero() {
			fm.date = t
		}
	}
}

// dateLayouts are the ways documents write their date.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"2 January 2006", "January 2, 2006", "2 Jan 2006", "Jan 2, 2006", "Monday, January 2, 2006",
	"Monday 2 January 2006", "2006/01/02",
}

// parseDate reads a date in one of dateLayouts.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateLineLimit is how far into a plain document a "Date:" line counts as
// its dateline.
const dateLineLimit = 12

// datelineOf finds a "Date: …" line among a document's first lines, as
// meeting readouts and memos head themselves.
func datelineOf(text string) time.Time {
	for i, l := range strings.SplitN(text, "\n", dateLineLimit+1) {
		if i == dateLineLimit {
			break
		}
		k, v, ok := strings.Cut(strings.TrimSpace(l), ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "date") {
			if t, ok := parseDate(v); ok {
				return t
			}
		}
	}
	return time.Time{}
}
