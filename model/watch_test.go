package model

import (
	"slices"
	"testing"
	"time"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skip(err)
	}
	return loc
}

// TestStartOfDay: midnight, or the end of a daylight-saving gap at
// midnight (Santiago moved from 00:00 -04 to 01:00 -03 on 7 Sep 2025).
func TestStartOfDay(t *testing.T) {
	scl := zone(t, "America/Santiago")
	got := StartOfDay(2025, 9, 7, scl)
	if want := time.Date(2025, 9, 7, 4, 0, 0, 0, time.UTC); !got.Equal(want) || got.Day() != 7 {
		t.Errorf("Santiago 7 Sep 2025 starts %v, want %v (01:00 -03)", got, want.In(scl))
	}
	ny := zone(t, "America/New_York")
	if got := StartOfDay(2026, 3, 8, ny); got.Hour() != 0 || got.Day() != 8 {
		t.Errorf("New York 8 Mar 2026 starts %v, want midnight (the gap is at 02:00)", got)
	}
}

// watchData is a dataset with an exact and a date-only deadline on the same
// day (the 10 Nov 2026 case), one more date-only and a later exact one.
func watchData(t *testing.T) *Dataset {
	ny := zone(t, "America/New_York")
	d := &Dataset{Deadlines: []Deadline{
		{ID: "truce", At: NewExact(time.Date(2026, 11, 10, 0, 1, 0, 0, ny)), Zone: "America/New_York"},
		{ID: "twin", At: NewExact(time.Date(2026, 11, 10, 0, 1, 0, 0, ny)), Zone: "America/New_York"},
		{ID: "affiliates", At: NewDate(2026, 11, 10, ny), Zone: "America/New_York"},
		{ID: "gallium", At: NewDate(2026, 11, 27, ny), Zone: "America/New_York"},
		{ID: "later", At: NewExact(time.Date(2026, 12, 1, 12, 0, 0, 0, ny)), Zone: "America/New_York"},
	}}
	d.Prepare()
	return d
}

func ids(ds []*Deadline) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.ID
	}
	return out
}

// TestWatchAt walks from the evening before a deadline to after it.
func TestWatchAt(t *testing.T) {
	d := watchData(t)
	ny := zone(t, "America/New_York")
	at := func(day, h, m, s int) time.Time { return time.Date(2026, 11, day, h, m, s, 0, ny) }
	tests := []struct {
		name    string
		t       time.Time
		watched []string
		beside  []string
		passed  bool
	}{
		{"two days before: the next deadline", at(8, 0, 0, 0), []string{"affiliates"}, nil, false},
		{"18:00 the evening before: the exact one, date-only beside", at(9, 18, 0, 0), []string{"truce", "twin"}, []string{"affiliates"}, false},
		{"10 s before", at(9, 23, 59, 50), []string{"truce", "twin"}, []string{"affiliates"}, false},
		{"the date-only day has begun", at(10, 0, 0, 30), []string{"truce", "twin"}, []string{"affiliates"}, false},
		{"passing", at(10, 0, 1, 0), []string{"truce", "twin"}, []string{"affiliates"}, true},
		{"59 s after", at(10, 0, 1, 59), []string{"truce", "twin"}, []string{"affiliates"}, true},
		{"a minute after: due today", at(10, 0, 2, 0), []string{"affiliates"}, nil, false},
		{"the day after: the next", at(11, 9, 0, 0), []string{"gallium"}, nil, false},
		{"all passed", at(12, 1, 0, 0).AddDate(0, 1, 0), []string{"later"}, nil, true},
	}
	for _, tt := range tests {
		w := d.WatchAt(tt.t, WatchHold)
		if got := ids(w.Deadlines); !equal(got, tt.watched) {
			t.Errorf("%s: watched %v, want %v", tt.name, got, tt.watched)
		}
		if got := ids(w.Beside); !equal(got, tt.beside) {
			t.Errorf("%s: beside %v, want %v", tt.name, got, tt.beside)
		}
		if w.Passed != tt.passed {
			t.Errorf("%s: passed %v, want %v", tt.name, w.Passed, tt.passed)
		}
	}
	if w := (&Dataset{}).WatchAt(at(1, 0, 0, 0), WatchHold); w.First() != nil {
		t.Error("no deadline: nothing to watch")
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestWatchSkipsSettled: a deadline whose outcome was known before it fell
// due (a threat averted early) is not counted down to; the next live one is.
func TestWatchSkipsSettled(t *testing.T) {
	ny := zone(t, "America/New_York")
	d := &Dataset{Deadlines: []Deadline{
		{ID: "threat", At: NewDate(2025, 11, 1, ny), Zone: "America/New_York", Outcome: OutcomeAverted,
			OutcomeKnown: NewExact(time.Date(2025, 10, 30, 12, 0, 0, 0, ny))},
		{ID: "truce", At: NewExact(time.Date(2025, 11, 10, 0, 1, 0, 0, ny)), Zone: "America/New_York"},
	}}
	d.Prepare()
	if got := d.WatchAt(time.Date(2025, 10, 29, 12, 0, 0, 0, ny), WatchHold).First(); got == nil || got.ID != "threat" {
		t.Errorf("before the threat was averted: watched %v, want threat", got)
	}
	if got := d.WatchAt(time.Date(2025, 10, 31, 12, 0, 0, 0, ny), WatchHold).First(); got == nil || got.ID != "truce" {
		t.Errorf("once averted: watched %v, want truce", got)
	}
}

// TestWatchSkipsSettledOnTheDay: a deadline settled early stays unwatched
// when its day or instant comes, and after: an averted date-only deadline
// is not "due today" on its day, and a truce extended days before is not
// "passed" at its instant (the deadline due at the same instant is, alone).
// Before the fix, both came back as soon as their instant passed.
func TestWatchSkipsSettledOnTheDay(t *testing.T) {
	ny := zone(t, "America/New_York")
	sh := zone(t, "Asia/Shanghai")
	d := &Dataset{Deadlines: []Deadline{
		{ID: "averted", At: NewDate(2025, 12, 1, sh), Zone: "Asia/Shanghai", Outcome: OutcomeAverted,
			OutcomeKnown: NewDate(2025, 11, 7, sh)},
		{ID: "comments", At: NewDate(2025, 12, 1, ny), Zone: "America/New_York"},
		{ID: "dayBefore", At: NewDate(2025, 11, 8, sh), Zone: "Asia/Shanghai", Outcome: OutcomeAverted,
			OutcomeKnown: NewDate(2025, 11, 7, sh)},
		{ID: "sameDay", At: NewDate(2025, 11, 20, sh), Zone: "Asia/Shanghai", Outcome: OutcomeAverted,
			OutcomeKnown: NewDate(2025, 11, 20, sh)},
		{ID: "truce", At: NewExact(time.Date(2025, 11, 10, 0, 1, 0, 0, ny)), Zone: "America/New_York",
			Outcome: OutcomeExtended, OutcomeKnown: NewDate(2025, 11, 4, ny)},
		{ID: "tariffs", At: NewExact(time.Date(2025, 11, 10, 13, 1, 0, 0, sh)), Zone: "Asia/Shanghai",
			Outcome: OutcomeTookEffect},
	}}
	d.Prepare()
	ids := func(w Watch) []string {
		var out []string
		for _, dl := range append(w.Deadlines, w.Beside...) {
			out = append(out, dl.ID)
		}
		return out
	}
	for _, c := range []struct {
		name string
		t    time.Time
		want string
	}{
		{"10 s before the truce's instant", time.Date(2025, 11, 10, 0, 0, 50, 0, ny), "tariffs"},
		{"at the instant", time.Date(2025, 11, 10, 0, 1, 0, 0, ny), "tariffs"},
		{"30 s after", time.Date(2025, 11, 10, 0, 1, 30, 0, ny), "tariffs"},
		{"the averted deadline's day, in Beijing", time.Date(2025, 12, 1, 10, 0, 0, 0, sh), "comments"},
		{"its day, in New York", time.Date(2025, 12, 1, 10, 0, 0, 0, ny), "comments"},
		{"a deadline suspended the day before, on its day", time.Date(2025, 11, 8, 10, 0, 0, 0, sh), "tariffs"},
		{"one averted on its own day is due that day", time.Date(2025, 11, 20, 10, 0, 0, 0, sh), "sameDay"},
	} {
		w := d.WatchAt(c.t, WatchHold)
		if got := ids(w); len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: watched %v, want only %s", c.name, got, c.want)
		}
	}
	deadline := func(id string) *Deadline {
		dl, ok := d.Deadline(id)
		if !ok {
			t.Fatalf("no deadline %s", id)
		}
		return dl
	}
	for _, id := range []string{"averted", "truce", "dayBefore"} {
		for _, t0 := range []time.Time{time.Date(2025, 11, 10, 0, 1, 0, 0, ny), time.Date(2025, 12, 1, 12, 0, 0, 0, sh), time.Date(2026, 1, 1, 0, 0, 0, 0, ny)} {
			if st := deadline(id).StateAt(t0); t0.After(deadline(id).OutcomeKnownFrom()) && !st.SettledEarly {
				t.Errorf("%s at %s: not settled early: %+v", id, t0, st)
			}
		}
	}
	if st := deadline("tariffs").StateAt(time.Date(2025, 11, 11, 0, 0, 0, 0, ny)); st.SettledEarly {
		t.Errorf("a deadline whose outcome came when it fell due is not settled early: %+v", st)
	}
}

// TestWatchDueTodayInEveryZone: the date-only deadlines due today are every
// one whose own zone's day holds the instant: at 06:00 UTC on 10 November,
// Beijing's and New York's 10 November both do (status named one Beijing
// deadline "+ 1 more" where four were due).
func TestWatchDueTodayInEveryZone(t *testing.T) {
	ny := zone(t, "America/New_York")
	sh := zone(t, "Asia/Shanghai")
	d := &Dataset{Deadlines: []Deadline{
		{ID: "beijing-a", At: NewDate(2026, 11, 10, sh), Zone: "Asia/Shanghai"},
		{ID: "beijing-b", At: NewDate(2026, 11, 10, sh), Zone: "Asia/Shanghai"},
		{ID: "washington", At: NewDate(2026, 11, 10, ny), Zone: "America/New_York"},
		{ID: "settled", At: NewDate(2026, 11, 10, ny), Zone: "America/New_York", Outcome: OutcomeAverted,
			OutcomeKnown: NewDate(2026, 11, 1, ny)},
		{ID: "later", At: NewDate(2026, 11, 27, sh), Zone: "Asia/Shanghai"},
	}}
	d.Prepare()
	for _, c := range []struct {
		at   time.Time
		want []string
	}{
		{time.Date(2026, 11, 10, 2, 0, 0, 0, time.UTC), []string{"beijing-a", "beijing-b"}},               // 21:00 on the 9th in New York
		{time.Date(2026, 11, 10, 6, 0, 0, 0, time.UTC), []string{"beijing-a", "beijing-b", "washington"}}, // both days
		{time.Date(2026, 11, 10, 20, 0, 0, 0, time.UTC), []string{"washington"}},                          // Beijing's day is over
	} {
		var got []string
		for _, dl := range d.WatchAt(c.at, WatchHold).Deadlines {
			got = append(got, dl.ID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("at %s: watched %v, want %v", c.at, got, c.want)
		}
	}
}
