package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Precision says how much of an Instant was given in the data.
type Precision uint8

// The precisions an Instant may have.
const (
	// Unset means the field was absent.
	Unset Precision = iota
	// DateOnly means only a calendar day was given; no clock time exists.
	DateOnly
	// Exact means a date and time were given.
	Exact
)

// Instant is a point in time as the data gives it: either an exact instant
// or a calendar day. A calendar day is resolved to the start of that day in
// its record's zone (the first valid instant where a clock change skips
// midnight), so that it can be ordered against exact instants, but
// it keeps its precision so that no view invents hours for it.
type Instant struct {
	// Time is the absolute instant (for DateOnly, 00:00 in the zone).
	Time time.Time
	// Precision says whether Time carries a clock time.
	Precision Precision
	// floating is true when the data gave a local date-time without offset,
	// to be placed in the record's zone by Resolve.
	floating bool
}

// The zone names BurntSushi/toml gives to TOML's local date and date-time values.
const (
	tomlLocalDate     = "date-local"
	tomlLocalDatetime = "datetime-local"
)

// ErrNotDate is returned when a TOML value is not a date or date-time.
var ErrNotDate = errors.New("want a TOML date (2025-11-01) or date-time (2025-11-10T00:01:00-05:00)")

// UnmarshalTOML implements toml.Unmarshaler.
func (in *Instant) UnmarshalTOML(v any) error {
	t, ok := v.(time.Time)
	if !ok {
		return fmt.Errorf("%w, got %T", ErrNotDate, v)
	}
	switch t.Location().String() {
	case tomlLocalDate:
		in.Time = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		in.Precision = DateOnly
		in.floating = true
	case tomlLocalDatetime:
		in.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
		in.Precision = Exact
		in.floating = true
	case "time-local":
		return fmt.Errorf("%w, got a time of day without a date", ErrNotDate)
	default:
		in.Time = t
		in.Precision = Exact
	}
	return nil
}

// NewDate returns a DateOnly instant for the day in loc, resolved to the
// first instant of that day (00:00, or the first valid instant where a
// clock change skips midnight).
func NewDate(year int, month time.Month, day int, loc *time.Location) Instant {
	return Instant{Time: StartOfDay(year, month, day, loc), Precision: DateOnly}
}

// NewExact returns an exact instant.
func NewExact(t time.Time) Instant { return Instant{Time: t, Precision: Exact} }

// Resolve places a floating value (a TOML local date or local date-time) in
// loc, keeping its wall-clock fields. Values given with an offset are kept.
func (in Instant) Resolve(loc *time.Location) Instant {
	if !in.floating || loc == nil {
		return in
	}
	t := in.Time
	if in.Precision == DateOnly {
		return Instant{Time: StartOfDay(t.Year(), t.Month(), t.Day(), loc), Precision: DateOnly}
	}
	return Instant{
		Time:      time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc),
		Precision: in.Precision,
	}
}

// IsFloating reports whether the value was given without an offset (a TOML
// local date or local date-time) and has not yet been placed in a zone by
// Resolve.
func (in Instant) IsFloating() bool { return in.floating }

// IsZero reports whether the instant was not given.
func (in Instant) IsZero() bool { return in.Precision == Unset }

// IsDateOnly reports whether only a calendar day was given.
func (in Instant) IsDateOnly() bool { return in.Precision == DateOnly }

// Before reports whether in falls before other.
func (in Instant) Before(other Instant) bool { return in.Time.Before(other.Time) }

// Date formats the calendar day as 2006-01-02 in the instant's own zone.
func (in Instant) Date() string { return in.Time.Format(time.DateOnly) }

// String formats the instant: a day as 2006-01-02, an exact instant as RFC 3339.
func (in Instant) String() string {
	switch in.Precision {
	case Unset:
		return ""
	case DateOnly:
		return in.Date()
	default:
		return in.Time.Format(time.RFC3339)
	}
}

// MarshalJSON writes the instant as the TOML gave it: "2025-11-01" for a day,
// RFC 3339 with offset for an exact instant, null when unset.
func (in Instant) MarshalJSON() ([]byte, error) {
	if in.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(in.String())
}

// MarshalText implements encoding.TextMarshaler (used by TOML encoders).
func (in Instant) MarshalText() ([]byte, error) { return []byte(in.String()), nil }

// KnownFrom returns the instant from which a value given as in is known:
// in itself when exact; for a date, the first instant of the next day in
// the date's zone (DST-safe); zero when unset.
func (in Instant) KnownFrom() time.Time { return knownFrom(in) }
