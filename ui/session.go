package ui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/colorprofile"
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
	st    *theme
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
	// libHelp shows the library's keys over its list, scrolled to
	// libHelpAt where the screen is too small for them
	libHelp   bool
	libHelpAt helpState

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
	st := newStyles(a.dark)
	a.st = &st
	a.entries = make([]entry, len(s.Docs))
	for i, d := range s.Docs {
		a.entries[i] = entry{doc: d, b: d.First, hash: d.Hash, partial: d.First != nil && d.Partial}
		if s.Places != nil {
			a.entries[i].progress = s.Places.Progress(d.ID)
		}
	}
	a.lib = newLibrary(len(a.entries), a.st)
	switch {
	case !s.Library && len(a.entries) > 0 && a.entries[0].b != nil:
		// read already: open it now, so that the first frame shows it
		// (opening a single document has nothing to save)
		a, _ = a.openEntry(0, nil)
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
		// pre is the reader built for b off the event loop, when b is
		// the whole of a document whose start is open (completed)
		pre *Model
	}
	// changedMsg reports a document changed on disk.
	changedMsg struct{ id string }
	// addedMsg brings a document new in the library's folders.
	addedMsg struct{ doc Doc }
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
	cmds = append(cmds, cmd, a.watch(), a.watchAdded())
	return tea.Batch(cmds...)
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
		a = a.restyle()
		a, cmd = a.forward(msg)
	case tea.ColorProfileMsg:
		raised := a.profile != nil && msg.Profile > a.profile.Profile
		// kept for the readers opened later
		a.profile = &msg
		a = a.restyle()
		a, cmd = a.forward(msg)
		if raised {
			// 24-bit colour learnt after the first frame (tmux's answer,
			// Terminal.TrueColor): the cells on screen keep the colours
			// they were drawn in until redrawn, brief's own in 256
			// colours' approximations; all are redrawn now
			cmd = tea.Batch(cmd, tea.ClearScreen)
		}
	case tea.KeyPressMsg:
		a, cmd = a.handleKey(msg)
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		switch {
		case a.acrossOpen || a.libHelp:
			// the wheel scrolls the dialog, as in the reader's own
			a = a.wheelDialog(msg)
		case a.reading:
			a, cmd = a.forward(msg)
		default:
			a, cmd = a.handleLibraryMouse(msg.(tea.MouseMsg))
		}
	case loadedMsg:
		a, cmd = a.handleLoaded(msg)
	case changedMsg:
		a, cmd = a.handleChanged(msg)
	case addedMsg:
		a, cmd = a.handleAdded(msg)
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

// restyle rebuilds the library's styles for the background and, on a
// terminal without colour (NO_COLOR), marks the cursor row in reverse
// video as the reader does: its colour alone said nothing there.
func (a App) restyle() App {
	// a theme of its own, never changed after: copies of the app share it
	st := newStyles(a.dark)
	if a.profile != nil && a.profile.Profile <= colorprofile.Ascii {
		st = st.withoutColour()
	}
	a.st = &st
	return a
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
		if a.libHelp {
			if key.Matches(msg, a.keys.Interrupt) {
				return a, tea.Quit
			}
			_, lines, rows := a.libraryHelpBox()
			var scrolled bool
			if a.libHelpAt, scrolled = a.libHelpAt.scroll(msg, a.keys, len(lines), rows); !scrolled {
				a.libHelp = false // any other key closes it, q as in the reader's help
			}
			return a, nil
		}
		if !a.lib.typing && key.Matches(msg, a.keys.Help) {
			a.libHelp, a.libHelpAt = true, newHelpState()
			return a, nil
		}
		if !a.lib.typing && key.Matches(msg, a.keys.Quit) {
			return a, tea.Quit
		}
		if !a.lib.typing && key.Matches(msg, a.sk.Across) {
			return a.openAcross(a.lib.voice)
		}
		lib, cmd, ok := a.lib.update(msg, a.keys, a.sk, a.entries, a.voicesNow())
		a.lib = lib
		if !ok {
			return a.setStatus(fmt.Sprintf("%s does nothing here · ? for help", keyName(msg)), false)
		}
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
	case key.Matches(msg, k.NextDoc): // with one briefing, stepDoc says so
		a, cmd = a.stepDoc(1)
	case key.Matches(msg, k.PrevDoc):
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
		md := sectionMarkdown(a.reader.b, n)
		if a.shelf.Markdown != nil {
			md = a.shelf.Markdown(*a.reader.b, n)
		}
		a, cmd = a.setStatus(fmt.Sprintf("copied %s as Markdown", pointName(n)), false)
		cmd = tea.Batch(tea.SetClipboard(md), cmd)
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
