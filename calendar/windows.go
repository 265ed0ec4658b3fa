package calendar

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
)

// Outlook and Exchange write Windows time-zone names as TZIDs
// ("W. Europe Standard Time"). The Unicode CLDR publishes the mapping from
// them to IANA names; its default ("001" territory) entry for each Windows
// name is the zone Windows itself means. See cldr/README.md.

//go:embed cldr/windowsZones.json
var windowsZonesJSON []byte

// windowsZones maps a lower-cased Windows zone name to its IANA name.
var windowsZones = sync.OnceValue(func() map[string]string {
	var doc struct {
		Supplemental struct {
			WindowsZones struct {
				MapTimezones []struct {
					MapZone struct {
						Other     string `json:"_other"`
						Type      string `json:"_type"`
						Territory string `json:"_territory"`
					} `json:"mapZone"`
				} `json:"mapTimezones"`
			} `json:"windowsZones"`
		} `json:"supplemental"`
	}
	m := make(map[string]string)
	// The file is embedded and checked by TestWindowsZones; a decoding
	// error leaves the map empty rather than stopping the program.
	if err := json.Unmarshal(windowsZonesJSON, &doc); err != nil {
		return m
	}
	for _, z := range doc.Supplemental.WindowsZones.MapTimezones {
		if z.MapZone.Territory != "001" {
			continue
		}
		if iana, _, _ := strings.Cut(z.MapZone.Type, " "); iana != "" {
			m[strings.ToLower(z.MapZone.Other)] = iana
		}
	}
	return m
})

// WindowsToIANA returns the IANA name for a Windows time-zone name, as the
// CLDR maps it, matching case-insensitively.
func WindowsToIANA(name string) (string, bool) {
	iana, ok := windowsZones()[strings.ToLower(strings.TrimSpace(name))]
	return iana, ok
}
