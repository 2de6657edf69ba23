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

// TestDateOnlyNamesItsDay: a reader in Los Angeles at 22:00 on Sunday 30
// November, when New York's Monday 1 December has begun, reads "due today"
// with the place whose day it is in the hero, the detail and the footer;
// a reader in New York reads the day bare in the hero and the footer.
func TestDateOnlyNamesItsDay(t *testing.T) {
	at := mustTime(t, "2025-12-01T01:00:00-05:00")
	for _, c := range []struct {
		zone   string
		want   []string
		unwant []string
	}{
		{"America/Los_Angeles", []string{"due today  Mon 1 Dec 2025 in New York", "Mon 1 Dec 2025 in New York,", "due today (New York's day)"}, nil},
		{"America/New_York", []string{"Mon 1 Dec 2025 in New York,", "· due today"}, []string{"2025 in New York  ", "New York's day"}},
	} {
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range [][2]int{{80, 40}, {120, 40}, {200, 50}} {
			a := newAppIn(t, at, size[0], size[1], loc)
			press(a, "4")
			out := plain(a)
			checkFrame(t, out, size[0], size[1])
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s %dx%d: missing %q:\n%s", c.zone, size[0], size[1], w, out)
				}
			}
			for _, w := range c.unwant {
				if strings.Contains(out, w) {
					t.Errorf("%s %dx%d: %q should not be there:\n%s", c.zone, size[0], size[1], w, out)
				}
			}
		}
	}
}
