package main

import (
	"strings"
	"testing"
)

// TestDemo runs the README's first command as a new user would and checks
// that it tells the sample job search through: every draft written once,
// the plan, and one draft as a mail client shows it.
func TestDemo(t *testing.T) {
	code, stdout, stderr := runCLI(t, "demo")
	if code != 0 {
		t.Fatalf("demo exited %d\nstderr:\n%s", code, stderr)
	}
	if got := strings.Count(stdout, "  DRAFT  "); got != 7 {
		t.Errorf("demo wrote %d drafts, want 7\n%s", got, stdout)
	}
	for _, want := range []string{
		"followupd demo: Sam Rivera's job search",
		"The plan on ",
		"7 drafts in the Drafts folder. The first one, as your mail client sees it:",
		"In-Reply-To: <",
		"Best regards,",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	if strings.Contains(stdout+stderr, "panic") {
		t.Errorf("demo output mentions a panic:\n%s", stderr)
	}
}
