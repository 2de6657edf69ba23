package data

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEmbeddedThirdRecheck pins the findings of the third whole-file
// re-check (data/AUDIT.md §21): deadlines set when they were first announced,
// not when an order or notice later carried them out, and the Section 122
// deadline at the instant customs gave.
func TestEmbeddedThirdRecheck(t *testing.T) {
	ds := embeddedData(t)
	ny := newYork(t)
	for _, tc := range []struct {
		id, set string // the announcement's day in New York
		src     string // a source that backs the announcement
		text    string // what the deadline's text must say
		old     string // what it must no longer say
	}{
		// Trump's Truth Social post of Thursday 27 February 2025, not the order of 3 March.
		{"fentanyl-tariff-2025-03-04", "2025-02-27", "s291", "27 February", "Executive Order 14228"},
		// The White House fact sheet of Saturday 1 November 2025, not the BIS and USTR notices of
		// 10 November.
		{"affiliates-2026-11-10", "2025-11-01", "s50", "1 November 2025", "9 November 2026"},
		{"port-fees-2026-11-10", "2025-11-01", "s50", "1 November 2025", "USTR notice"},
	} {
		dl, ok := ds.Deadline(tc.id)
		if !ok {
			t.Errorf("%s: missing", tc.id)
			continue
		}
		if got := dl.Set.Time.In(ny).Format("2006-01-02"); got != tc.set {
			t.Errorf("%s: set %s, want %s (the first announcement)", tc.id, got, tc.set)
		}
		if !slices.Contains(dl.Sources, tc.src) {
			t.Errorf("%s: %s, which reports the announcement, should back it: %v", tc.id, tc.src, dl.Sources)
		}
		if !strings.Contains(dl.What, tc.text) || strings.Contains(dl.What, tc.old) {
			t.Errorf("%s: what should date the announcement (%q) and not name %q, known later: %s", tc.id, tc.text, tc.old, dl.What)
		}
		day, _ := time.ParseInLocation("2006-01-02", tc.set, ny)
		if _, ok := ds.AsOf(day.Add(12 * time.Hour)).Deadline(tc.id); ok {
			t.Errorf("%s: shown during the day of the announcement, before the end of %s", tc.id, tc.set)
		}
		if _, ok := ds.AsOf(day.AddDate(0, 0, 1)).Deadline(tc.id); !ok {
			t.Errorf("%s: not shown at the end of %s, the day of the announcement", tc.id, tc.set)
		}
	}
	// The 27 February post has pages of its own day, visible with the deadline.
	if d, ok := ds.AsOf(time.Date(2025, 2, 28, 0, 0, 0, 0, ny)).Deadline("fentanyl-tariff-2025-03-04"); !ok {
		t.Errorf("fentanyl-tariff-2025-03-04: not shown at the end of 27 February")
	} else if !slices.Contains(d.Sources, "s291") || !slices.Contains(d.Sources, "s292") {
		t.Errorf("fentanyl-tariff-2025-03-04 at the end of 27 February: want s291 and s292 visible, got %v", d.Sources)
	}
	// The order of 3 March belongs to the outcome, not to what was announced.
	if dl, _ := ds.Deadline("fentanyl-tariff-2025-03-04"); !strings.Contains(dl.OutcomeNote, "Executive Order 14228 of 3 March") {
		t.Errorf("fentanyl-tariff-2025-03-04: the outcome note should name the order of 3 March: %s", dl.OutcomeNote)
	}
	// The extended truce's day was announced on 1 November, its instant (12:01 a.m. EST) only
	// by the order of 4 November: the exact deadline is not shown before that day is out.
	truce, ok := ds.Deadline("truce-2026-11-10")
	if !ok || truce.At.IsDateOnly() || !strings.Contains(truce.What, "1 November 2025") || !strings.Contains(truce.What, "Executive Order 14358 of 4 November") {
		t.Fatalf("truce-2026-11-10: want an exact deadline whose text dates the day and the instant: %+v", truce)
	}
	for at, want := range map[time.Time]bool{
		time.Date(2025, 11, 3, 12, 0, 0, 0, ny): false,
		time.Date(2025, 11, 4, 12, 0, 0, 0, ny): false,
		time.Date(2025, 11, 5, 0, 0, 0, 0, ny):  true,
	} {
		if _, shown := ds.AsOf(at).Deadline("truce-2026-11-10"); shown != want {
			t.Errorf("truce-2026-11-10 at %s: shown %v, want %v", at, shown, want)
		}
	}
	// Section 122: the surcharge applies to 12:01 a.m. EDT on 24 July 2026 (the proclamation of
	// 20 February; the customs guidance of 24 February gives the same instant).
	s122, ok := ds.Deadline("section-122-2026-07")
	want := time.Date(2026, 7, 24, 0, 1, 0, 0, ny)
	if !ok || s122.At.IsDateOnly() || !s122.At.Time.Equal(want) || !slices.Contains(s122.Sources, "s294") {
		t.Errorf("section-122-2026-07: want at %v exact, backed by s294: %+v", want, s122)
	}
}
