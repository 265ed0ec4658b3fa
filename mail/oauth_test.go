package mail

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/emersion/go-sasl"
)

var _ sasl.Client = (*oauthClient)(nil)

func TestOAuthInitialResponse(t *testing.T) {
	for _, tc := range []struct {
		name     string
		client   *oauthClient
		wantMech string
		want     string // raw bytes, or base64 when wantB64
		wantB64  bool
	}{
		{
			// The example of Google's "OAuth 2.0 Mechanism" page, in
			// the base64 form it gives.
			name:     "xoauth2 google example",
			client:   newXOAuth2Client("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"),
			wantMech: "XOAUTH2",
			want:     "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==",
			wantB64:  true,
		},
		{
			name:     "xoauth2",
			client:   newXOAuth2Client("alex@example.org", "tok.en-_~+/="),
			wantMech: "XOAUTH2",
			want:     "user=alex@example.org\x01auth=Bearer tok.en-_~+/=\x01\x01",
		},
		{
			// RFC 7628 §4.1.
			name:     "oauthbearer rfc 7628 example",
			client:   newOAuthBearerClient("user@example.com", "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==", "server.example.com", 143),
			wantMech: "OAUTHBEARER",
			want:     "n,a=user@example.com,\x01host=server.example.com\x01port=143\x01auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01",
		},
		{
			// RFC 5801 §4: "," and "=" in the authzid are escaped.
			name:     "oauthbearer escaped user",
			client:   newOAuthBearerClient("a=b,c@example.com", "t", "imap.example.com", 993),
			wantMech: "OAUTHBEARER",
			want:     "n,a=a=3Db=2Cc@example.com,\x01host=imap.example.com\x01port=993\x01auth=Bearer t\x01\x01",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mech, ir, err := tc.client.Start()
			if err != nil {
				t.Fatal(err)
			}
			if mech != tc.wantMech {
				t.Errorf("mechanism %q, want %q", mech, tc.wantMech)
			}
			got := string(ir)
			if tc.wantB64 {
				got = base64.StdEncoding.EncodeToString(ir)
			}
			if got != tc.want {
				t.Errorf("initial response\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestOAuthErrorChallenge: the JSON error challenge is answered so that the
// server sends its tagged NO, and what it said ends up in the error.
func TestOAuthErrorChallenge(t *testing.T) {
	const googleErr = `{"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}`
	for _, tc := range []struct {
		name       string
		client     *oauthClient
		challenge  string
		wantAnswer []byte
		wantMsg    string // "" when explain adds nothing
	}{
		{"xoauth2", newXOAuth2Client("u", "t"), googleErr, []byte{},
			"(XOAUTH2: status 401, the access token is invalid or expired, scope https://mail.google.com/)"},
		{"oauthbearer", newOAuthBearerClient("u", "t", "h", 1), `{"status":"invalid_token","scope":"imap"}`, []byte{0x01},
			"(OAUTHBEARER: status invalid_token, scope imap)"},
		{"not json", newXOAuth2Client("u", "t"), "go away", []byte{}, ""},
		{"control characters", newXOAuth2Client("u", "t"), `{"status":"4\u001b[31m01"}`, []byte{}, "(XOAUTH2: status 4[31m01)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			answer, err := tc.client.Next([]byte(tc.challenge))
			if err != nil || string(answer) != string(tc.wantAnswer) || answer == nil {
				t.Fatalf("Next(error challenge) = %q, %v; want %q", answer, err, tc.wantAnswer)
			}
			if _, err := tc.client.Next([]byte("again")); !errors.Is(err, sasl.ErrUnexpectedServerChallenge) {
				t.Errorf("Next(second challenge) = %v, want ErrUnexpectedServerChallenge", err)
			}
			base := errors.New("authenticate as u: authentication failed: NO")
			got := tc.client.explain(base)
			if !errors.Is(got, base) {
				t.Errorf("explain() does not wrap its argument")
			}
			if want := strings.TrimSpace(base.Error() + " " + tc.wantMsg); got.Error() != want {
				t.Errorf("explain() = %q\n           want %q", got, want)
			}
		})
	}
}

func TestOAuthCheckBearerToken(t *testing.T) {
	for _, tc := range []struct {
		token string
		ok    bool
	}{
		{"ya29.a0AfB_byC-x~y+z/w==", true},
		{"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwcyJ9.c2ln", true},
		{"", false},
		{"two words", false},
		{"tab\there", false},
		{"soh\x01auth=Bearer x", false},
		{"del\x7f", false},
	} {
		err := checkBearerToken(tc.token)
		if (err == nil) != tc.ok {
			t.Errorf("checkBearerToken(%q) = %v, want ok %v", tc.token, err, tc.ok)
		}
		if err != nil {
			if !errors.Is(err, ErrAuth) {
				t.Errorf("checkBearerToken(%q) = %v, want ErrAuth", tc.token, err)
			}
			if tc.token != "" && strings.Contains(err.Error(), tc.token) {
				t.Errorf("checkBearerToken(%q) quotes the token: %v", tc.token, err)
			}
		}
	}
}
