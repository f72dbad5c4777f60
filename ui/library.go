package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"
	"golang.org/x/text/unicode/norm"
)

// entry is one document of the shelf and what is known of it so far.
type entry struct {
	doc      Doc
	b        *model.Briefing // nil until parsed
	hash     string
	err      error
	loading  bool
	progress model.Progress
	// partial marks b as the start of the document only (Doc.Partial),
	// until the whole is parsed
	partial bool
}

// parsed reports whether the document has been read, well or not.
func (e entry) parsed() bool { return e.b != nil && !e.partial || e.err != nil }

// date is the document's own date, else its file's.
func (e entry) date() time.Time {
	if e.b != nil && !e.b.Date.IsZero() {
		return e.b.Date
	}
	return e.doc.ModTime
}

// file is the name the library shows for the entry's file.
func (e entry) file() string {
	if e.doc.Name != "" {
		return oneLine(e.doc.Name)
	}
	return oneLine(baseName(e.doc.Path))
}

// title is the briefing's title, or its file name until it has one.
func (e entry) title() string {
	if e.b != nil && oneLine(e.b.Title) != "" {
		return oneLine(e.b.Title)
	}
	return e.file()
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 && i < len(p)-1 {
		return p[i+1:]
	}
	return p
}

// libraryModel is the library's list: one row per briefing with its
// title, file, date, points, speakers and how far it has been read; a
// fuzzy filter over titles, files and speakers' names.
type libraryModel struct {
	rows   []int // entries shown, in order
	list   listState
	input  textinput.Model
	typing bool
	query  string
	// voice is the person the filter names, whose quotes per briefing the
	// list shows; -1 when it names nobody
	voice  int
	width  int
	height int
}

func newLibrary(n int, st *theme) libraryModel {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "title, file or speaker"
	in.CharLimit = 120
	s := st.Input
	s.Cursor.Blink = false
	in.SetStyles(s)
	l := libraryModel{input: in, voice: -1}
	for i := range n {
		l.rows = append(l.rows, i)
	}
	return l
}

// listHeight is the rows the list shows: the screen less a header line
// and the status line.
func (l libraryModel) listHeight() int { return max(l.height-2, 1) }

func (l libraryModel) setSize(w, h int) libraryModel {
	l.width, l.height = w, h
	l.input.SetWidth(max(w/2, 10))
	l.list = l.list.set(l.list.cursor, uniform(len(l.rows), 1), l.listHeight())
	return l
}

// current is the entry under the cursor, -1 when the list is empty.
func (l libraryModel) current() int {
	if l.list.cursor < 0 || l.list.cursor >= len(l.rows) {
		return -1
	}
	return l.rows[l.list.cursor]
}

// refilter lists the entries the query matches, best first; all of them
// in shelf order when there is no query. A briefing matches when the
// query fuzzily matches its title or file, or names one of its speakers
// (each word the start of a word of a name, alias or role).
func (l libraryModel) refilter(es []entry, voices []model.Voice) libraryModel {
	keep := l.current()
	l.rows = l.rows[:0:0]
	l.voice = -1
	q := strings.TrimSpace(l.query)
	if q == "" {
		for i := range es {
			l.rows = append(l.rows, i)
		}
	} else {
		l.voice = bestVoice(voices, q)
		var named map[int]bool
		if l.voice >= 0 {
			named = map[int]bool{}
			for _, a := range voices[l.voice].In {
				named[a.Briefing] = true
			}
		}
		texts := make([]string, len(es))
		for i, e := range es {
			texts[i] = e.title() + "  " + e.file()
		}
		scored := map[int]int{}
		for _, m := range fuzzy.Find(q, texts) {
			scored[m.Index] = m.Score
		}
		for i := range es {
			_, fuzzyHit := scored[i]
			if fuzzyHit || named[i] || speakerNamed(es[i].b, q) {
				l.rows = append(l.rows, i)
			}
		}
		// speaker matches keep shelf order; among title matches the
		// better score first
		slices.SortStableFunc(l.rows, func(a, b int) int {
			return scored[b] - scored[a]
		})
	}
	cursor := max(slices.Index(l.rows, keep), 0)
	l.list = listState{}.set(cursor, uniform(len(l.rows), 1), l.listHeight())
	return l
}

// bestVoice is the voice a query names, most quoted first, -1 for none.
func bestVoice(voices []model.Voice, q string) int {
	for i, v := range voices { // voices come most quoted first
		forms := append([]string{v.Name, v.Role}, v.Aliases...)
		if wordsMatch(q, forms) {
			return i
		}
	}
	return -1
}

// speakerNamed reports whether a query names a speaker of b.
func speakerNamed(b *model.Briefing, q string) bool {
	if b == nil {
		return false
	}
	for _, s := range b.Speakers {
		if wordsMatch(q, append([]string{s.Name, s.FullName, s.Role}, s.Aliases...)) {
			return true
		}
	}
	return false
}

// wordsMatch reports whether every word of q begins a word of one of the
// forms, ignoring case and accents.
func wordsMatch(q string, forms []string) bool {
	qw := strings.Fields(fold(q))
	if len(qw) == 0 {
		return false
	}
	for _, f := range forms {
		fw := strings.FieldsFunc(fold(f), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		all := true
		for _, w := range qw {
			all = all && slices.ContainsFunc(fw, func(x string) bool { return strings.HasPrefix(x, w) })
		}
		if all {
			return true
		}
	}
	return false
}

// fold lower-cases s and strips its accents.
func fold(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// libraryOpenMsg asks to open an entry.
type libraryOpenMsg struct{ entry int }

// update handles a key in the list; ok is false for a key it does not
// know, which the caller answers with a pointer to help.
func (l libraryModel) update(msg tea.KeyPressMsg, k keyMap, sk shelfKeys, es []entry, voices []model.Voice) (_ libraryModel, _ tea.Cmd, ok bool) {
	if l.typing {
		switch {
		case key.Matches(msg, sk.FilterKeep):
			l.typing = false
			l.input.Blur()
			return l, nil, true
		case key.Matches(msg, sk.FilterCancel):
			l.typing = false
			l.input.Blur()
			l.input.SetValue("")
			l.query = ""
			return l.refilter(es, voices), nil, true
		}
		var cmd tea.Cmd
		l.input, cmd = l.input.Update(msg)
		if v := l.input.Value(); v != l.query {
			l.query = v
			l = l.refilter(es, voices)
		}
		return l, cmd, true
	}
	var moved bool
	if l.list, moved = l.list.navigate(msg, k, uniform(len(l.rows), 1), l.listHeight()); moved {
		return l, nil, true
	}
	switch {
	case key.Matches(msg, sk.OpenDoc):
		if i := l.current(); i >= 0 {
			return l, func() tea.Msg { return libraryOpenMsg{entry: i} }, true
		}
		return l, nil, true
	case key.Matches(msg, sk.FilterDocs):
		l.typing = true
		return l, l.input.Focus(), true
	case key.Matches(msg, sk.ClearFilter):
		if l.query != "" {
			l.input.SetValue("")
			l.query = ""
			return l.refilter(es, voices), nil, true
		}
		return l, nil, true // esc with nothing to clear: quietly
	}
	return l, nil, isModifier(msg.Code)
}

// columns of a library row, by width
type libColumns struct{ title, file, date, points, speakers int }

// Widths of the library's title and file columns.
const (
	// libTitleFair is what the title keeps (or all it needs, when less)
	// before the file column is shown beside it: a title is what a reader
	// picks a briefing by.
	libTitleFair = 60
	libFileMax   = 24
	// libTitleShared is what the title keeps when two briefings share a
	// title ("Morning briefing" every day): the title no longer tells
	// them apart, and the file column comes in sooner.
	libTitleShared = 24
)

// columns sizes a row's cells for the list's width. The title comes
// first: the file column shows only when the titles keep libTitleFair
// columns (or all they need) beside it, libTitleShared when two
// briefings share a title; and the title column is no wider
// than the longest title, so that the other columns stay next to it on
// a wide screen.
func (l libraryModel) columns(es []entry) libColumns {
	c := libColumns{date: 11, points: 7, speakers: 11} // "12 speakers"
	if l.width < 60 {
		c.date, c.speakers = 0, 0
	}
	longestTitle, longestFile := 0, 0
	fair, seen := libTitleFair, make(map[string]bool, len(es))
	for _, e := range es {
		t := e.title()
		longestTitle = max(longestTitle, ansi.StringWidth(t))
		longestFile = max(longestFile, ansi.StringWidth(e.file()))
		if seen[t] {
			fair = libTitleShared
		}
		seen[t] = true
	}
	used := 3 + c.points + 2 // "▌• " before the title, "  " before the points
	for _, w := range []int{c.date, c.speakers} {
		if w > 0 {
			used += w + 2
		}
	}
	rest := l.width - used - 1
	if file := min(longestFile, libFileMax); c.date > 0 && rest-(file+2) >= min(longestTitle, fair) {
		c.file = file
		rest -= file + 2
	}
	c.title = max(min(rest, longestTitle), 8)
	return c
}

// view draws the library full screen: a header with the count and the
// parsing progress, the rows, and the status line given.
func (l libraryModel) view(st *theme, es []entry, voices []model.Voice, parsed int, status string) string {
	lines := make([]string, 0, l.height)
	lines = append(lines, l.header(st, es, parsed))
	c := l.columns(es)
	for i := l.list.offset; i < len(l.rows) && len(lines) < l.height-1; i++ {
		lines = append(lines, l.row(st, es, voices, l.rows[i], c, i == l.list.cursor))
	}
	if len(l.rows) == 0 {
		lines = append(lines, fit(st.Muted.Render("  no briefing matches"), l.width))
	}
	for len(lines) < l.height-1 {
		lines = append(lines, fit("", l.width))
	}
	lines = append(lines, status)
	return strings.Join(lines[:l.height], "\n")
}

// header is the title line: "Library · N briefings", the filter, and a
// progress bar while briefings are still being parsed.
func (l libraryModel) header(st *theme, es []entry, parsed int) string {
	left := st.FocusedTitle.Render(" Library") + st.Muted.Render(" · "+plural(len(es), "briefing"))
	switch {
	case l.typing:
		left += "  " + l.input.View()
	case l.query != "":
		// the query kept, as typed: the input pads itself to half the
		// screen, which cut what follows it on 80 columns
		left += "  " + st.Item.Render("/"+oneLine(l.query))
		if l.voice >= 0 {
			left += st.Muted.Render(fmt.Sprintf("  (%d shown)", len(l.rows)))
		}
	}
	right := ""
	if parsed < len(es) {
		bar := progress.New(progress.WithWidth(min(24, max(l.width/5, 8))), progress.WithoutPercentage())
		right = st.Muted.Render(fmt.Sprintf("parsing %d/%d ", parsed, len(es))) + bar.ViewAs(float64(parsed)/float64(max(len(es), 1))) + " "
	}
	gap := l.width - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		return fit(left, l.width)
	}
	return left + strings.Repeat(" ", gap) + right
}

// row draws one briefing.
func (l libraryModel) row(st *theme, es []entry, voices []model.Voice, i int, c libColumns, cursor bool) string {
	e := es[i]
	mark, markStyle := "•", st.Current
	switch e.progress {
	case model.Started:
		mark, markStyle = "◐", st.Count
	case model.Read:
		mark, markStyle = "✓", st.Muted
	}
	var cells []string
	cells = append(cells, fit(ellipsis(e.title(), c.title), c.title))
	if c.file > 0 {
		cells = append(cells, fit(ellipsis(e.file(), c.file), c.file))
	}
	if c.date > 0 {
		d := ""
		if t := e.date(); !t.IsZero() {
			d = t.Format("02 Jan 2006")
		}
		cells = append(cells, fit(d, c.date))
	}
	var pts, spk string
	switch {
	case e.err != nil:
		pts, spk = "error", ""
	case e.b == nil:
		pts, spk = "…", ""
	default:
		pts = plural(len(e.b.Sections), "pt")
		spk = plural(len(e.b.Speakers), "speaker")
		if l.voice >= 0 && l.voice < len(voices) {
			for _, a := range voices[l.voice].In {
				if a.Briefing == i {
					spk = plural(a.Quotes, "quote")
				}
			}
		}
	}
	cells = append(cells, fitLeft(pts, c.points))
	if c.speakers > 0 {
		cells = append(cells, fit(ellipsis(spk, c.speakers), c.speakers))
	}
	text := strings.Join(cells, "  ")
	if cursor {
		return st.Cursor.Render(fit("▌"+mark+" "+text, l.width))
	}
	style := st.Item
	if e.progress == model.Read {
		style = st.Muted
	}
	if e.err != nil {
		style = st.StatusError
	}
	return fit(" "+markStyle.Render(mark)+" "+style.Render(text), l.width)
}

// fitLeft right-aligns s in w cells.
func fitLeft(s string, w int) string {
	s = ellipsis(s, w)
	return strings.Repeat(" ", max(w-ansi.StringWidth(s), 0)) + s
}
