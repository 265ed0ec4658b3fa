package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/followupd/followupd/interview"
)

// utcInterview returns iv with every time in UTC, so that interviews can be
// compared with DeepEqual on their instants.
func utcInterview(iv interview.Interview) interview.Interview {
	iv.Start, iv.End, iv.InvitedAt, iv.StatusAt = iv.Start.UTC(), iv.End.UTC(), iv.InvitedAt.UTC(), iv.StatusAt.UTC()
	cs := make([]interview.Correspondence, len(iv.Correspondence))
	for i, c := range iv.Correspondence {
		c.At = c.At.UTC()
		cs[i] = c
	}
	if iv.Correspondence != nil {
		iv.Correspondence = cs
	}
	return iv
}

func TestInterviews(t *testing.T) {
	ctx := context.Background()
	kolkata := time.FixedZone("IST", 5*3600+1800)
	start := time.Date(2025, 4, 8, 15, 30, 0, 0, kolkata)
	full := interview.Interview{
		ID:       "ics:abc@greenhouse",
		Company:  "Ακμή GmbH – 株式会社",
		Role:     "Ingénieure logicielle",
		Start:    start,
		End:      start.Add(45 * time.Minute),
		Location: "https://meet.example/abc?pwd=x&y=ü",
		Interviewers: []interview.Person{
			{Name: "Zoë Ødegård", Email: "zoe@acme.example"},
			{Email: "hr@acme.example"},
		},
		Organizer:   interview.Person{Name: "Recruiting", Email: "jobs@acme.example"},
		Thread:      []string{"a@acme", "b@acme"},
		ThreadTopic: "Entretien 📅",
		ICSUID:      "abc@greenhouse",
		Sequence:    3,
		InvitedAt:   time.Date(2025, 4, 1, 9, 0, 0, 123, time.UTC),
		Status:      interview.Scheduled,
		StatusAt:    time.Date(2025, 4, 2, 9, 0, 0, 0, time.UTC),
		Correspondence: []interview.Correspondence{{
			At: time.Date(2025, 4, 9, 8, 0, 0, 0, time.UTC), Direction: interview.Inbound,
			MessageID: "c@acme", From: interview.Person{Email: "zoe@acme.example"}, Subject: "Merci",
		}},
		Evidence: "ICS REQUEST from jobs@acme.example",
	}
	minimal := interview.Interview{ID: "msg:1@x", Company: "Beta", Start: start.Add(-24 * time.Hour), Status: interview.Cancelled}

	tests := []struct {
		name  string
		saves [][]interview.Interview
		want  []interview.Interview
	}{
		{"round trip, ordered by start", [][]interview.Interview{{full, minimal}}, []interview.Interview{minimal, full}},
		{"replace drops the missing", [][]interview.Interview{{full, minimal}, {minimal}}, []interview.Interview{minimal}},
		{"replace with none", [][]interview.Interview{{full}, nil}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			for _, ivs := range tc.saves {
				if err := s.SaveInterviews(ctx, ivs); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.Interviews(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d interviews, want %d", len(got), len(tc.want))
			}
			for i := range got {
				if g, w := utcInterview(got[i]), utcInterview(tc.want[i]); !reflect.DeepEqual(g, w) {
					t.Errorf("interview %d\n got %#v\nwant %#v", i, g, w)
				}
				_, gotOff := got[i].Start.Zone()
				_, wantOff := tc.want[i].Start.Zone()
				if gotOff != wantOff {
					t.Errorf("interview %d: Start offset %d, want %d", i, gotOff, wantOff)
				}
			}
		})
	}
}

func TestSaveInterviewsInvalid(t *testing.T) {
	ctx := context.Background()
	kept := interview.Interview{ID: "kept", Company: "K"}
	for _, tc := range []struct {
		name string
		ivs  []interview.Interview
	}{
		{"empty id", []interview.Interview{{Company: "A"}}},
		{"duplicate id", []interview.Interview{{ID: "x"}, {ID: "x"}}},
		{"start out of range", []interview.Interview{{ID: "x", Start: time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			if err := s.SaveInterviews(ctx, []interview.Interview{kept}); err != nil {
				t.Fatal(err)
			}
			err := s.SaveInterviews(ctx, tc.ivs)
			if err == nil {
				t.Fatal("SaveInterviews accepted it")
			}
			t.Logf("error: %v", err)
			got, err := s.Interviews(ctx)
			if err != nil || len(got) != 1 || got[0].ID != "kept" {
				t.Errorf("after a failed save: %+v, %v; want the old snapshot", got, err)
			}
		})
	}
}

func TestPlan(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 4, 8, 18, 0, 0, 1, time.FixedZone("", 2*3600))
	a := PlanItem{InterviewID: "iv1", Rule: "thanks", Company: "Acme", Due: t0, Status: "due", Reason: "same day after the interview"}
	b := PlanItem{InterviewID: "iv1", Rule: "check-in", Company: "Acme", Due: t0.AddDate(0, 0, 7), Status: "suppressed", Reason: "employer replied – « merci »"}
	c := PlanItem{InterviewID: "iv0", Rule: "thanks", Company: "Beta", Due: t0, Status: "written"}
	utc := func(it PlanItem) PlanItem { it.Due = it.Due.UTC(); return it }

	tests := []struct {
		name    string
		saves   [][]PlanItem
		want    []PlanItem
		wantErr bool // of the last save
	}{
		{"ordered by due then id then rule", [][]PlanItem{{b, a, c}}, []PlanItem{utc(c), utc(a), utc(b)}, false},
		{"replace", [][]PlanItem{{a, b}, {c}}, []PlanItem{utc(c)}, false},
		{"replace with none", [][]PlanItem{{a}, {}}, nil, false},
		{"duplicate pair keeps the old plan", [][]PlanItem{{c}, {a, a}}, []PlanItem{utc(c)}, true},
		{"missing rule keeps the old plan", [][]PlanItem{{c}, {{InterviewID: "x"}}}, []PlanItem{utc(c)}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			var err error
			for i, items := range tc.saves {
				err = s.SavePlan(ctx, items)
				if err != nil && i < len(tc.saves)-1 {
					t.Fatal(err)
				}
			}
			if (err != nil) != tc.wantErr {
				t.Fatalf("last save: err = %v, wantErr %v", err, tc.wantErr)
			}
			got, err := s.Plan(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Plan\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestMeta(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	steps := []struct {
		name      string
		set       *[2]string
		get       string
		wantValue string
		wantOK    bool
	}{
		{"missing", nil, "feed:etag", "", false},
		{"set", &[2]string{"feed:etag", `W/"1"`}, "feed:etag", `W/"1"`, true},
		{"overwrite", &[2]string{"feed:etag", `W/"2"`}, "feed:etag", `W/"2"`, true},
		{"empty value is a value", &[2]string{"feed:lm", ""}, "feed:lm", "", true},
		{"keys are exact", nil, "FEED:ETAG", "", false},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.set != nil {
				if err := s.SetMeta(ctx, st.set[0], st.set[1]); err != nil {
					t.Fatal(err)
				}
			}
			v, ok, err := s.GetMeta(ctx, st.get)
			if err != nil || v != st.wantValue || ok != st.wantOK {
				t.Errorf("GetMeta(%q) = %q, %v, %v; want %q, %v, nil", st.get, v, ok, err, st.wantValue, st.wantOK)
			}
		})
	}
}
