package calendar

import (
	"regexp"
	"strings"
)

// person reads an ORGANIZER or ATTENDEE (RFC 5545 §3.8.4.3, §3.8.4.1).
// The value is a cal-address URI, in practice "mailto:..." in any case.
// When it is another URI (Apple and Nextcloud write "urn:uuid:..."), the
// EMAIL parameter of RFC 7986 §6.2 gives the address.
func person(p *prop) Person {
	v := strings.TrimSpace(p.value)
	email := ""
	if len(v) >= 7 && strings.EqualFold(v[:7], "mailto:") {
		email = strings.TrimSpace(v[7:])
	} else if !strings.Contains(v, ":") && strings.Contains(v, "@") {
		email = v // a bare address, as some generators write
	}
	if email == "" || !strings.Contains(email, "@") {
		email = strings.TrimSpace(p.param("EMAIL"))
		email = strings.TrimPrefix(strings.TrimPrefix(email, "mailto:"), "MAILTO:")
	}
	if !strings.Contains(email, "@") {
		email = "" // Google writes "invalid:nomail" for rooms
	}
	return Person{
		Name:     strings.Trim(strings.TrimSpace(p.param("CN")), `"`),
		Email:    strings.ToLower(email),
		CUType:   strings.ToUpper(strings.TrimSpace(p.param("CUTYPE"))),
		Role:     strings.ToUpper(strings.TrimSpace(p.param("ROLE"))),
		PartStat: strings.ToUpper(strings.TrimSpace(p.param("PARTSTAT"))),
	}
}

// meetingLink matches the join links of the video services interview
// invitations use. Go's regexp runs in linear time, so a hostile
// description cannot make this slow.
var meetingLink = regexp.MustCompile(`(?i)https://(?:` +
	`meet\.google\.com/[a-z0-9-]+` +
	`|(?:[a-z0-9-]+\.)?zoom\.us/(?:j|my|w|s)/[^\s<>"'\\]+` +
	`|teams\.microsoft\.com/(?:l/meetup-join|meet)/[^\s<>"'\\]+` +
	`|teams\.live\.com/meet/[^\s<>"'\\]+` +
	`|[a-z0-9-]+\.webex\.com/[^\s<>"'\\]+` +
	`|(?:www\.)?whereby\.com/[^\s<>"'\\]+` +
	`|meet\.jit\.si/[^\s<>"'\\]+` +
	`|(?:app\.)?chime\.aws/[^\s<>"'\\]+` +
	`|(?:global\.|www\.)?gotomeeting\.com/join/[^\s<>"'\\]+` +
	`|meet\.goto\.com/[^\s<>"'\\]+` +
	`|(?:[a-z0-9-]+\.)?bluejeans\.com/[^\s<>"'\\]+` +
	`|[a-z0-9-]+\.my\.site\.com/[^\s<>"'\\]*meeting[^\s<>"'\\]*` +
	`)`)

// conference finds the video-call link of an event: the properties made
// for it first (Google's X-GOOGLE-CONFERENCE, RFC 7986 §5.11 CONFERENCE,
// Microsoft's Teams properties), then a known meeting link in URL,
// LOCATION and DESCRIPTION, in that order.
func conference(c *component, ev *Event) string {
	for _, name := range []string{"X-GOOGLE-CONFERENCE", "CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGCONFLINK"} {
		if v := strings.TrimSpace(c.value(name)); strings.HasPrefix(strings.ToLower(v), "https://") {
			return v
		}
	}
	for _, s := range []string{ev.URL, ev.Location, ev.Description} {
		if m := meetingLink.FindString(s); m != "" {
			return strings.TrimRight(m, ".,;:)]>")
		}
	}
	return ""
}
