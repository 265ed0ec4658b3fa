package mail

import (
	"strings"
	"testing"
)

// TestAuthFailure reads the receiving server's Authentication-Results as
// Gmail, Fastmail, Microsoft 365 and Rspamd write them.
func TestAuthFailure(t *testing.T) {
	tests := []struct {
		name, from string
		fields     []string // Authentication-Results, topmost first
		want       string   // a part of the verdict, "" for none
	}{
		{"DMARC fail, Gmail's form", "peter@employer.example", []string{
			"mx.google.com;\r\n       dkim=none;\r\n       spf=softfail (google.com: domain of transitioning peter@employer.example does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=peter@employer.example;\r\n       dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=employer.example"},
			"dmarc=fail (header.from=employer.example)"},
		{"DMARC fail without header.from", "peter@employer.example", []string{"mx.fastmail.example; dmarc=fail"}, "dmarc=fail"},
		{"DMARC pass", "peter@employer.example", []string{"mx.google.com; dkim=pass header.i=@employer.example header.s=s1 header.b=abc; dmarc=pass (p=NONE) header.from=employer.example"}, ""},
		{"DKIM fail for the From domain, nothing passes", "peter@mail.employer.example", []string{
			"mx.example.org; dkim=fail (bad signature) header.d=employer.example header.s=s1; spf=pass smtp.mailfrom=employer.example"},
			"dkim=fail (header.d=employer.example)"},
		{"DKIM fail beside a pass for the same domain", "peter@employer.example", []string{
			"mx.example.org; dkim=fail header.d=employer.example header.s=old; dkim=pass header.d=employer.example header.s=new"}, ""},
		{"DKIM fail for another domain (a mailing list's)", "peter@employer.example", []string{
			"mx.example.org; dkim=fail header.d=lists.example.net; dmarc=pass header.from=employer.example"}, ""},
		{"DMARC fail about another From", "peter@employer.example", []string{"mx.example.org; dmarc=fail header.from=other.example"}, ""},
		{"only the topmost field counts", "peter@employer.example", []string{
			"mx.example.org; dmarc=pass header.from=employer.example",
			"relay.outsider.example; dmarc=fail header.from=employer.example"}, ""},
		{"a forged pass below the server's fail", "peter@employer.example", []string{
			"mx.example.org; dmarc=fail header.from=employer.example",
			"mx.example.org; dmarc=pass header.from=employer.example"}, "dmarc=fail"},
		{"unreadable", "peter@employer.example", []string{";;; dmarc"}, ""},
		{"none", "peter@employer.example", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for _, f := range tc.fields {
				b.WriteString("Authentication-Results: " + f + "\r\n")
			}
			raw := b.String() + "From: Peter <" + tc.from + ">\r\nSubject: Interview\r\nMessage-ID: <a@b>\r\n\r\nHi\r\n"
			m, err := Parse(strings.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" && m.AuthFailure != "" || tc.want != "" && !strings.Contains(m.AuthFailure, tc.want) {
				t.Errorf("AuthFailure = %q, want %q", m.AuthFailure, tc.want)
			}
		})
	}
}

func BenchmarkAuthFailure(b *testing.B) {
	raw := "Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@employer.example header.s=s1 header.b=abc;\r\n" +
		"       spf=pass (google.com: domain of peter@employer.example designates 203.0.113.9 as permitted sender) smtp.mailfrom=peter@employer.example;\r\n" +
		"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=employer.example\r\n" +
		"From: Peter <peter@employer.example>\r\nSubject: Interview\r\n\r\nHi\r\n"
	m, err := Parse(strings.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	h := mapHeader{"Authentication-Results": {raw[len("Authentication-Results: "):strings.Index(raw, "\r\nFrom:")]}}
	b.ReportAllocs()
	for b.Loop() {
		authFailure(h, m.From)
	}
}

type mapHeader map[string][]string

func (h mapHeader) Get(k string) string {
	if v := h[k]; len(v) > 0 {
		return v[0]
	}
	return ""
}
func (h mapHeader) Values(k string) []string { return h[k] }
