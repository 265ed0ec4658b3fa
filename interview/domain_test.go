package interview

import "testing"

// TestOrgDomain: the organisation's domain of an address's domain, by the
// public suffix list and by the hosts that give each organisation a name
// of its own.
func TestOrgDomain(t *testing.T) {
	for _, tc := range []struct{ name, domain, want string }{
		{"a plain domain", "mail.wistula.pl", "wistula.pl"},
		{"a public suffix of two labels", "hr.example.co.uk", "example.co.uk"},
		{"a Microsoft 365 tenant", "wistula.onmicrosoft.com", "wistula.onmicrosoft.com"},
		{"a Microsoft 365 tenant's mail host", "wistula.mail.onmicrosoft.com", "wistula.mail.onmicrosoft.com"},
		{"Microsoft's own", "onmicrosoft.com", "onmicrosoft.com"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := orgDomain(tc.domain); got != tc.want {
				t.Errorf("orgDomain(%q) = %q, want %q", tc.domain, got, tc.want)
			}
		})
	}
}
