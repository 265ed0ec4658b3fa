package mail

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/emersion/go-sasl"
)

// The SASL mechanism names as servers advertise them (AUTH=XOAUTH2,
// AUTH=OAUTHBEARER).
const (
	mechXOAuth2     = "XOAUTH2"
	mechOAuthBearer = sasl.OAuthBearer // "OAUTHBEARER", RFC 7628 §3
)

// saslMechanism is the capability an Auth needs beyond plain IMAP, "" for
// the ones Dial has always used (PLAIN falls back to LOGIN when chosen
// automatically, and an explicit PLAIN is tried as asked).
func saslMechanism(a Auth) string {
	switch a {
	case AuthXOAuth2:
		return mechXOAuth2
	case AuthOAuthBearer:
		return mechOAuthBearer
	}
	return ""
}

// oauthClient is the client side of XOAUTH2 and OAUTHBEARER, the SASL
// mechanisms that carry an OAuth 2.0 access token. Both send everything in
// the initial response; a server that rejects the token answers with a
// challenge holding a JSON error and expects one more client response
// before its tagged NO. go-sasl's OAUTHBEARER client returns an error for
// that challenge, on which imapclient abandons the exchange without
// answering, leaving the server waiting; so the exchange is finished here.
//
// The token is only ever in ir, which goes to the server; nothing here
// logs or formats it.
type oauthClient struct {
	mech string
	ir   []byte
	// errAnswer is sent in reply to the error challenge.
	errAnswer []byte
	// failure is the server's error challenge, decoded when it is the
	// usual JSON.
	failure    *oauthFailure
	challenged bool
}

// oauthFailure is the error challenge of RFC 7628 §3.2.2, which Google's
// XOAUTH2 also sends: {"status":"401","schemes":"Bearer","scope":"..."}.
type oauthFailure struct {
	Status  string `json:"status"`
	Schemes string `json:"schemes"`
	Scope   string `json:"scope"`
}

// newXOAuth2Client follows Google's "OAuth 2.0 Mechanism" document
// (developers.google.com/workspace/gmail/imap/xoauth2-protocol): the
// initial response is
//
//	"user=" {User} "^Aauth=Bearer " {Access Token} "^A^A"
//
// and the error challenge is answered with an empty response.
func newXOAuth2Client(user, token string) *oauthClient {
	return &oauthClient{
		mech:      mechXOAuth2,
		ir:        []byte("user=" + user + "\x01auth=Bearer " + token + "\x01\x01"),
		errAnswer: []byte{},
	}
}

// newOAuthBearerClient builds the RFC 7628 §3.1 initial response with
// go-sasl:
//
//	"n,a=" authzid "," ^A "host=" host ^A "port=" port ^A "auth=Bearer " token ^A ^A
//
// The user goes into the GS2 header as an authzid, which RFC 5801 §4
// escapes ("," as "=2C", "=" as "=3D"); go-sasl does not, so it is done
// here. A rejected token is answered with the dummy response %x01 of RFC
// 7628 §3.2.3.
func newOAuthBearerClient(user, token, host string, port int) *oauthClient {
	_, ir, _ := sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{
		Username: gs2Escape(user),
		Token:    token,
		Host:     host,
		Port:     port,
	}).Start() // never fails
	return &oauthClient{
		mech:      mechOAuthBearer,
		ir:        ir,
		errAnswer: []byte{0x01},
	}
}

// gs2Escape encodes a saslname (RFC 5801 §4).
func gs2Escape(s string) string {
	return strings.NewReplacer("=", "=3D", ",", "=2C").Replace(s)
}

// Start implements sasl.Client.
func (c *oauthClient) Start() (mech string, ir []byte, err error) {
	return c.mech, c.ir, nil
}

// Next implements sasl.Client. Neither mechanism has a second step on
// success, so any challenge is the server's error report.
func (c *oauthClient) Next(challenge []byte) ([]byte, error) {
	if c.challenged {
		// A second challenge: not either protocol. Ending here makes
		// Dial close the connection.
		return nil, fmt.Errorf("%s: %w", c.mech, sasl.ErrUnexpectedServerChallenge)
	}
	c.challenged = true
	var f oauthFailure
	if json.Unmarshal(challenge, &f) == nil {
		c.failure = &f
	}
	return c.errAnswer, nil
}

// explain adds what the server's error challenge said to err, the tagged NO
// that followed it. The status is an HTTP code ("401": the token is
// invalid or expired, "400": malformed request) and scope the scope the
// token would need (RFC 7628 §3.2.2).
func (c *oauthClient) explain(err error) error {
	if c.failure == nil || c.failure.Status == "" {
		return err
	}
	msg := "status " + printable(c.failure.Status)
	if c.failure.Status == "401" {
		msg += ", the access token is invalid or expired"
	}
	if c.failure.Scope != "" {
		msg += ", scope " + printable(c.failure.Scope)
	}
	return fmt.Errorf("%w (%s: %s)", err, c.mech, msg)
}

// printable keeps server-sent text short and free of control characters
// before it goes into an error message (and from there into logs).
func printable(s string) string {
	const maxLen = 200
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if len(s) > maxLen {
		s = s[:maxLen] + "..."
	}
	return s
}

// checkBearerToken rejects what cannot be an access token before it is put
// between the ^A separators of either mechanism: nothing at all (a token
// helper that printed an empty line), or whitespace and control characters
// (RFC 6750 §2.1 b64token has neither). The token itself is never quoted.
func checkBearerToken(token string) error {
	if token == "" {
		return fmt.Errorf("%w: the password source returned an empty access token", ErrAuth)
	}
	for i := 0; i < len(token); i++ {
		if b := token[i]; b <= ' ' || b == 0x7f {
			return fmt.Errorf("%w: the password source returned something that is not an access token (whitespace or control character at byte %d)", ErrAuth, i)
		}
	}
	return nil
}
