package content

import (
	"maps"
	"slices"
)

// The lexicon of transcripts and headers: the labels of unnamed speakers, header fields, run-in
// headings, label titles, and the words of occasions.

// honorificLabel words are dropped from a transcript label to leave the
// name ("MS. OKAFOR" → "Okafor").
var honorificLabel = setOf(`mr mrs ms miss madam dr the secretary senator sen president vice governor gov general
admiral ambassador minister prime deputy press chairman chairwoman chair mayor director commissioner
representative rep judge justice professor prof sir dame lord lady captain colonel premier chancellor
councillor councilor speaker treasurer attorney leader`)

// titleList is honorificLabel's keys, sorted.
var titleList = slices.Sorted(maps.Keys(honorificLabel))

// anonymousLabels are turn labels for people the transcript does not name.
var anonymousLabels = setOf(`q question reporter journalist audience member voice voices participant crowd
questioner unidentified attendee unknown press interviewer`)

// answerLabels label an interview's answers, given by the person the
// interview is with: "A:", "ANSWER:", "Interviewee:".
var answerLabels = setOf(`a answer interviewee`)

// answerTurn matches an answer's label written with a dot: "A. No, …".
var answerTurn = lazyRE(`^A\.\s+\S`)

// headerFields label a transcript's header lines rather than turns:
// "SUBJECTS: Rail strike; hospitals", "Moderator: Ana Lind". They count
// as fields only when what follows is short and no sentence.
var headerFields = setOf(`subject subjects topic topics date time location venue place moderator host
chair present participants attendees attendance speakers panel panellists panelists transcript e&oe embargo
embargoed source interviewer interviewee guest guests`)

// rosterFields end a heading or field over a list of who took part:
// "Attendance", "Members present", "Panelists:".
var rosterFields = setOf(`attendance attendees attending present participants panel panellists panelists
speakers guests`)

// notLabels open run-in headings and captions, never a speaker's turn:
// "Note:", "UPDATE:", "Photo:", a change log's "fix:" and "feat:", a
// lesson's "Example:" and "Solution:".
var notLabels = setOf(`note notes update updated correction clarification editor's editor’s photo
photograph image video audio watch listen read related source sources credit credits caption
advertisement sponsored disclaimer warning summary background context tl;dr ps p.s bottom
key what why how when where who
fix fixes fixed feat feature features docs doc chore refactor perf build ci style revert deps bump breaking todo
done wip example examples solution tip tips hint exercise step problem output input result results usage
syntax pros cons verdict`)

// roleLabelWords describe a role in a transcript label rather than name
// a person: "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR", a recording's
// crew ("Tech:", "Camera:").
var roleLabelWords = setOf(`moderator operator host official officials senior administration staff
staffer spokesperson spokesman spokeswoman interpreter narrator announcer chair aide adviser advisor
tech technician camera cameraman camerawoman crew sound assistant translator producer photographer caller`)

// labelAbbrev spells out offices that labels abbreviate.
var labelAbbrev = map[string]string{"pm": "prime minister", "dpm": "deputy prime minister",
	"gov": "governor", "sen": "senator", "rep": "representative", "amb": "ambassador", "sec": "secretary"}

// eventWords name the occasion a header line describes, never a person:
// "MEDIA CONFERENCE", "Remarks by …", "Doorstop interview".
var eventWords = setOf(`remarks conference press media briefing transcript interview doorstop statement
joint availability address speech meeting session hearing roundtable announcement visit opening
launch breakfast dinner luncheon reception ceremony debate forum town hall q&a exchange excerpt
excerpts edited unedited en route aboard`)

// occasionHeads end the name of an occasion, which no person's name ends
// in: "Radio Interview", "Joint Press Conference".
var occasionHeads = setOf(`remarks conference briefing transcript interview doorstop statement availability
speech hearing roundtable announcement ceremony debate q&a excerpts`)

// invertedField matches a header field that gives a person surname first,
// as records do: "Premier: Varga, Piet" (groups: field, surname, forename).
var invertedField = lazyRE(`^([\p{L} .'’-]{2,40}):\s*(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+)$`)

// callWords may come before the name of a reporter called on.
var callWords = setOf(`yes yeah ok okay sure go ahead next please i call on let's let us over to and then right`)

// subjectFields label a header's list of subjects.
var subjectFields = setOf(`subject subjects topic topics`)

// greeting matches an answer that opens by greeting the questioner by
// first name: "Hi, Piet.", "Sure, Ines.", "Thanks, Ana —".
var greeting = lazyRE(`^(?:Hi|Hey|Hello|Sure|Yes|Yeah|Thanks|Thank you|Good morning|Good afternoon|Go ahead|Okay|OK|Well)[,!]?\s+(\p{Lu}[\p{Ll}'’\-]+)[.,!?—–]`)

// questionTurn matches a reporter's question that has no colon: "Q Why
// …", "Q. Why …".
var questionTurn = lazyRE(`^Q\.?\s+\S`)

// gluedQuestion matches a question's label written without a space after
// its colon: "Q:Why …", "Question:How …" (group 1 is the label).
var gluedQuestion = lazyRE(`^(Q|QUESTION|Question):\p{Lu}`)

// greetingWords open a reporter's turn before they name themselves:
// "Hello, good morning. Ana Ruiz from …", "Sir, I'm …".
var greetingWords = setOf(`hello hi hey good morning afternoon evening thank thanks you yes okay ok so sir madam ma'am
and very much again everyone all`)

// introPhrases lead to the name of a reporter introducing themselves.
var introPhrases = [][]string{{"my", "name", "is"}, {"this", "is"}, {"it's"}, {"it’s"}, {"it", "is"}, {"i'm"}, {"i’m"}, {"i", "am"}}

// timeCode matches the time code a recording's transcript puts before a
// label or a turn's words: "[00:01:12]", "(01:12)", "00:01:12".
var timeCode = lazyRE(`^\s*[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s*`)

// bracketedTime matches a time code in brackets opening a turn's words:
// "(00:41) Thank you." ("10:30 tomorrow" without brackets is speech).
var bracketedTime = lazyRE(`^\s*[\[(]\d{1,2}(?::\d{2}){1,2}[\])]\s*`)

// interviewWords present a text as an interview: "spoke to", "edited for
// length and clarity", "Q&A", "answered our questions", and the same in
// the other languages brief reads ("entretien", "Gespräch", "entrevista").
// Every match holds one of interviewStems (mayMentionInterview).
var interviewWords = lazyRE(`(?i)\binterview|\b(?:spoke|talked|talks|sat down) (?:to|with)\b|\bedited for (?:length|clarity)|\bq ?& ?a\b|\bin conversation\b|\bquestions? (?:to|for)\b|\banswer(?:ed|s)? (?:our|my|readers'?|readers’) questions\b|\bwe asked (?:her|him)\b` +
	`|\bentretien\b|\bpropos recueillis\b|\bgespräch|\bentrevista|\bintervista|\bgesprek\b|\bconversación\b|\bconversa com\b`)

// interviewStems are the words, lower-cased, of which every match of
// interviewWords, intervieweeAfter and intervieweeBefore holds one.
var interviewStems = []string{"interview", "spoke", "talked", "talks", "sat down", "edited for", "&", "conversation", "question",
	"we asked", "entretien", "propos", "gespräch", "entrevista", "intervista", "gesprek", "conversación", "conversa",
	"speaks", "spricht", "sprach", "habla", "parle", "praat", "parla", "charla", "rencontre"}

// intervieweeAfter matches the words after which an interview's intro or
// title names whom it is with: "an interview with", "In conversation
// with", "We asked", "entretien avec", "Interview mit", "entrevista con".
// (Go's alternation takes the first that matches: the generic
// "interview" comes last, after "Interview mit".)
var intervieweeAfter = lazyRE(`(?i)\b(?:in conversation with|conversation with|sat down with|we asked|q ?& ?a with|questions (?:to|for)` +
	`|entretien avec|interview avec|rencontre avec|interview mit|gespräch mit|entrevista (?:con|a)|conversación con|charla con|intervista (?:a|con)|entrevista com|conversa com|interview met|gesprek met` +
	`|interview(?:ed|s)?(?: with)?:?)\s+`)

// intervieweeBefore matches the words before which the subject of the
// sentence is whom an interview is with: "X talks to", "X spoke to us",
// "X answered our questions", "X spricht mit", "X habla con".
var intervieweeBefore = lazyRE(`(?i)\b(?:talks|talked|spoke|speaks) (?:to|with)\b|\bsat down with\b|\banswer(?:ed|s)? (?:our|my|readers'?|readers’) questions\b` +
	`|\bspr(?:icht|ach) mit\b|\bhabl(?:a|ó) con\b|\bparle (?:avec|à)\b|\bpraat met\b|\bparla con\b`)

// nameJoiners join two names into a pair: an interview "with Ana Lind and
// Piet Varga" is with neither alone.
var nameJoiners = setOf(`and & und et y e en och og i`)

// namePrefixes are the honorifics that may stand before an interviewee's
// name ("with Mayor Ana Lind", "mit Herrn Kessler"), besides titleWords.
var namePrefixes = setOf(`mr mr. mrs mrs. ms ms. dr dr. prof prof. herr herrn frau m. mme mme. monsieur madame señor señora sr. sra. signor signora dhr. mevr.`)

// selfWords are the words of someone speaking for themselves in the
// languages brief reads besides English (firstPersonWords): an
// interview's answers have them, an explainer's or an FAQ's seldom do.
var selfWords = setOf(`je moi nous notre nos ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren yo mí conmigo nosotros nosotras nuestro nuestra nuestros nuestras
io mio mia miei noi nostro nostra ik mij mijn wij onze eu meu minha nós nosso nossa`)

// addressedAs matches a question that opens by addressing the one who
// answers by honorific and surname: "Good morning, Mr. Okafor." (group 1
// is the honorific, group 2 the surname).
var addressedAs = lazyRE(`^(?:(?:Good (?:morning|afternoon|evening)|Hello|Hi|Thank you|Thanks|Yes)[,.!]?\s+)?(Mr|Mrs|Ms|Dr|Madam)\.?\s+(\p{Lu}[\p{L}'’-]+)[,.?!]`)

// trailingTime matches the recording's time after a speaker's name on a
// line of its own: "Ana Lind  00:03", "Ana Lind 1:02:44", "Ana Lind
// [0:21]".
var trailingTime = lazyRE(`\s+[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s*$`)
