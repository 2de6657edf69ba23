package data

import (
	"fmt"
	"time"

	_ "time/tzdata" // zones must resolve on machines without a zoneinfo database

	"github.com/truce-dev/truce/model"
)

// The years an instant may fall in.
const (
	minYear = 1900
	maxYear = 2200
)

// commonZones are the zones suggested for a misspelt zone name.
var commonZones = []string{
	"UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
	"America/Mexico_City", "America/Toronto", "America/Sao_Paulo", "Asia/Shanghai",
	"Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo", "Asia/Seoul", "Asia/Singapore",
	"Asia/Kuala_Lumpur", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Jakarta", "Asia/Manila",
	"Asia/Kolkata", "Asia/Dubai", "Asia/Riyadh", "Europe/London", "Europe/Paris",
	"Europe/Berlin", "Europe/Brussels", "Europe/Zurich", "Europe/Stockholm",
	"Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Moscow", "Australia/Sydney",
	"Pacific/Auckland", "Africa/Johannesburg",
}

// zone returns the location named at path, reporting a missing or unknown
// zone; nil when there is none to use.
func (k *checker) zone(path, name string) *time.Location {
	if name == "" {
		k.c.add(path, msgRequired)
		return nil
	}
	if loc, ok := k.zones[name]; ok {
		return loc
	}
	var loc *time.Location
	if name != "Local" && len(name) <= 64 {
		loc, _ = time.LoadLocation(name)
	}
	k.zones[name] = loc
	if loc == nil {
		msg := fmt.Sprintf("unknown time zone %q", name)
		if s, ok := suggest(name, commonZones); ok {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		k.c.add(path, msg)
	}
	return loc
}

// instant checks the instant at path and places it in loc. A floating value
// takes loc's wall clock; a value with an offset must carry loc's offset at
// that instant. It reports whether the instant is usable for comparisons.
func (k *checker) instant(path string, in *model.Instant, loc *time.Location, required bool) bool {
	if in.IsZero() {
		if required {
			k.c.add(path, msgRequired)
		}
		return false
	}
	if y := in.Time.Year(); y < minYear || y > maxYear {
		k.c.addf(path, "year %d is outside %d..%d", y, minYear, maxYear)
		return false
	}
	if loc == nil {
		return false
	}
	if in.IsFloating() {
		return k.resolve(path, in, loc)
	}
	_, off := in.Time.Zone()
	local := in.Time.In(loc)
	abbr, zoff := local.Zone()
	if off != zoff {
		k.c.addf(path, "offset %s does not match %s, which is %s (%s) at that instant",
			fmtOffset(off), loc, fmtOffset(zoff), abbr)
		return false
	}
	in.Time = local
	return true
}

// fmtOffset formats a UTC offset in seconds as -05:00.
func fmtOffset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	return fmt.Sprintf("%c%02d:%02d", sign, sec/3600, sec/60%60)
}

// notBefore reports later falling before earlier, at path:
// "end 2025-05-10 is before start 2025-05-11".
func (k *checker) notBefore(path string, earlier, later model.Instant, earlierName, laterName string) {
	if later.Time.Before(earlier.Time) {
		k.c.addf(path, "%s %s is before %s %s", laterName, later, earlierName, earlier)
	}
}

// notAfter reports early falling after late, at path:
// "set 2025-11-12 is after at 2025-11-10".
func (k *checker) notAfter(path string, early, late model.Instant, earlyName, lateName string) {
	if early.Time.After(late.Time) {
		k.c.addf(path, "%s %s is after %s %s", earlyName, early, lateName, late)
	}
}

// resolve places a floating value in loc, refusing a wall time that does
// not exist there (inside the gap when clocks spring forward), which
// time.Date would silently move an hour back.
func (k *checker) resolve(path string, in *model.Instant, loc *time.Location) bool {
	wall := in.Time
	*in = in.Resolve(loc)
	if in.IsDateOnly() {
		return true
	}
	if t := in.Time; t.Day() != wall.Day() || t.Hour() != wall.Hour() || t.Minute() != wall.Minute() {
		line, col := k.loc.find(path)
		k.c.addAt(line, col, path, fmt.Sprintf("%s does not exist in %s: the clocks jumped forward across it (daylight saving)",
			wall.Format("2006-01-02T15:04:05"), loc))
		return false
	}
	return true
}
