package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// sizeUnits are the units parseSize accepts, in lower case: SI prefixes
// are powers of 1000 and IEC ones powers of 1024, as the standards (and
// curl, and du --si) have them.
var sizeUnits = map[string]int64{
	"": 1, "b": 1, "byte": 1, "bytes": 1,
	"kb": 1e3, "mb": 1e6, "gb": 1e9,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
}

// parseSize reads a positive number of bytes: "20 MiB", "512 KiB",
// "20MB", "1.5 GB" or a plain "1048576". unit is the unit as written, ""
// for plain bytes.
func parseSize(s string) (n int64, unit string, err error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf(`want a size such as "20 MiB", "512 KiB", "20MB" or a number of bytes, got %q`, s)
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		i = len(s)
	}
	num, unit := s[:i], strings.TrimSpace(s[i:])
	mult, ok := sizeUnits[strings.ToLower(unit)]
	if num == "" || !ok {
		return 0, "", bad
	}
	if strings.Contains(num, ".") {
		f, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, "", bad
		}
		f = math.Round(f * float64(mult))
		if f >= math.MaxInt64 {
			return 0, "", fmt.Errorf("want a size under 8 EiB, got %q", s)
		}
		n = int64(f)
	} else {
		v, err := strconv.ParseInt(num, 10, 64)
		if err != nil || v > math.MaxInt64/mult {
			return 0, "", fmt.Errorf("want a size under 8 EiB, got %q", s)
		}
		n = v * mult
	}
	if n <= 0 {
		return 0, "", fmt.Errorf("want a size above zero, got %q", s)
	}
	return n, unit, nil
}
