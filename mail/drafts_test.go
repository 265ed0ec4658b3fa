package mail_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/mail"
)

const draftRaw = `From: Me <me@example.org>
To: Jane Recruiter <jane.recruiter@example.com>
Subject: Thank you for today
Date: Tue, 2 Jun 2026 18:00:00 +0200
Message-ID: <followupd.1.abc@example.org>
In-Reply-To: <plain@example.com>
References: <plain@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Jane, thank you for the interview – it was a pleasure.
`

func TestAppendDraft(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		c := s.dial(t)
		drafts, err := c.FindMailbox(ctx, mail.UseDrafts, "")
		if err != nil {
			t.Fatal(err)
		}
		// Something already there, so that the UID is not trivially 1.
		s.deliver(t, drafts, simpleMessage("<older-draft@example.org>", "older"), time.Time{})

		date := time.Date(2026, 6, 2, 16, 0, 0, 0, time.UTC)
		raw := crlf(draftRaw)
		validity, uid, err := c.AppendDraft(ctx, drafts, raw, date)
		if err != nil {
			t.Fatalf("AppendDraft() = %v", err)
		}
		st := s.status(t, drafts)
		if validity != st.UIDValidity || uid == 0 || uint32(st.UIDNext) != uid+1 {
			t.Errorf("AppendDraft() = (%d, %d), want (%d, %d)", validity, uid, st.UIDValidity, st.UIDNext-1)
		}
		// Dovecot adds \Recent (RFC 3501 §2.3.2), which no client sets.
		flags := slices.DeleteFunc(s.flags(t, drafts, uid), func(f imap.Flag) bool { return f == `\Recent` })
		if !hasFlag(flags, imap.FlagDraft) || !hasFlag(flags, imap.FlagSeen) || len(flags) != 2 {
			t.Errorf("draft flags = %v, want \\Draft \\Seen", flags)
		}

		var body []byte
		if err := c.Bodies(ctx, drafts, 0, []uint32{uid}, func(_ uint32, b []byte) error { body = b; return nil }); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body, raw) {
			t.Errorf("stored draft = %q, want %q", body, raw)
		}

		for _, tc := range []struct {
			name  string
			id    string
			found bool
		}{
			{"own id", "followupd.1.abc@example.org", true},
			{"other draft", "older-draft@example.org", false},
			{"prefix of the id", "followupd.1.ab@example.org", false},
			{"unknown", "nothing@example.org", false},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, found, err := c.FindMessageID(ctx, drafts, tc.id)
				if err != nil {
					t.Fatal(err)
				}
				if tc.name == "other draft" {
					// present, but not the one we appended
					if !found || got == uid {
						t.Errorf("FindMessageID(%q) = %d, %v; want the older draft", tc.id, got, found)
					}
					return
				}
				if found != tc.found || (found && got != uid) {
					t.Errorf("FindMessageID(%q) = %d, %v; want %d, %v", tc.id, got, found, uid, tc.found)
				}
			})
		}
	})
}

// TestAppendDraftWithoutUIDPlus: without APPENDUID the UID is found by
// Message-ID.
func TestAppendDraftWithoutUIDPlus(t *testing.T) {
	s := startMemServer(t, withoutUIDPlus())
	ctx := context.Background()
	c := s.dial(t)
	if c.Caps().UIDPlus() {
		t.Fatal("test server advertises UIDPLUS")
	}
	s.deliver(t, "Drafts", simpleMessage("<older@example.org>", "older"), time.Time{})
	s.rec.take()

	validity, uid, err := c.AppendDraft(ctx, "Drafts", crlf(draftRaw), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	st := s.status(t, "Drafts")
	if validity != st.UIDValidity || uid != uint32(st.UIDNext)-1 {
		t.Errorf("AppendDraft() = (%d, %d), want (%d, %d)", validity, uid, st.UIDValidity, st.UIDNext-1)
	}
	n := countCommands(s.rec.take())
	if n["APPEND"] != 1 || n["EXAMINE"] != 1 || n["UID SEARCH"] != 1 {
		t.Errorf("commands = %v, want APPEND, EXAMINE, UID SEARCH", n)
	}
}

func TestAppendDraftNoMailbox(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		c := s.dial(t)
		_, _, err := c.AppendDraft(context.Background(), "Entwürfe", crlf(draftRaw), time.Time{})
		if !errors.Is(err, mail.ErrNoMailbox) || mail.IsTemporary(err) {
			t.Fatalf("AppendDraft() = %v, want permanent ErrNoMailbox", err)
		}
		// followupd never creates mailboxes.
		if _, err := s.login(t).Status("Entwürfe", &imap.StatusOptions{NumMessages: true}).Wait(); err == nil {
			t.Error("the mailbox exists after a failed AppendDraft")
		}
	})
}

// TestFindMessageIDs: one search finds, by exact Message-ID, the messages
// of the window a reply answers, and nothing outside the window, no
// prefix of an id and no invalid id.
func TestFindMessageIDs(t *testing.T) {
	eachServer(t, func(t *testing.T, s *testServer) {
		ctx := context.Background()
		now := time.Now().Truncate(time.Second)
		since := now.AddDate(0, 0, -60)
		old := now.AddDate(-1, 0, 0)
		s.deliver(t, "INBOX", messageAt("<old@example.com>", "old", old), old)
		quick := s.deliver(t, "INBOX", messageAt("<quick-update@agency.example>", "Quick update", now), time.Time{})
		s.deliver(t, "INBOX", messageAt("<quick-update-2@agency.example>", "Quick update 2", now), time.Time{})
		news := s.deliver(t, "INBOX", messageAt("<news@example.com>", "news", now), time.Time{})
		c := s.dial(t)
		validity := s.status(t, "INBOX").UIDValidity

		for _, tc := range []struct {
			name string
			ids  []string
			want map[string]uint32
		}{
			{"one", []string{"quick-update@agency.example"}, map[string]uint32{"quick-update@agency.example": quick}},
			{"several", []string{"news@example.com", "quick-update@agency.example", "nothing@example.org"},
				map[string]uint32{"quick-update@agency.example": quick, "news@example.com": news}},
			{"prefix of an id", []string{"quick-update@agency.exam"}, map[string]uint32{}},
			{"before the window", []string{"old@example.com"}, map[string]uint32{}},
			{"not a msg-id", []string{"two words@x", ""}, map[string]uint32{}},
			{"none", nil, map[string]uint32{}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := c.FindMessageIDs(ctx, "INBOX", validity, since, tc.ids)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(tc.want) {
					t.Fatalf("FindMessageIDs(%q) = %v, want %v", tc.ids, got, tc.want)
				}
				for id, uid := range tc.want {
					if got[id] != uid {
						t.Errorf("FindMessageIDs(%q)[%q] = %d, want %d", tc.ids, id, got[id], uid)
					}
				}
			})
		}
		if _, err := c.FindMessageIDs(ctx, "INBOX", validity+1, since, []string{"news@example.com"}); !errors.Is(err, mail.ErrUIDValidity) {
			t.Errorf("FindMessageIDs with another UIDVALIDITY = %v, want ErrUIDValidity", err)
		}
	})
}
