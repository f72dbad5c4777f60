package content

import (
	"cmp"
	"slices"
	"strings"

	"github.com/briefreader/brief/model"
)

// Voices matches the speakers of several briefings into voices: the same
// person quoted in two briefings is one voice. It uses the rules that join
// mentions within one document (see roster.lookup): the same full name is
// one person, and so is a lone surname or a title and surname ("Varga",
// "Ms. Varga") when exactly one person of that surname fits — by gender
// from the title, then by role when several do. Forenames never conflict:
// "Ilse Varga" and "Anna Varga" stay two people. A speaker known only by a
// role ("The President") joins the one person whose role that is.
// Organisations join on their whole name. The anonymous "Unknown" of one
// document is nobody in particular and never joins another.
//
// A nil briefing (one not parsed yet) is skipped; appearances index bs.
// Voices come most quoted first, ties in order of first appearance.
func Voices(bs []*model.Briefing) []model.Voice {
	var ms []*member
	for i, b := range bs {
		if b == nil {
			continue
		}
		counts := b.QuoteCounts()
		for _, sp := range b.Speakers {
			if counts[sp.ID] > 0 {
				ms = append(ms, newMember(i, sp, counts[sp.ID], len(ms)))
			}
		}
	}
	g := grouping{parent: make([]int, len(ms)), in: make([]map[int]bool, len(ms))}
	for i, m := range ms {
		g.parent[i], g.in[i] = i, map[int]bool{m.briefing: true}
	}
	g.byName(ms)
	g.bySurname(ms)
	g.byRole(ms)
	return g.voices(ms)
}

// anonymousName is the display name content gives unnamed sources ("a
// senior official said"); see attributor.unknown.
const anonymousName = "Unknown"

// member is one speaker of one briefing, read for matching.
type member struct {
	order    int // index in the list of members: first appearance
	briefing int
	sp       model.Speaker
	quotes   int
	words    []string // the name's words, lower case, no title
	gender   byte
	roleWds  map[string]bool
	kind     memberKind
}

type memberKind int

const (
	named     memberKind = iota // a person with a name
	roleOnly                    // a person known by role ("The President")
	unitName                    // an organisation or a pair: its whole name
	anonymous                   // unnamed sources: joins nobody
)

func newMember(briefing int, sp model.Speaker, quotes, order int) *member {
	m := &member{order: order, briefing: briefing, sp: sp, quotes: quotes}
	name := strings.TrimSpace(sp.Name)
	// a noble style names the person before its comma
	if before, _, ok := strings.Cut(name, ","); ok {
		name = before
	}
	m.roleWds = roleWords(sp.Role)
	switch {
	case name == anonymousName && sp.Kind == model.Person:
		m.kind = anonymous
		return m
	case sp.Kind == model.Organisation || isPair(name):
		m.kind = unitName
		m.words = lowerAll(strings.Fields(name))
		return m
	}
	toks := tokenize(name, nil)
	np := peelName(toks, 0, len(toks))
	m.gender = np.gender
	if m.gender == 0 {
		m.gender = genderOf(sp.Role)
	}
	if len(np.words) == 0 {
		m.kind = roleOnly
		for w := range roleWords(np.role) {
			m.roleWds[w] = true
		}
		m.words = lowerAll(strings.Fields(name))
		return m
	}
	m.words = lowerAll(np.words)
	for w := range roleWords(np.title) {
		m.roleWds[w] = true
	}
	return m
}

// isPair reports a joint speaker, "Reyes and Lind".
func isPair(name string) bool {
	return strings.Contains(name, " and ") || strings.Contains(name, " & ")
}

// roleWords are the words of a role that say something: "chief executive
// of the Port Authority" → chief, executive, port, authority.
func roleWords(role string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(stripPossessive(w), ".,;:()’'\"")
		if full, ok := titleAbbrev[w]; ok {
			w = full
		}
		if len(w) < 2 || roleFiller[w] {
			continue
		}
		out[w] = true
	}
	return out
}

// roleFiller are the words of a role that tell no two roles apart.
var roleFiller = setOf(`the a an of for and at in on to its his her their former new`)

// grouping is a union-find over members. Two speakers of one briefing
// are never joined: its parser kept them apart knowing more (the text
// around every mention) than their names tell.
type grouping struct {
	parent []int
	in     []map[int]bool // the briefings of each root's group
}

func (g grouping) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// union joins the groups of a and b unless they share a briefing.
func (g grouping) union(a, b int) {
	ra, rb := g.find(a), g.find(b)
	if ra == rb || g.overlap(ra, rb) {
		return
	}
	if ra > rb { // the earlier member stays the root
		ra, rb = rb, ra
	}
	g.parent[rb] = ra
	for b := range g.in[rb] {
		g.in[ra][b] = true
	}
	g.in[rb] = nil
}

func (g grouping) overlap(ra, rb int) bool {
	small, big := g.in[ra], g.in[rb]
	if len(small) > len(big) {
		small, big = big, small
	}
	for b := range small {
		if big[b] {
			return true
		}
	}
	return false
}

// byName joins members with the same whole name (and kind).
func (g grouping) byName(ms []*member) {
	first := map[string]int{}
	for i, m := range ms {
		if m.kind == anonymous {
			continue
		}
		k := string(rune('0'+m.kind)) + strings.Join(m.words, " ")
		if j, ok := first[k]; ok {
			g.union(i, j)
		} else {
			first[k] = i
		}
	}
}

// bySurname joins a shorter name to the one longer name it is the end of
// ("Varga", "Ms. Varga", "Maria Lind" to "Ana Maria Lind"), or a name with
// initials to the full name they begin ("N. Vaiki" to "Norman Vaiki"), when exactly
// one fits once gender and role have had their say.
func (g grouping) bySurname(ms []*member) {
	byLast := map[string][]int{}
	for i, m := range ms {
		if m.kind == named {
			byLast[m.words[len(m.words)-1]] = append(byLast[m.words[len(m.words)-1]], i)
		}
	}
	for i, m := range ms {
		if m.kind != named {
			continue
		}
		var cands []int // roots of longer names that end with m's
		for _, j := range byLast[m.words[len(m.words)-1]] {
			o := ms[j]
			if !fullerName(o.words, m.words) || !sameOrSuffix(o.words, m.words) && !initialsAgree(o.words, m.words) || !genderFits(m, o) {
				continue
			}
			if r := g.find(j); !slices.Contains(cands, r) && r != g.find(i) {
				cands = append(cands, r)
			}
		}
		if len(cands) > 1 && len(m.roleWds) > 0 {
			cands = slices.DeleteFunc(cands, func(r int) bool { return !g.roleFits(ms, r, m) })
		}
		if len(cands) == 1 {
			g.union(i, cands[0])
		}
	}
}

// byRole joins a speaker known only by a role to the one named person the
// briefings give that role.
func (g grouping) byRole(ms []*member) {
	for i, m := range ms {
		if m.kind != roleOnly || len(m.roleWds) == 0 {
			continue
		}
		var cands []int
		for j, o := range ms {
			if o.kind != named || !genderFits(m, o) {
				continue
			}
			if r := g.find(j); !slices.Contains(cands, r) && g.roleCovers(ms, r, m) {
				cands = append(cands, r)
			}
		}
		if len(cands) == 1 {
			g.union(i, cands[0])
		}
	}
}

func genderFits(a, b *member) bool { return a.gender == 0 || b.gender == 0 || a.gender == b.gender }

// roleFits reports whether some member of group r has a role sharing a
// word with m's.
func (g grouping) roleFits(ms []*member, r int, m *member) bool {
	for j, o := range ms {
		if g.find(j) != r {
			continue
		}
		for w := range m.roleWds {
			if o.roleWds[w] {
				return true
			}
		}
	}
	return false
}

// roleCovers reports whether some member of group r has every word of m's
// role: "The President" is the group whose role is "President of Estmere".
func (g grouping) roleCovers(ms []*member, r int, m *member) bool {
	for j, o := range ms {
		if g.find(j) != r || len(o.roleWds) == 0 {
			continue
		}
		all := true
		for w := range m.roleWds {
			all = all && o.roleWds[w]
		}
		if all {
			return true
		}
	}
	return false
}

// voices turns the groups into voices.
func (g grouping) voices(ms []*member) []model.Voice {
	groups := map[int][]*member{}
	var roots []int
	for i, m := range ms {
		r := g.find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], m)
	}
	out := make([]model.Voice, 0, len(roots))
	for _, r := range roots {
		out = append(out, voiceOf(groups[r]))
	}
	slices.SortStableFunc(out, func(a, b model.Voice) int { return cmp.Compare(b.Quotes(), a.Quotes()) })
	return out
}

// voiceOf sums a group: the fullest name, the most given role, every
// other form of the name as an alias, one appearance per briefing.
func voiceOf(group []*member) model.Voice {
	best := group[0]
	roles := map[string]int{}
	for _, m := range group {
		if m.kind == named && (best.kind != named || fullerName(m.words, best.words) ||
			len(m.words) == len(best.words) && m.quotes > best.quotes && !fullerName(best.words, m.words)) {
			best = m
		}
		if m.sp.Role != "" {
			roles[m.sp.Role]++
		}
	}
	v := model.Voice{Name: best.sp.Name, Kind: best.sp.Kind}
	for role, n := range roles {
		if n > roles[v.Role] || n == roles[v.Role] && len(role) > len(v.Role) || n == roles[v.Role] && len(role) == len(v.Role) && role < v.Role {
			v.Role = role
		}
	}
	seen := map[string]bool{strings.ToLower(v.Name): true}
	for _, m := range group {
		for _, a := range append([]string{m.sp.Name, m.sp.FullName}, m.sp.Aliases...) {
			if a = strings.TrimSpace(a); a != "" && !seen[strings.ToLower(a)] {
				seen[strings.ToLower(a)] = true
				v.Aliases = append(v.Aliases, a)
			}
		}
		v.In = append(v.In, model.Appearance{Briefing: m.briefing, Speaker: m.sp.ID, Quotes: m.quotes})
	}
	slices.Sort(v.Aliases)
	slices.SortStableFunc(v.In, func(a, b model.Appearance) int { return cmp.Compare(a.Briefing, b.Briefing) })
	return v
}

// MergeAnonymous folds the unnamed sources ("Unknown") of every briefing
// into one voice, for a listing: each document's "Unknown" is nobody in
// particular, but a row of its own per briefing reads as several people of
// one name. The merged voice keeps every appearance, so that it counts the
// briefings and quotes; the order stays most quoted first.
func MergeAnonymous(vs []model.Voice) []model.Voice {
	out := make([]model.Voice, 0, len(vs))
	at := -1
	for _, v := range vs {
		if v.Name != anonymousName || v.Kind != model.Person {
			out = append(out, v)
			continue
		}
		if at < 0 {
			at = len(out)
			v.In = slices.Clone(v.In)
			out = append(out, v)
			continue
		}
		out[at].In = append(out[at].In, v.In...)
		if out[at].Role == "" {
			out[at].Role = v.Role
		}
	}
	slices.SortStableFunc(out, func(a, b model.Voice) int { return cmp.Compare(b.Quotes(), a.Quotes()) })
	return out
}
