package config

import (
	"testing"
	"time"
)

func TestParseSpan(t *testing.T) {
	const day = 24 * time.Hour
	tests := []struct {
		in      string
		want    time.Duration
		wantErr string
	}{
		{in: "60 days", want: 60 * day},
		{in: "1 day", want: day},
		{in: "8 weeks", want: 56 * day},
		{in: "8weeks", want: 56 * day},
		{in: "2 Hours", want: 2 * time.Hour},
		{in: "30 min", want: 30 * time.Minute},
		{in: "5m", want: 5 * time.Minute},
		{in: "1h30m", want: 90 * time.Minute},
		{in: "1440h", want: 60 * day},
		{in: "0 days", wantErr: `want a duration above zero, got "0 days"`},
		{in: "-5m", wantErr: `want a duration above zero, got "-5m"`},
		{in: "2 months", wantErr: `want a duration such as "60 days", "8 weeks", "5m" or "1h30m", got "2 months"`},
		{in: "days", wantErr: `want a duration such as "60 days", "8 weeks", "5m" or "1h30m", got "days"`},
		{in: "", wantErr: `want a duration such as "60 days", "8 weeks", "5m" or "1h30m", got ""`},
		{in: "99999999999 weeks", wantErr: `want a duration under ten years, got "99999999999 weeks"`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parseSpan(tc.in)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if got != tc.want || gotErr != tc.wantErr {
				t.Errorf("parseSpan(%q) = %v, %q; want %v, %q", tc.in, got, gotErr, tc.want, tc.wantErr)
			}
		})
	}
}
