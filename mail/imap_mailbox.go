package mail

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"
)

// Special-use roles FindMailbox knows names for (RFC 6154 §2).
const (
	UseDrafts = `\Drafts`
	UseSent   = `\Sent`
)

// Names tried, in order, when no mailbox carries the role: servers without
// SPECIAL-USE, and mailboxes created by clients that did not set it. Each is
// also tried below INBOX ("INBOX.Drafts", "INBOX/Drafts"), the layout of
// Courier and older Dovecot/Cyrus setups.
var mailboxNames = map[string][]string{
	UseDrafts: {
		"Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts", "Draft",
		"Entwürfe", "Brouillons", "Borradores", "Bozze", "Concepten", "Rascunhos", "Utkast", "Kladder",
	},
	UseSent: {
		"Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail",
		"Gesendet", "Gesendete Objekte", "Gesendete Elemente", "Envoyés", "Éléments envoyés",
		"Enviados", "Posta inviata", "Inviata", "Verzonden items", "Skickat", "Sendt",
	},
}

// FindMailbox returns the name of the mailbox to use for a role (UseDrafts
// or UseSent; the backslash may be left out). A configured name wins and is
// only checked for existence. Otherwise the mailbox carrying the role's
// SPECIAL-USE attribute (RFC 6154) is used, and failing that the first of
// the usual names that exists. Not finding one wraps ErrNoMailbox.
func (c *Client) FindMailbox(ctx context.Context, use string, configured string) (string, error) {
	use = `\` + strings.TrimPrefix(use, `\`)
	var found string
	op := "find " + use + " mailbox"
	if configured != "" {
		op = "find mailbox " + configured
	}
	err := c.do(ctx, op, func() error {
		var err error
		if configured != "" {
			found, err = c.checkMailbox(configured)
		} else {
			found, err = c.findByRole(use)
		}
		return err
	})
	return found, err
}

// checkMailbox LISTs exactly name (a LIST pattern without wildcards matches
// one mailbox, RFC 3501 §6.3.8) and returns the server's spelling of it.
func (c *Client) checkMailbox(name string) (string, error) {
	if strings.ContainsAny(name, "*%") {
		return "", fmt.Errorf("%w: mailbox name %q contains a LIST wildcard", ErrConfig, name)
	}
	list, err := c.c.List("", name, nil).Collect()
	if err != nil {
		return "", wrapIMAPError(err)
	}
	for _, m := range list {
		if listSelectable(m) {
			return m.Mailbox, nil
		}
	}
	return "", fmt.Errorf("%w: %q", ErrNoMailbox, name)
}

func (c *Client) findByRole(use string) (string, error) {
	var opts *imap.ListOptions
	// RFC 6154 §2 lets a server include special-use attributes in plain
	// LIST responses but only promises them for RETURN (SPECIAL-USE),
	// which needs LIST-EXTENDED (RFC 5258) or IMAP4rev2.
	if c.caps.Has(imap.CapSpecialUse) && c.caps.Has(imap.CapListExtended) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	list, err := c.c.List("", "*", opts).Collect()
	if err != nil {
		return "", wrapIMAPError(err)
	}
	list = slices.DeleteFunc(list, func(m *imap.ListData) bool { return !listSelectable(m) })

	for _, m := range list {
		if slices.ContainsFunc(m.Attrs, func(a imap.MailboxAttr) bool { return strings.EqualFold(string(a), use) }) {
			return m.Mailbox, nil
		}
	}
	for _, name := range mailboxNames[use] {
		for _, m := range list {
			if mailboxNameMatches(m, name) {
				return m.Mailbox, nil
			}
		}
	}
	return "", fmt.Errorf("%w: none has the %s attribute or a usual name", ErrNoMailbox, use)
}

// mailboxNameMatches compares case-insensitively, also below INBOX with the
// server's hierarchy delimiter.
func mailboxNameMatches(m *imap.ListData, name string) bool {
	if strings.EqualFold(m.Mailbox, name) {
		return true
	}
	if m.Delim == 0 {
		return false
	}
	return strings.EqualFold(m.Mailbox, "INBOX"+string(m.Delim)+name)
}

func listSelectable(m *imap.ListData) bool {
	for _, a := range m.Attrs {
		if strings.EqualFold(string(a), string(imap.MailboxAttrNoSelect)) ||
			strings.EqualFold(string(a), string(imap.MailboxAttrNonExistent)) {
			return false
		}
	}
	return true
}

// examine selects mailbox read-only (EXAMINE, RFC 3501 §6.3.2): nothing done
// while it is selected changes the mailbox, and even a FETCH of BODY[]
// without .PEEK cannot set \Seen.
func (c *Client) examine(mailbox string) (*imap.SelectData, error) {
	data, err := c.c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, mailboxError(err, true)
	}
	return data, nil
}
