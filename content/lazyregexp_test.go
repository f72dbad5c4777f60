package content

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile compiles every lazy expression of the package: a
// bad pattern would otherwise panic only when a document first reaches it.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) < 20 {
		t.Fatalf("%d lazy expressions registered; the package declares about 30", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%q: %v", l.expr, err)
		}
	}
}

// TestLazyRegexpMatchesCompiled holds a lazy expression's answers to those
// of the same pattern compiled at once.
func TestLazyRegexpMatchesCompiled(t *testing.T) {
	l := lazyRE(`(\p{Lu}\w+) (said|says)`)
	lazyRegexps = lazyRegexps[:len(lazyRegexps)-1]
	re := regexp.MustCompile(l.expr)
	for _, s := range []string{"Ana Lind said it", "nobody said", "Ivo says so, Ana said"} {
		if got, want := l.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); len(got) != len(want) {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
		if got, want := l.ReplaceAllString(s, "$2"), re.ReplaceAllString(s, "$2"); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
		if got, want := l.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
