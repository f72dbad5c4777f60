package model

// Place is where a reader left a briefing, to reopen it there: package
// store keeps it between runs and package ui saves and restores it.
type Place struct {
	// Section is the talking point at the top of the screen, 0 for the
	// intro.
	Section int
	// Line is how many lines below that point's first line the screen
	// began (at the width it was read at).
	Line int
	// Quote pins the place to a quote (an index into Briefing.Quotes) the
	// reader jumped to, -1 for none: it survives a change of width.
	Quote int
	// Filter is the ID of the speaker the reader filtered by, "".
	Filter string
	// HideAsides records that the reader hid the explainer asides.
	HideAsides bool
	// Furthest is the furthest talking point reached.
	Furthest int
	// Done records that the reader reached the end.
	Done bool
}

// Progress is how far a briefing has been read, for the library's list.
type Progress int

// The states of reading.
const (
	// Unread is a briefing never opened.
	Unread Progress = iota
	// Started is a briefing opened but not read to the end.
	Started
	// Read is a briefing read to its end.
	Read
)

var progressNames = [...]string{"unread", "started", "read"}

// String returns "unread", "started" or "read".
func (p Progress) String() string {
	if p < 0 || int(p) >= len(progressNames) {
		return "unknown"
	}
	return progressNames[p]
}
