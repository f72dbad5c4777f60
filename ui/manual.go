package ui

import "charm.land/bubbles/v2/key"

// KeySection is a titled list of keys and what they do, for brief's
// manual page.
type KeySection struct {
	// Title names where the keys work ("Reading", "Dialogs").
	Title string
	// Rows are the keys as help shows them ("j/↓") and what they do.
	Rows [][2]string
	// Note is prose under the rows, or "".
	Note string
}

// KeySections lists the default key bindings for the manual page, read
// off the same key maps as the reader's help (?), so that the two agree.
func KeySections() []KeySection {
	k, sk := defaultKeyMap(), defaultShelfKeys()
	rows := func(bs ...key.Binding) [][2]string {
		var out [][2]string
		seen := map[key.Help]bool{}
		for _, b := range bs {
			if h := b.Help(); !seen[h] {
				seen[h] = true
				out = append(out, [2]string{h.Key, h.Desc})
			}
		}
		return out
	}
	return []KeySection{
		{Title: "Reading", Rows: rows(k.global()...)},
		{Title: "Moving", Rows: rows(k.movement()...),
			Note: "In the outline, enter goes to the point under the cursor; in the speakers pane, it filters by that speaker, and again clears the filter."},
		{Title: "Briefings, copying and editing", Rows: rows(sk.reader()...)},
		{Title: "The library", Rows: rows(sk.OpenDoc, sk.FilterDocs, sk.ClearFilter, k.Quit)},
		{Title: "The speaker picker (s)", Rows: rows(k.PickerDown, k.PickerUp, k.PickerApply, k.PickerClose),
			Note: "Type a name, surname, alias or role word, or the start of one."},
		{Title: "The quotes view (\")", Rows: rows(k.QuoteJump, k.QuoteFilter, k.Close)},
		{Title: "Search (/) and the command line (:)", Rows: rows(k.InputConfirm, k.InputCancel)},
		{Title: "Anywhere", Rows: rows(k.Interrupt), Note: mouseHelp + " " + suspendHelp},
	}
}
