package interview

import (
	"regexp"
	"sync"
)

// A lazyRegexp compiles its expression on first use. Detection holds
// some fifty expressions, many with Unicode classes; compiling them all
// at start-up was most of what the package's initialisation cost every
// command, a pass with nothing new among them, which reads no message.
type lazyRegexp struct {
	expr string
	once sync.Once
	rx   *regexp.Regexp
}

// lazyRegexps are all of them, for the test that compiles each (an
// expression that does not compile fails there, not at first use).
var lazyRegexps []*lazyRegexp

// lazyRE returns a lazyRegexp of expr. Only package variables call it,
// during initialisation.
func lazyRE(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// re returns the compiled expression.
func (l *lazyRegexp) re() *regexp.Regexp {
	l.once.Do(func() { l.rx = regexp.MustCompile(l.expr) })
	return l.rx
}
