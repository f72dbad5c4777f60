package content

import (
	"os"
	"strings"
	"testing"
)

// TestSameName pins the forms of a name that can and cannot denote one
// person, with invented names.
func TestSameName(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"HON N VAIKI", "Norman Vaiki", true},
		{"N. J. Vaiki", "Norman Vaiki", true},
		{"Vaiki, N.", "Norman James Vaiki", true},
		{"NJ Vaiki", "Norman James Vaiki", true},
		{"Dr. Élena Mosqueda", "ELENA MOSQUEDA", true},
		{"the Honourable Teremoana Kauri-Lowe", "T Kauri-Lowe", true},
		{"Sen. Rosa Tembe", "Tembe", true},
		{"Joost van der Meer", "Van der Meer", true},
		{"Joost van der Meer", "J. van der Meer", true},
		{"HON M PITIROI", "Aroha Pitiroi", false},
		{"Marama Pitiroi", "Aroha Pitiroi", false},
		{"Teremoana Kauri-Lowe", "Teremoana Kauri", false},
		{"Ana Lind Jr.", "Ana Lind Sr.", false},
		{"Ana Lind", "Ana Lindqvist", false},
		{"@tide_watcher", "@Tide_Watcher", true},
		{"@tide_watcher", "@dfenwick", false},
	}
	for _, c := range cases {
		a, b := parseName(strings.Fields(c.a)), parseName(strings.Fields(c.b))
		if got := sameName(a, b); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v (%+v / %+v)", c.a, c.b, got, c.want, a, b)
		}
		if got := sameName(b, a); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v (not symmetric)", c.b, c.a, got, c.want)
		}
	}
}

// TestNameHolder: a form names the one person of the table it fits;
// two who fit leave it to no one.
func TestNameHolder(t *testing.T) {
	var a attributor
	for _, n := range []string{"Norman Vaiki", "Tangi Ruatoe", "Tuaine Ruatoe", "Aroha Pitiroi", "Marama Pitiroi"} {
		a.add(strings.Fields(n))
	}
	cases := []struct {
		form, want string
		n          int
	}{
		{"HON N VAIKI", "Norman Vaiki", 1},
		{"Vaiki", "Norman Vaiki", 1},
		{"HON T RUATOE", "", 2},
		{"Tuaine Ruatoe", "Tuaine Ruatoe", 1},
		{"M Pitiroi", "Marama Pitiroi", 1},
		{"K Pitiroi", "", 0},
		{"Hon Okafor", "", 0},
	}
	for _, c := range cases {
		e, n := a.nameHolder(strings.Fields(c.form))
		got := ""
		if e != nil {
			got = e.name()
		}
		if got != c.want || n != c.n {
			t.Errorf("nameHolder(%q) = %q, %d; want %q, %d", c.form, got, n, c.want, c.n)
		}
	}
}

// TestEmbeddedPostCredits: a page's embedded posts credit their author
// after the post ("— Name (@handle) date"); the credit names the speaker
// and is not part of the quote, and the handle alone later is the same
// person.
func TestEmbeddedPostCredits(t *testing.T) {
	data, err := os.ReadFile("testdata/html/names-embedded-posts.html")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseBytes("names-embedded-posts.html", data, Auto)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, speaker string }{
		{"Forty years on these boats and I have never seen the quay this empty.", "Maren Solberg"},
		{"We gave the company three weeks. They gave us nothing.", "Dario Fenwick"},
		{"The night crossing is the one the island needs.", "Maren Solberg"},
	}
	if len(b.Quotes) != len(want) {
		t.Fatalf("%d quotes, want %d: %+v", len(b.Quotes), len(want), b.Quotes)
	}
	for i, w := range want {
		q := b.Quotes[i]
		if sp, _ := b.Speaker(q.Speaker); q.Text != w.text || sp.Name != w.speaker {
			t.Errorf("quote %d = %q by %q, want %q by %q", i, q.Text, sp.Name, w.text, w.speaker)
		}
	}
}
