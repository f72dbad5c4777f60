package content

import (
	"bytes"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/yuin/goldmark/text"
)

// A long Markdown document is parsed in parts, on every core: goldmark
// reads one document on one goroutine, and was the largest part of
// reading a long Markdown briefing that could not be shared out. The
// parts are cut before headings, where Markdown's block structure starts
// afresh — a heading at the start of a line ends every paragraph, list,
// quotation and table before it — so each part parses as it would inside
// the whole. What could reach across a cut keeps the document whole: a
// fenced code block (a heading line inside one is code), an HTML block
// (likewise inside a comment or <pre>), and link reference definitions
// and footnotes, which are defined in one place and used in another.

// partBytes is about how long a part is: parts are parsed a few at a
// time, so that only their syntax trees are in memory at once (goldmark's
// tree of a whole document is many times the size of the text).
const partBytes = 256 << 10

// markdownParts returns where to cut src into parts for parsing apart —
// the starts of its parts, at least size bytes each (the last aside) — or
// nil when it must be parsed whole.
func markdownParts(src []byte, size int) []int {
	if len(src) < parallelBytes || len(src) < 2*size || bytes.Contains(src, []byte("[^")) {
		return nil
	}
	var cuts []int
	next := size // the offset from which the next cut is due
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start + 1
		}
		line := src[start:end]
		if bytes.Contains(line, []byte("```")) || bytes.Contains(line, []byte("~~~")) {
			return nil // code fences
		}
		t := line
		for k := 0; k < 3 && len(t) > 0 && t[0] == ' '; k++ {
			t = t[1:]
		}
		if len(t) > 0 && t[0] == '<' || mayDefineRef(line) {
			return nil // an HTML block; a link reference definition
		}
		if start > 0 && start >= next && isATXHeading(string(line)) {
			cuts = append(cuts, start)
			next = start + size
		}
		start = end
	}
	if len(cuts) == 0 {
		return nil
	}
	return append([]int{0}, cuts...)
}

// mayDefineRef reports a line that may start a link reference
// definition, in a container or not: "[label]:", or "[" with a label that
// may go on to the next line.
func mayDefineRef(line []byte) bool {
	t := bytes.TrimLeft(line, " \t>-*+0123456789.)")
	if len(t) == 0 || t[0] != '[' {
		return false
	}
	i := bytes.IndexByte(t, ']')
	return i < 0 || bytes.Contains(t[i:], []byte("]:"))
}

// parseMarkdownBlocks parses a (defused) Markdown document and flattens
// its blocks in reading order: in parts on every core when it is long and
// can be cut (markdownParts), else whole.
func parseMarkdownBlocks(source []byte) []mdPara {
	workers := workers()
	var cuts []int
	if workers > 1 {
		cuts = markdownParts(source, min(partBytes, len(source)/workers))
	}
	if cuts == nil {
		return numberBoxes(walkMarkdown(markdownParser.Parser().Parse(text.NewReader(source)), source))
	}
	outs := make([][]mdPara, len(cuts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, len(cuts)) {
		wg.Go(func() {
			startWorker()
			for {
				k := int(next.Add(1)) - 1
				if k >= len(cuts) {
					return
				}
				to := len(source)
				if k+1 < len(cuts) {
					to = cuts[k+1]
				}
				part := source[cuts[k]:to:to]
				root := markdownParser.Parser().Parse(text.NewReader(part))
				w := mdWalker{src: part, out: make([]mdPara, 0, root.ChildCount()), notes: footnoteLabels(root, part),
					boxes: int32(cuts[k])} // block quotes numbered after the part's offset (shape.box)
				for n := root.FirstChild(); n != nil; n = n.NextSibling() {
					w.block(n, nil)
				}
				outs[k] = w.out
			}
		})
	}
	wg.Wait()
	return numberBoxes(slices.Concat(outs...))
}

// numberBoxes numbers the block quotes of the whole document from 1 in
// document order (shape.box), the same however it was cut into parts:
// each part numbered its own apart from the others', and the pieces of a
// block quote are next to each other.
func numberBoxes(paras []mdPara) []mdPara {
	var raw, n int32
	for i := range paras {
		b := paras[i].shape.boxOf()
		if b == 0 {
			raw = 0
			continue
		}
		if b != raw {
			raw, n = b, n+1
		}
		if b != n {
			sh := *paras[i].shape
			sh.box = n
			paras[i].shape = &sh
		}
	}
	return paras
}
