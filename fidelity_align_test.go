package main

import "sort"

// alignOp is one step of an alignment of two word lists: '=' keeps a of i
// and b of j, '-' drops a's word i, '+' adds b's word j.
type alignOp struct {
	kind byte
	i, j int
}

// alignWords aligns a with b as a patience diff does: words found once in
// each, in the same order, anchor the alignment, and the stretches between
// anchors are aligned by their longest common subsequence when they are
// small enough, else again by their own unique words. It is exact where
// it matters (short local differences) and stays linear in memory on a
// document that lost or gained whole pages.
func alignWords(a, b []string) []alignOp {
	var ops []alignOp
	alignRange(a, b, 0, len(a), 0, len(b), &ops)
	return ops
}

func alignRange(a, b []string, a0, a1, b0, b1 int, ops *[]alignOp) {
	// common ends
	for a0 < a1 && b0 < b1 && a[a0] == b[b0] {
		*ops = append(*ops, alignOp{'=', a0, b0})
		a0, b0 = a0+1, b0+1
	}
	var tail []alignOp
	for a1 > a0 && b1 > b0 && a[a1-1] == b[b1-1] {
		a1, b1 = a1-1, b1-1
		tail = append(tail, alignOp{'=', a1, b1})
	}
	defer func() {
		for i := len(tail) - 1; i >= 0; i-- {
			*ops = append(*ops, tail[i])
		}
	}()
	switch {
	case a0 == a1:
		for j := b0; j < b1; j++ {
			*ops = append(*ops, alignOp{'+', 0, j})
		}
		return
	case b0 == b1:
		for i := a0; i < a1; i++ {
			*ops = append(*ops, alignOp{'-', i, 0})
		}
		return
	case (a1-a0)*(b1-b0) <= 4_000_000:
		lcsAlign(a, b, a0, a1, b0, b1, ops)
		return
	}
	anchors := uniqueAnchors(a, b, a0, a1, b0, b1)
	if len(anchors) == 0 {
		for i := a0; i < a1; i++ {
			*ops = append(*ops, alignOp{'-', i, 0})
		}
		for j := b0; j < b1; j++ {
			*ops = append(*ops, alignOp{'+', 0, j})
		}
		return
	}
	pa, pb := a0, b0
	for _, an := range anchors {
		alignRange(a, b, pa, an[0], pb, an[1], ops)
		*ops = append(*ops, alignOp{'=', an[0], an[1]})
		pa, pb = an[0]+1, an[1]+1
	}
	alignRange(a, b, pa, a1, pb, b1, ops)
}

// uniqueAnchors returns the longest increasing run of pairs of words found
// exactly once in each range.
func uniqueAnchors(a, b []string, a0, a1, b0, b1 int) [][2]int {
	count := map[string][2]int{}
	at := map[string][2]int{}
	for i := a0; i < a1; i++ {
		c := count[a[i]]
		c[0]++
		count[a[i]] = c
		p := at[a[i]]
		p[0] = i
		at[a[i]] = p
	}
	for j := b0; j < b1; j++ {
		c := count[b[j]]
		c[1]++
		count[b[j]] = c
		p := at[b[j]]
		p[1] = j
		at[b[j]] = p
	}
	var pairs [][2]int
	for w, c := range count {
		if c[0] == 1 && c[1] == 1 {
			pairs = append(pairs, at[w])
		}
	}
	sort.Slice(pairs, func(x, y int) bool { return pairs[x][0] < pairs[y][0] })
	// longest increasing subsequence in b's order (patience sorting)
	var tops []int
	prev := make([]int, len(pairs))
	for k, p := range pairs {
		n := sort.Search(len(tops), func(x int) bool { return pairs[tops[x]][1] >= p[1] })
		if n > 0 {
			prev[k] = tops[n-1]
		} else {
			prev[k] = -1
		}
		if n == len(tops) {
			tops = append(tops, k)
		} else {
			tops[n] = k
		}
	}
	if len(tops) == 0 {
		return nil
	}
	out := make([][2]int, len(tops))
	for k, x := len(tops)-1, tops[len(tops)-1]; k >= 0; k, x = k-1, prev[x] {
		out[k] = pairs[x]
	}
	return out
}

// lcsAlign aligns two small ranges by their longest common subsequence.
func lcsAlign(a, b []string, a0, a1, b0, b1 int, ops *[]alignOp) {
	n, m := a1-a0, b1-b0
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[a0+i] == b[b0+j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[a0+i] == b[b0+j]:
			*ops = append(*ops, alignOp{'=', a0 + i, b0 + j})
			i, j = i+1, j+1
		case l[i+1][j] >= l[i][j+1]:
			*ops = append(*ops, alignOp{'-', a0 + i, 0})
			i++
		default:
			*ops = append(*ops, alignOp{'+', 0, b0 + j})
			j++
		}
	}
	for ; i < n; i++ {
		*ops = append(*ops, alignOp{'-', a0 + i, 0})
	}
	for ; j < m; j++ {
		*ops = append(*ops, alignOp{'+', 0, b0 + j})
	}
}
