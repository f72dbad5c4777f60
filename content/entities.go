package content

import (
	"fmt"
	"slices"
	"strings"
)

// Entities: the document's table of the people and bodies it mentions, indexed by their names so
// that a surname, a forename or a typo finds them.

// IDs of the entities that are not in the roster: the document's one
// "Unknown" speaker for unnamed sources, and pairs speaking together
// ("Reyes and Lind said"). Pronouns never resolve to either (id < 0).
const (
	anonID  = -1
	jointID = -2
	// describedID marks a person the text only describes ("the retired
	// colonel") and brief cannot name: a later "he" may stand for them,
	// which keeps it from going to someone else, but they speak as no one.
	describedID = -3
)

// entity is one person or organisation the document mentions.
type entity struct {
	// id numbers the roster's entities from 0; those made outside the
	// roster have anonID, jointID or describedID.
	id int
	// words is the fullest form of the name seen ("Ana", "Lind");
	// lw is the same in lower case.
	words, lw []string
	// styled is a noble style ("Ana Ruiz, Duchess of Lorn"), if used.
	styled string
	title  string
	role   string
	gender byte
	org    bool
	// forms are the surface forms used for the entity ("Lind", "the
	// chancellor"), for the speaker's aliases.
	forms    map[string]bool
	mentions int
	// facts caches roleFacts for factsKey (role and title).
	facts    []string
	factsKey string
	// inTitle: named in the headline, which makes it the likelier owner of
	// an ambiguous surname.
	inTitle bool
	// gen is the generational suffix of the name ("jr" for "Ana Lind
	// Jr."): a parent and child of one name are two people.
	gen string
	// kind is an organisation's kind when the text gave it ("magazine"
	// in "the news magazine Der Spiegel").
	kind string
	// stand is who a stand-in for someone unnamed speaks as: the document's
	// Unknown for an unnamed source, nil for a person only described.
	stand *entity
	// weak: a lone surname read from a possessive ("Ortega's"), which
	// could as well be a place; it stands for a pronoun only once its
	// gender is known.
	weak bool
	// headlineOnly: so far named only in the headline (a product or an
	// event may read as a name there); no short-form label links to it.
	headlineOnly bool
	// handle: named by a user name in small letters, written as a link
	// that introduces what they wrote ("[ana_l](…) shared:"): a name as
	// written, though the text writes it in small letters.
	handle bool
}

func (e *entity) name() string { return strings.Join(e.words, " ") }

func (e *entity) last() string { return e.lw[len(e.lw)-1] }

func (e *entity) first() string { return e.lw[0] }

// maxNamesakes bounds how many entities sharing a surname or forename a
// lookup compares, keeping the most recent: a document with thousands of
// namesakes is not a briefing, and the bound keeps parsing linear.
const maxNamesakes = 32

// roster is the document's table of named entities, indexed by the last
// and first words of their names so that lookups stay cheap on long
// documents.
type roster struct {
	ents    []*entity
	byLast  map[string][]*entity
	byFirst map[string][]*entity
	// byShape indexes multi-word person names by the first letter and
	// length of their surname, for typo matching.
	byShape map[string][]*entity
	// byRole indexes entities by each word of their role and title.
	byRole map[string][]*entity
	// byPart indexes people by each part of a hyphenated surname
	// ("okonjo" and "beck" of Okonjo-Beck).
	byPart map[string][]*entity
	// byFold indexes the people whose surname has accents by the surname
	// without them ("ibanez" for Ibáñez).
	byFold map[string][]*entity
	// peeking: lookup only looks, and learns no fuller form (peek).
	peeking bool
}

// peek finds the entity a name would join, without creating one or
// learning the name as a fuller form of it.
func (r *roster) peek(words []string) *entity {
	r.peeking = true
	defer func() { r.peeking = false }()
	return r.lookup(words, false)
}

// add puts a new entity in the roster and its indexes.
func (r *roster) add(words []string) *entity {
	if r.byLast == nil {
		r.byLast, r.byFirst = map[string][]*entity{}, map[string][]*entity{}
		r.byShape, r.byRole = map[string][]*entity{}, map[string][]*entity{}
	}
	e := &entity{id: len(r.ents), words: words, lw: lowerAll(words), forms: map[string]bool{}, gen: generation(words)}
	r.ents = append(r.ents, e)
	r.byLast[e.last()] = append(r.byLast[e.last()], e)
	r.indexFolded(e)
	r.indexName(e)
	if len(e.words) == 1 {
		r.indexParts(e) // "Zafar-ul-Hadi" alone is found by "Zafar" too
	}
	return e
}

// indexName indexes an entity's forename and surname shape; called again
// when a fuller form of the name is learnt.
func (r *roster) indexName(e *entity) {
	if len(e.words) > 1 {
		r.byFirst[e.first()] = append(r.byFirst[e.first()], e)
		r.byShape[shapeKey(e.last())] = append(r.byShape[shapeKey(e.last())], e)
		r.indexParts(e)
	}
}

// indexRole indexes the words of an entity's role and title.
func (r *roster) indexRole(e *entity, text string) {
	if r.byRole == nil {
		return
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(stripPossessive(w), ".,’'")
		if full, ok := titleAbbrev[w]; ok {
			w = full
		}
		r.byRole[w] = append(r.byRole[w], e)
	}
}

func shapeKey(w string) string {
	if w == "" {
		return ""
	}
	return fmt.Sprintf("%c%d", w[0], len(w))
}

// lookup finds or creates the entity for a name. create=false only looks.
// Names join an entity when they are the same, a suffix of it ("Lind",
// "Abu Ruiz"), or it is a suffix of them; never when forenames conflict.
// An ambiguous surname goes to the entity named in the headline, else the
// one mentioned most.
func (r *roster) lookup(words []string, create bool) *entity {
	if len(words) == 0 {
		return nil
	}
	lw := lowerAll(words)
	var cands []*entity
	same := r.byLast[lw[len(lw)-1]]
	if len(same) > maxNamesakes {
		same = same[len(same)-maxNamesakes:] // the most recent namesakes
	}
	for _, e := range same {
		if sameOrSuffix(e.lw, lw) && !(e.org && len(lw) < len(e.lw) && !bodyShortForm(lw)) || sameOrSuffix(lw, e.lw) && !e.org {
			// "Estmere" is not the Civil Rights Union of Estmere, but the
			// Department of Ports is the Estmere Department of Ports
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 && len(lw) == 1 {
		// A forename alone ("Ilse") names the one entity that has it.
		firsts := r.byFirst[lw[0]]
		if len(firsts) > maxNamesakes {
			firsts = firsts[len(firsts)-maxNamesakes:]
		}
		for _, e := range firsts {
			if len(e.words) > 1 && e.first() == lw[0] && !e.org && !slices.Contains(cands, e) {
				cands = append(cands, e)
			}
		}
		if len(cands) > 1 {
			cands = nil
		}
		cands = r.surnamePart(cands, lw[0])
	}
	if len(cands) == 0 && len(lw) >= 2 {
		// "Ana Maria" after "Ana Maria Lind Okafor": the forenames of
		// the one person whose name begins with them
		for _, e := range r.byFirst[lw[0]] {
			if !e.org && len(e.lw) > len(lw) && slices.Equal(e.lw[:len(lw)], lw) && !slices.Contains(cands, e) {
				cands = append(cands, e)
			}
		}
		if len(cands) > 1 {
			cands = nil
		}
	}
	cands = r.nameJoin(cands, words)
	cands = sameGeneration(cands, generation(words), len(lw) > 1)
	if len(cands) > 1 && len(lw) == 1 {
		cands = preferBareSurname(cands, lw[0])
	}
	if len(cands) > 1 && len(lw) >= 2 {
		// "Lena Marr" is the one so named before "Ana Lena Marr"
		if exact := slices.DeleteFunc(slices.Clone(cands), func(e *entity) bool { return !slices.Equal(e.lw, lw) }); len(exact) > 0 {
			cands = exact
		}
	}
	if len(cands) > 0 {
		best := cands[0]
		for _, c := range cands[1:] {
			if c.inTitle && !best.inTitle || c.inTitle == best.inTitle && c.mentions > best.mentions {
				best = c
			}
		}
		if len(cands) == 1 && !r.peeking && fullerName(words, best.words) {
			best.words, best.lw = words, lw // a fuller form of the name
			r.indexName(best)
		}
		return best
	}
	if !create {
		return nil
	}
	if e := r.grown(words, lw); e != nil {
		return e
	}
	return r.add(words)
}

// forenameFirst returns the person known so far by a forename alone whom
// a full name completes: "his wife Fran" before "Fran Finney". Only
// someone the text showed to be a person (a gender, a role) grows so, and
// only when one such person has that forename.
func (r *roster) forenameFirst(words, lw []string) *entity {
	if len(lw) < 2 || r.peeking {
		return nil
	}
	var found *entity
	same := r.byLast[lw[0]]
	if len(same) > maxNamesakes {
		same = same[len(same)-maxNamesakes:] // the most recent: linear on long documents
	}
	for _, e := range same {
		if len(e.lw) != 1 || e.lw[0] != lw[0] || e.org || e.weak || e.gender == 0 && e.role == "" {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	if found == nil {
		return nil
	}
	found.words, found.lw = words, lw
	r.byLast[lw[len(lw)-1]] = append(r.byLast[lw[len(lw)-1]], found)
	r.indexName(found)
	return found
}

// bodyShortForm reports the words of a body's name that can stand for it
// without what comes before them: two words or more, one of them the kind
// of body ("Department of Ports", "Reserve Bank").
func bodyShortForm(lw []string) bool {
	return len(lw) >= 2 && slices.ContainsFunc(lw, func(w string) bool { return orgHeads[w] })
}

// preferBareSurname narrows the namesakes a lone surname may mean: a
// writer who calls one of two Haddads "Abu Haddad" uses the bare "Haddad" for
// the other, so candidates already known by a longer short form of the
// surname step aside.
func preferBareSurname(cands []*entity, surname string) []*entity {
	// "Aldous" after "President Aldous" and "First Lady Mirela Aldous":
	// the one the text names by the surname alone
	if exact := slices.DeleteFunc(slices.Clone(cands), func(e *entity) bool { return len(e.lw) != 1 || e.lw[0] != surname || e.org }); len(exact) == 1 {
		return exact
	}
	var keep []*entity
	for _, e := range cands {
		longer := false
		for f := range e.forms {
			fw := strings.Fields(strings.ToLower(f))
			if len(fw) >= 2 && len(fw) < len(e.words) && fw[len(fw)-1] == surname {
				longer = true
			}
		}
		if !longer {
			keep = append(keep, e)
		}
	}
	if len(keep) == 0 {
		return cands
	}
	return keep
}

// fuzzyLookup finds an entity whose surname is a near-miss of a lone
// surname that matches nobody: copy with a typo ("Jonsen" for "Jansen").
func (r *roster) fuzzyLookup(word string) *entity {
	w := strings.ToLower(word)
	if len([]rune(w)) < 5 {
		return nil
	}
	var found *entity
	var pool []*entity
	for _, d := range []int{-1, 0, 1} {
		pool = append(pool, r.byShape[fmt.Sprintf("%c%d", w[0], len(w)+d)]...)
	}
	for _, e := range pool {
		if e.org || len(e.words) < 2 || found == e {
			continue
		}
		if editDistance(e.last(), w) <= 2 {
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

// generation returns a name's generational suffix ("jr" of "Ana Lind
// Jr."), "" when it has none.
func generation(words []string) string {
	if len(words) < 2 {
		return ""
	}
	if g := strings.ToLower(strings.TrimSuffix(words[len(words)-1], ".")); nameSuffixes[g] {
		return g
	}
	return ""
}

// sameGeneration keeps the namesakes a name can mean by its generational
// suffix: "Lind Jr." only the one so named; "Piet Lind" without a suffix
// never him, and "Lind" alone only when no one else is so named — the
// writer calls the son "Lind Jr." every time, the father never.
func sameGeneration(cands []*entity, gen string, full bool) []*entity {
	if gen != "" {
		return slices.DeleteFunc(cands, func(e *entity) bool { return !e.org && e.gen != gen })
	}
	if full || slices.ContainsFunc(cands, func(e *entity) bool { return e.gen == "" }) {
		return slices.DeleteFunc(cands, func(e *entity) bool { return e.gen != "" })
	}
	return cands
}

// lowerAll lower-cases name words for comparison, dropping a generational
// suffix: "Tomas R. Vale Jr." is looked up, and later found, as
// Vale.
func lowerAll(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, strings.ToLower(strings.TrimSuffix(w, ".")))
	}
	for len(out) > 1 && nameSuffixes[out[len(out)-1]] {
		out = out[:len(out)-1]
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
func (r *roster) note(e *entity, np nameParts, form string) {
	e.mentions++
	if form != "" {
		e.forms[form] = true
	}
	if e.role == "" && np.role != "" {
		r.setRole(e, np.role)
	}
	if e.gender == 0 {
		e.gender = genderOf(np.role)
	}
	if e.title == "" && np.title != "" {
		e.title = np.title
		r.indexRole(e, np.title)
	}
	if e.gender == 0 {
		e.gender = np.gender
	}
	if np.styled != "" && e.styled == "" {
		e.styled = np.styled
	}
}
