package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/followupd/followupd/mail"
)

// storedMessage is the on-disk JSON form of a mail.Message. It is spelt out
// rather than marshalling mail.Message directly so that renaming a Go field
// in package mail cannot silently empty the data of every stored message;
// a new field needs a line here and in the two functions below. Mailbox and
// UID live in their own columns. No field is omitempty: nil and empty
// slices must come back as they went in.
type storedMessage struct {
	MessageID  string   `json:"message_id"`
	InReplyTo  []string `json:"in_reply_to"`
	References []string `json:"references"`
	Date       string   `json:"date"` // RFC 3339 with the message's own offset
	// Arrived came later: absent in older rows and for messages whose
	// body was not fetched, the zero time. RFC 3339, UTC.
	Arrived string `json:"arrived,omitempty"`
	// AuthFailure came later too: absent means none.
	AuthFailure string          `json:"auth_failure,omitempty"`
	Subject     string          `json:"subject"`
	From        []storedAddress `json:"from"`
	Sender      []storedAddress `json:"sender"`
	ReplyTo     []storedAddress `json:"reply_to"`
	To          []storedAddress `json:"to"`
	Cc          []storedAddress `json:"cc"`
	Bulk        bool            `json:"bulk"`
	HasCalendar bool            `json:"has_calendar"`
	// HasAttachment came later: absent in older rows, false.
	HasAttachment bool     `json:"has_attachment,omitempty"`
	Text          string   `json:"text"`
	Calendars     [][]byte `json:"calendars"` // base64 in JSON, any bytes
}

type storedAddress struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// messageRow is a message ready for the messages table.
type messageRow struct {
	uid       uint32
	messageID string
	date      string // UTC, for sorting and pruning
	data      string
}

func encodeMessage(mailbox string, m *mail.Message) (messageRow, error) {
	if m.Mailbox != mailbox {
		return messageRow{}, fmt.Errorf("message uid %d is from mailbox %q", m.UID, m.Mailbox)
	}
	// RFC 3501 section 2.3.1.1: UIDs are non-zero, and 0 would collide
	// with "unknown" everywhere else.
	if m.UID == 0 {
		return messageRow{}, errors.New("message with uid 0")
	}
	date, err := formatTime(m.Date)
	if err != nil {
		return messageRow{}, fmt.Errorf("message uid %d: %w", m.UID, err)
	}
	// The blob keeps the sender's offset, which can move the year across
	// the 9999 edge that formatTime checked in UTC.
	if y := m.Date.Year(); y < 0 || y > 9999 {
		return messageRow{}, fmt.Errorf("message uid %d: date %v: year outside 0000-9999", m.UID, m.Date)
	}
	sm := storedMessage{
		MessageID:     m.MessageID,
		InReplyTo:     m.InReplyTo,
		References:    m.References,
		Date:          m.Date.Format(time.RFC3339Nano),
		Arrived:       formatArrived(m.Arrived),
		AuthFailure:   m.AuthFailure,
		Subject:       m.Subject,
		From:          toStoredAddresses(m.From),
		Sender:        toStoredAddresses(m.Sender),
		ReplyTo:       toStoredAddresses(m.ReplyTo),
		To:            toStoredAddresses(m.To),
		Cc:            toStoredAddresses(m.Cc),
		Bulk:          m.Bulk,
		HasCalendar:   m.HasCalendar,
		HasAttachment: m.HasAttachment,
		Text:          m.Text,
		Calendars:     m.Calendars,
	}
	data, err := json.Marshal(sm)
	if err != nil {
		return messageRow{}, fmt.Errorf("encode message uid %d: %w", m.UID, err)
	}
	return messageRow{uid: m.UID, messageID: m.MessageID, date: date, data: string(data)}, nil
}

func decodeMessage(mailbox string, uid uint32, data string) (mail.Message, error) {
	var sm storedMessage
	if err := json.Unmarshal([]byte(data), &sm); err != nil {
		return mail.Message{}, fmt.Errorf("decode message %s uid %d: %w", mailbox, uid, err)
	}
	date, err := parseZoned(sm.Date)
	if err != nil {
		return mail.Message{}, fmt.Errorf("decode message %s uid %d: %w", mailbox, uid, err)
	}
	var arrived time.Time
	if sm.Arrived != "" {
		if arrived, err = time.Parse(time.RFC3339Nano, sm.Arrived); err != nil {
			return mail.Message{}, fmt.Errorf("decode message %s uid %d: arrived: %w", mailbox, uid, err)
		}
		arrived = arrived.UTC()
	}
	return mail.Message{
		Summary: mail.Summary{
			Mailbox:       mailbox,
			UID:           uid,
			MessageID:     sm.MessageID,
			InReplyTo:     sm.InReplyTo,
			References:    sm.References,
			Date:          date,
			Arrived:       arrived,
			AuthFailure:   sm.AuthFailure,
			Subject:       sm.Subject,
			From:          fromStoredAddresses(sm.From),
			Sender:        fromStoredAddresses(sm.Sender),
			ReplyTo:       fromStoredAddresses(sm.ReplyTo),
			To:            fromStoredAddresses(sm.To),
			Cc:            fromStoredAddresses(sm.Cc),
			Bulk:          sm.Bulk,
			HasCalendar:   sm.HasCalendar,
			HasAttachment: sm.HasAttachment,
		},
		Text:      sm.Text,
		Calendars: sm.Calendars,
	}, nil
}

func formatArrived(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// parseZoned reads a time written with its own offset. The offset is kept
// because it is the sender's: it says which day "tomorrow at 3pm" meant.
// time.Parse would return time.Local when the offset happens to match the
// machine's zone; an unnamed fixed zone (or UTC) is the same on every
// machine, so a message decodes the same everywhere.
func parseZoned(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	_, off := t.Zone()
	if off == 0 {
		return t.UTC(), nil
	}
	return t.In(time.FixedZone("", off)), nil
}

func toStoredAddresses(as []mail.Address) []storedAddress {
	if as == nil {
		return nil
	}
	out := make([]storedAddress, len(as))
	for i, a := range as {
		out[i] = storedAddress{Name: a.Name, Email: a.Email}
	}
	return out
}

func fromStoredAddresses(as []storedAddress) []mail.Address {
	if as == nil {
		return nil
	}
	out := make([]mail.Address, len(as))
	for i, a := range as {
		out[i] = mail.Address{Name: a.Name, Email: a.Email}
	}
	return out
}
