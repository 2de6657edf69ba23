package data

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEmbeddedIndependentRecheck pins the finding of the independent
// whole-file re-check (data/AUDIT.md §20): the White House gave the dates of
// Trump's Beijing visit (31 March – 2 April 2026) on Friday 20 February 2026,
// so the deadline is set on that day, not on 12 March, and it cites Reuters'
// report of that day; the weak page that gave only "the end of March" no
// longer backs it.
func TestEmbeddedIndependentRecheck(t *testing.T) {
	ds := embeddedData(t)
	const id = "beijing-visit-2026-03-31"
	dl, ok := ds.Deadline(id)
	if !ok {
		t.Fatalf("%s: missing", id)
	}
	if got := dl.Set.Time.Format("2006-01-02"); got != "2026-02-20" {
		t.Errorf("%s: set %s, want 2026-02-20 (the White House official's dates of Friday 20 February)", id, got)
	}
	if !strings.Contains(dl.What, "20 February 2026") || strings.Contains(dl.What, "12 March") {
		t.Errorf("%s: what should date the White House's dates to 20 February 2026: %s", id, dl.What)
	}
	if slices.Contains(dl.Sources, "s68") {
		t.Errorf("%s: s68 gives only 'the end of March' and should not back the dates: %v", id, dl.Sources)
	}
	for _, tc := range []struct {
		when  time.Time
		shown bool
	}{
		{time.Date(2026, 2, 20, 12, 0, 0, 0, time.UTC), false}, // before the end of 20 February in Beijing
		{time.Date(2026, 2, 21, 0, 0, 0, 0, time.UTC), true},   // the evening of 20 February in Washington
	} {
		d, ok := ds.AsOf(tc.when).Deadline(id)
		if ok != tc.shown {
			t.Errorf("%s at %s: shown %v, want %v", id, tc.when, ok, tc.shown)
			continue
		}
		if ok && !slices.Contains(d.Sources, "s290") {
			t.Errorf("%s at %s: the Reuters report of 20 February (s290) should be visible with it: %v", id, tc.when, d.Sources)
		}
	}
}
