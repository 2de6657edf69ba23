package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// parseAt reads an --at value. It stands in for ui.ParseAt (being written on
// the countdowns branch) with the same semantics, and goes once that lands:
//
//   - RFC 3339: 2025-11-10T00:01:00-05:00 (or Z);
//   - a date: 2025-11-10, meaning 00:00 in zone;
//   - a date-time without offset, in zone: 2025-11-10T00:01 or
//     2025-11-10 00:01:00;
//   - a date-time followed by an IANA zone name:
//     "2025-11-10 00:01 America/New_York".
//
// Years outside 1900..2200 are rejected.
func parseAt(s string, zone *time.Location) (time.Time, error) {
	if zone == nil {
		zone = time.UTC
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("empty time")
	}
	if n := len(s) - len(strings.TrimLeft(s, "0123456789")); n > 4 && n < len(s) && s[n] == '-' {
		return time.Time{}, fmt.Errorf("year %s is outside 1900..2200", s[:n])
	}
	t, err := parseAtIn(s, zone)
	if err != nil {
		return time.Time{}, err
	}
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}, fmt.Errorf("year %d is outside 1900..2200", y)
	}
	return t, nil
}

// atLayouts are the forms accepted without an offset, read in a zone.
var atLayouts = []string{
	"2006-01-02",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04",
	"2006-01-02 15:04:05",
}

func parseAtIn(s string, zone *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range atLayouts {
		if t, err := time.ParseInLocation(layout, s, zone); err == nil {
			return t, nil
		}
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		name := s[i+1:]
		if strings.Contains(name, "/") || name == "UTC" {
			loc, err := time.LoadLocation(name)
			if err != nil || name == "Local" {
				return time.Time{}, fmt.Errorf("unknown time zone %q", name)
			}
			rest := strings.TrimSpace(s[:i])
			for _, layout := range atLayouts[1:] {
				if t, err := time.ParseInLocation(layout, rest, loc); err == nil {
					return t, nil
				}
			}
		}
	}
	return time.Time{}, errors.New("want 2025-11-10, 2025-11-10T00:01, 2025-11-10T00:01:00-05:00 or \"2025-11-10 00:01 America/New_York\"")
}
