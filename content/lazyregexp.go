package content

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled the first time it is used,
// not as the package is initialised. content's thirty-odd expressions
// took most of its 6 ms package init (Unicode classes and one-pass
// compilation), paid by every start of brief — `brief --version` and
// `--help` included, which never parse. A use costs one atomic load more
// than a *regexp.Regexp's; the methods are those content calls.
type lazyRegexp struct {
	expr string
	re   func() *regexp.Regexp
}

// lazyRegexps holds every lazyRegexp made, so that a test can compile them
// all: a bad pattern panics at its first use, no longer at start-up.
var lazyRegexps []*lazyRegexp

// lazyRE returns a lazyRegexp of expr, which must compile (as for
// regexp.MustCompile). It is meant for package-level variables only.
func lazyRE(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr, re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// MatchString is regexp.Regexp.MatchString.
func (l *lazyRegexp) MatchString(s string) bool { return l.re().MatchString(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.re().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.re().FindStringSubmatchIndex(s)
}

// FindAllString is regexp.Regexp.FindAllString.
func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.re().FindAllString(s, n) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.re().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.re().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.re().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (l *lazyRegexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.re().ReplaceAllStringFunc(src, repl)
}
