package ui

import "charm.land/bubbles/v2/key"

// shelfKeys are the keys of the library and of what the reader does with
// files: moving between briefings, reloading, copying, opening. They sit
// beside keyMap (the reader's own keys) and are remapped the same way.
type shelfKeys struct {
	// in the reader
	NextDoc, PrevDoc, Library, Across key.Binding
	CopyQuote, CopyPoint, OpenLink    key.Binding
	Edit, Reload                      key.Binding

	// in the library's list
	OpenDoc, FilterDocs, ClearFilter key.Binding
	FilterKeep, FilterCancel         key.Binding
}

func defaultShelfKeys() shelfKeys {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return shelfKeys{
		NextDoc:   b("}", "next briefing", "}"),
		PrevDoc:   b("{", "previous briefing", "{"),
		Library:   b("esc", "back to the library", "esc"),
		Across:    b("A", "the speaker's quotes in every briefing", "A"),
		CopyQuote: b("y", "copy the quote with who said it", "y"),
		CopyPoint: b("Y", "copy the point as Markdown", "Y"),
		OpenLink:  b("o", "open the point's link", "o"),
		Edit:      b("v", "edit the file at this point", "v"),
		Reload:    b("r", "reload the file", "r"),

		OpenDoc:      b("enter", "open", "enter"),
		FilterDocs:   b("/", "filter by title, file or speaker", "/"),
		ClearFilter:  b("esc", "clear the filter", "esc"),
		FilterKeep:   b("enter", "keep the filter", "enter"),
		FilterCancel: b("esc", "clear the filter", "esc"),
	}
}

// reader is the bindings the shelf adds to the reader, for its help.
func (k shelfKeys) reader() []key.Binding {
	return []key.Binding{k.NextDoc, k.PrevDoc, k.Library, k.Across, k.CopyQuote, k.CopyPoint, k.OpenLink, k.Edit, k.Reload}
}
