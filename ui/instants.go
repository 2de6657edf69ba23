package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
)

// The words for instants, days and zones, and for how current the data is:
// part of the one vocabulary of words.go.

// The layouts of instants.
const (
	// LayoutDay is a calendar day: "Sat 1 Nov 2025".
	LayoutDay = "Mon 2 Jan 2006"
	// LayoutMinute is an instant to the minute: "Mon 10 Nov 2025 00:01 EST".
	LayoutMinute = "Mon 2 Jan 2006 15:04 MST"
	// LayoutSecond is an instant to the second.
	LayoutSecond = "Mon 2 Jan 2006 15:04:05 MST"
	// LayoutISODay is a calendar day for columns: "2025-11-01".
	LayoutISODay = "2006-01-02"
	// LayoutShortDay is a calendar day for a narrow column: "1 Nov 25",
	// "30 Oct 25" (the year kept: the record spans two).
	LayoutShortDay = "2 Jan 06"
)

// ClockLayouts are the layouts of a clock to the second, longest first: a
// narrow line drops the weekday, then the year, then the day; never the
// zone.
var ClockLayouts = [...]string{LayoutSecond, "2 Jan 2006 15:04:05 MST", "2 Jan 15:04:05 MST", "15:04:05 MST"}

// FormatInstant formats an instant of the data in its own zone: a day as
// "Sat 1 Nov 2025", an exact instant as "Mon 10 Nov 2025 00:01 EST" (with
// seconds when it has them); "not given" when unset.
func FormatInstant(in model.Instant) string {
	switch {
	case in.IsZero():
		return "not given"
	case in.IsDateOnly():
		return in.Time.Format(LayoutDay)
	case in.Time.Second() != 0:
		return in.Time.Format(LayoutSecond)
	}
	return in.Time.Format(LayoutMinute)
}

// DateRange formats a span of days: "9–10 Jun 2025", "30 Jun – 1 Jul 2025";
// "from 10 May 2025" when the last day is unset (a round in progress).
func DateRange(a, b model.Instant) string {
	if b.IsZero() {
		return "from " + a.Time.Format("2 Jan 2006")
	}
	if a.Time.Month() == b.Time.Month() && a.Time.Year() == b.Time.Year() {
		if a.Time.Day() == b.Time.Day() {
			return b.Time.Format("2 Jan 2006")
		}
		return strconv.Itoa(a.Time.Day()) + "–" + b.Time.Format("2 Jan 2006")
	}
	return a.Time.Format("2 Jan") + " – " + b.Time.Format("2 Jan 2006")
}

// AfterCoverageWords is what a deadline that passed after the data's
// coverage, with no outcome recorded, says of its outcome.
const AfterCoverageWords = "after the data's coverage; outcome not recorded"

// Coverage words how current the data is: "reporting to 20 May 2026,
// checked 30 Nov 2026", or "checked 23 Nov 2026" when the file gives only
// its check date (schema 1).
func Coverage(m model.Meta) string {
	if m.CoversTo.IsZero() {
		return "checked " + m.Checked.Time.Format("2 Jan 2006")
	}
	return "reporting to " + m.CoversTo.Time.Format("2 Jan 2006") + ", checked " + m.Checked.Time.Format("2 Jan 2006")
}

// CoverageShort is Coverage for a footer: "reporting to 20 May 2026" (or
// "checked 23 Nov 2026").
func CoverageShort(m model.Meta) string {
	if m.CoversTo.IsZero() {
		return "data checked " + m.Checked.Time.Format("2 Jan 2006")
	}
	return "reporting to " + m.CoversTo.Time.Format("2 Jan 2006")
}

// FormatDue is a deadline's instant for a narrow column, in its own zone:
// "2025-11-10 00:01", or the day alone for a date-only deadline.
func FormatDue(in model.Instant) string {
	if in.IsDateOnly() {
		return in.Time.Format(LayoutISODay)
	}
	return in.Time.Format("2006-01-02 15:04")
}

// ZoneCity is an IANA zone's place name: "America/New_York" gives "New
// York"; a name without a slash is returned as it is ("UTC").
func ZoneCity(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return strings.ReplaceAll(name, "_", " ")
}

// FormatAt formats an instant of the data for a reader in zone viewer: a
// date-only instant as its day ("Sat 1 Nov 2025"; FormatDueAt says whose),
// an exact one in the reader's zone, naming it, followed by the wall time
// where it was set when that reads differently: "Mon 10 Nov 2025 13:01 CST
// (00:01 EST in New York)". A nil viewer reads the instant where it was set.
func FormatAt(in model.Instant, viewer *time.Location) string {
	if in.IsZero() || in.IsDateOnly() || viewer == nil {
		return FormatInstant(in)
	}
	layout := LayoutMinute
	if in.Time.Second() != 0 {
		layout = LayoutSecond
	}
	mine, own := in.Time.In(viewer), in.Time
	s := mine.Format(layout)
	if mine.Format("15:04 MST") == own.Format("15:04 MST") {
		return s
	}
	short := "15:04 MST"
	if mine.YearDay() != own.YearDay() {
		short = "Mon 2 Jan 15:04 MST"
	}
	return s + " (" + own.Format(short) + " in " + ZoneCity(own.Location().String()) + ")"
}

// FormatDueIn is a deadline's instant for a narrow column, in the reader's
// zone: "2025-11-10 13:01"; a date-only deadline's day alone, or with the
// abbreviation of its own zone when the reader's day is another
// (OwnDay): "2026-11-10 EST", which a reader in Los Angeles sees above
// "2026-11-09 21:01".
func FormatDueIn(in model.Instant, viewer *time.Location) string {
	switch {
	case OwnDay(in, viewer):
		return in.Time.Format(LayoutISODay + " MST")
	case in.IsDateOnly() || viewer == nil:
		return FormatDue(in)
	}
	return in.Time.In(viewer).Format("2006-01-02 15:04")
}

// FormatDueAt is FormatAt for a deadline: a date-only deadline's day is
// its own zone's, so when the reader's day is another (OwnDay) it names
// the place, as an exact instant does: "Mon 1 Dec 2025 in New York".
func FormatDueAt(in model.Instant, viewer *time.Location) string {
	if OwnDay(in, viewer) {
		return FormatDayWhere(in)
	}
	return FormatAt(in, viewer)
}

// FormatDayWhere is a date-only instant's day with the place whose day it
// is: "Mon 1 Dec 2025 in New York".
func FormatDayWhere(in model.Instant) string {
	return FormatInstant(in) + " in " + ZoneCity(in.Time.Location().String())
}

// OwnDayWords says, for a line with no room for the day itself (a
// footer), whose days a date-only deadline's state ("due today", "in 1
// day") counts when the reader's day is another (OwnDay): " (New York's
// day)"; "" otherwise.
func OwnDayWords(in model.Instant, viewer *time.Location) string {
	if !OwnDay(in, viewer) {
		return ""
	}
	return " (" + ZoneCity(in.Time.Location().String()) + "'s day)"
}

// OwnDay reports whether a date-only instant's day, reckoned in its own
// zone, is another span of time for a reader in zone viewer: the two do
// not agree on its midnights. The words then say whose day it is. False
// for an exact instant, an unset one or a nil viewer.
func OwnDay(in model.Instant, viewer *time.Location) bool {
	if !in.IsDateOnly() || viewer == nil {
		return false
	}
	start := in.Time
	end := time.Date(start.Year(), start.Month(), start.Day()+1, 0, 0, 0, 0, start.Location())
	for _, t := range [...]time.Time{start, end} {
		_, own := t.Zone()
		if _, mine := t.In(viewer).Zone(); mine != own {
			return true
		}
	}
	return false
}

// FormatDayIn is an instant's calendar day for a column, for a reader in
// zone viewer: "2025-11-01", the day itself for a date-only instant, the
// reader's day for an exact one ("2025-10-29" in Los Angeles for 11:00 on 30 Oct in Busan); a nil
// viewer reads it where it was set.
func FormatDayIn(in model.Instant, viewer *time.Location) string {
	return dayIn(in, viewer).Format(LayoutISODay)
}

// FormatShortDayIn is FormatDayIn for a narrow column: "30 Oct 25".
func FormatShortDayIn(in model.Instant, viewer *time.Location) string {
	return dayIn(in, viewer).Format(LayoutShortDay)
}

// dayIn is the time whose calendar day a reader in zone viewer reads for
// in: its own for a date-only instant or a nil viewer.
func dayIn(in model.Instant, viewer *time.Location) time.Time {
	if in.IsDateOnly() || viewer == nil {
		return in.Time
	}
	return in.Time.In(viewer)
}

// NoDeadlinesWords is what a view of the deadlines says when the data has
// none at all.
const NoDeadlinesWords = "no deadlines in the data"

// FirstSetWords says, at an instant before any deadline was set, when the
// data's next one is: "no deadline set yet; the data's first is set on Sat 1
// Feb 2025" (a pointer for time travel), or "no deadline known at this
// instant" when none is set later.
func FirstSetWords(d *model.Dataset, now time.Time) string {
	if next, ok := d.NextDeadlineSet(now); ok {
		return "no deadline set yet; the data's first is set on " + FormatInstant(next.Set)
	}
	return "no deadline known at this instant"
}
