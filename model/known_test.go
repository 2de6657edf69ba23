package model

import (
	"testing"
	"time"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skip("no zone database:", err)
	}
	return loc
}

// TestStartOfDayDST pins the first instant of days whose midnight does not
// exist: the clocks jump from 00:00 to 01:00.
func TestStartOfDayDST(t *testing.T) {
	cases := []struct {
		zone    string
		y       int
		m       time.Month
		d       int
		wantUTC time.Time
	}{
		{"America/Havana", 2025, 3, 9, time.Date(2025, 3, 9, 5, 0, 0, 0, time.UTC)},     // 01:00 CDT
		{"America/Santiago", 2025, 9, 7, time.Date(2025, 9, 7, 4, 0, 0, 0, time.UTC)},   // 01:00 -03
		{"Asia/Beirut", 2025, 3, 30, time.Date(2025, 3, 29, 22, 0, 0, 0, time.UTC)},     // 01:00 EEST
		{"America/New_York", 2025, 3, 9, time.Date(2025, 3, 9, 5, 0, 0, 0, time.UTC)},   // midnight exists
		{"America/New_York", 2025, 11, 2, time.Date(2025, 11, 2, 4, 0, 0, 0, time.UTC)}, // midnight EDT
		{"Asia/Shanghai", 2025, 12, 32, time.Date(2025, 12, 31, 16, 0, 0, 0, time.UTC)}, // day 32 is 1 January
	}
	for _, c := range cases {
		loc := mustZone(t, c.zone)
		got := StartOfDay(c.y, c.m, c.d, loc)
		if !got.Equal(c.wantUTC) {
			t.Errorf("%s %d-%02d-%02d: %v, want %v", c.zone, c.y, c.m, c.d, got.UTC(), c.wantUTC)
		}
		// The instant is on the wanted day, and one second earlier is not.
		want := time.Date(c.y, c.m, c.d, 0, 0, 0, 0, time.UTC)
		if y, m, d := got.In(loc).Date(); y != want.Year() || m != want.Month() || d != want.Day() {
			t.Errorf("%s: %v is not on %v", c.zone, got.In(loc), want.Format(time.DateOnly))
		}
		if y, m, d := got.Add(-time.Second).In(loc).Date(); y == want.Year() && m == want.Month() && d == want.Day() {
			t.Errorf("%s: %v is not the first instant of its day", c.zone, got.In(loc))
		}
	}
}

func TestKnownFrom(t *testing.T) {
	havana := mustZone(t, "America/Havana")
	ny := mustZone(t, "America/New_York")
	date := NewDate(2025, 3, 8, havana)
	if got, want := date.KnownFrom(), time.Date(2025, 3, 9, 5, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("end of 8 March in Havana = %v, want %v", got.UTC(), want)
	}
	exact := NewExact(time.Date(2025, 11, 10, 0, 1, 0, 0, ny))
	if !exact.KnownFrom().Equal(exact.Time) {
		t.Error("an exact instant is not known from itself")
	}
	if !(Instant{}).KnownFrom().IsZero() {
		t.Error("an unset instant is known from a time")
	}
	sources := []struct {
		s    Source
		want time.Time
	}{
		{Source{Date: "2025-10-12"}, time.Date(2025, 10, 13, 0, 0, 0, 0, time.UTC)},
		{Source{Date: "2025-10"}, time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)},
		{Source{Date: "2025-12"}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		{Source{Date: "2025-10-12/13"}, time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)},
		{Source{Date: "2025-10-12", Zone: "America/New_York"}, time.Date(2025, 10, 13, 4, 0, 0, 0, time.UTC)},
		{Source{Date: "2025-10-12", Published: NewExact(time.Date(2025, 10, 12, 9, 0, 0, 0, ny))},
			time.Date(2025, 10, 12, 13, 0, 0, 0, time.UTC)},
		{Source{Date: "12 Oct"}, time.Time{}},
	}
	for _, c := range sources {
		z := zoneCache{}
		if got := sourceKnownFrom(&c.s, z.get(c.s.Zone, time.UTC)); !got.Equal(c.want) {
			t.Errorf("%+v: known from %v, want %v", c.s, got.UTC(), c.want)
		}
	}
}

func TestGroupKeys(t *testing.T) {
	list := []Source{
		{ID: "a", Outlet: "Reuters"},
		{ID: "b", Outlet: "The Star", Via: "Reuters", CopyOf: "a"},
		{ID: "c", Outlet: "Mirror", CopyOf: "b"},
		{ID: "d", Outlet: "AP "},
		{ID: "e", Outlet: "X", CopyOf: "f"},
		{ID: "f", Outlet: "Y", CopyOf: "e"}, // a cycle stops the walk
		{ID: "g", Outlet: "Z", CopyOf: "nowhere"},
	}
	got := GroupKeys(list)
	want := []string{"reuters", "reuters", "reuters", "ap", "y", "x", "z"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: %q, want %q", list[i].ID, got[i], want[i])
		}
	}
}
