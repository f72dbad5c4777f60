package ui

import "charm.land/bubbles/v2/key"

// keyMap is every key binding of the reader, with its help text. Help is
// generated from it, so what "?" shows is what the keys do.
type keyMap struct {
	// everywhere outside dialogs
	Quit, Help, NextPane, PrevPane       key.Binding
	Interrupt                            key.Binding // ctrl+c where q is typed text
	NextPoint, PrevPoint, Point          key.Binding
	Picker, Search, NextMatch, PrevMatch key.Binding
	Quotes, Asides, Back                 key.Binding
	// Tags shows or hides brief's annotations naming the speaker of
	// quotes whose cue is elsewhere.
	Tags key.Binding

	// moving in the document or in a list
	Down, Up, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding

	// enter in the outline and in the speakers pane
	GoToPoint, FilterSpeaker key.Binding

	// dialogs: speaker picker, quotes view, help, search input
	PickerDown, PickerUp, PickerApply key.Binding
	QuoteJump                         key.Binding
	Close                             key.Binding
	SearchConfirm, SearchCancel       key.Binding
}

// defaultKeyMap returns the reader's bindings.
func defaultKeyMap() keyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return keyMap{
		Quit:      b("q", "quit", "q", "ctrl+c"),
		Interrupt: b("ctrl+c", "quit", "ctrl+c"),
		Help:      b("?", "help", "?"),
		NextPane:  b("tab", "next pane", "tab"),
		PrevPane:  b("shift+tab", "previous pane", "shift+tab"),
		NextPoint: b("]", "next point", "]"),
		PrevPoint: b("[", "previous point", "["),
		Point:     b("1-9", "go to point N", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Picker:    b("s", "pick a speaker", "s"),
		Search:    b("/", "search", "/"),
		NextMatch: b("n", "next match", "n"),
		PrevMatch: b("N", "previous match", "N"),
		Quotes:    b(`"`, "all quotes", `"`),
		Asides:    b("e", "show/hide asides", "e"),
		Tags:      b("a", "show/hide speaker tags", "a"),
		Back:      b("esc", "clear search, then filter", "esc"),

		Down:     b("↓/j", "down", "down", "j"),
		Up:       b("↑/k", "up", "up", "k"),
		PageDown: b("space/f/pgdn", "page down", "space", "f", "pgdown"),
		PageUp:   b("b/pgup", "page up", "b", "pgup"),
		HalfDown: b("d", "half page down", "d"),
		HalfUp:   b("u", "half page up", "u"),
		Top:      b("g/home", "top", "g", "home"),
		Bottom:   b("G/end", "bottom", "G", "end"),

		GoToPoint:     b("enter", "go to point", "enter"),
		FilterSpeaker: b("enter", "filter by speaker", "enter"),

		PickerDown:    b("↓/ctrl+n", "next", "down", "ctrl+n"),
		PickerUp:      b("↑/ctrl+p", "previous", "up", "ctrl+p"),
		PickerApply:   b("enter", "filter by speaker", "enter"),
		QuoteJump:     b("enter", "show in context", "enter"),
		Close:         b("esc", "close", "esc"),
		SearchConfirm: b("enter", "keep search", "enter"),
		SearchCancel:  b("esc", "cancel search", "esc"),
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

// global returns the bindings that work in every pane.
func (k keyMap) global() []key.Binding {
	return []key.Binding{k.NextPane, k.PrevPane, k.NextPoint, k.PrevPoint, k.Point, k.Picker, k.Search,
		k.NextMatch, k.PrevMatch, k.Quotes, k.Asides, k.Tags, k.Back, k.Help, k.Quit}
}

// movement returns the bindings that scroll the document or move in a list.
func (k keyMap) movement() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom}
}

// groups returns the bindings active in a context, grouped for help.
func (k keyMap) groups(c keyContext) [][]key.Binding {
	switch c {
	case ctxOutline:
		return [][]key.Binding{append(k.movement(), k.GoToPoint), k.global()}
	case ctxSpeakers:
		return [][]key.Binding{append(k.movement(), k.FilterSpeaker), k.global()}
	case ctxPicker:
		return [][]key.Binding{{k.PickerDown, k.PickerUp, k.PickerApply, k.Close, k.Interrupt}}
	case ctxQuotes:
		return [][]key.Binding{{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom, k.QuoteJump, k.Close, k.Quit}}
	case ctxHelp:
		return [][]key.Binding{{k.Close, k.Help, k.Quit}}
	case ctxSearch:
		return [][]key.Binding{{k.SearchConfirm, k.SearchCancel, k.Interrupt}}
	}
	return [][]key.Binding{k.movement(), k.global()}
}
