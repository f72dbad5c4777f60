package content

import (
	"strings"
)

// entity is one person or organisation the document mentions.
type entity struct {
	id int
	// words is the fullest form of the name seen ("Friedrich", "Merz").
	words []string
	// styled is a noble style ("Meghan, Duchess of Sussex"), if used.
	styled string
	title  string
	role   string
	gender byte
	org    bool
	// forms are the surface forms used for the entity ("Merz", "the
	// chancellor"), for the speaker's aliases.
	forms    map[string]bool
	mentions int
	// inTitle: named in the headline, which makes it the likelier owner of
	// an ambiguous surname.
	inTitle bool
}

func (e *entity) name() string { return strings.Join(e.words, " ") }

func (e *entity) last() string { return strings.ToLower(e.words[len(e.words)-1]) }

func (e *entity) first() string { return strings.ToLower(e.words[0]) }

// roster is the document's table of named entities.
type roster struct {
	ents []*entity
}

// lookup finds or creates the entity for a name. create=false only looks.
// Names join an entity when they are the same, a suffix of it ("Merz",
// "Abu Amer"), or it is a suffix of them; never when forenames conflict.
// An ambiguous surname goes to the entity named in the headline, else the
// one mentioned most.
func (r *roster) lookup(words []string, create bool) *entity {
	if len(words) == 0 {
		return nil
	}
	lw := lowerAll(words)
	var cands []*entity
	for _, e := range r.ents {
		if sameOrSuffix(lowerAll(e.words), lw) || sameOrSuffix(lw, lowerAll(e.words)) {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 && len(lw) == 1 {
		// A forename alone ("Kamala") names the one entity that has it.
		for _, e := range r.ents {
			if len(e.words) > 1 && e.first() == lw[0] && !e.org {
				cands = append(cands, e)
			}
		}
		if len(cands) > 1 {
			cands = nil
		}
	}
	if len(cands) > 0 {
		best := cands[0]
		for _, c := range cands[1:] {
			if c.inTitle && !best.inTitle || c.inTitle == best.inTitle && c.mentions > best.mentions {
				best = c
			}
		}
		if len(words) > len(best.words) && len(cands) == 1 {
			best.words = words // a fuller form of the name
		}
		return best
	}
	if !create {
		return nil
	}
	e := &entity{id: len(r.ents), words: words, forms: map[string]bool{}}
	r.ents = append(r.ents, e)
	return e
}

// fuzzyLookup finds an entity whose surname is a near-miss of a lone
// surname that matches nobody: copy with a typo ("Jensen" for "Janzen").
func (r *roster) fuzzyLookup(word string) *entity {
	w := strings.ToLower(word)
	if len([]rune(w)) < 5 {
		return nil
	}
	var found *entity
	for _, e := range r.ents {
		if e.org || len(e.words) < 2 {
			continue
		}
		l := e.last()
		if l[0] == w[0] && len(l) == len(w) && editDistance(l, w) <= 2 {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// sameOrSuffix reports whether b is a (word-wise) suffix of a.
func sameOrSuffix(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	off := len(a) - len(b)
	for i := range b {
		if a[off+i] != b[i] {
			return false
		}
	}
	return true
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(strings.TrimSuffix(w, "."))
	}
	return out
}

// editDistance is the Levenshtein distance between two short strings.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// note records what a mention says about its entity: its surface form,
// role, title and gender.
func (e *entity) note(np nameParts, form string) {
	e.mentions++
	if form != "" {
		e.forms[form] = true
	}
	if e.role == "" && np.role != "" {
		e.role = np.role
	}
	if e.title == "" && np.title != "" {
		e.title = np.title
	}
	if e.gender == 0 {
		e.gender = np.gender
	}
	if np.styled != "" && e.styled == "" {
		e.styled = np.styled
	}
}

// roleMatches reports whether an entity's role fits a role noun phrase:
// the head noun must appear in the entity's role or title, and every
// qualifier (demonym, organisation) must appear too.
func (e *entity) roleMatches(head string, quals []string) bool {
	facts := strings.ToLower(e.role + " " + e.title)
	if e.gender == 'f' && maleWords[head] || e.gender == 'm' && femaleWords[head] {
		return false
	}
	if !containsWord(facts, head) {
		return false
	}
	for _, q := range quals {
		if !containsWord(facts, q) && !(q == "us" || q == "u.s." || q == "american") {
			return false
		}
		if (q == "us" || q == "u.s." || q == "american") && !containsWord(facts, "us") && !containsWord(facts, "u.s.") && !containsWord(facts, "american") {
			return false
		}
	}
	return true
}

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '’' || r == '\'' }) {
		if f == w || strings.TrimSuffix(f, ".") == w {
			return true
		}
	}
	return false
}
