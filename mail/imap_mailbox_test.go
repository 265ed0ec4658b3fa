package mail_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/mail"
)

func TestFindMailboxDovecot(t *testing.T) {
	ctx := context.Background()
	t.Run("default", func(t *testing.T) {
		c := startDovecot(t).dial(t)
		for use, want := range map[string]string{mail.UseDrafts: "Drafts", mail.UseSent: "Sent", "Drafts": "Drafts"} {
			if got, err := c.FindMailbox(ctx, use, ""); err != nil || got != want {
				t.Errorf("FindMailbox(%s) = %q, %v; want %q", use, got, err, want)
			}
		}
	})

	// The SPECIAL-USE attribute wins over a mailbox with the usual name.
	t.Run("special-use", func(t *testing.T) {
		c := startDovecot(t, dovecottest.WithMailboxes(
			dovecottest.Mailbox{Name: "Drafts"},
			dovecottest.Mailbox{Name: "Work Drafts", SpecialUse: `\Drafts`},
			dovecottest.Mailbox{Name: "Sent"},
			dovecottest.Mailbox{Name: "Gesendete Objekte", SpecialUse: `\Sent`},
		)).dial(t)
		for _, tc := range []struct {
			use, configured, want string
			wantErr               error
		}{
			{use: mail.UseDrafts, want: "Work Drafts"},
			{use: mail.UseSent, want: "Gesendete Objekte"},
			{use: mail.UseDrafts, configured: "Drafts", want: "Drafts"},
			{use: mail.UseDrafts, configured: "inbox", want: "INBOX"},
			{use: mail.UseDrafts, configured: "Brouillons", wantErr: mail.ErrNoMailbox},
			{use: mail.UseDrafts, configured: "Dra*", wantErr: mail.ErrConfig},
		} {
			got, err := c.FindMailbox(ctx, tc.use, tc.configured)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || mail.IsTemporary(err) {
					t.Errorf("FindMailbox(%s, %q) = %q, %v; want %v", tc.use, tc.configured, got, err, tc.wantErr)
				} else if !strings.Contains(err.Error(), tc.configured) {
					t.Errorf("error %q does not name %q", err, tc.configured)
				}
				continue
			}
			if err != nil || got != tc.want {
				t.Errorf("FindMailbox(%s, %q) = %q, %v; want %q", tc.use, tc.configured, got, err, tc.want)
			}
		}
	})
}

// TestFindMailboxNames: imapmemserver has no SPECIAL-USE, so the usual
// names decide.
func TestFindMailboxNames(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mailboxes []string
		drafts    string // "" = ErrNoMailbox
		sent      string
	}{
		{"plain", []string{"INBOX", "Drafts", "Sent"}, "Drafts", "Sent"},
		{"gmail", []string{"INBOX", "[Gmail]/Drafts", "[Gmail]/Sent Mail", "[Gmail]/All Mail"}, "[Gmail]/Drafts", "[Gmail]/Sent Mail"},
		{"below inbox", []string{"INBOX", "INBOX/Entwürfe", "INBOX/Gesendet"}, "INBOX/Entwürfe", "INBOX/Gesendet"},
		{"outlook", []string{"INBOX", "Draft", "Sent Items"}, "Draft", "Sent Items"},
		{"case", []string{"INBOX", "drafts", "SENT MESSAGES"}, "drafts", "SENT MESSAGES"},
		{"order", []string{"INBOX", "[Gmail]/Drafts", "Drafts", "Sent Items", "Sent"}, "Drafts", "Sent"},
		{"none", []string{"INBOX", "Archive"}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := startMemServer(t, withMemMailboxes(tc.mailboxes...)).dial(t)
			for use, want := range map[string]string{mail.UseDrafts: tc.drafts, mail.UseSent: tc.sent} {
				got, err := c.FindMailbox(context.Background(), use, "")
				if want == "" {
					if !errors.Is(err, mail.ErrNoMailbox) {
						t.Errorf("FindMailbox(%s) = %q, %v; want ErrNoMailbox", use, got, err)
					}
					continue
				}
				if err != nil || got != want {
					t.Errorf("FindMailbox(%s) = %q, %v; want %q", use, got, err, want)
				}
			}
		})
	}
}
