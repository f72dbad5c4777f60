package ui

import (
	"charm.land/bubbles/v2/key"
	"context"
	"io"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/briefreader/brief/model"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// DefaultWidth is the reading width, in columns, when none is given.
const DefaultWidth = 100

// Options configure the reader.
type Options struct {
	// Width caps the reading width of the document, in columns
	// (DefaultWidth when 0).
	Width int
	// Style is "dark", "light", "notty" or "ascii"; "" follows the
	// terminal's background.
	Style string
	// HideAsides opens the briefing with its explainer asides hidden.
	HideAsides bool
	// NoMouse leaves the mouse to the terminal (to select text) rather
	// than taking the wheel and clicks.
	NoMouse bool
	// Keys binds actions (see KeyActions) to other keys.
	Keys map[string][]string
}

// overlayKind is the dialog shown over the panes, if any.
type overlayKind int

const (
	noOverlay overlayKind = iota
	pickerOverlay
	quotesOverlay
	helpOverlay
)

// Model is the reader: the root Bubble Tea model. It owns focus, size,
// keys, styles and the status bar; the panes and dialogs are its children.
type Model struct {
	b      *model.Briefing
	names  docIndex
	opts   Options
	keys   keyMap
	st     *theme
	isDark bool

	noColor bool // the terminal shows no colour (NO_COLOR, a monochrome terminal)

	width, height int
	focus         pane
	overlay       overlayKind
	wants         sideWants // the side panes' widths for their content

	outline  outlineModel
	doc      documentModel
	speakers speakersModel
	picker   pickerModel
	quotes   quotesModel
	help     helpState

	searching    bool
	searchInput  textinput.Model
	searchOrigin int

	commanding bool // the ":" command line is open
	cmdInput   textinput.Model
	// count is a point number being typed digit by digit ("1" of "12"),
	// countID tags its expiry
	count   string
	countID int

	// flash is the quote just jumped to from the quotes view, marked in
	// the document for a moment (flashTTL); -1 for none
	flash   int
	flashID int

	// fresh marks the talking points new or changed on disk since they
	// were last visited, and freshAt the point at the top when that was
	// last checked (reload.go)
	fresh   map[int]bool
	freshAt int
	// inLibrary is set when the reader is one briefing of a library, so
	// that :n and :p have somewhere to go
	inLibrary bool
	// shelfHelp are the library's keys in the reader (the App's), listed
	// in its help
	shelfHelp []key.Binding

	filter string // speaker ID, "" for none
	status status
	// fatal is the error that ended the reader (a recovered panic), which
	// Run returns once the terminal is restored.
	fatal error
	// after schedules a message; tests replace it so that no timer runs.
	after func(time.Duration, tea.Msg) tea.Cmd

	// partial marks b as the start of the document only, the whole being
	// parsed (completed puts it in place); awaiting is the place to go to
	// then, if the reader is still at awaitFrom
	partial   bool
	awaiting  *model.Place
	awaitFrom model.Place
	// toEnd marks a bottom key (G, end) pressed while only the start was
	// known: completed goes on to the whole's end, as less does with a
	// growing file, if the reader is still where the key left it (endAt).
	toEnd bool
	endAt model.Place
}

// New builds the reader for a briefing.
func New(b model.Briefing, opts Options) Model {
	if opts.Width <= 0 {
		opts.Width = DefaultWidth
	}
	bp := &b
	names := newDocIndex(bp)
	m := Model{
		b: bp, names: names, opts: opts, keys: defaultKeyMap().remap(opts.Keys), isDark: opts.Style != "light",
		focus: documentPane, flash: -1,
		doc:      newDocument(bp, names, opts.Width),
		speakers: newSpeakers(bp),
		after: func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		},
	}
	m.outline = newOutline(bp, "", outlineModel{})
	m.doc.key.style = m.glamourStyle()
	m.doc.showAsides = !opts.HideAsides
	m.searchInput = textinput.New()
	m.searchInput.Prompt = ""
	m.searchInput.CharLimit = 200
	m.cmdInput = textinput.New()
	m.cmdInput.Prompt = ""
	m.cmdInput.CharLimit = 200
	m.wants = sideWants{outline: m.outline.want(), speakers: m.speakers.want(), roles: m.speakers.wantRoles(), digits: m.outline.digits, read: opts.Width}
	m = m.restyle() // after the inputs exist: it sets their styles
	return m.updateKeys()
}

// Terminal is where the reader runs, given by the caller rather than
// taken from the process, so that the command's streams and environment
// are the ones used (and tests can run the reader in-process).
type Terminal struct {
	// In is read for keys. When it is a file but not a terminal (the
	// document was piped to brief, or stdin is /dev/null) the reader
	// opens the controlling terminal instead, as Bubble Tea does for
	// os.Stdin. nil reads no keys.
	In io.Reader
	// Out is drawn on.
	Out io.Writer
	// Env is the environment Bubble Tea reads (TERM, COLORTERM, COLUMNS,
	// …) to pick colours and features; nil means the process's own.
	Env []string
	// Colours is Out's colour profile when the caller knows it; nil has
	// Bubble Tea detect it as the program starts, which inside tmux runs
	// `tmux info`, a process of its own, before the first frame.
	Colours *colorprofile.Profile
	// TrueColor, when not nil, delivers later whether the terminal takes
	// 24-bit colour after all (what tmux says, asked behind the first
	// frame): true raises Colours to it, as Bubble Tea does when a
	// terminal reports the capability.
	TrueColor <-chan bool
}

// Run opens the reader full screen on t and returns when the reader quits
// or ctx is done, with an error wrapping ctx's in that case. Whatever ends
// it (q, a signal, a panic in a render), the terminal is given back first:
// a signal returns a *SignalError, a recovered panic a *PanicError.
func Run(ctx context.Context, b model.Briefing, opts Options, t Terminal) error {
	final, err := runProgram(ctx, New(b, opts), t)
	if m, ok := final.(Model); ok && m.fatal != nil {
		return m.fatal
	}
	return err
}

// input is where keys are read: In, or the controlling terminal when In
// is a file but not a terminal. The function returned closes what was
// opened.
func (t Terminal) input() (io.Reader, func(), error) {
	if f, ok := t.In.(term.File); ok && !term.IsTerminal(f.Fd()) {
		tty, _, err := tea.OpenTTY() // one file for reading and writing
		if err != nil {
			return nil, nil, err
		}
		return tty, func() { tty.Close() }, nil
	}
	return t.In, func() {}, nil
}

// glamourStyle is the Glamour style in use: the option, or the background.
func (m Model) glamourStyle() string {
	if validStyle(m.opts.Style) {
		return m.opts.Style
	}
	if m.isDark {
		return "dark"
	}
	return "light"
}

// restyle rebuilds the styles for the current background.
func (m Model) restyle() Model {
	// a theme of its own, never changed after: copies of the model share it
	st := newStyles(m.isDark)
	if m.noColor {
		st = st.withoutColour()
	}
	m.st = &st
	s := m.st.Input
	s.Cursor.Blink = false
	m.searchInput.SetStyles(s)
	m.cmdInput.SetStyles(s)
	return m
}

// Init asks the terminal for its background colour, so that the reader can
// pick dark or light styles without blocking.
func (m Model) Init() tea.Cmd {
	if m.opts.Style != "" {
		return nil
	}
	return tea.RequestBackgroundColor
}

// Update routes a message to its handler.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m, cmd = m.handleResize(msg)
	case tea.BackgroundColorMsg:
		m, cmd = m.handleBackground(msg)
	case tea.ColorProfileMsg:
		m.noColor = msg.Profile <= colorprofile.Ascii
		m = m.restyle()
	case unitRenderedMsg:
		m.doc, cmd = m.doc.rendered(msg)
	case fatalMsg:
		m.fatal = msg.err
		return m, tea.Quit
	case tea.KeyPressMsg:
		m, cmd = m.handleKey(msg)
	case tea.PasteMsg:
		m, cmd = m.handlePaste(msg)
	case tea.MouseWheelMsg:
		m, cmd = m.handleWheel(msg)
	case tea.MouseClickMsg:
		m, cmd = m.handleClick(msg)
	case pointChosenMsg:
		m, cmd = m.handlePointChosen(msg)
	case speakerChosenMsg:
		m, cmd = m.handleSpeakerChosen(msg)
	case quoteChosenMsg:
		m, cmd = m.handleQuoteChosen(msg)
	case statusExpiredMsg:
		if msg.id == m.status.id && !m.status.isError {
			m.status = status{id: m.status.id}
		}
	case countExpiredMsg:
		if msg.id == m.countID {
			m.count = ""
		}
	case flashExpiredMsg:
		if msg.id == m.flashID {
			m.flash = -1
		}
	}
	// whatever moved the document (a key, a search, a toggle, a render
	// that pushed lines down), what it shows now is rendered before the
	// frame is drawn
	var more tea.Cmd
	m.doc, more = m.doc.schedule()
	return m.sync(), tea.Batch(cmd, more)
}

// sync keeps the outline on the talking point being read and the key
// bindings' enabled state true to what they can do.
func (m Model) sync() Model {
	cur := m.doc.currentSection()
	if m.focus == outlinePane && m.overlay == noOverlay {
		m.outline.current = cur
	} else {
		m.outline = m.outline.follow(cur)
	}
	m.speakers.filter = m.filter
	return m.updateKeys()
}

// updateKeys disables the bindings that cannot act now, so help never lies.
func (m Model) updateKeys() Model {
	m.keys.NextMatch.SetEnabled(m.doc.search.total() > 0)
	m.keys.PrevMatch.SetEnabled(m.doc.search.total() > 0)
	m.keys.Back.SetEnabled(m.doc.search.active() || m.filter != "")
	m.keys.Picker.SetEnabled(len(m.b.Speakers) > 0)
	m.keys.Point.SetEnabled(len(m.b.Sections) > 0)
	m.keys.NextPoint.SetEnabled(len(m.b.Sections) > 0)
	m.keys.PrevPoint.SetEnabled(len(m.b.Sections) > 0)
	return m
}

func (m Model) handleResize(msg tea.WindowSizeMsg) (Model, tea.Cmd) {
	m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
	m = m.sizeSides()
	pickerRows, quoteRows := dialogRows(m.height)
	m.picker = m.picker.setRows(pickerRows)
	m.quotes = m.quotes.setSize(m.dialogWidth()-4, quoteRows)
	// the document's column is the same whichever pane has focus
	l := layout(m.width, m.height, documentPane, m.wants)
	var cmd tea.Cmd
	m.doc, cmd = m.doc.setSize(inner(l.document.w, l.height))
	return m, cmd
}

// sizeSides sizes the side panes for the current layout and focus.
func (m Model) sizeSides() Model {
	l := layout(m.width, m.height, m.focus, m.wants)
	ow := l.outline.w
	if ow == 0 { // hidden: size it as it would show
		ow = layout(m.width, m.height, outlinePane, m.wants).outline.w
	}
	m.outline = m.outline.setSize(sideInnerOf(ow, l.height, l.outlineRail()))
	sw := l.speakers.w
	if sw == 0 {
		sw = layout(m.width, m.height, speakersPane, m.wants).speakers.w
	}
	w, h := sideInner(sw, l.height)
	m.speakers = m.speakers.setSize(w, h)
	return m
}

// sideInnerOf is the outline's content size in a column of width w, and
// whether it is the rail.
func sideInnerOf(w, h int, rail bool) (int, int, bool) {
	iw, ih := sideInner(w, h)
	return iw, ih, rail
}

func (m Model) handleBackground(msg tea.BackgroundColorMsg) (Model, tea.Cmd) {
	m.isDark = msg.IsDark()
	m = m.restyle()
	if m.overlay == pickerOverlay {
		s := m.st.Input
		s.Cursor.Blink = false
		m.picker.input.SetStyles(s)
	}
	var cmd tea.Cmd
	m.doc, cmd = m.doc.setStyle(m.glamourStyle())
	return m, cmd
}

func (m Model) handlePaste(msg tea.PasteMsg) (Model, tea.Cmd) {
	switch {
	case m.searching:
		m.searchInput, _ = m.searchInput.Update(msg)
		return m.searchChanged(), nil
	case m.commanding:
		m.cmdInput, _ = m.cmdInput.Update(msg)
	case m.overlay == pickerOverlay:
		m.picker = m.picker.paste(msg)
	case m.overlay == quotesOverlay:
		m.quotes = m.quotes.paste(msg)
	}
	return m, nil
}

func (m Model) handlePointChosen(msg pointChosenMsg) (Model, tea.Cmd) {
	m = m.gotoPoint(msg.section)
	m = m.backToDocument()
	return m.scheduled()
}

// backToDocument gives the document the focus when the focused side pane
// hides it (alone on a narrow screen, or as a drawer over it), so that the
// reader sees where a choice took them.
func (m Model) backToDocument() Model {
	if m.width < mediumWidth || layout(m.width, m.height, m.focus, m.wants).drawer == m.focus {
		m.focus = documentPane
		m = m.sizeSides()
	}
	return m
}

func (m Model) handleSpeakerChosen(msg speakerChosenMsg) (Model, tea.Cmd) {
	m.overlay = noOverlay
	m = m.backToDocument()
	if msg.id == m.filter { // choosing the filtered speaker again clears the filter
		m, _ = m.setFilter("")
		return m.setStatus("filter cleared", false)
	}
	return m.setFilter(msg.id)
}

func (m Model) handleQuoteChosen(msg quoteChosenMsg) (Model, tea.Cmd) {
	m.overlay = noOverlay
	m.focus = documentPane
	if msg.quote < 0 || msg.quote >= len(m.b.Quotes) {
		return m, nil
	}
	var cmd tea.Cmd
	m.doc, cmd = m.doc.gotoQuote(msg.quote).schedule()
	// mark the quote for a moment, so that the eye finds it
	m.flash, m.flashID = msg.quote, m.flashID+1
	if m.after != nil {
		cmd = tea.Batch(cmd, m.after(flashTTL, flashExpiredMsg{id: m.flashID}))
	}
	return m, cmd
}

// setFilter filters by a speaker, or clears the filter for "".
func (m Model) setFilter(id string) (Model, tea.Cmd) {
	m.filter = id
	var sections []int
	if id != "" {
		sections = m.b.SectionsWith(id)
		if sections == nil {
			sections = []int{}
		}
	}
	// the pane keeps the width it has for every point (m.wants), so that
	// the document does not reflow when the filter changes
	m.outline = newOutline(m.b, id, m.outline)
	m = m.sizeSides()
	var cmd tea.Cmd
	m.doc, cmd = m.doc.setFilter(id, sections)
	return m, cmd
}
