package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// The layouts --at accepts, tried in order: RFC 3339 with or without
// seconds, then local forms read in the zone; a trailing IANA zone name may
// follow a local form ("2025-10-26 09:00 Asia/Kuala_Lumpur").
var (
	atOffsetLayouts = []string{time.RFC3339, "2006-01-02T15:04Z07:00"}
	atLocalLayouts  = []string{
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
	}
)

// errAtForms says which forms --at takes.
var errAtForms = errors.New("want RFC 3339 (2025-10-26T09:00:00+08:00, 2025-11-09T23:00Z), a date " +
	"(2025-10-26), or a date and time optionally followed by a zone name (2025-10-26 09:00 Asia/Kuala_Lumpur)")

// ParseAt parses a --at value: RFC 3339 with or without seconds
// ("2025-10-26T09:00:00+08:00", "2025-11-09T23:00Z"), a date ("2025-10-26":
// the first instant of that day in zone), a date and time without offset (in
// zone), or either followed by an IANA zone name (any case), which then
// overrides zone. Years outside 1900..2200 are refused, and so is a wall
// time that does not exist in its zone (inside a daylight-saving gap).
func ParseAt(s string, zone *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if zone == nil {
		zone = time.UTC
	}
	if s == "" {
		return time.Time{}, fmt.Errorf("empty time: %w", errAtForms)
	}
	if n := len(s) - len(strings.TrimLeft(s, "0123456789")); n > 4 && n < len(s) && s[n] == '-' {
		return time.Time{}, fmt.Errorf("year %s is outside 1900..2200", s[:n])
	}
	for _, layout := range atOffsetLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return checkYear(t)
		}
	}
	text, loc := s, zone
	if i := strings.LastIndexByte(s, ' '); i > 0 && (strings.Contains(s[i+1:], "/") || strings.EqualFold(s[i+1:], "UTC")) {
		l, err := LoadZone(s[i+1:])
		if err != nil {
			return time.Time{}, err
		}
		text, loc = strings.TrimSpace(s[:i]), l
	}
	if d, err := time.Parse(time.DateOnly, text); err == nil {
		if _, err := checkYear(d); err != nil {
			return time.Time{}, err
		}
		return model.StartOfDay(d.Year(), d.Month(), d.Day(), loc), nil
	}
	for _, layout := range atLocalLayouts {
		wall, err := time.Parse(layout, text)
		if err != nil {
			continue
		}
		if _, err := checkYear(wall); err != nil {
			return time.Time{}, err
		}
		return inZone(wall, loc)
	}
	return time.Time{}, whatIsWrong(text)
}

// inZone places a wall-clock time (read as UTC fields) in loc, refusing a
// time that does not exist there: inside the gap when clocks spring
// forward.
func inZone(wall time.Time, loc *time.Location) (time.Time, error) {
	t := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, loc)
	if t.Hour() == wall.Hour() && t.Minute() == wall.Minute() && t.Day() == wall.Day() {
		return t, nil
	}
	// time.Date read the wall time with the offset before the gap; the gap
	// ends where that offset's period ends.
	abbr, off := t.Zone()
	_, end := t.ZoneBounds()
	before := end.In(time.FixedZone(abbr, off))
	return time.Time{}, fmt.Errorf("%s does not exist in %s: clocks jumped from %s to %s on %s",
		wall.Format("15:04"), loc, before.Format("15:04 MST"), end.In(loc).Format("15:04 MST"),
		end.In(loc).Format(time.DateOnly))
}

// whatIsWrong names the part of a date or time that could not be read.
func whatIsWrong(text string) error {
	for _, layout := range append([]string{time.DateOnly}, atLocalLayouts...) {
		if len(layout) != len(text) {
			continue
		}
		if _, err := time.Parse(layout, text); err != nil {
			var pe *time.ParseError
			if errors.As(err, &pe) && pe.Message != "" {
				return fmt.Errorf("%s%w", strings.TrimPrefix(pe.Message, ": "), wantForms())
			}
		}
	}
	return errAtForms
}

func wantForms() error { return fmt.Errorf("; %w", errAtForms) }

func checkYear(t time.Time) (time.Time, error) {
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}, fmt.Errorf("year %d is outside 1900..2200", y)
	}
	return t, nil
}

// LoadZone loads an IANA zone by name, matching the name's case loosely
// ("utc", "asia/shanghai"); "Local" is refused (say --tz instead).
func LoadZone(name string) (*time.Location, error) {
	if name == "Local" || strings.EqualFold(name, "local") {
		return nil, fmt.Errorf("unknown time zone %q", ui.Clean(name))
	}
	if loc, err := time.LoadLocation(name); err == nil {
		return loc, nil
	}
	if strings.EqualFold(name, "UTC") {
		return time.UTC, nil
	}
	for _, z := range zoneNames() {
		if strings.EqualFold(z, name) && z != "Local" {
			if loc, err := time.LoadLocation(z); err == nil {
				return loc, nil
			}
		}
	}
	return nil, fmt.Errorf("unknown time zone %q", ui.Clean(name))
}
