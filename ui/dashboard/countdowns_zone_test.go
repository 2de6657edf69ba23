package dashboard

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDueColumnNamesOwnDay: under "Due (PST/PDT)" a reader in Los Angeles
// reads the exact deadlines in their own zone and each date-only deadline's
// day marked with the zone it is a day in, so that 10 November (New York's
// and Beijing's day) above 21:01 on 9 November in Los Angeles does not read
// out of order; a reader in New York reads New York's days unmarked.
func TestDueColumnNamesOwnDay(t *testing.T) {
	for _, c := range []struct {
		zone string
		want map[string]string // a row's title: how its Due cell begins
	}{
		{"America/Los_Angeles", map[string]string{
			"Port-fee suspensions end":                "2026-11-10 EST ",
			"China's 24-point tariff suspension ends": "2026-11-10 CST ",
			"Extended truce expires":                  "2026-11-09 ",
		}},
		{"America/New_York", map[string]string{
			"Port-fee suspensions end":                "2026-11-10 ",
			"China's 24-point tariff suspension ends": "2026-11-10 CST ",
			"Extended truce expires":                  "2026-11-10 ",
		}},
	} {
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range [][2]int{{120, 40}, {200, 50}} {
			a := newAppIn(t, mustTime(t, "2025-12-01T01:00:00-05:00"), size[0], size[1], loc)
			press(a, "4")
			out := plain(a)
			checkFrame(t, out, size[0], size[1])
			for title, due := range c.want {
				re := regexp.MustCompile(`│ (\S+(?: \S+)?) +\S.*` + regexp.QuoteMeta(title))
				m := re.FindStringSubmatch(out)
				if m == nil || !strings.HasPrefix(m[0], "│ "+due) {
					t.Errorf("%s %dx%d: %q should be due %q, got %q", c.zone, size[0], size[1], title, due, m)
				}
			}
		}
	}
}
