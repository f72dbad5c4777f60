package content

import "strings"

// Structure: transcripts whose labels are names on the first line of each turn's paragraph — "Ana
// Lind" (perhaps with the recording's time, "Ana Lind  00:03") over her words — as podcast and
// call transcripts are exported.

// minNameLines is how many turns such a transcript needs.
const minNameLines = 3

// nameLineTurns reads a transcript whose every turn is a paragraph whose
// first line is its speaker's name alone, in full ("Ana Lind") or a role
// ("Host"), perhaps with a time code: three such turns or more, by two
// people at least, one of them twice. nil otherwise.
func nameLineTurns(paras []para) []*turn {
	turns := make([]*turn, len(paras))
	n, names := 0, map[string]int{}
	for i, p := range paras {
		if p.list || p.lines < 2 || p.firstLine == 0 {
			continue
		}
		label := strings.TrimSpace(p.text[:p.firstLine]) // the time stays shown as written
		if !speakerNameLine(strings.TrimSpace(timeCode.ReplaceAllString(labelHead(label), ""))) {
			continue
		}
		text := strings.TrimSpace(p.text[p.firstLine:])
		if end := trimClosers(text); !endsSentence(text) && !strings.HasSuffix(end, "?") && !strings.HasSuffix(end, "!") &&
			!strings.HasSuffix(end, "…") && !strings.HasSuffix(end, "—") {
			continue // "Ana Lind" over "Mayor of Tarrow" signs a letter
		}
		turns[i] = &turn{label: label, text: text}
		names[normLabel(labelHead(label))]++
		n++
	}
	repeated := false
	for _, c := range names {
		repeated = repeated || c >= 2
	}
	if n < minNameLines || len(names) < 2 || !repeated {
		return nil
	}
	return turns
}

// speakerNameLine reports a line that is a speaker's name alone: two to four
// words in title case that read as one person, or a role word ("Host").
func speakerNameLine(l string) bool {
	if roleLabelWords[strings.ToLower(l)] && startsUpper(l) {
		return true
	}
	words := strings.Fields(l)
	if len(words) < 2 || len(words) > 4 || endsSentence(l) || strings.ContainsAny(l, ",:;?!\"“") {
		return false
	}
	r := readLine(l, true)
	return r.only && len(r.people[0].words) == len(words) && looksLikePersonName(r.people[0].words)
}
