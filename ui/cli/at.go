package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/truce-dev/truce/ui"
)

// The layouts --at accepts besides RFC 3339, tried in order; a trailing IANA
// zone name may follow any of them ("2025-10-26 09:00 Asia/Kuala_Lumpur").
var atLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

// ParseAt parses a --at value: RFC 3339 ("2025-10-26T09:00:00+08:00"), a
// date ("2025-10-26", midnight in zone), a date and time without offset (in
// zone), or either followed by an IANA zone name, which then overrides zone.
// Years outside 1900..2200 are refused.
func ParseAt(s string, zone *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if zone == nil {
		zone = time.UTC
	}
	if s == "" {
		return time.Time{}, fmt.Errorf("empty time: want RFC 3339 (2025-10-26T09:00:00+08:00), a date (2025-10-26) or a date and time with a zone name")
	}
	if n := len(s) - len(strings.TrimLeft(s, "0123456789")); n > 4 && n < len(s) && s[n] == '-' {
		return time.Time{}, fmt.Errorf("year %s is outside 1900..2200", s[:n])
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return checkYear(t)
		}
	}
	text, loc := s, zone
	if i := strings.LastIndexByte(s, ' '); i > 0 && strings.Contains(s[i+1:], "/") || i > 0 && s[i+1:] == "UTC" {
		name := s[i+1:]
		l, err := time.LoadLocation(name)
		if err != nil || name == "Local" {
			return time.Time{}, fmt.Errorf("unknown time zone %q", ui.Clean(name))
		}
		text, loc = strings.TrimSpace(s[:i]), l
	}
	for _, layout := range atLayouts {
		if t, err := time.ParseInLocation(layout, text, loc); err == nil {
			return checkYear(t)
		}
	}
	return time.Time{}, fmt.Errorf("want RFC 3339 (2025-10-26T09:00:00+08:00), a date (2025-10-26), or a date and time optionally followed by a zone name (2025-10-26 09:00 Asia/Kuala_Lumpur)")
}

func checkYear(t time.Time) (time.Time, error) {
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}, fmt.Errorf("year %d is outside 1900..2200", y)
	}
	return t, nil
}
