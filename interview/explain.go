package interview

import (
	"time"

	"github.com/followupd/followupd/mail"
)

// MessageVerdict is what detection made of one message in the context of
// the others, for `followupd interviews --explain`.
type MessageVerdict struct {
	MessageID string    `json:"message_id"`
	Mailbox   string    `json:"mailbox"`
	Date      time.Time `json:"date"`
	From      string    `json:"from"`
	Subject   string    `json:"subject"`
	Interview bool      `json:"interview"`
	Kind      string    `json:"kind"`
	Reason    string    `json:"reason"`
	// Line is the sentence a time was read from, if one was.
	Line string `json:"line,omitempty"`
}

// Verdicts judges every message as Build does: in date order, each in the
// context of those before it (a reply in a thread about a job, mail from
// an organisation the user applied to). A message stored twice is judged
// once.
func Verdicts(msgs []mail.Message, cfg Config) []MessageVerdict {
	ins := prepare(msgs, cfg, nil)
	out := make([]MessageVerdict, 0, len(ins))
	for _, in := range ins {
		v := in.a.verdict
		out = append(out, MessageVerdict{
			MessageID: in.m.MessageID, Mailbox: in.m.Mailbox, Date: in.m.Date,
			From: firstAddress(in.m.From), Subject: in.m.Subject,
			Interview: v.Interview, Kind: v.Kind, Reason: v.Reason, Line: in.a.timeLine,
		})
	}
	return out
}
