package content

import (
	"strings"

	"github.com/briefreader/brief/model"
)

// Structure: a scribe's minutes — "sk: any news on the publication? tm: we are working on it." —
// each turn opened by a speaker's handle in lower case and a colon, several turns to a paragraph
// once Markdown has folded the scribe's lines into one.

// scribeAt matches a handle and its colon where a turn may begin: at the
// start of a paragraph or after white space ("… it. tm: we are …").
var scribeAt = lazyRE(`(?:^|\s)([a-z][a-z0-9_]{1,15}):\s`)

// minScribeTurns is the fewest handle-opened turns that make a scribe's
// minutes.
const minScribeTurns = 6

// splitScribeTurns cuts the paragraphs of a scribe's minutes at each
// handle of a speaker, one paragraph per turn (para.handle), and what
// comes before the first handle in a paragraph ("-> https://…") into a
// paragraph of its own (para.stray) that no turn runs on into. The
// handles are the lower-case words with a colon that open a paragraph or
// follow the end of a sentence; the minutes are such when a paragraph
// opens with one, two recur, six turns or more open with them and a third
// of the paragraphs that hold them speak (first person, or a question).
// (The turns of names that Markdown folded into the paragraph before are
// cut by splitLines, which reads line starts.) Other documents are
// returned as they are.
func splitScribeTurns(paras []para) []para {
	handles := scribeHandles(paras)
	if handles == nil {
		return paras
	}
	out := make([]para, 0, len(paras)+len(paras)/2)
	for _, p := range paras {
		out = append(out, splitScribe(p, handles)...)
	}
	return out
}

// chatNick matches a chat's line that a scribe's minutes keep as it was
// typed: "<ana_lind> +1" (group 1 is the nick with its brackets).
var chatNick = lazyRE(`^(<[A-Za-z0-9_.-]{2,30}>)\s+\S`)

// splitScribe cuts one paragraph at the handles it holds.
func splitScribe(p para, handles map[string]bool) []para {
	if handles == nil || p.kind != model.Paragraph || p.list {
		return []para{p}
	}
	if m := chatNick.FindStringSubmatch(p.text); m != nil {
		p.handle = m[1] // the chat's own line: its nick's turn
		return []para{p}
	}
	var cuts [][2]int // start of each turn and end of its handle
	for _, m := range scribeAt.FindAllStringSubmatchIndex(p.text, -1) {
		if handles[p.text[m[2]:m[3]]] {
			cuts = append(cuts, [2]int{m[2], m[3]})
		}
	}
	if len(cuts) == 0 {
		return []para{p}
	}
	var out []para
	if before := strings.TrimSpace(p.text[:cuts[0][0]]); before != "" {
		text, sh := cutShape(p.text, p.shape.val(), 0, cuts[0][0])
		out = append(out, para{text: text, lines: 1, kind: model.Paragraph, shape: sh.ref(), stray: true})
	}
	for k, c := range cuts {
		end := len(p.text)
		if k+1 < len(cuts) {
			end = cuts[k+1][0]
		}
		text, sh := cutShape(p.text, p.shape.val(), c[0], end)
		out = append(out, para{text: text, lines: 1, kind: model.Paragraph, shape: sh.ref(), handle: p.text[c[0]:c[1]]})
	}
	return out
}

// scribeHandles returns the handles of a scribe's minutes, or nil when the
// paragraphs are no such minutes. A cheap look at how paragraphs open
// comes first, so that other documents cost one pass.
func scribeHandles(paras []para) map[string]bool {
	opens := 0
	for _, p := range paras {
		if h := openingHandle(p.text); h != "" && p.kind == model.Paragraph && !p.list && scribeHandle(h) {
			opens++
		}
	}
	if opens == 0 {
		return nil
	}
	// a handle opens a paragraph or follows the end of a sentence
	uses := map[string]int{}
	total, holding, spoken := 0, 0, 0
	for _, p := range paras {
		if p.kind != model.Paragraph || p.list {
			continue
		}
		had := total
		for _, m := range scribeAt.FindAllStringSubmatchIndex(p.text, -1) {
			h := p.text[m[2]:m[3]]
			if before := strings.TrimRight(p.text[:m[2]], " "); (before == "" || strings.ContainsAny(before[len(before)-1:], ".?!)")) && scribeHandle(h) {
				uses[h]++
				total++
			}
		}
		if total > had {
			holding++
			if firstPerson(p.text) || strings.Contains(p.text, "?") {
				spoken++
			}
		}
	}
	recurring, all := 0, map[string]bool{}
	for h, n := range uses {
		all[h] = true
		if n >= 2 {
			recurring++
		}
	}
	if recurring < 2 || total < minScribeTurns || 3*spoken < holding {
		return nil // "name: …, version: …" lines are a listing, not a meeting
	}
	return all // then a handle used once is a turn too ("tm: since January.")
}

// scribeHandle reports a word that may be a speaker's handle, not a run-in
// word the lexicon knows ("note:", "update:", "agenda:").
func scribeHandle(w string) bool {
	return !notLabels[w] && !headerFields[w] && !anonymousLabels[w] && !roleLabelWords[w] && !answerLabels[w] &&
		!subjectFields[w] && w != "http" && w != "https"
}

// splitScribeMarkdown is splitScribeTurns over a Markdown document's
// blocks; headings stay as they are.
func splitScribeMarkdown(paras []mdPara) []mdPara {
	plain := make([]para, len(paras))
	for i, p := range paras {
		plain[i] = p.para
		if p.level > 0 {
			plain[i].kind = model.Heading
		}
	}
	handles := scribeHandles(plain)
	if handles == nil {
		return paras
	}
	out := make([]mdPara, 0, len(paras)+len(paras)/2)
	for _, p := range paras {
		if p.level > 0 {
			out = append(out, p)
			continue
		}
		for _, q := range splitScribe(p.para, handles) {
			out = append(out, mdPara{para: q})
		}
	}
	return out
}

// openingHandle returns the handle a paragraph opens with ("sk" of "sk:
// any news?"), or "", looking no further than its first 17 bytes.
func openingHandle(text string) string {
	for i := 0; i < len(text) && i <= 16; i++ {
		c := text[i]
		switch {
		case c == ':' && i >= 2 && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n'):
			return text[:i]
		case c >= 'a' && c <= 'z', i > 0 && (c >= '0' && c <= '9' || c == '_'):
		default:
			return ""
		}
	}
	return ""
}
