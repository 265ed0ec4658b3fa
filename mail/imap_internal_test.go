package mail

import (
	"testing"

	"github.com/emersion/go-imap/v2"
)

func TestIMAPIsLoopback(t *testing.T) {
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.1.2.3", true},
		{"::1", true},
		{"[::1]", true},
		{"localhost", true},
		{"LOCALHOST", true},
		{"localhost.example.com", false},
		{"10.0.0.1", false},
		{"imap.example.com", false},
		{"::ffff:192.0.2.1", false},
		{"", false},
	} {
		if got := isLoopback(tc.host); got != tc.want {
			t.Errorf("isLoopback(%q) = %v, want %v", tc.host, got, tc.want)
		}
	}
}

func TestSyncUIDSet(t *testing.T) {
	for _, tc := range []struct {
		uids []uint32
		want string
	}{
		{[]uint32{1}, "1"},
		{[]uint32{1, 2, 3, 5, 7, 8}, "1:3,5,7:8"},
		{[]uint32{10, 20, 21}, "10,20:21"},
	} {
		if got := uidSet(tc.uids).String(); got != tc.want {
			t.Errorf("uidSet(%v) = %s, want %s", tc.uids, got, tc.want)
		}
	}
}

func TestSyncCalendarNames(t *testing.T) {
	for _, tc := range []struct {
		name    string
		params  map[string]string
		dparams map[string]string
		want    bool
	}{
		{"name", map[string]string{"name": "invite.ics"}, nil, true},
		{"filename upper", nil, map[string]string{"filename": " INVITE.ICS "}, true},
		{"rfc 2231", nil, map[string]string{"filename*": "UTF-8''Gespr%C3%A4ch%2Eics"}, true},
		{"rfc 2231 with language", nil, map[string]string{"filename*": "utf-8'de'a.ics"}, true},
		{"continuation", nil, map[string]string{"filename*0*": "UTF-8''Einladung%20", "filename*1": "x.ics"}, true},
		{"continuation order", nil, map[string]string{"filename*1": "x.ics", "filename*0": "y", "filename*10": "z.pdf"}, false},
		{"pdf", map[string]string{"name": "cv.pdf"}, map[string]string{"filename": "cv.pdf"}, false},
		{"ics in the middle", map[string]string{"name": "a.ics.pdf"}, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &imap.BodyStructureSinglePart{Type: "application", Subtype: "octet-stream", Params: tc.params}
			if tc.dparams != nil {
				p.Extended = &imap.BodyStructureSinglePartExt{
					Disposition: &imap.BodyStructureDisposition{Value: "attachment", Params: tc.dparams},
				}
			}
			if got := structureHasCalendar(p, 0); got != tc.want {
				t.Errorf("structureHasCalendar() = %v, want %v (names %q)", got, tc.want, bodyPartNames(p))
			}
		})
	}
}
