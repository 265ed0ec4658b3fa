package interview

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile: every expression compiled on first use
// compiles, so that a typo fails here and not in the middle of a pass.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) < 40 {
		t.Fatalf("%d lazy expressions registered, want the package's forty and more", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%q: %v", l.expr, err)
		}
	}
}

// TestLazyRegexpIsCompiledOnce: the compiled expression is made once and
// kept.
func TestLazyRegexpIsCompiledOnce(t *testing.T) {
	l := &lazyRegexp{expr: `a+b`}
	first := l.re()
	if !first.MatchString("aab") || l.re() != first {
		t.Error("the expression is not compiled once and kept")
	}
}
