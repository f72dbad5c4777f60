package content

// Live blogs: the publication dateline is no talking point, and an
// entry's stamped headline may run long. Every document here is invented.

import (
	"testing"
)

func TestPublishedAt(t *testing.T) {
	for line, want := range map[string]bool{
		"March 14, 2024, 9:40 AM": true, "Tuesday 4 March 2021 09.15 GMT": true, "4 March 2021": true,
		"March 14": false, "9:40 p.m.: Ferry resumes": false, "Harbour 14, 2024": false, "Lind wins 2024 race": false,
	} {
		if got := publishedAt(line); got != want {
			t.Errorf("publishedAt(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestLiveBlogStampedHeadlines(t *testing.T) {
	text := "Ferries halted on the Tarrow strait\n\nMarch 14, 2024, 9:40 AM\n\nAll ferries on the strait stopped on Friday after the storm.\n\n" +
		"11:50 p.m. Friday: The port authority says the first ferries could sail again early on Saturday if the wind drops as forecast\n\n" +
		"The authority said the quays were undamaged.\n\n10:25 p.m.: Ferry crews stand by\n\nCrews were told to report at dawn."
	b := Parse("blog", text, Plain)
	var got []string
	for _, s := range b.Sections {
		got = append(got, s.Heading)
	}
	if len(got) != 2 || got[0] != "11:50 p.m. Friday: The port authority says the first ferries could sail again early on Saturday if the wind drops as forecast" ||
		got[1] != "10:25 p.m.: Ferry crews stand by" {
		t.Errorf("sections %q, want the two stamped entries and no dateline", got)
	}
}
