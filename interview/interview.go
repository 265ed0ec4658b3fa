// Package interview turns mail messages and calendar events into Interview
// records: detection, extraction of company, role and people, merging of
// updates, status and the correspondence that followed. It is pure: values
// in, values out, no clock and no I/O.
package interview

import "time"

// Status is where an interview stands.
type Status string

const (
	Scheduled Status = "scheduled"
	Cancelled Status = "cancelled"
	Rejected  Status = "rejected"
	Offer     Status = "offer"
)

// Person is someone taking part in an interview.
type Person struct {
	Name  string `json:"name,omitempty"`
	Email string `json:"email"`
}

// Direction says who wrote a message of the correspondence.
type Direction string

const (
	Inbound  Direction = "in"  // from the employer's people to the user
	Outbound Direction = "out" // from the user (Sent) to the employer's people
)

// Correspondence is one message exchanged with the employer's people about
// this interview, seen after the interview was known.
type Correspondence struct {
	At        time.Time `json:"at"`
	Direction Direction `json:"direction"`
	MessageID string    `json:"message_id"`
	From      Person    `json:"from"`
	To        []Person  `json:"to,omitempty"`
	Subject   string    `json:"subject,omitempty"`
}

// Interview is one job interview as followupd understands it.
type Interview struct {
	ID       string    `json:"id"` // stable across passes: derived from the ICS UID or the first Message-ID
	Company  string    `json:"company"`
	Role     string    `json:"role,omitempty"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Location string    `json:"location,omitempty"`

	Interviewers []Person `json:"interviewers,omitempty"`
	Organizer    Person   `json:"organizer"`

	// Thread holds the Message-IDs of the messages about this interview,
	// oldest first; a draft replies to the last one.
	Thread      []string  `json:"thread,omitempty"`
	ThreadTopic string    `json:"thread_subject,omitempty"` // subject of the thread's first message
	ICSUID      string    `json:"ics_uid,omitempty"`
	Sequence    int       `json:"sequence"`
	InvitedAt   time.Time `json:"invited_at"` // date of the first invitation or confirmation

	// OneWay marks a one-way video interview: recorded alone, with Start
	// the deadline to record by and no interviewer to write to.
	OneWay bool `json:"one_way,omitempty"`

	Status Status `json:"status"`
	// StatusAt and StatusReason say when and by which message or event the
	// interview last changed: invited, rescheduled (Status stays
	// Scheduled), cancelled, rejected, offer.
	StatusAt     time.Time `json:"status_at,omitempty"`
	StatusReason string    `json:"status_reason,omitempty"`

	// Why says which message or event decided the time, the company and
	// the people, for `followupd interviews --explain`.
	Why Provenance `json:"why"`

	Correspondence []Correspondence `json:"correspondence,omitempty"`
	// Ignored holds the messages that tried to change this interview
	// without the authority to (see authorised): never applied.
	Ignored []Ignored `json:"ignored,omitempty"`
	// Evidence says why this is an interview, for `plan` and `interviews`.
	Evidence string `json:"evidence,omitempty"`
}

// Provenance names the source of each part of an interview: a message by
// its Message-ID and the line read, or a calendar event by UID and
// SEQUENCE.
type Provenance struct {
	Time    string `json:"time,omitempty"`
	Company string `json:"company,omitempty"`
	People  string `json:"people,omitempty"`
}
