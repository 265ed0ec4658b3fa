package mail

import (
	"fmt"
	"strings"

	"github.com/emersion/go-msgauth/authres"
	"golang.org/x/net/publicsuffix"
)

// authFailure reads the verdict of the user's own server on a message:
// "dmarc=fail (header.from=…)" or "dkim=fail (header.d=…)" when the
// message claims a From domain it could not prove, "" otherwise (passed,
// not checked, or no header).
//
// Only the topmost Authentication-Results field counts: the receiving
// server adds its own above those already there (RFC 8601 §5), and the
// ones below were written by whoever handled the message before, the
// sender included. A forged field can only claim a pass, which followupd
// never uses to trust more, so reading the topmost one is safe even when
// the user's server stamps none.
func authFailure(h headerFields, from []Address) string {
	field := h.Get("Authentication-Results")
	if field == "" || len(from) == 0 {
		return ""
	}
	domain := DomainOf(from[0].Email)
	if domain == "" {
		return ""
	}
	_, results, err := authres.Parse(field)
	if err != nil {
		return "" // unreadable: no verdict either way
	}
	dkimPass, dkimFail := false, ""
	for _, r := range results {
		switch r := r.(type) {
		case *authres.DMARCResult:
			// DMARC is about the From domain by definition; header.from
			// names it when the server says which.
			if r.Value == authres.ResultFail && (r.From == "" || sameOrganisation(r.From, domain)) {
				return fmt.Sprintf("dmarc=fail (header.from=%s)", orDomain(r.From, domain))
			}
		case *authres.DKIMResult:
			if !sameOrganisation(r.Domain, domain) {
				continue
			}
			switch r.Value {
			case authres.ResultPass:
				dkimPass = true
			case authres.ResultFail:
				dkimFail = fmt.Sprintf("dkim=fail (header.d=%s)", r.Domain)
			}
		}
	}
	if dkimFail != "" && !dkimPass {
		return dkimFail
	}
	return ""
}

func orDomain(s, domain string) string {
	if s == "" {
		return domain
	}
	return s
}

// sameOrganisation compares two domains by their registrable part
// ("mail.initech.co.uk" and "initech.co.uk"): DMARC's relaxed alignment
// (RFC 7489 §3.1).
func sameOrganisation(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	ra, errA := publicsuffix.EffectiveTLDPlusOne(a)
	rb, errB := publicsuffix.EffectiveTLDPlusOne(b)
	return errA == nil && errB == nil && ra == rb
}
