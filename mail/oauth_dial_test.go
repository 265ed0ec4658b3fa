package mail_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-sasl"

	"github.com/followupd/followupd/mail"
)

// validToken is the access token the fake OAuth server accepts.
const validToken = "ya29.a0AfB_valid-token~x+y/z="

// saslLog is what the server side of the test saw: each SASL message the
// client sent, per AUTHENTICATE.
type saslLog struct {
	mu    sync.Mutex
	mechs []string
	msgs  [][]byte // initial response, then the answer to the error challenge
}

func (l *saslLog) add(mech string, msg []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if mech != "" {
		l.mechs = append(l.mechs, mech)
	}
	l.msgs = append(l.msgs, bytes.Clone(msg))
}

func (l *saslLog) get() ([]string, [][]byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.mechs, l.msgs
}

// oauthSession adds XOAUTH2 and OAUTHBEARER to an imapmemserver session,
// through imapserver's SessionSASL hook. A valid token logs in as the user
// with the memserver password.
type oauthSession struct {
	imapserver.SessionIMAP4rev2
	mechs    []string
	password string
	log      *saslLog
}

func (s *oauthSession) AuthenticateMechanisms() []string { return s.mechs }

func (s *oauthSession) Authenticate(mech string) (sasl.Server, error) {
	var parse func([]byte) (user, token string, ok bool)
	var dummy []byte // the answer the client owes the error challenge
	switch mech {
	case "XOAUTH2":
		parse, dummy = parseXOAuth2, []byte{}
	case "OAUTHBEARER":
		parse, dummy = parseOAuthBearer, []byte{0x01}
	default:
		return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "unsupported mechanism"}
	}
	return &fakeOAuthServer{sess: s, mech: mech, parse: parse, dummy: dummy}, nil
}

// fakeOAuthServer is the server side of either mechanism, as Gmail runs
// it: a bad token gets a JSON error challenge, and after the client's
// answer a tagged NO.
type fakeOAuthServer struct {
	sess   *oauthSession
	mech   string
	parse  func([]byte) (user, token string, ok bool)
	dummy  []byte
	failed bool
}

var errBadSASL = &imap.Error{Type: imap.StatusResponseTypeBad, Text: "malformed SASL message"}

func (f *fakeOAuthServer) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil { // no SASL-IR: ask for the initial response
		return []byte{}, false, nil
	}
	if f.failed {
		f.sess.log.add("", resp)
		if !bytes.Equal(resp, f.dummy) {
			return nil, true, errBadSASL
		}
		return nil, true, &imap.Error{
			Type: imap.StatusResponseTypeNo,
			Code: imap.ResponseCodeAuthenticationFailed,
			Text: "Invalid credentials (Failure)",
		}
	}
	f.sess.log.add(f.mech, resp)
	user, token, ok := f.parse(resp)
	if !ok {
		return nil, true, errBadSASL
	}
	if token == validToken {
		if err := f.sess.Login(user, f.sess.password); err != nil {
			return nil, true, err
		}
		return nil, true, nil
	}
	f.failed = true
	challenge, _ := json.Marshal(map[string]string{"status": "401", "schemes": "Bearer", "scope": "https://mail.google.com/"})
	return challenge, false, nil
}

// parseXOAuth2 reads "user=" user ^A "auth=Bearer " token ^A ^A.
func parseXOAuth2(b []byte) (user, token string, ok bool) {
	s, found := strings.CutSuffix(string(b), "\x01\x01")
	if !found {
		return "", "", false
	}
	u, a, found := strings.Cut(s, "\x01")
	if !found || !strings.HasPrefix(u, "user=") || !strings.HasPrefix(a, "auth=Bearer ") {
		return "", "", false
	}
	return strings.TrimPrefix(u, "user="), strings.TrimPrefix(a, "auth=Bearer "), true
}

// parseOAuthBearer reads RFC 7628 §3.1 strictly: "n,a=" authzid "," then
// ^A-separated key=value pairs with auth, ended by ^A ^A.
func parseOAuthBearer(b []byte) (user, token string, ok bool) {
	gs2, rest, found := strings.Cut(string(b), ",\x01")
	if !found || !strings.HasPrefix(gs2, "n,a=") {
		return "", "", false
	}
	user = strings.NewReplacer("=2C", ",", "=3D", "=").Replace(strings.TrimPrefix(gs2, "n,a="))
	rest, found = strings.CutSuffix(rest, "\x01\x01")
	if !found {
		return "", "", false
	}
	for kv := range strings.SplitSeq(rest, "\x01") {
		k, v, found := strings.Cut(kv, "=")
		if !found {
			return "", "", false
		}
		switch k {
		case "host", "port":
		case "auth":
			token, found = strings.CutPrefix(v, "Bearer ")
			if !found {
				return "", "", false
			}
		default:
			return "", "", false
		}
	}
	return user, token, token != ""
}

// startOAuthServer is imapmemserver offering mechs through oauthSession.
func startOAuthServer(t *testing.T, mechs ...string) (*testServer, *saslLog) {
	t.Helper()
	log := &saslLog{}
	// Known only once the server runs; sessions start on the server's
	// goroutines.
	var password atomic.Pointer[string]
	s := startMemServer(t, withMemSession(func(sess imapserver.Session) imapserver.Session {
		return &oauthSession{SessionIMAP4rev2: sess.(imapserver.SessionIMAP4rev2), mechs: mechs, password: *password.Load(), log: log}
	}))
	p, err := s.cfg.Password(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	password.Store(&p)
	return s, log
}

func TestOAuthDial(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mechs     []string // advertised
		auth      mail.Auth
		token     string
		wantErr   string // substring; "" for success
		wantMsgs  []string
		noCommand bool // the password source must not run
	}{
		{
			name:     "xoauth2",
			mechs:    []string{"PLAIN", "XOAUTH2"},
			auth:     mail.AuthXOAuth2,
			token:    validToken,
			wantMsgs: []string{"user=alice\x01auth=Bearer " + validToken + "\x01\x01"},
		},
		{
			name:     "oauthbearer",
			mechs:    []string{"OAUTHBEARER"},
			auth:     mail.AuthOAuthBearer,
			token:    validToken,
			wantMsgs: []string{"n,a=alice,\x01host=127.0.0.1\x01port=PORT\x01auth=Bearer " + validToken + "\x01\x01"},
		},
		{
			name:    "xoauth2 rejected",
			mechs:   []string{"XOAUTH2"},
			auth:    mail.AuthXOAuth2,
			token:   "ya29.expired",
			wantErr: "status 401, the access token is invalid or expired",
			// Google's doc: an empty response to the error challenge.
			wantMsgs: []string{"user=alice\x01auth=Bearer ya29.expired\x01\x01", ""},
		},
		{
			name:    "oauthbearer rejected",
			mechs:   []string{"OAUTHBEARER"},
			auth:    mail.AuthOAuthBearer,
			token:   "ya29.expired",
			wantErr: "status 401",
			// RFC 7628 §3.2.3: the dummy response %x01.
			wantMsgs: []string{"n,a=alice,\x01host=127.0.0.1\x01port=PORT\x01auth=Bearer ya29.expired\x01\x01", "\x01"},
		},
		{
			name:      "xoauth2 not advertised",
			mechs:     []string{"PLAIN", "OAUTHBEARER"},
			auth:      mail.AuthXOAuth2,
			token:     validToken,
			wantErr:   "server does not advertise AUTH=XOAUTH2",
			noCommand: true,
		},
		{
			name:      "oauthbearer not advertised",
			mechs:     []string{"PLAIN"},
			auth:      mail.AuthOAuthBearer,
			token:     validToken,
			wantErr:   "server does not advertise AUTH=OAUTHBEARER",
			noCommand: true,
		},
		{
			name:    "empty token",
			mechs:   []string{"XOAUTH2"},
			auth:    mail.AuthXOAuth2,
			token:   "",
			wantErr: "empty access token",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, log := startOAuthServer(t, tc.mechs...)
			var calls atomic.Int32
			cfg := s.cfg
			cfg.Auth = tc.auth
			cfg.Password = func(context.Context) (string, error) {
				calls.Add(1)
				return tc.token, nil
			}
			c, err := mail.Dial(context.Background(), cfg)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("Dial() = %v", err)
				}
				defer c.Close()
				if err := c.Noop(context.Background()); err != nil {
					t.Fatalf("Noop() after %s = %v", tc.auth, err)
				}
			} else {
				if err == nil {
					c.Close()
					t.Fatalf("Dial() succeeded, want an error with %q", tc.wantErr)
				}
				if !errors.Is(err, mail.ErrAuth) || mail.IsTemporary(err) || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Dial() = %v; want permanent ErrAuth with %q", err, tc.wantErr)
				}
				if tc.token != "" && strings.Contains(err.Error(), tc.token) {
					t.Fatalf("the error quotes the token: %v", err)
				}
				t.Logf("Dial() = %v", err)
			}
			want := int32(1)
			if tc.noCommand {
				want = 0
			}
			if got := calls.Load(); got != want {
				t.Errorf("password source ran %d times, want %d", got, want)
			}

			mechs, msgs := log.get()
			var got []string
			for _, m := range msgs {
				got = append(got, string(m))
			}
			var wantMsgs []string
			for _, m := range tc.wantMsgs {
				wantMsgs = append(wantMsgs, strings.ReplaceAll(m, "PORT", strconv.Itoa(cfg.Port)))
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", wantMsgs) {
				t.Errorf("server got SASL messages\n %q\nwant %q", got, wantMsgs)
			}
			if len(wantMsgs) > 0 && (len(mechs) != 1 || !strings.EqualFold(mechs[0], string(tc.auth))) {
				t.Errorf("mechanisms used %q, want [%s]", mechs, tc.auth)
			}
		})
	}
}
