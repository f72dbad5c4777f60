package content

// Structure: interviews whose only labels are the questions' — "Q: …" or "**Reporter:** …" then the
// answer as plain paragraphs, the interviewee named by the header or the intro.

// interviewAnswers reads a document whose every turn label is a
// questioner's ("Q:", "Reporter:"): when most questions are followed by an
// unlabelled paragraph, those paragraphs are the answers — turns without a
// label, of the person the interview is with. It returns the turns with the
// answers marked, or nil when the document is no such interview.
func interviewAnswers(paras []para, turns []*turn) []*turn {
	questions, answered := 0, 0
	for i := range paras {
		t := turns[i]
		if t == nil || t.answer {
			continue
		}
		questions++
		j := i + 1
		if t.text == "" {
			j++ // "Q:" alone on its line: the question is the next paragraph
		}
		if j < len(paras) && turns[j] == nil && !paras[j].list && !closingLine(paras[j].text) {
			turns[j] = &turn{answer: true, text: paras[j].text}
			answered++
		}
	}
	if answered < 2 || 2*answered < questions {
		return nil
	}
	return turns
}
