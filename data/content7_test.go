package data

import (
	"strings"
	"testing"
	"time"
)

// TestEmbeddedFifthRecheck pins the findings of the fifth whole-file
// re-check (data/AUDIT.md §23): the US position of 30 October 2025 on the
// Affiliates Rule does not give the 10 November start, which the White House
// fact sheet gave only on 1 November; and two issue statuses that hold from an
// exact instant are shown from it, not from the end of its day: the port-fee
// suspensions from 12:01 a.m. EST on 10 November 2025 (announced by USTR on
// 9 November and by China's transport ministry at noon on 10 November,
// Beijing time) and the Section 122 surcharge from 12:01 a.m. EST on
// 24 February 2026 (proclaimed on 20 February).
func TestEmbeddedFifthRecheck(t *testing.T) {
	ds := embeddedData(t)
	ny := newYork(t)
	// 1. Bessent announced a one-year suspension on 30 October; the start date came on 1 November.
	is, ok := ds.AsOf(time.Date(2025, 10, 31, 12, 0, 0, 0, ny)).Issue("export-blacklist")
	if !ok {
		t.Fatal("export-blacklist: not shown on 31 October 2025")
	}
	found := false
	for _, p := range is.Positions {
		if p.Side != "us" || !strings.Contains(p.Text, "suspend the rule for a year") {
			continue
		}
		found = true
		if strings.Contains(p.Text, "November") {
			t.Errorf("export-blacklist: the US position of 30 October gives a start date announced only on 1 November: %s", p.Text)
		}
	}
	if !found {
		t.Errorf("export-blacklist: no US position on the one-year suspension known on 31 October: %+v", is.Positions)
	}
	// 2 and 3. Statuses holding from an exact instant are shown from it, and not before.
	for _, c := range []struct {
		issue, event string
		at           time.Time
	}{
		{"port-fees", "nov10-implementation", time.Date(2025, 11, 10, 0, 1, 0, 0, ny)},
		{"truce-extension", "section-122", time.Date(2026, 2, 24, 0, 1, 0, 0, ny)},
	} {
		has := func(when time.Time) bool {
			is, ok := ds.AsOf(when).Issue(c.issue)
			if !ok {
				return false
			}
			for _, st := range is.Statuses {
				if st.Event == c.event {
					return true
				}
			}
			return false
		}
		if !has(c.at.Add(6 * time.Hour)) {
			t.Errorf("%s: the status from %s is not shown six hours after %s, when it held and was announced", c.issue, c.event, c.at)
		}
		if has(c.at.Add(-time.Minute)) {
			t.Errorf("%s: the status from %s is shown before %s", c.issue, c.event, c.at)
		}
	}
}
