package content

import (
	"strings"

	"github.com/briefreader/brief/model"
	"golang.org/x/net/html"
)

// parseHTML reads a saved web page: the article's headline, standfirst,
// subheadings, paragraphs, list items and block quotes, in order, without
// the page's navigation, scripts and furniture. The blocks are then
// structured like Markdown (or like plain text when the page has no
// subheadings).
//
// Finding the article takes a few linear passes (see readPage): mark
// furniture by element, class, id, role, aria-label and hiding; choose the
// headline (the <h1> most like the page's <title> and og:title); count
// text and link text per element; take the smallest ancestor of the
// headline that holds most of the text after it; and read that from the
// headline on (htmlCollector), dropping link boxes, captions and debris.
func parseHTML(src string) rawDoc {
	root, err := html.Parse(strings.NewReader(capNesting(src)))
	if err != nil {
		return parsePlain(src)
	}
	pg := readPage(root)
	title, blocks := pg.extract()
	subtitle := ""
	if len(blocks) > 0 && blocks[0].subtitle && lineSpans(blocks[0].shape.val()) {
		subtitle, blocks = blocks[0].text, blocks[1:]
	}
	if len(blocks) == 0 && title == "" {
		return rawDoc{}
	}
	paras := make([]mdPara, 0, len(blocks)+2)
	hasHeadings := false
	for _, b := range blocks {
		paras = append(paras, b.mdPara)
		hasHeadings = hasHeadings || b.level > 0
	}
	if hasHeadings {
		if title != "" {
			paras = append([]mdPara{{para: para{text: title, lines: 1}, level: 1}}, paras...)
		}
		d := assembleMarkdown(paras)
		d.subtitle = subtitle
		return d
	}
	// No subheadings: the plain-text structure pass may still find
	// talking points (numbered lines, transcript turns). It sees the
	// headline first, as in a plain briefing; the page's own headline and
	// standfirst are restored afterwards.
	plain := make([]para, 0, len(paras)+1)
	if title != "" {
		plain = append(plain, para{text: title, lines: 1})
	}
	for _, p := range paras {
		plain = append(plain, p.para)
	}
	d := structurePlain(plain)
	if title != "" {
		if len(d.intro) > 0 && d.intro[0].label == "" && d.intro[0].text == title {
			d.intro = d.intro[1:] // the pass did not take it for a title
		}
		d.title = title
	}
	if subtitle != "" {
		if d.subtitle != "" {
			// The pass took the first paragraph for a standfirst; the
			// page had its own.
			d.intro = append([]rawBlock{{kind: model.Paragraph, text: d.subtitle}}, d.intro...)
		}
		d.subtitle = subtitle
	}
	return d
}

// htmlBlock is one block read from a page, with what the collector learnt
// about it.
type htmlBlock struct {
	mdPara
	// bold marks a short paragraph set wholly in bold: a subheading.
	bold bool
	// subtitle marks the standfirst under the headline.
	subtitle bool
}

// extract returns the page's title and the article's blocks.
func (pg *page) extract() (string, []htmlBlock) {
	title := ""
	if pg.headline != nil {
		title = cleanText(flatText(pg, pg.headline, false))
	}
	if title == "" {
		title = pg.metaTitle()
	}
	c := &htmlCollector{pg: pg, title: title}
	region := pg.region()
	c.started = pg.headline == nil || !pg.onPath[region]
	c.container(region, model.Paragraph)
	if c.bodyCount == 0 {
		// Nothing after the headline passed the filters: read the whole
		// page rather than show an empty briefing.
		body := pg.body()
		c = &htmlCollector{pg: pg, title: title, started: true, lenient: true}
		c.container(body, model.Paragraph)
	}
	return title, finishBlocks(c.out, title)
}

// interviewQuestions reports a page whose bold lines are an interview's
// questions, each ending in a question mark, under a title or after an
// intro that says it is an interview or names whom it is with: they stay
// paragraphs for the transcript pass (qaTurns), not subheadings.
func interviewQuestions(blocks []htmlBlock, title string) bool {
	first, n := -1, 0
	for i, b := range blocks {
		if !b.bold {
			continue
		}
		if !asks(b.text) {
			return false
		}
		if first < 0 {
			first = i
		}
		n++
	}
	if n < minBoldQuestions {
		return false
	}
	intro := make([]para, first)
	for i := range first {
		intro[i] = blocks[i].para
	}
	named, pair := intervieweeIn(title, intro)
	return interviewIntro(intro) || mayMentionInterview(title) && interviewWords.MatchString(title) || named != "" || pair
}

// finishBlocks drops headings with nothing under them ("Related stories"
// over a dropped list), gives bold subheadings a level, drops blocks
// repeated back to back and trailing debris ("Continue reading").
func finishBlocks(in []htmlBlock, title string) []htmlBlock {
	out := make([]htmlBlock, 0, len(in))
	for _, b := range in {
		if n := len(out); n > 0 && out[n-1].text == b.text || n == 0 && b.kind == model.Rule {
			continue // a rule before the text separates nothing
		}
		out = append(out, b)
	}
	out = dropEmptyHeadings(out)
	realHeadings := false
	for _, b := range out {
		realHeadings = realHeadings || b.level > 0
	}
	asks := interviewQuestions(out, title)
	for i := range out {
		if out[i].bold && !realHeadings && !asks {
			// Among <h2> subheads a bold line is a lower-level label,
			// kept as text.
			out[i].level = 2
		}
	}
	out = dropEmptyHeadings(out)
	out = dropTailBoxes(out)
	for len(out) > 0 {
		last := out[len(out)-1]
		if last.level > 0 || last.kind == model.Rule || last.kind == model.Paragraph && wordCount(last.text) <= 4 && !endsSentence(last.text) &&
			!strings.HasSuffix(trimClosers(last.text), "?") {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	return out
}

// dropTailBoxes cuts the article after its last long paragraph at a
// heading over nothing but short list items: "Related topics" over tags,
// "About this story" over date and author lines.
func dropTailBoxes(in []htmlBlock) []htmlBlock {
	last := -1
	for i, b := range in {
		if b.level == 0 && b.kind == model.Paragraph && wordCount(b.text) >= 20 {
			last = i
		}
	}
	for i := last + 1; i < len(in); i++ {
		if in[i].level == 0 {
			continue
		}
		short := 0
		for _, b := range in[i+1:] {
			if b.level > 0 {
				break
			}
			if b.kind != model.ListItem || wordCount(b.text) > 8 {
				short = -1
				break
			}
			short++
		}
		if short >= 2 {
			return in[:i]
		}
	}
	return in
}

// dropEmptyHeadings drops each heading that has no text block under it
// before the next heading of its level or higher.
func dropEmptyHeadings(in []htmlBlock) []htmlBlock {
	kept := in[:0]
	for i, b := range in {
		if b.level > 0 {
			empty := true
			for _, nb := range in[i+1:] {
				if nb.level == 0 && nb.kind != model.Rule {
					empty = false
					break
				}
				if nb.level <= b.level {
					break
				}
			}
			if empty {
				continue
			}
		}
		kept = append(kept, b)
	}
	return kept
}
