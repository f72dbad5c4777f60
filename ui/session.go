package ui

import (
	"fmt"
	"runtime"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
)

// App is the root model when brief reads from a shelf: the library's list,
// the reader on one briefing of it, and what moves between them —
// parsing in the background, remembering places, reloading changed files,
// the quotes of one speaker across briefings. The reader (Model) stays a
// model of one briefing; App wraps it and routes to it every message it
// does not handle itself.
type App struct {
	shelf Shelf
	opts  Options
	keys  keyMap
	sk    shelfKeys
	st    theme
	dark  bool

	width, height int

	entries []entry
	parsed  int // entries parsed (or failed)
	voices  []model.Voice
	voicesN int // parsed count the voices were matched at

	reading bool
	open    int // the entry read, -1 for none
	reader  Model
	// pending is the entry to open once it is parsed, -1 for none, with
	// the place to open it at (nil: where it was left)
	pending      int
	pendingPlace *model.Place

	lib    libraryModel
	across acrossModel
	// acrossOpen shows the quotes of one voice in every briefing
	acrossOpen bool

	status status
	after  func(time.Duration, tea.Msg) tea.Cmd
	// profile is the terminal's colour profile, once Bubble Tea has told
	profile *tea.ColorProfileMsg

	// links remembers which of the point's links o opened last
	linkSection, linkNext int
}

// NewApp builds the root model for a shelf.
func NewApp(s Shelf, opts Options) App {
	if opts.Width <= 0 {
		opts.Width = DefaultWidth
	}
	a := App{
		shelf: s, opts: opts, keys: defaultKeyMap().remap(opts.Keys), sk: defaultShelfKeys().remap(opts.Keys),
		dark: opts.Style != "light", open: -1, pending: -1,
		after: func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		},
	}
	a.st = newStyles(a.dark)
	a.entries = make([]entry, len(s.Docs))
	for i, d := range s.Docs {
		a.entries[i] = entry{doc: d}
		if s.Places != nil {
			a.entries[i].progress = s.Places.Progress(d.ID)
		}
	}
	a.lib = newLibrary(len(a.entries), a.st)
	switch {
	case !s.Library && len(a.entries) > 0:
		a.pending, a.reading = 0, true
	case s.Places != nil && s.Key != "":
		// reopen the briefing that was open when this library was left
		if id := s.Places.Shelf(s.Key); id != "" {
			for i, e := range a.entries {
				if e.doc.ID == id {
					a.pending, a.reading = i, true
					a.lib.list = a.lib.list.set(i, uniform(len(a.lib.rows), 1), a.lib.listHeight())
				}
			}
		}
	}
	if s.Warning != "" {
		a.status = status{text: oneLine(s.Warning), isError: true, id: 1}
	}
	return a
}

// Messages of the shelf.
type (
	// loadedMsg brings a document parsed in the background; reload marks
	// one read again because it changed.
	loadedMsg struct {
		entry  int
		b      model.Briefing
		hash   string
		err    error
		reload bool
		manual bool // r was pressed
	}
	// changedMsg reports a document changed on disk.
	changedMsg struct{ id string }
	// savedMsg reports a place saved, or why not.
	savedMsg struct{ err error }
	// editedMsg reports the editor closed.
	editedMsg struct {
		entry int
		err   error
	}
	// openedMsg reports a link handed to the system's opener.
	openedMsg struct {
		link string
		err  error
	}
	// stepDocMsg asks for the next (+1) or previous (-1) briefing, from
	// the command line's :n and :p.
	stepDocMsg struct{ d int }
)

// Init starts parsing, watching and asking the terminal's background.
func (a App) Init() tea.Cmd {
	var cmds []tea.Cmd
	if a.opts.Style == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	a, cmd := a.schedule()
	cmds = append(cmds, cmd, a.watch())
	return tea.Batch(cmds...)
}

// workers is how many documents parse at once: a core each, but one
// left free while a briefing is read, for its rendering — parsing in the
// background must never slow reading.
func (a App) workers() int {
	if a.shelf.Workers > 0 {
		return a.shelf.Workers
	}
	n := runtime.GOMAXPROCS(0)
	if a.reading && a.open >= 0 {
		n--
	}
	return max(n, 1)
}

// schedule starts parsing documents until workers are busy, nearest to
// what the reader looks at first: the entry waiting to open, then the
// entries nearest the one open or under the library's cursor.
func (a App) schedule() (App, tea.Cmd) {
	if a.shelf.Load == nil {
		return a, nil
	}
	busy := 0
	for _, e := range a.entries {
		if e.loading {
			busy++
		}
	}
	var cmds []tea.Cmd
	for busy < a.workers() {
		i := a.nearestUnparsed()
		if i < 0 {
			break
		}
		a.entries[i].loading = true
		busy++
		cmds = append(cmds, a.loadCmd(i, false, false))
	}
	return a, tea.Batch(cmds...)
}

// focusEntry is the entry the reader looks at.
func (a App) focusEntry() int {
	switch {
	case a.pending >= 0:
		return a.pending
	case a.reading && a.open >= 0:
		return a.open
	}
	return max(a.lib.current(), 0)
}

// nearestUnparsed is the unparsed entry nearest the focus (the next one on
// a tie: reading goes forward), -1 when all are parsed or loading.
func (a App) nearestUnparsed() int {
	f := a.focusEntry()
	for d := 0; d <= len(a.entries); d++ {
		for _, i := range []int{f + d, f - d} {
			if i >= 0 && i < len(a.entries) && !a.entries[i].parsed() && !a.entries[i].loading {
				return i
			}
		}
	}
	return -1
}

// loadCmd parses entry i off the event loop.
func (a App) loadCmd(i int, reload, manual bool) tea.Cmd {
	load, path := a.shelf.Load, a.entries[i].doc.Path
	return func() tea.Msg {
		var b model.Briefing
		var hash string
		var err error
		// a document that makes the parser panic is one bad entry, not
		// the end of the reader
		if perr := guard("parsing "+path, func() { b, hash, err = load(path) }); perr != nil {
			err = perr
		}
		return loadedMsg{entry: i, b: b, hash: hash, err: err, reload: reload, manual: manual}
	}
}

// watch waits for the next document changed on disk.
func (a App) watch() tea.Cmd {
	ch := a.shelf.Changes
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		id, ok := <-ch
		if !ok {
			return nil
		}
		return changedMsg{id: id}
	}
}

// Update routes a message.
func (a App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.lib = a.lib.setSize(msg.Width, msg.Height)
		a.across = a.across.setSize(msg.Width, msg.Height)
		a, cmd = a.forward(msg)
	case tea.BackgroundColorMsg:
		a.dark = msg.IsDark()
		a.st = newStyles(a.dark)
		a, cmd = a.forward(msg)
	case tea.ColorProfileMsg:
		// kept for the readers opened later
		a.profile = &msg
		a, cmd = a.forward(msg)
	case tea.KeyPressMsg:
		a, cmd = a.handleKey(msg)
	case loadedMsg:
		a, cmd = a.handleLoaded(msg)
	case changedMsg:
		a, cmd = a.handleChanged(msg)
	case libraryOpenMsg:
		a, cmd = a.openFromList(msg.entry)
	case acrossChosenMsg:
		a.acrossOpen = false
		a, cmd = a.openEntry(msg.entry, &model.Place{Quote: msg.quote, Filter: msg.speaker, Section: -1})
	case stepDocMsg:
		a, cmd = a.stepDoc(msg.d)
	case savedMsg:
		if msg.err != nil {
			a, cmd = a.setStatus("places not saved: "+msg.err.Error(), true)
		}
	case editedMsg:
		a, cmd = a.handleEdited(msg)
	case openedMsg:
		if msg.err != nil {
			a, cmd = a.setStatus("could not open "+msg.link+": "+msg.err.Error(), true)
		} else {
			a, cmd = a.setStatus("opened "+msg.link, false)
		}
	case statusExpiredMsg:
		if msg.id == a.status.id && !a.status.isError {
			a.status = status{id: a.status.id}
		}
		a, cmd = a.forward(msg)
	default:
		a, cmd = a.forward(msg)
	}
	return a, cmd
}

// forward hands a message to the reader, when one is open.
func (a App) forward(msg tea.Msg) (App, tea.Cmd) {
	if a.open < 0 {
		return a, nil
	}
	m, cmd := a.reader.Update(msg)
	a.reader = m.(Model).visitFresh()
	return a, cmd
}

// setStatus shows a message: in the reader's status bar when reading, in
// the library's otherwise.
func (a App) setStatus(text string, isError bool) (App, tea.Cmd) {
	if a.reading && a.open >= 0 {
		var cmd tea.Cmd
		a.reader, cmd = a.reader.setStatus(text, isError)
		return a, cmd
	}
	a.status = status{text: oneLine(text), isError: isError, id: a.status.id + 1}
	if isError || a.after == nil {
		return a, nil
	}
	return a, a.after(statusTTL, statusExpiredMsg{id: a.status.id})
}

// handleLoaded stores a parsed document, opens it if it was waited for,
// and starts the next.
func (a App) handleLoaded(msg loadedMsg) (App, tea.Cmd) {
	i := msg.entry
	if i < 0 || i >= len(a.entries) {
		return a, nil
	}
	e := &a.entries[i]
	wasParsed := e.parsed()
	e.loading = false
	var cmds []tea.Cmd
	switch {
	case msg.err != nil && msg.reload && e.b != nil:
		// a file caught mid-write, or gone: keep what was read
		var cmd tea.Cmd
		a, cmd = a.setStatus("not reloaded: "+msg.err.Error(), true)
		cmds = append(cmds, cmd)
	case msg.err != nil:
		e.err, e.b = msg.err, nil
	default:
		same := msg.hash == e.hash
		b := msg.b
		e.b, e.hash, e.err = &b, msg.hash, nil
		if msg.reload && a.open == i && a.reading {
			if same {
				if msg.manual {
					var cmd tea.Cmd
					a, cmd = a.setStatus("no change on disk", false)
					cmds = append(cmds, cmd)
				}
				break
			}
			var cmd tea.Cmd
			a.reader, cmd = a.reader.reloaded(b)
			cmds = append(cmds, cmd)
			a, cmd = a.setStatus(reloadNote(len(a.reader.fresh)), false)
			cmds = append(cmds, cmd)
		}
	}
	if !wasParsed {
		a.parsed++
	}
	if a.lib.query != "" && !msg.reload {
		a.lib = a.lib.refilter(a.entries, a.voicesNow())
	}
	if a.pending == i {
		place := a.pendingPlace
		a.pending, a.pendingPlace = -1, nil
		var cmd tea.Cmd
		a, cmd = a.openEntry(i, place)
		cmds = append(cmds, cmd)
	}
	var cmd tea.Cmd
	a, cmd = a.schedule()
	return a, tea.Batch(append(cmds, cmd)...)
}

// reloadNote says what a reload found.
func reloadNote(fresh int) string {
	if fresh == 0 {
		return "reloaded"
	}
	return fmt.Sprintf("reloaded · %s new or changed (+ in the outline)", plural(fresh, "point"))
}

// handleChanged reloads a document changed on disk, and waits for the
// next change.
func (a App) handleChanged(msg changedMsg) (App, tea.Cmd) {
	cmds := []tea.Cmd{a.watch()}
	for i, e := range a.entries {
		if e.doc.ID == msg.id && e.parsed() && !e.loading {
			a.entries[i].loading = true
			cmds = append(cmds, a.loadCmd(i, true, false))
		}
	}
	return a, tea.Batch(cmds...)
}

// voicesNow matches the speakers of every briefing parsed so far,
// reusing the last match until more are parsed.
func (a *App) voicesNow() []model.Voice {
	if a.shelf.Voices == nil {
		return nil
	}
	if a.voices == nil || a.voicesN != a.parsed {
		bs := make([]*model.Briefing, len(a.entries))
		for i, e := range a.entries {
			bs[i] = e.b
		}
		a.voices, a.voicesN = a.shelf.Voices(bs), a.parsed
	}
	return a.voices
}

// openEntry opens entry i in the reader, at place (nil: where the reader
// left it), saving the place in the briefing being left. An entry not
// parsed yet opens when it is.
func (a App) openEntry(i int, place *model.Place) (App, tea.Cmd) {
	if i < 0 || i >= len(a.entries) {
		return a, nil
	}
	e := a.entries[i]
	if e.err != nil {
		return a.setStatus(e.err.Error(), true)
	}
	cmds := []tea.Cmd{a.saveCmd()}
	if e.b == nil {
		a.pending, a.pendingPlace, a.reading = i, place, true
		a.open = -1
		var cmd tea.Cmd
		a, cmd = a.schedule()
		return a, tea.Batch(append(cmds, cmd)...)
	}
	r := New(*e.b, a.opts)
	r.keys, r.after, r.inLibrary = a.keys, a.after, a.shelf.Library
	r.shelfHelp = a.readerHelp()
	r.isDark = a.dark
	r.doc.key.style = r.glamourStyle()
	r = r.restyle()
	if a.profile != nil {
		m, _ := r.Update(*a.profile)
		r = m.(Model)
	}
	if a.width > 0 && a.height > 0 {
		var cmd tea.Cmd
		r, cmd = r.handleResize(tea.WindowSizeMsg{Width: a.width, Height: a.height})
		cmds = append(cmds, cmd)
	}
	p, ok := model.Place{}, false
	switch {
	case place != nil:
		p, ok = *place, true
	case a.shelf.Places != nil:
		p, ok = a.shelf.Places.Get(e.doc.ID, e.hash)
	}
	if ok {
		var cmd tea.Cmd
		r, cmd = r.restore(p)
		cmds = append(cmds, cmd)
	}
	r.freshAt = r.doc.currentSection()
	a.reader, a.open, a.reading = r, i, true
	a.linkSection, a.linkNext = -1, 0
	if a.entries[i].progress == model.Unread {
		a.entries[i].progress = model.Started
	}
	a.lib.list = a.lib.list.set(max(indexOf(a.lib.rows, i), 0), uniform(len(a.lib.rows), 1), a.lib.listHeight())
	cmds = append(cmds, a.saveShelfCmd(e.doc.ID))
	return a, tea.Batch(cmds...)
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// backToLibrary leaves the reader for the list, saving its place.
func (a App) backToLibrary() (App, tea.Cmd) {
	cmd := a.saveCmd()
	if a.open >= 0 && a.reader.place().Done {
		a.entries[a.open].progress = model.Read
	}
	a.reading, a.pending = false, -1
	return a, tea.Batch(cmd, a.saveShelfCmd(""))
}

// stepDoc opens the next or previous briefing in the library's order.
func (a App) stepDoc(d int) (App, tea.Cmd) {
	if !a.shelf.Library || len(a.lib.rows) == 0 {
		return a.setStatus("only one briefing is open", true)
	}
	cur := indexOf(a.lib.rows, a.open)
	if a.open < 0 {
		cur = a.lib.list.cursor
	}
	for k := cur + d; k >= 0 && k < len(a.lib.rows); k += d {
		if a.entries[a.lib.rows[k]].err == nil {
			if a.open >= 0 && a.reader.place().Done {
				a.entries[a.open].progress = model.Read
			}
			return a.openEntry(a.lib.rows[k], nil)
		}
	}
	if d > 0 {
		return a.setStatus("this is the last briefing", false)
	}
	return a.setStatus("this is the first briefing", false)
}

// saveCmd saves the place in the briefing being read, off the event loop.
func (a App) saveCmd() tea.Cmd {
	if a.shelf.Places == nil || a.open < 0 || !a.reading {
		return nil
	}
	e, p, places := a.entries[a.open], a.reader.place(), a.shelf.Places
	return func() tea.Msg { return savedMsg{err: places.Put(e.doc.ID, e.hash, p)} }
}

// saveShelfCmd saves which briefing the library has open.
func (a App) saveShelfCmd(id string) tea.Cmd {
	if a.shelf.Places == nil || !a.shelf.Library || a.shelf.Key == "" {
		return nil
	}
	places, k := a.shelf.Places, a.shelf.Key
	return func() tea.Msg { return savedMsg{err: places.PutShelf(k, id)} }
}

// saveNow saves the place and what the library has open, when the program
// ends.
func (a App) saveNow() {
	if cmd := a.saveCmd(); cmd != nil {
		cmd()
	}
	open := ""
	if a.reading && a.open >= 0 {
		open = a.entries[a.open].doc.ID
	}
	if cmd := a.saveShelfCmd(open); cmd != nil {
		cmd()
	}
}

// handleKey routes a key: the quotes across briefings when open, the
// library's list, or the reader — the shelf's own keys first, unless the
// reader is taking text (search, picker) or shows a dialog.
func (a App) handleKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	if a.status.isError {
		a.status = status{id: a.status.id}
	}
	switch {
	case a.acrossOpen:
		return a.handleAcrossKey(msg)
	case !a.reading:
		if !a.lib.typing && key.Matches(msg, a.keys.Quit) {
			return a, tea.Quit
		}
		if !a.lib.typing && key.Matches(msg, a.sk.Across) {
			return a.openAcross(a.lib.voice)
		}
		var cmd tea.Cmd
		a.lib, cmd = a.lib.update(msg, a.keys, a.sk, a.entries, a.voicesNow())
		a, cmd2 := a.schedule() // the cursor moved: parse near it first
		return a, tea.Batch(cmd, cmd2)
	case a.open < 0: // waiting for the briefing to parse
		switch {
		case key.Matches(msg, a.keys.Quit):
			return a, tea.Quit
		case key.Matches(msg, a.sk.Library) && a.shelf.Library:
			return a.backToLibrary()
		}
		return a, nil
	}
	if !a.reader.capturing() {
		if next, cmd, ok := a.handleReaderKey(msg); ok {
			return next, cmd
		}
	} else if a.reader.overlay == quotesOverlay && key.Matches(msg, a.sk.CopyQuote) {
		return a.copyQuote()
	}
	return a.forward(msg)
}

// handleReaderKey handles the shelf's keys in the reader; ok is false for
// a key that is the reader's.
func (a App) handleReaderKey(msg tea.KeyPressMsg) (App, tea.Cmd, bool) {
	k := a.sk
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.NextDoc) && a.shelf.Library:
		a, cmd = a.stepDoc(1)
	case key.Matches(msg, k.PrevDoc) && a.shelf.Library:
		a, cmd = a.stepDoc(-1)
	case key.Matches(msg, k.Library) && a.shelf.Library && !a.reader.canGoBack():
		a, cmd = a.backToLibrary()
	case key.Matches(msg, k.Across):
		v := model.VoiceOf(a.voicesNow(), a.open, a.reader.filter)
		if a.reader.filter == "" {
			a, cmd = a.setStatus("filter by a speaker first (s), then A lists their quotes in every briefing", true)
			break
		}
		a, cmd = a.openAcross(v)
	case key.Matches(msg, k.CopyQuote):
		a, cmd = a.copyQuote()
	case key.Matches(msg, k.CopyPoint):
		n := a.reader.doc.currentSection()
		a, cmd = a.setStatus(fmt.Sprintf("copied %s as Markdown", pointName(n)), false)
		cmd = tea.Batch(tea.SetClipboard(sectionMarkdown(a.reader.b, n)), cmd)
	case key.Matches(msg, k.OpenLink):
		a, cmd = a.openLink()
	case key.Matches(msg, k.Edit):
		a, cmd = a.edit()
	case key.Matches(msg, k.Reload):
		if a.entries[a.open].doc.ID == "" {
			a, cmd = a.setStatus("nothing to reload: this briefing has no file", true)
			break
		}
		if a.entries[a.open].loading {
			return a, nil, true
		}
		a.entries[a.open].loading = true
		cmd = a.loadCmd(a.open, true, true)
	default:
		return a, nil, false
	}
	return a, cmd, true
}

// pointName is "point N", or "the intro".
func pointName(n int) string {
	if n == 0 {
		return "the intro"
	}
	return fmt.Sprintf("point %d", n)
}

// copyQuote puts the quote under the cursor on the clipboard with who
// said it, by OSC 52: the terminal owns the clipboard, so it works over
// SSH and in tmux too.
func (a App) copyQuote() (App, tea.Cmd) {
	q, ok := a.reader.quoteAtCursor()
	if !ok {
		return a.setStatus("no quote on screen to copy", true)
	}
	clip := quoteClip(a.reader.b, a.reader.b.Quotes[q])
	a, cmd := a.setStatus("copied: "+clip, false)
	return a, tea.Batch(tea.SetClipboard(clip), cmd)
}

// openLink opens the current point's links one after another, each o the
// next, with the system's opener.
func (a App) openLink() (App, tea.Cmd) {
	n := a.reader.doc.currentSection()
	links := sectionLinks(a.reader.b, n)
	if len(links) == 0 {
		return a.setStatus(fmt.Sprintf("no link in %s", pointName(n)), true)
	}
	if n != a.linkSection {
		a.linkSection, a.linkNext = n, 0
	}
	link := links[a.linkNext%len(links)]
	a.linkNext++
	if a.shelf.Open == nil {
		return a.setStatus("no program to open links with · "+link, true)
	}
	open := a.shelf.Open
	return a, func() tea.Msg { return openedMsg{link: link, err: open(link)} }
}

// edit opens the file in the editor at the current point, and reloads it
// after.
func (a App) edit() (App, tea.Cmd) {
	e := a.entries[a.open]
	if e.doc.ID == "" {
		return a.setStatus("nothing to edit: this briefing has no file", true)
	}
	if a.shelf.Edit == nil {
		return a.setStatus("no editor: set $VISUAL or $EDITOR", true)
	}
	c := a.shelf.Edit(e.doc.Path, a.reader.b, a.reader.doc.currentSection())
	if c == nil {
		return a.setStatus("no editor: set $VISUAL or $EDITOR", true)
	}
	i := a.open
	return a, tea.Batch(a.saveCmd(), tea.ExecProcess(c, func(err error) tea.Msg { return editedMsg{entry: i, err: err} }))
}

// handleEdited reloads the file the editor closed on. The screen is
// cleared first: Bubble Tea hands the terminal back after the editor
// without forgetting what it last drew, and would otherwise draw only
// what changed since, on a blank alternate screen.
func (a App) handleEdited(msg editedMsg) (App, tea.Cmd) {
	if msg.err != nil {
		a, cmd := a.setStatus("editor: "+msg.err.Error(), true)
		return a, tea.Batch(tea.ClearScreen, cmd)
	}
	if msg.entry < 0 || msg.entry >= len(a.entries) || a.entries[msg.entry].loading {
		return a, tea.ClearScreen
	}
	a.entries[msg.entry].loading = true
	return a, tea.Batch(tea.ClearScreen, a.loadCmd(msg.entry, true, false))
}

// View draws the library, the reader, or the reader under the quotes
// across briefings.
func (a App) View() tea.View {
	var v tea.View
	switch {
	case a.reading && a.open >= 0:
		v = a.reader.View()
		if a.acrossOpen {
			v.Content = safeOutput(a.acrossOver(a.reader.render()))
		}
	case a.reading:
		v = tea.NewView(safeOutput(a.waiting()))
		v.AltScreen = true
	default:
		body := a.lib.view(a.st, a.entries, a.voices, a.parsed, a.libraryStatus())
		if a.acrossOpen {
			body = a.acrossOver(body)
		}
		v = tea.NewView(safeOutput(body))
		v.AltScreen = true
		v.WindowTitle = safeOutput(fmt.Sprintf("brief: library of %s", plural(len(a.entries), "briefing")))
	}
	if a.lib.typing && !a.reading {
		v.Cursor = nil
	}
	return v
}

// waiting is the screen while the briefing to open is parsed.
func (a App) waiting() string {
	name := ""
	if a.pending >= 0 {
		name = a.entries[a.pending].doc.Path
	}
	lines := make([]string, max(a.height, 1))
	lines[0] = a.st.Muted.Render(" opening " + oneLine(name) + " …")
	for i := range lines {
		lines[i] = fit(lines[i], a.width)
	}
	return strings.Join(lines, "\n")
}

// libraryStatus is the library's bottom line: a message, else the keys.
func (a App) libraryStatus() string {
	st := a.st
	if a.status.text != "" {
		style := st.StatusInfo
		if a.status.isError {
			style = st.StatusError
		}
		return fitStyled(st, style.Render(" "+a.status.text), a.width)
	}
	hint := " enter open · / filter · A quotes across briefings · q quit"
	if a.lib.typing {
		hint = " enter keep the filter · esc clear it"
	}
	return fitStyled(st, st.Status.Render(hint), a.width)
}

// readerHelp is the shelf's keys that can act in the reader, for its help.
func (a App) readerHelp() []key.Binding {
	k := a.sk
	lib := a.shelf.Library
	k.NextDoc.SetEnabled(lib)
	k.PrevDoc.SetEnabled(lib)
	k.Library.SetEnabled(lib)
	k.Across.SetEnabled(lib && a.shelf.Voices != nil)
	k.OpenLink.SetEnabled(a.shelf.Open != nil)
	file := len(a.entries) > 0 && a.entries[0].doc.ID != ""
	k.Edit.SetEnabled(a.shelf.Edit != nil && file)
	k.Reload.SetEnabled(a.shelf.Load != nil && file)
	var out []key.Binding
	for _, b := range k.reader() {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// openFromList opens a briefing chosen in the list. When the list is
// filtered by a speaker, it opens filtered by them, where it was left.
func (a App) openFromList(i int) (App, tea.Cmd) {
	voices := a.voicesNow()
	if v := a.lib.voice; v >= 0 && v < len(voices) && i >= 0 && i < len(a.entries) && a.entries[i].b != nil {
		if id := voices[v].SpeakerIn(i); id != "" {
			p := model.Place{Quote: -1}
			if a.shelf.Places != nil {
				if saved, ok := a.shelf.Places.Get(a.entries[i].doc.ID, a.entries[i].hash); ok {
					p = saved
				}
			}
			p.Filter = id
			return a.openEntry(i, &p)
		}
	}
	return a.openEntry(i, nil)
}
