package model

// Voice is one speaker followed across several briefings: the speakers of
// different documents that are the same person or organisation, matched
// by package content with the rules it uses within a document.
type Voice struct {
	// Name is the fullest form of the name any of the briefings gives.
	Name string
	// Role is the role the briefings give most often, "" if none does.
	Role string
	// Kind says whether this is a person or an organisation.
	Kind SpeakerKind
	// Aliases are the other forms of the name used, without Name.
	Aliases []string
	// In lists where the voice is quoted, one entry per briefing, in the
	// order of the briefings given to the matcher.
	In []Appearance
}

// Appearance is one voice in one briefing of a set.
type Appearance struct {
	// Briefing indexes the set of briefings the voices were matched over.
	Briefing int
	// Speaker is the speaker's ID within that briefing.
	Speaker string
	// Quotes is how many quotes that briefing attributes to the speaker.
	Quotes int
}

// Quotes returns how many quotes the voice has in all the briefings.
func (p Voice) Quotes() int {
	n := 0
	for _, a := range p.In {
		n += a.Quotes
	}
	return n
}

// SpeakerIn returns the voice's speaker ID in briefing i, or "".
func (p Voice) SpeakerIn(i int) string {
	for _, a := range p.In {
		if a.Briefing == i {
			return a.Speaker
		}
	}
	return ""
}

// VoiceOf returns the index in voices of the voice that is speaker id of
// briefing i, or -1.
func VoiceOf(voices []Voice, i int, id string) int {
	if id == "" {
		return -1
	}
	for k, p := range voices {
		for _, a := range p.In {
			if a.Briefing == i && a.Speaker == id {
				return k
			}
		}
	}
	return -1
}
