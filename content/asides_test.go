package content

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// asidesByStack is findAsides as it was, pairing brackets on a stack of
// every "(": the reference the depth-counting one must agree with.
func asidesByStack(s string) [][2]int {
	var out [][2]int
	var stack []int
	last := 0
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case '(':
			stack = append(stack, j)
		case ')':
			if len(stack) == 0 {
				continue
			}
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) > 0 || i < last {
				continue
			}
			if i > 0 && !sentenceBoundaryBefore(s[max(last, i-64):i]) {
				continue
			}
			inner := s[i+1 : j]
			if wordCount(inner) >= 5 && startsUpper(inner) && endsSentenceInside(inner) {
				out = append(out, [2]int{i, j + 1})
				last = j + 1
			}
		}
	}
	return out
}

// TestFindAsidesPairs checks findAsides against pairing on a stack, on
// text of nested, unclosed and stray brackets around sentences.
func TestFindAsidesPairs(t *testing.T) {
	pieces := []string{"(", ")", "(", ")", " ", ". ", "This means the port stays open.", "The rest", " word", "((", "))", "[a](", "Yes!", "?"}
	r := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 20_000 {
		var sb strings.Builder
		for range r.IntN(24) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		got, want := findAsides(s), asidesByStack(s)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("findAsides(%q) = %v, pairing on a stack gives %v", s, got, want)
		}
		if len(got) > 0 {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d of the texts had an aside: the test reads too little", found)
	}
}
