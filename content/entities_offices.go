package content

import (
	"slices"
	"strings"
)

// Entities: offices given in the text — "Dr Ana Lind had been elected as Chief Whip of the Harbour
// Party" — so that a record's label in capitals ("The CHIEF WHIP OF THE HARBOUR PARTY:") is the
// person given that office, not a speaker named after it.

// appointment matches a person given an office: an honorific or not, the
// name (initials allowed), perhaps "had been elected", and "as" and the
// office in capitals (groups: name, office).
var appointment = lazyRE(`(?:(?:Dr|Mr|Mrs|Ms|Prof|Adv)\.?\s+)?((?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+(?:van|der|de|du|von|\p{Lu}[\p{L}'’-]+)){0,3})\s+(?:(?:had|has|have)\s+been\s+|was\s+|is\s+|were\s+)?(?:(?:elected|appointed|designated|named|chosen|confirmed)\s+)?as\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*(?:\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)?)`)

// officeGiven is one person the text gives an office: its words in lower
// case, and the body after "of the" ("opposition"), "" when none is said.
type officeGiven struct {
	name       []string
	office     string
	complement string
}

// maxOfficeBlocks is how many blocks are read for appointments: a
// record names its office bearers near its start.
const maxOfficeBlocks = 400

// appointments reads, once, the offices the document's paragraphs give
// people. A complement said once for two offices joined by "and" ("X as
// Chief Whip and Y as Deputy Chief Whip of the Harbour Party") is both's.
func (a *attributor) appointments() []officeGiven {
	if a.offices.read {
		return a.offices.list
	}
	a.offices.read = true
	for k, b := range a.blocks {
		if k >= maxOfficeBlocks {
			break
		}
		if b.raw.turn() || !strings.Contains(b.raw.text, " as ") {
			continue
		}
		text := strings.Join(strings.Fields(b.raw.text), " ")
		var run []officeGiven // the appointments of one sentence
		last := 0
		for _, m := range appointment.FindAllStringSubmatchIndex(text, -1) {
			office := strings.ToLower(text[m[4]:m[5]])
			head, comp, _ := strings.Cut(office, " of the ")
			g := officeGiven{name: strings.Fields(strings.ReplaceAll(text[m[2]:m[3]], ".", "")), office: head, complement: comp}
			if between := text[last:m[0]]; len(run) > 0 && !strings.HasSuffix(strings.TrimSpace(between), "and") || strings.ContainsAny(between, ".;") {
				a.offices.list = append(a.offices.list, shareComplement(run)...)
				run = nil
			}
			run, last = append(run, g), m[1]
		}
		a.offices.list = append(a.offices.list, shareComplement(run)...)
	}
	return a.offices.list
}

// shareComplement gives the offices of one sentence without a complement
// the complement of the last one, which ends the run.
func shareComplement(run []officeGiven) []officeGiven {
	if n := len(run); n > 1 && run[n-1].complement != "" {
		for i := range run[:n-1] {
			if run[i].complement == "" {
				run[i].complement = run[n-1].complement
			}
		}
	}
	return run
}

// officeHolder returns the one person the text gives the office a label
// names ("chief whip of the opposition", in lower-case words without "the"
// first), nil when none or several are.
func (a *attributor) officeHolder(words []string) *entity {
	office := strings.Join(slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == "" }), " ")
	office = strings.TrimPrefix(office, "the ")
	head, comp, _ := strings.Cut(office, " of the ")
	var found []string
	for _, g := range a.appointments() {
		if g.office == head && g.complement == comp {
			if found != nil && !slices.Equal(found, g.name) {
				return nil
			}
			found = g.name
		}
	}
	if found == nil {
		return nil
	}
	return a.lookup(found, true)
}
