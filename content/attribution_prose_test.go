package content

import "testing"

// Prose families that held on unseen news: each case is a construction of
// running text, written with fictional people and places, that brief once
// got wrong there.

func TestAttributionProseCoreference(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a possessive in a later clause with its own subject teaches the first name no gender",
			text: "Noor Sallis had agreed to lead the ballad, and Orrin Petrak knew in his bones that it suited her. " +
				"Ilse Varga, the choir’s director, gave up her slot. “We all heard it,” she said. " +
				"Sallis worried about the high notes. “But the words moved me,” she said.",
			want: []said{{"We all heard it", "Ilse Varga"}, {"But the words moved me", "Noor Sallis"}},
		},
	})
}

func TestAttributionProseAppositives(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a speech noun inside a name's appositive makes no unnamed speaker",
			text: "Ivo Marsh, a lawyer who has defended clients against war crime charges, said the case was unclear. " +
				"“One would need a full inquiry,” he said.",
			want: []said{{"One would need a full inquiry", "Ivo Marsh"}},
		},
		{
			name: "an office in capitals after a lower-case role is a description, not a body",
			text: "“We had a duty to the harbour,” Ivo Marsh, the U.S. attorney for the Western District, said in a statement.",
			want: []said{{"duty to the harbour", "Ivo Marsh"}},
		},
		{
			name: "a body's name after the stays a body",
			text: "“Rates will hold,” the Bank of Lornland said.",
			want: []said{{"Rates will hold", "Bank of Lornland"}},
		},
	})
}

func TestAttributionProseBodies(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "officials at a body named by an appositive speak for it",
			text: "Velocor, the company behind the spaceport, planned a July launch. Officials at Velocor described it as “concluded safely.”",
			want: []said{{"concluded safely", "Velocor"}},
		},
		{
			name: "members after a body's name speak for it",
			text: "All 14 Harbour Reform Caucus members demanded “a full audit of the costs.”",
			want: []said{{"full audit of the costs", "Harbour Reform Caucus"}},
		},
		{
			name: "officials with no body named stay unnamed",
			text: "Officials said the pad was “safe for now.”",
			want: []said{{"safe for now", "Unknown"}},
		},
		{
			name: "an appositive that describes a person keeps the name a person's",
			text: "Marta Ilves, a company director, was blunt. “We were not told,” Ilves said.",
			want: []said{{"We were not told", "Marta Ilves"}},
		},
	})
}

func TestAttributionProseDescriptions(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a role several hold goes to the one who was the last block's subject",
			text: "Governor Piet Varga stayed in the capital.\n\n" +
				"Governor Ana Lind addressed the state in a video before she travelled to the hospital.\n\n" +
				"“I am doing very well,” the governor said in the video.",
			want: []said{{"I am doing very well", "Ana Lind"}},
		},
		{
			name: "a role several hold stays unresolved when its last holder was no subject",
			text: "Governor Ana Lind stayed in the capital.\n\n" +
				"Reporters asked about Governor Piet Varga and the budget.\n\n" +
				"“We will manage,” the governor said.",
			want: []said{{"We will manage", ""}},
		},
	})
}

func TestAttributionProseIndefinites(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "an indefinite person after the verb is someone new and unnamed",
			text: "Ana Lind, a ferry pilot, lost her boat. “The river rose fast,” said one 44-year-old woman.",
			want: []said{{"The river rose fast", "Unknown"}},
		},
		{
			name: "one with a common noun after the verb is an unnamed speaker",
			text: "Ana Lind lost her boat. “It happens every spring,” said one driver.",
			want: []said{{"It happens every spring", "Unknown"}},
		},
		{
			name: "an indefinite person before the verb is not the named woman before",
			text: "Ana Lind lost her boat. A woman said the water was “rising by the hour.”",
			want: []said{{"rising by the hour", "Unknown"}},
		},
		{
			name: "a definite person noun still points back",
			text: "Ana Lind lost her boat. “I saw it go under,” the woman said.",
			want: []said{{"I saw it go under", "Ana Lind"}},
		},
	})
}

func TestAttributionProseCommonOpeners(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a common noun opening a sentence is no name when the text writes it in lower case",
			text: "Several institutions opened inquiries. Institutions have said they will make it “absolutely clear” that abuse is not tolerated.",
			want: []said{{"absolutely clear", "Unknown"}},
		},
		{
			name: "a one-word name the text never writes in lower case stays a name",
			text: "Several institutions opened inquiries. Varga has said she will make it “absolutely clear” that abuse is not tolerated.",
			want: []said{{"absolutely clear", "Varga"}},
		},
	})
}

func TestAttributionProsePlacesFirmsSources(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a paper after said is where the words were reported, not who said them",
			text: "Ana Lind, who worked at the firm, said, according to the Courier: “Everyone knew to stay away.”",
			want: []said{{"Everyone knew to stay away", "Ana Lind"}},
		},
		{
			name: "a firm's name with an ampersand is no one 'she' can mean",
			text: "Nadia Petrak worked at Harbour Security & Alarms in 2004. She told how she “just froze” that night.",
			want: []said{{"just froze", "Nadia Petrak"}},
		},
		{
			name: "a place opened by St. is no one 'she' can mean",
			text: "The woman was invited into the office in St. Orne one night. “I just froze,” she said.",
			want: []said{{"I just froze", ""}},
		},
		{
			name: "a kind before a known person's surname does not make them a firm",
			text: "Omar Vale founded a security company. The security company Vale founded hired Ana Lind. “I worked hard,” Vale said.",
			want: []said{{"I worked hard", "Omar Vale"}},
		},
	})
}

func TestAttributionProseAgencyAcronyms(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a bureau spokesperson speaks for the one acronym with a B after its first letter",
			text: "The FHB said it had received the letter. “We take this very seriously,” a bureau spokesperson said.",
			want: []said{{"We take this very seriously", "FHB"}},
		},
		{
			name: "two acronyms that fit leave the bureau unnamed",
			text: "The FHB said it had received the letter. The NBR said it had not. “We take this very seriously,” a bureau spokesperson said.",
			want: []said{{"We take this very seriously", "Unknown"}},
		},
		{
			name: "the bank is not an acronym that happens to hold a B",
			text: "The BBC reported the cut. “Rates will hold,” the bank said.",
			want: []said{{"Rates will hold", ""}},
		},
	})
}

func TestAttributionProseSurnamesLikePlaces(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a surname that is a place's head word alone is a person a pronoun may mean",
			text: "Field said the beads were “made by the tonne.” In 2006, Field went to see Tomas Berg’s film about the ice. “I felt the ice was leaving for good,” she said.",
			want: []said{{"made by the tonne", "Field"}, {"I felt the ice was leaving for good", "Field"}},
		},
		{
			name: "a place of two words that speaks is still an institution",
			text: "“The talks were useful,” Government House said.",
			want: []said{{"The talks were useful", "Government House"}},
		},
	})
}

func TestAttributionProseJointOpeners(t *testing.T) {
	runAttributionCases(t, []attributionCase{
		{
			name: "a conjunction opening the sentence is no part of a pair that speaks",
			text: "The briefing was scrapped. But Ana Lind and Omar Vale said the change was “a blow to scrutiny.”",
			want: []said{{"a blow to scrutiny", "Ana Lind and Omar Vale"}},
		},
	})
}
