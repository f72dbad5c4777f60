package content

// The features that rank a quote's candidate speakers, and their weights:
// the one table to read to see why brief chose a speaker. Every candidate
// scores the sum of the weights of its features; a quote goes to its best
// candidate only when that scores at least minScore and beats the best
// candidate for anyone else by at least minMargin. Otherwise it stays
// unattributed: a wrong speaker misleads a reader more than none.
//
// The ranking weights are set by hand, in the order of the rules'
// precision on the fixtures, the corpus and the patterns; `go test
// ./content -run TestWeights -v` prints how often each feature decides a
// quote on them, and with BRIEF_WEIGHTS=ablate scores each at zero, half
// and one and a half times its weight, failing if any of those does
// better (weights_test.go; BRIEF_WEIGHTS_SETS adds other sets with gold).
// The evidence weights and attributeMargin, below, are fitted
// (calibrate_test.go).

// feature is one fact about a candidate speaker of a quote.
type feature uint8

const (
	// fLabel: a transcript turn's label names the speaker ("MS. LIND:").
	fLabel feature = iota
	// fCalledOn: a question turn's asker, named when the last answer
	// called on them ("Ana Ruiz, Channel Nine.") or greeted them in the
	// answer ("Hi, Ana.").
	fCalledOn
	// fAfter: the cue right after the quote (“…,” Lind said; “…,” said
	// the mayor; “…” — Ana Lind).
	fAfter
	// fBefore: the nearest cue before the quote (Lind said: “…”; Lind
	// said the port was “full”).
	fBefore
	// fTrailing: a parenthetical cue later in the sentence (the “first
	// line”, in short, Lind said).
	fTrailing
	// fOtherCue: a cue of the same sentence that the nearer one outranks.
	fOtherCue
	// fParticiple: the cue has no subject of its own and takes it from the
	// clause it hangs on ("…, saying", "but added that").
	fParticiple
	// fNoVerb: a clause with no speech verb introduces the quote with a
	// colon ("Feng was blunter: “…”").
	fNoVerb
	// fPronoun, fRoleNoun: the cue's subject is a pronoun or a role noun
	// ("the minister"), resolved to a person named earlier.
	fPronoun
	fRoleNoun
	// fContinued: the quotation carries on one begun in an earlier
	// paragraph, and takes that one's speaker.
	fContinued
	// fBlockQuote: a block quotation credited on the next line ("— Ana
	// Lind") or introduced by the paragraph before it ("She wrote:").
	fBlockQuote
	// fParagraph: another sentence of the paragraph names a speaker.
	fParagraph
	// fCarryOver: a paragraph that is only quotation, after a paragraph
	// whose last speaker (or, with nobody quoted lately, subject) it
	// carries on.
	fCarryOver
	// fInterrupted: a paragraph without quotations came between the
	// speaker carried over and the quote.
	fInterrupted
	// fSubjectCarry: the paragraph just before, which quotes no one, is
	// about the candidate ("The senator pressed again.").
	fSubjectCarry
	// fNewSection: the speaker carried over spoke before the section's
	// heading: a new talking point is a new topic.
	fNewSection
	// fCarriedBody: the speaker carried over is an organisation. A
	// paragraph of quotation alone after a body's statement is more often
	// the words of someone that statement named, or of the reporter's
	// source, than more of the body's own: a body speaks through a cue.
	fCarriedBody
	// fHeading: the section's heading is the speaker's name, as in
	// "who said what" digests.
	fHeading
	// fVocative: the quote addresses the candidate by name ("Joan, before
	// I answer …"): nobody calls themselves by name.
	fVocative
	// fAnswer: an interview's answer without a label (after "Q: …") is
	// the person the header or the intro says the interview is with.
	fAnswer
	// fSelfNamed: a question turn's asker, who names themselves as it
	// opens ("Ana Ruiz from the Harbour Times.", "This is Ruiz with …").
	fSelfNamed
	// fAsked: an interview's question set apart in bold without a label
	// is the interviewer's, whom the text does not name.
	fAsked
	// fPullQuote: a paragraph that is only a quotation, above an
	// interview's first question, is the interviewee's (a pull quote).
	fPullQuote
	// Evidence features: facts about the winner that do not rank the
	// candidates but say how far its name can be trusted. They are added
	// to the winner's margin after the ranking (resolve_calibration.go),
	// and their weights are fitted, not set by hand.
	//
	// fUnnamed: a cue in the prose (not a turn's label) gives the quote to
	// the document's "Unknown" ("officials said", "the lawmakers wrote"),
	// where the writer may well have named the body or person elsewhere.
	fUnnamed
	// fBareLabel: a turn's label names a speaker by one word ("ANA:")
	// that the document also writes as the first word of a longer name
	// ("Ana Lind (harbour board)" in a list of those present), which
	// brief did not link it to.
	fBareLabel
	// fOneWord: a cue in the prose names a person (someone "he" or "she"
	// stands for) by one word ("Ana said") that the document also writes
	// as the first word of a longer name ("Ana Lind"), which brief did not
	// link it to.
	fOneWord
	// fCommonWord: a cue in the prose names a speaker by one word that the
	// document also writes in lower case ("Models said" where the text has
	// "the models"): a common noun read as a name.
	fCommonWord
	// fBodyAnswer: an interview's unlabelled answer goes to a body (an
	// organisation, or a name with a word in capitals: "NBA Desk"), not a
	// person: interviews are with people.
	fBodyAnswer
	numFeatures
)

// weight is one row of the table.
type weight struct {
	name string
	w    float64
}

// weights is indexed by feature.
var weights = [numFeatures]weight{
	fLabel:        {"label", 8},
	fCalledOn:     {"called-on", 10},
	fAfter:        {"after", 6},
	fBefore:       {"before", 5},
	fTrailing:     {"trailing", 4.5},
	fOtherCue:     {"other-cue", 2},
	fParticiple:   {"participle", -0.3},
	fNoVerb:       {"no-verb", -1},
	fPronoun:      {"pronoun", -0.2},
	fRoleNoun:     {"role-noun", -0.2},
	fContinued:    {"continued", 5},
	fBlockQuote:   {"block-quote", 4},
	fParagraph:    {"paragraph", 3.5},
	fCarryOver:    {"carry-over", 3},
	fInterrupted:  {"interrupted", -1},
	fSubjectCarry: {"subject-carry", 2.5},
	fNewSection:   {"new-section", -1.5},
	fCarriedBody:  {"carried-body", -1},
	fHeading:      {"heading", 4},
	fVocative:     {"vocative", -20},
	fAnswer:       {"answer", 6},
	fSelfNamed:    {"self-named", 10},
	fAsked:        {"asked", 6},
	fPullQuote:    {"pull-quote", 3},
	// calibration:begin — fitted by TestCalibrate (calibrate_test.go)
	fUnnamed:    {"unnamed", 0},
	fBareLabel:  {"bare-label", -7},
	fOneWord:    {"one-word", -5},
	fCommonWord: {"common-word", -4},
	fBodyAnswer: {"body-answer", -5},
	// calibration:end
}

// minScore is the least score a speaker needs; minMargin how far it must
// lead the best candidate for anyone else (or for "someone the text does
// not name").
const (
	minScore  = 2.5
	minMargin = 1
	// agreement is the share of a speaker's other candidates added to
	// their best.
	agreement = 0.25
)

// attributeMargin is the least margin, once the evidence features are
// added to it, that a quote needs to keep the speaker the ranking gave
// it; below it the quote is left unattributed. It is fitted with the
// evidence weights by TestCalibrate (calibrate_test.go), from the
// measurement in testdata/calibration.json: the values that keep the most
// quotes rightly attributed while a wrong speaker costs as much as
// targetOdds right ones, without the corpus, patterns or fixtures falling
// below their floors. TestCalibration fails when these values are not the
// fit of that measurement.
// calibration:begin
var attributeMargin = 2.0

// calibration:end

func (f feature) String() string { return weights[f].name }

// antecedentWeights rank the people a pronoun or a description may stand
// for (corefer.go). Each mention of a person lends them salience: the sum
// of the weights of its kind, halved (decay) for every sentence between
// it and the pronoun. A person is as salient as their best mention plus
// chain times the others. Agreement then adds or takes away, and the
// winner must lead by minMargin and by minRatio of its score.
var antecedentWeights = struct {
	// per mention
	mention float64 // any mention
	subject float64 // the subject of its clause
	object  float64 // neither subject nor after a preposition
	spoke   float64 // the speaker of a speech cue
	oblique float64 // after a preposition: "a win over Ana Ruiz"
	pair    float64 // one of "Vance and Ortiz"
	owned   float64 // someone's relation: "Her cousin, Ruth Adeyemi,"
	heading float64 // named in the heading of the section
	same    float64 // in the anaphor's own sentence, before it
	asked   float64 // the listener of a speech verb: "Pryce asked Delgado"
	decay   float64 // per sentence back
	chain   float64 // share of a person's other mentions
	// per person
	genderKnown   float64 // the text has shown their gender, and it agrees
	latestSubject float64 // the subject mentioned last
	lastSpeaker   float64 // spoke last, and the verb is a reply ("answered")
	// thresholds
	minScore, minMargin, minRatio float64
	// a description no one's role fits ("the former judge") needs more
	minDescribed float64
}{
	mention: 40, subject: 100, object: 0, spoke: 30, oblique: -30, pair: -60, owned: -100, heading: 60, same: 90, asked: 40,
	decay: 0.5, chain: 0.1,
	genderKnown: 5, latestSubject: 25, lastSpeaker: -250,
	minScore: 1, minMargin: 2, minRatio: 0.15, minDescribed: 15,
}
