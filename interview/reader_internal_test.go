package interview

import (
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/followupd/followupd/mail"
)

// TestCopyReadSharesNothingABuildChanges fails when analysis gains a map
// or a slice that copyRead leaves shared: a build filters a slice in
// place (dedupeEvents) and fills maps, and a Preview's build must not
// change the reading the pass's own build takes afterwards.
func TestCopyReadSharesNothingABuildChanges(t *testing.T) {
	// Pointers to what is made once and only read after.
	// memo is shared on purpose: it answers questions about the text,
	// which no build changes (see textMemo).
	immutable := map[string]bool{"spell": true, "zoneLoc": true, "stated": true, "publicZone": true, "memo": true}
	a := &analysis{}
	v := reflect.ValueOf(a).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		f = reflect.NewAt(f.Type(), f.Addr().UnsafePointer()).Elem() // unexported
		switch f.Kind() {
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		case reflect.Map:
			f.Set(reflect.MakeMap(f.Type()))
		}
	}
	cp := reflect.ValueOf(a.copyRead()).Elem()
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		orig, copied := v.Field(i), cp.Field(i)
		switch orig.Kind() {
		case reflect.Slice, reflect.Map:
			if orig.Pointer() == copied.Pointer() {
				t.Errorf("analysis.%s: copyRead shares it with the reading; clone it there", name)
			}
		case reflect.Pointer, reflect.Chan, reflect.Func, reflect.Interface:
			if !immutable[name] {
				t.Errorf("analysis.%s: copyRead shares what it points to; clone it there, or say here why it is never changed", name)
			}
		}
	}
}

func TestWriterReferredReader(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"German, the participle last", "Hi Sam,\n\nwie besprochen hab ich dich heute intern für die Staff-Engineer-Stelle im Grid-Analytics-Team empfohlen. Unsere Recruiterin meldet sich.", true},
		{"English", "I've referred you for the Staff Engineer role, so expect a mail from Priya.", true},
		{"French", "Je t'ai recommandé pour le poste de data engineer.", true},
		{"Spanish, the person in the ending", "Te recomendé para el puesto de backend, te escribirá Lucía.", true},
		{"the writer was referred", "I was referred to you by Jonas, who says you know Spark well.", false},
		{"someone else referred", "Jonas referred you to me, and we're hiring a data engineer.", false},
		{"he, in English", "Jonas said he referred you last week.", false},
		{"German yes and a third person", "Ja, Jonas hat dich empfohlen.", false},
		{"no referral", "Would you be up for a coffee on Friday at 8:30?", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := writerReferredReader(tc.text) != ""; got != tc.want {
				t.Errorf("writerReferredReader = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEndsRangeInTheClocksSentence: the words before a clock say it ends
// a range only within its own sentence; an abbreviation's full stop does
// not end one, a sentence beginning with any capital does.
func TestEndsRangeInTheClocksSentence(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"(bis ca. ", true},
		{"finishing around ", true},
		{"meeting at 12 that day. Can you do ", false},
		{"Ende um 12. Über ", false},
		{"from 10 to ", true},
	} {
		if got := endsRange(tc.before); got != tc.want {
			t.Errorf("endsRange(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

// TestCopiesShareTheAnswersAboutTheText holds that what a build asks of
// a copy of a reading (Reader.Preview) is not asked again of the reading
// the pass's build takes afterwards: over thousands of bodies these
// questions were most of each build (see BenchmarkBuildAfterReadAhead
// in bench).
func TestCopiesShareTheAnswersAboutTheText(t *testing.T) {
	cfg := Config{Keywords: DefaultKeywords(), Location: time.UTC}
	m := &mail.Message{Summary: mail.Summary{Subject: "Coffee?", Date: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC),
		From: []mail.Address{{Name: "Jonas Weber", Email: "jonas@spreewerk.example"}}},
		Text: "Hi Sam,\n\nthanks so much for yesterday! We're hiring a Head of Platform and I'd love to tell you about it. Fancy a coffee next week?\n\nJonas"}
	a := read(m, cfg, false)
	cp := a.copyRead()
	if !cp.hiresForRole() || cp.topsRole() != "Head of Platform" || cp.outcomeOfText() != "" {
		t.Fatalf("copy: hires %v, role %q, outcome %q", cp.hiresForRole(), cp.topsRole(), cp.outcomeOfText())
	}
	if got := *a.memo; got.hiring != 1 || !got.topRoleDone || !got.outcomeDone {
		t.Errorf("the reading's memo after its copy was asked: %+v; want every answer there", got)
	}
}

// TestWaitReadsOnEveryProcessor: readings ahead run on all processors but
// one (NewReader), the one left to the fetching; once a build waits for
// them, nothing is fetched any more, and what is still queued is read on
// every processor. Here two readings must run at once for either to end.
func TestWaitReadsOnEveryProcessor(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	defer func(orig func(*mail.Message, Config, bool) *analysis) { readMessage = orig }(readMessage)
	var (
		inFlight atomic.Int32
		both     = make(chan struct{})
		once     sync.Once
	)
	defer once.Do(func() { close(both) }) // a failed run leaves no reader blocked
	readMessage = func(m *mail.Message, cfg Config, answered bool) *analysis {
		if inFlight.Add(1) >= 2 {
			once.Do(func() { close(both) })
		}
		<-both
		return read(m, cfg, answered)
	}
	cfg := Config{Me: []string{"sam@example.org"}}
	r := NewReader(cfg)
	if r.workers != 1 {
		t.Fatalf("workers = %d with two processors, want 1", r.workers)
	}
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	for uid := range uint32(4) {
		r.ReadAhead(mail.Message{Summary: mail.Summary{Mailbox: "INBOX", UID: uid + 1, Date: at, Subject: "Hello"}, Text: "Hi"}, false)
	}
	done := make(chan struct{})
	go func() {
		r.Preview(nil)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Preview waited for the readings on one processor only")
	}
}
