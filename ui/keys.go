package ui

import "charm.land/bubbles/v2/key"

// keyMap is every key binding of the reader, with its help text. Help is
// generated from it, so what "?" shows is what the keys do.
type keyMap struct {
	// everywhere outside dialogs
	Quit, Help, Command, Back            key.Binding
	Interrupt                            key.Binding // ctrl+c where q is typed text or closes a dialog
	NextPoint, PrevPoint, Point          key.Binding
	Picker, Search, NextMatch, PrevMatch key.Binding
	Quotes, Asides                       key.Binding
	// Tags shows or hides brief's annotations naming the speaker of
	// quotes whose cue is elsewhere.
	Tags                key.Binding
	NextPane, PrevPane  key.Binding
	PaneLeft, PaneRight key.Binding

	// moving in the document or in a list
	Down, Up, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding

	// enter in the outline and in the speakers pane
	GoToPoint, FilterSpeaker key.Binding

	// dialogs: speaker picker, quotes view, help, search input, command line
	PickerDown, PickerUp, PickerApply, PickerClose key.Binding
	QuoteJump, QuoteFilter                         key.Binding
	Close                                          key.Binding // help and quotes view
	InputConfirm, InputCancel                      key.Binding // typed input: search, command, quote filter
}

// defaultKeyMap returns the reader's bindings. Keys that readers bring
// from less and vim (ctrl+f/b/d/u, h/l, :N) work alongside the others.
func defaultKeyMap() keyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return keyMap{
		Quit:      b("q", "quit", "q", "ctrl+c"),
		Interrupt: b("ctrl+c", "quit brief", "ctrl+c"),
		Help:      b("?", "help", "?"),
		Command:   b(":", "command: :12 (point), :speaker NAME, :q", ":"),
		Back:      b("esc", "clear search, then filter", "esc"),
		NextPoint: b("]", "next point", "]"),
		PrevPoint: b("[", "previous point", "["),
		Point:     b("0-9", "go to point N (12 = 1 then 2; 0 = intro)", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Picker:    b("s", "pick a speaker to filter by", "s"),
		Search:    b("/", "search", "/"),
		NextMatch: b("n", "next match", "n"),
		PrevMatch: b("N", "previous match", "N"),
		Quotes:    b(`"`, "all quotes", `"`),
		Asides:    b("e", "show/hide asides", "e"),
		Tags:      b("t", "show/hide speaker tags", "t"),
		NextPane:  b("tab", "next pane", "tab"),
		PrevPane:  b("shift+tab", "previous pane", "shift+tab"),
		PaneLeft:  b("h/←", "pane to the left", "h", "left"),
		PaneRight: b("l/→", "pane to the right", "l", "right"),

		Down:     b("j/↓", "down", "j", "down"),
		Up:       b("k/↑", "up", "k", "up"),
		PageDown: b("space/f/pgdn/ctrl+f", "page down", "space", "f", "pgdown", "ctrl+f"),
		PageUp:   b("b/pgup/ctrl+b", "page up", "b", "pgup", "ctrl+b"),
		HalfDown: b("d/ctrl+d", "half page down", "d", "ctrl+d"),
		HalfUp:   b("u/ctrl+u", "half page up", "u", "ctrl+u"),
		Top:      b("g/home", "top", "g", "home"),
		Bottom:   b("G/end", "bottom", "G", "end"),

		GoToPoint:     b("enter", "go to point", "enter"),
		FilterSpeaker: b("enter", "filter by speaker (again: clear)", "enter"),

		PickerDown:   b("↓/ctrl+n", "next", "down", "ctrl+n"),
		PickerUp:     b("↑/ctrl+p", "previous", "up", "ctrl+p"),
		PickerApply:  b("enter", "filter by speaker", "enter"),
		PickerClose:  b("esc", "close", "esc"),
		QuoteJump:    b("enter", "show in the document", "enter"),
		QuoteFilter:  b("/", "filter the quotes", "/"),
		Close:        b("q/esc", "close", "q", "esc"),
		InputConfirm: b("enter", "done", "enter"),
		InputCancel:  b("esc", "cancel", "esc"),
	}
}

// keyContext is what receives keys right now: a pane, or a dialog.
type keyContext int

const (
	ctxOutline keyContext = iota
	ctxDocument
	ctxSpeakers
	ctxPicker
	ctxQuotes
	ctxHelp
	ctxSearch
	ctxCount // sentinel
)

var keyContextNames = [...]string{"outline", "document", "speakers", "picker", "quotes", "help", "search"}

// String names the context, for tests and messages.
func (c keyContext) String() string {
	if c < 0 || c >= ctxCount {
		return "unknown"
	}
	return keyContextNames[c]
}

// global returns the bindings that work in every pane, the ones a reader
// needs to find first (help, quit, esc) first.
func (k keyMap) global() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.Back, k.Command, k.Point, k.NextPoint, k.PrevPoint,
		k.Search, k.NextMatch, k.PrevMatch, k.Picker, k.Quotes, k.Asides, k.Tags,
		k.NextPane, k.PrevPane, k.PaneLeft, k.PaneRight}
}

// movement returns the bindings that scroll the document or move in a list.
func (k keyMap) movement() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom}
}

// groups returns the bindings active in a context, grouped for help.
func (k keyMap) groups(c keyContext) [][]key.Binding {
	switch c {
	case ctxOutline:
		return [][]key.Binding{k.global(), append([]key.Binding{k.GoToPoint}, k.movement()...)}
	case ctxSpeakers:
		return [][]key.Binding{k.global(), append([]key.Binding{k.FilterSpeaker}, k.movement()...)}
	case ctxPicker:
		return [][]key.Binding{{k.PickerDown, k.PickerUp, k.PickerApply, k.PickerClose, k.Interrupt}}
	case ctxQuotes:
		return [][]key.Binding{{k.QuoteJump, k.QuoteFilter, k.Close, k.Interrupt}, k.movement()}
	case ctxHelp:
		return [][]key.Binding{{k.Close, k.Interrupt}, k.movement()}
	case ctxSearch:
		return [][]key.Binding{{k.InputConfirm, k.InputCancel, k.Interrupt}}
	}
	return [][]key.Binding{k.global(), k.movement()}
}
