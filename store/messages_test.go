package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/mail"
)

func testMessage(mailbox string, uid uint32, subject string, date time.Time) mail.Message {
	return mail.Message{
		Summary: mail.Summary{
			Mailbox:   mailbox,
			UID:       uid,
			MessageID: fmt.Sprintf("%s-%d@test.example", mailbox, uid),
			Date:      date,
			Subject:   subject,
			From:      []mail.Address{{Name: "Recruiter", Email: "r@acme.example"}},
		},
		Text: "Hello",
	}
}

// assertMessage compares messages field by field, the Date by instant and
// UTC offset, which is what the store promises to keep.
func assertMessage(t *testing.T, got, want mail.Message) {
	t.Helper()
	if !got.Date.Equal(want.Date) {
		t.Errorf("uid %d: Date %v, want %v", want.UID, got.Date, want.Date)
	}
	_, gotOff := got.Date.Zone()
	_, wantOff := want.Date.Zone()
	if gotOff != wantOff {
		t.Errorf("uid %d: Date offset %d, want %d", want.UID, gotOff, wantOff)
	}
	got.Date, want.Date = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("uid %d:\n got %#v\nwant %#v", want.UID, got, want)
	}
}

func TestMessagesRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	paris := time.FixedZone("CET", 3600)
	ics := []byte("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Entretien – Zoë 🗓\r\nEND:VCALENDAR\r\n")
	full := mail.Message{
		Summary: mail.Summary{
			Mailbox:       "INBOX",
			UID:           4242,
			MessageID:     "CAF=x+y@mail.acme.example",
			InReplyTo:     []string{"a@b"},
			References:    []string{"root@b", "a@b"},
			Date:          time.Date(2025, 6, 2, 17, 45, 30, 123456789, paris),
			Arrived:       time.Date(2025, 6, 2, 15, 46, 2, 0, time.UTC),
			AuthFailure:   "dmarc=fail (header.from=acme.example)",
			Subject:       "Entretien chez Ακμή – 面试 📅",
			From:          []mail.Address{{Name: "Zoë Ødegård", Email: "zoe@acme.example"}},
			Sender:        []mail.Address{{Email: "noreply@greenhouse.example"}},
			ReplyTo:       []mail.Address{},
			To:            []mail.Address{{Name: "Me", Email: "me@example.org"}, {Email: "other@example.org"}},
			Cc:            nil,
			Bulk:          false,
			HasCalendar:   true,
			HasAttachment: true,
		},
		Text:      "Bonjour,\n\nNous serions ravis… 😊\r\nLigne avec \x00 nul et \"guillemets\" <html>",
		Calendars: [][]byte{ics, {0xff, 0xfe, 0x00, 0x01}, {}},
	}
	tests := []struct {
		name string
		msg  mail.Message
	}{
		{"full unicode with calendars", full},
		{"summary only", testMessage("INBOX", 1, "Hi", time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC))},
		{"zero date and empty slices", mail.Message{
			Summary:   mail.Summary{Mailbox: "INBOX", UID: 2, InReplyTo: []string{}, From: []mail.Address{}},
			Calendars: [][]byte{},
		}},
		{"negative offset", testMessage("INBOX", 3, "Call", time.Date(2025, 6, 1, 8, 0, 0, 0, time.FixedZone("EDT", -4*3600)))},
	}
	var msgs []mail.Message
	for _, tc := range tests {
		msgs = append(msgs, tc.msg)
	}
	if err := s.SaveMailbox(ctx, "INBOX", Cursor{UIDValidity: 1, LastUID: 4242}, false, msgs); err != nil {
		t.Fatal(err)
	}
	got, err := s.Messages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byUID := map[uint32]mail.Message{}
	for _, m := range got {
		byUID[m.UID] = m
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := byUID[tc.msg.UID]
			if !ok {
				t.Fatalf("uid %d not stored", tc.msg.UID)
			}
			assertMessage(t, m, tc.msg)
			if loc := m.Date.Location(); loc == time.Local && time.Local != time.UTC {
				t.Errorf("Date came back in time.Local")
			}
		})
	}
}

func TestMessagesOrder(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	day := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	save := func(mailbox string, msgs ...mail.Message) {
		t.Helper()
		if err := s.SaveMailbox(ctx, mailbox, Cursor{UIDValidity: 1, LastUID: 100}, false, msgs); err != nil {
			t.Fatal(err)
		}
	}
	save("Sent",
		testMessage("Sent", 5, "same time, Sent", day),
		testMessage("Sent", 1, "later", day.Add(time.Hour)))
	save("INBOX",
		testMessage("INBOX", 9, "same time, INBOX 9", day),
		testMessage("INBOX", 3, "same time, INBOX 3", day),
		// Earlier instant written with a later wall clock: order is by instant.
		testMessage("INBOX", 1, "earliest", day.Add(-time.Minute).In(time.FixedZone("", 9*3600))),
		testMessage("INBOX", 2, "nanosecond later", day.Add(time.Hour+time.Nanosecond)))
	got, err := s.Messages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for _, m := range got {
		subjects = append(subjects, m.Subject)
	}
	want := []string{"earliest", "same time, INBOX 3", "same time, INBOX 9", "same time, Sent", "later", "nanosecond later"}
	if !reflect.DeepEqual(subjects, want) {
		t.Errorf("order\n got %q\nwant %q", subjects, want)
	}
	sent, err := s.MessagesIn(ctx, "Sent")
	if err != nil {
		t.Fatal(err)
	}
	subjects = subjects[:0]
	for _, m := range sent {
		subjects = append(subjects, m.Subject)
	}
	if want := []string{"same time, Sent", "later"}; !reflect.DeepEqual(subjects, want) {
		t.Errorf("MessagesIn(Sent)\n got %q\nwant %q", subjects, want)
	}
	if none, err := s.MessagesIn(ctx, "Archive"); err != nil || len(none) != 0 {
		t.Errorf("MessagesIn(Archive) = %d messages, %v; want none", len(none), err)
	}
}

// key names a stored message and its content for the reset tests.
type key struct {
	mailbox string
	uid     uint32
	subject string
}

func TestSaveMailboxReset(t *testing.T) {
	ctx := context.Background()
	date := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	msg := func(mailbox string, uid uint32, subject string) mail.Message {
		return testMessage(mailbox, uid, subject, date.Add(time.Duration(uid)*time.Minute))
	}
	type save struct {
		mailbox string
		cur     Cursor
		reset   bool
		msgs    []mail.Message
	}
	tests := []struct {
		name       string
		saves      []save
		wantErr    error // of the last save
		want       []key
		wantCursor map[string]Cursor
	}{
		{
			name: "without reset adds and replaces",
			saves: []save{
				{"INBOX", Cursor{1, 2}, false, []mail.Message{msg("INBOX", 1, "a"), msg("INBOX", 2, "b")}},
				{"INBOX", Cursor{1, 3}, false, []mail.Message{msg("INBOX", 2, "b2"), msg("INBOX", 3, "c")}},
			},
			want:       []key{{"INBOX", 1, "a"}, {"INBOX", 2, "b2"}, {"INBOX", 3, "c"}},
			wantCursor: map[string]Cursor{"INBOX": {1, 3}},
		},
		{
			name: "reset drops the mailbox's old messages",
			saves: []save{
				{"INBOX", Cursor{1, 2}, false, []mail.Message{msg("INBOX", 1, "old1"), msg("INBOX", 2, "old2")}},
				{"INBOX", Cursor{7, 1}, true, []mail.Message{msg("INBOX", 1, "new1")}},
			},
			want:       []key{{"INBOX", 1, "new1"}},
			wantCursor: map[string]Cursor{"INBOX": {7, 1}},
		},
		{
			name: "reset leaves other mailboxes alone",
			saves: []save{
				{"INBOX", Cursor{1, 1}, false, []mail.Message{msg("INBOX", 1, "in")}},
				{"Sent", Cursor{5, 1}, false, []mail.Message{msg("Sent", 1, "sent")}},
				{"INBOX", Cursor{2, 0}, true, nil},
			},
			want:       []key{{"Sent", 1, "sent"}},
			wantCursor: map[string]Cursor{"INBOX": {2, 0}, "Sent": {5, 1}},
		},
		{
			name: "reset of a new mailbox",
			saves: []save{
				{"INBOX", Cursor{9, 4}, true, []mail.Message{msg("INBOX", 4, "d")}},
			},
			want:       []key{{"INBOX", 4, "d"}},
			wantCursor: map[string]Cursor{"INBOX": {9, 4}},
		},
		{
			name: "changed uidvalidity without reset is refused and changes nothing",
			saves: []save{
				{"INBOX", Cursor{1, 1}, false, []mail.Message{msg("INBOX", 1, "a")}},
				{"INBOX", Cursor{2, 5}, false, []mail.Message{msg("INBOX", 5, "e")}},
			},
			wantErr:    ErrUIDValidityChanged,
			want:       []key{{"INBOX", 1, "a"}},
			wantCursor: map[string]Cursor{"INBOX": {1, 1}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			var err error
			for i, sv := range tc.saves {
				err = s.SaveMailbox(ctx, sv.mailbox, sv.cur, sv.reset, sv.msgs)
				if err != nil && i < len(tc.saves)-1 {
					t.Fatalf("save %d: %v", i, err)
				}
			}
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("last save: err = %v, want %v", err, tc.wantErr)
			}
			assertStored(t, s, tc.want)
			for mailbox, want := range tc.wantCursor {
				got, ok, err := s.Cursor(ctx, mailbox)
				if err != nil || !ok || got != want {
					t.Errorf("Cursor(%s) = %+v, %v, %v; want %+v", mailbox, got, ok, err, want)
				}
			}
		})
	}
}

func assertStored(t *testing.T, s *Store, want []key) {
	t.Helper()
	msgs, err := s.Messages(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []key
	for _, m := range msgs {
		got = append(got, key{m.Mailbox, m.UID, m.Subject})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored\n got %v\nwant %v", got, want)
	}
}

func TestSaveMailboxInvalid(t *testing.T) {
	ctx := context.Background()
	date := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		msg  mail.Message
	}{
		{"message of another mailbox", testMessage("Sent", 2, "x", date)},
		{"uid zero", testMessage("INBOX", 0, "x", date)},
		{"year after 9999", testMessage("INBOX", 2, "x", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))},
		{"year after 9999 only in its own zone", testMessage("INBOX", 2, "x",
			time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC).In(time.FixedZone("", 2*3600)))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			good := testMessage("INBOX", 1, "good", date)
			if err := s.SaveMailbox(ctx, "INBOX", Cursor{1, 1}, false, []mail.Message{good}); err != nil {
				t.Fatal(err)
			}
			// Among a first pass's many, which are encoded in parallel.
			var batch []mail.Message
			for uid := uint32(3); uid < 200; uid++ {
				batch = append(batch, testMessage("INBOX", uid, "fine", date))
			}
			batch = slices.Insert(batch, 150, tc.msg)
			err := s.SaveMailbox(ctx, "INBOX", Cursor{1, 300}, false, batch)
			if err == nil {
				t.Fatal("SaveMailbox accepted it")
			}
			t.Logf("error: %v", err)
			// All or nothing: neither the good message nor the cursor moved.
			assertStored(t, s, []key{{"INBOX", 1, "good"}})
			if cur, _, _ := s.Cursor(ctx, "INBOX"); cur != (Cursor{1, 1}) {
				t.Errorf("cursor moved to %+v", cur)
			}
		})
	}
}

func TestCursorMissing(t *testing.T) {
	s, _ := openTest(t)
	cur, ok, err := s.Cursor(context.Background(), "INBOX")
	if err != nil || ok || cur != (Cursor{}) {
		t.Errorf("Cursor = %+v, %v, %v; want zero, false, nil", cur, ok, err)
	}
}

func TestPruneMessages(t *testing.T) {
	ctx := context.Background()
	base := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	seed := []mail.Message{
		testMessage("INBOX", 1, "no date", time.Time{}),
		testMessage("INBOX", 2, "day 0", base),
		testMessage("INBOX", 3, "day 10 in +14:00", base.AddDate(0, 0, 10).In(time.FixedZone("", 14*3600))),
		testMessage("INBOX", 4, "day 20", base.AddDate(0, 0, 20)),
	}
	tests := []struct {
		name   string
		before time.Time
		want   int
		left   []key
	}{
		{"nothing older", time.Time{}, 0, []key{{"INBOX", 1, "no date"}, {"INBOX", 2, "day 0"}, {"INBOX", 3, "day 10 in +14:00"}, {"INBOX", 4, "day 20"}}},
		{"cut is exclusive", base, 1, []key{{"INBOX", 2, "day 0"}, {"INBOX", 3, "day 10 in +14:00"}, {"INBOX", 4, "day 20"}}},
		{"by instant, not wall clock", base.AddDate(0, 0, 10).Add(time.Nanosecond), 3, []key{{"INBOX", 4, "day 20"}}},
		{"cut in another zone", base.AddDate(0, 0, 10).In(time.FixedZone("", -8*3600)), 2, []key{{"INBOX", 3, "day 10 in +14:00"}, {"INBOX", 4, "day 20"}}},
		{"everything", base.AddDate(1, 0, 0), 4, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			if err := s.SaveMailbox(ctx, "INBOX", Cursor{1, 4}, false, seed); err != nil {
				t.Fatal(err)
			}
			n, err := s.PruneMessages(ctx, tc.before)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.want {
				t.Errorf("pruned %d, want %d", n, tc.want)
			}
			assertStored(t, s, tc.left)
			if cur, ok, _ := s.Cursor(ctx, "INBOX"); !ok || cur != (Cursor{1, 4}) {
				t.Errorf("cursor %+v, %v after prune, want kept", cur, ok)
			}
		})
	}
}

// TestStoredMessageIDs: which Message-IDs are stored, in any mailbox.
func TestStoredMessageIDs(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	if err := s.SaveMailbox(ctx, "INBOX", Cursor{1, 2}, false, []mail.Message{testMessage("INBOX", 1, "a", now), testMessage("INBOX", 2, "b", now)}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveMailbox(ctx, "Sent", Cursor{7, 1}, false, []mail.Message{testMessage("Sent", 1, "c", now)}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		ids  []string
		want []string
	}{
		{"none asked", nil, nil},
		{"one of two mailboxes", []string{"Sent-1@test.example"}, []string{"Sent-1@test.example"}},
		{"stored and not", []string{"INBOX-2@test.example", "INBOX-3@test.example", "INBOX-1@test.example"}, []string{"INBOX-1@test.example", "INBOX-2@test.example"}},
		{"asked twice", []string{"INBOX-1@test.example", "INBOX-1@test.example"}, []string{"INBOX-1@test.example"}},
		{"not stored", []string{"other@test.example"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.StoredMessageIDs(ctx, tc.ids)
			if err != nil {
				t.Fatal(err)
			}
			keys := slices.Sorted(maps.Keys(got))
			if !slices.Equal(keys, tc.want) {
				t.Errorf("StoredMessageIDs(%q) = %q, want %q", tc.ids, keys, tc.want)
			}
		})
	}
}

// TestConcurrentUse runs writers and readers of several mailboxes at once;
// with -race it also checks the Store itself.
func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	const workers, rounds = 4, 20
	date := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	errs := make(chan error, workers*2)
	for w := range workers {
		mailbox := fmt.Sprintf("box%d", w)
		wg.Add(2)
		go func() {
			defer wg.Done()
			for r := range rounds {
				uid := uint32(r + 1)
				if err := s.SaveMailbox(ctx, mailbox, Cursor{1, uid}, false,
					[]mail.Message{testMessage(mailbox, uid, "x", date)}); err != nil {
					errs <- err
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for range rounds {
				if _, err := s.Messages(ctx); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	msgs, err := s.Messages(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != workers*rounds {
		t.Errorf("%d messages, want %d", len(msgs), workers*rounds)
	}
}

// BenchmarkSaveMailbox saves 8,000 Summary-only messages in one call, the
// size of a first sync of a busy inbox over the lookback window.
func BenchmarkSaveMailbox(b *testing.B) {
	ctx := context.Background()
	const n = 8000
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	msgs := make([]mail.Message, n)
	for i := range msgs {
		m := testMessage("INBOX", uint32(i+1), fmt.Sprintf("Re: Interview %d – next steps", i), base.Add(time.Duration(i)*time.Minute))
		m.Text = "" // Summary only, as after the first sync phase
		m.To = []mail.Address{{Name: "Me", Email: "me@example.org"}}
		m.References = []string{"root@acme.example"}
		msgs[i] = m
	}
	for _, bc := range []struct {
		name  string
		empty bool // empty the mailbox before each save, untimed
	}{
		{"insert", true},
		{"replace", false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s, _ := openTest(b)
			if err := s.SaveMailbox(ctx, "INBOX", Cursor{1, n}, false, msgs); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if bc.empty {
					b.StopTimer()
					if err := s.SaveMailbox(ctx, "INBOX", Cursor{1, 0}, true, nil); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				if err := s.SaveMailbox(ctx, "INBOX", Cursor{1, n}, false, msgs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n/1e3, "µs/msg")
		})
	}
}
