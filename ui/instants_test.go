package ui_test

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// TestFirstSetWords: before any deadline is set, the words point to the
// day the first one is; after the last is set, they say none is known.
func TestFirstSetWords(t *testing.T) {
	ds, err := data.LoadFile("testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), "no deadline set yet; the data's first is set on Mon 12 May 2025"},
		{time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), "no deadline known at this instant"},
	}
	for _, tt := range tests {
		if got := ui.FirstSetWords(ds, tt.at); got != tt.want {
			t.Errorf("FirstSetWords(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
}

// TestTermWordsInReaderZone: a status's term reads in the reader's zone,
// with the wall time where it was set beside it; a date-only term is its
// day everywhere.
func TestTermWordsInReaderZone(t *testing.T) {
	geneva, _ := time.LoadLocation("Europe/Zurich")
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	until := model.NewExact(time.Date(2025, 8, 12, 6, 1, 0, 0, geneva))
	tests := []struct {
		term model.Term
		want string
	}{
		{model.Term{Until: until}, "until Tue 12 Aug 2025 12:01 CST (06:01 CEST in Zurich)"},
		{model.Term{Until: until, RanOut: true}, "ran out on Tue 12 Aug 2025 12:01 CST (06:01 CEST in Zurich)"},
		{model.Term{Until: until, RanOut: true, AfterCoverage: true},
			"ran to Tue 12 Aug 2025 12:01 CST (06:01 CEST in Zurich), after the data's coverage; what followed is not recorded"},
		{model.Term{Until: model.NewDate(2026, 11, 10, geneva)}, "until Tue 10 Nov 2026"},
		{model.Term{}, ""},
	}
	for _, tt := range tests {
		if got := ui.TermWords(tt.term, shanghai); got != tt.want {
			t.Errorf("TermWords(%+v) = %q, want %q", tt.term, got, tt.want)
		}
	}
	if got := ui.TermWords(model.Term{Until: until}, geneva); got != "until Tue 12 Aug 2025 06:01 CEST" {
		t.Errorf("TermWords in the record's own zone = %q", got)
	}
}

// TestFormatDayIn: an exact instant's day is the reader's; a date-only
// instant's day is the same everywhere.
func TestFormatDayIn(t *testing.T) {
	busan, _ := time.LoadLocation("Asia/Seoul")
	la, _ := time.LoadLocation("America/Los_Angeles")
	meeting := model.NewExact(time.Date(2025, 10, 30, 11, 0, 0, 0, busan))
	if got := ui.FormatDayIn(meeting, la); got != "2025-10-29" {
		t.Errorf("FormatDayIn(11:00 30 Oct in Busan, Los Angeles) = %q, want 2025-10-29", got)
	}
	if got := ui.FormatDayIn(meeting, nil); got != "2025-10-30" {
		t.Errorf("FormatDayIn(…, nil) = %q, want 2025-10-30", got)
	}
	if got := ui.FormatDayIn(model.NewDate(2025, 10, 30, busan), la); got != "2025-10-30" {
		t.Errorf("FormatDayIn(a day, Los Angeles) = %q, want 2025-10-30", got)
	}
}

// TestOutcomeAt: a deadline's outcome reads as its state says it: the
// recorded outcome, "outcome not yet recorded" within the coverage, and
// AfterCoverageWords once it passed after the coverage with none recorded.
func TestOutcomeAt(t *testing.T) {
	ds, err := data.LoadFile("testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id   string
		at   time.Time
		want string
	}{
		{"truce-90-day", time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), "extended"},
		{"one-year-truce", time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), ui.AfterCoverageWords},
	}
	for _, tt := range tests {
		dl, ok := ds.Deadline(tt.id)
		if !ok {
			t.Fatalf("no deadline %s", tt.id)
		}
		if got := ui.OutcomeAt(dl, tt.at); got != tt.want {
			t.Errorf("OutcomeAt(%s, %v) = %q, want %q", tt.id, tt.at, got, tt.want)
		}
		_, tail := ui.DeadlineStateParts(dl, tt.at, ui.Spelled)
		if tail != ", "+tt.want {
			t.Errorf("%s: the state's tail %q, OutcomeAt %q", tt.id, tail, tt.want)
		}
	}
}

// TestOwnDay: a date-only deadline's day is its own zone's; a reader whose
// midnights are another's reads it marked with that zone in a column, and
// one whose midnights agree (Toronto for New York) reads it bare.
func TestOwnDay(t *testing.T) {
	load := func(name string) *time.Location {
		l, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	ny, la, sh := load("America/New_York"), load("America/Los_Angeles"), load("Asia/Shanghai")
	day := model.NewDate(2025, 12, 1, ny)
	exact := model.NewExact(time.Date(2026, 11, 10, 0, 1, 0, 0, ny))
	for _, c := range []struct {
		in     model.Instant
		viewer *time.Location
		own    bool
		column string
	}{
		{day, la, true, "2025-12-01 EST"},
		{day, sh, true, "2025-12-01 EST"},
		{day, load("America/Toronto"), false, "2025-12-01"},
		{day, ny, false, "2025-12-01"},
		{day, nil, false, "2025-12-01"},
		{model.NewDate(2026, 11, 10, sh), la, true, "2026-11-10 CST"},
		{exact, la, false, "2026-11-09 21:01"},
		{model.Instant{}, la, false, "0001-01-01"},
	} {
		if got := ui.OwnDay(c.in, c.viewer); got != c.own {
			t.Errorf("OwnDay(%v, %v) = %v, want %v", c.in, c.viewer, got, c.own)
		}
		if c.in.IsZero() {
			continue
		}
		if got := ui.FormatDueIn(c.in, c.viewer); got != c.column {
			t.Errorf("FormatDueIn(%v, %v) = %q, want %q", c.in, c.viewer, got, c.column)
		}
	}
}

// TestFormatDueAtNamesOwnDay: a date-only deadline's day names the place
// it is a day in when the reader's day is another, as an exact deadline
// names its own wall time; a footer says whose day its state counts.
func TestFormatDueAtNamesOwnDay(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	la, _ := time.LoadLocation("America/Los_Angeles")
	day := model.NewDate(2025, 12, 1, ny)
	for _, c := range []struct {
		viewer      *time.Location
		at, ownWord string
	}{
		{la, "Mon 1 Dec 2025 in New York", " (New York's day)"},
		{ny, "Mon 1 Dec 2025", ""},
		{nil, "Mon 1 Dec 2025", ""},
	} {
		if got := ui.FormatDueAt(day, c.viewer); got != c.at {
			t.Errorf("FormatDueAt(%v) = %q, want %q", c.viewer, got, c.at)
		}
		if got := ui.OwnDayWords(day, c.viewer); got != c.ownWord {
			t.Errorf("OwnDayWords(%v) = %q, want %q", c.viewer, got, c.ownWord)
		}
	}
	exact := model.NewExact(time.Date(2025, 11, 10, 0, 1, 0, 0, ny))
	if got, want := ui.FormatDueAt(exact, la), ui.FormatAt(exact, la); got != want {
		t.Errorf("FormatDueAt(exact) = %q, want FormatAt's %q", got, want)
	}
}
