package data

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEmbeddedSixthRecheck pins the finding of the sixth whole-file re-check
// (data/AUDIT.md §24): Xi's warning to Trump over Taiwan at the Beijing
// summit, which China's readout gave on Thursday 14 May 2026 and which was
// reported by midday that day in Beijing, is shown from the end of 14 May in
// Beijing, as the taiwan status and China's position, with a page of that day
// (s296) visible; it was shown only from the end of 15 May, the day of
// Trump's later remarks flying home, which the beijing-summit-talks event
// itself rightly waits for.
func TestEmbeddedSixthRecheck(t *testing.T) {
	ds := embeddedData(t)
	bj, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	type seen struct{ status, position, page bool }
	look := func(when time.Time) seen {
		var s seen
		is, ok := ds.AsOf(when).Issue("taiwan")
		if !ok {
			return s
		}
		for _, st := range is.Statuses {
			if strings.Contains(st.Note, "warning of clashes") {
				s.status = true
				s.page = s.page || slices.Contains(st.Sources, "s296")
			}
		}
		for _, p := range is.Positions {
			if p.Side == "china" && strings.Contains(p.Text, "clashes and even conflict") {
				s.position = true
				s.page = s.page || slices.Contains(p.Sources, "s296")
			}
		}
		return s
	}
	after := look(time.Date(2026, 5, 15, 6, 0, 0, 0, bj))
	if !after.status || !after.position {
		t.Errorf("taiwan: Xi's warning of 14 May 2026 is not shown on the morning of 15 May in Beijing (status %v, position %v)", after.status, after.position)
	}
	if !after.page {
		t.Error("taiwan: no page of 14 May (s296) is visible with Xi's warning on the morning of 15 May in Beijing")
	}
	before := look(time.Date(2026, 5, 14, 23, 59, 0, 0, bj))
	if before.status || before.position {
		t.Errorf("taiwan: Xi's warning is shown before the end of 14 May in Beijing (status %v, position %v)", before.status, before.position)
	}
	// The event waits for Trump's remarks of 15 May.
	if _, ok := ds.AsOf(time.Date(2026, 5, 15, 6, 0, 0, 0, bj)).Event("beijing-summit-talks"); ok {
		t.Error("beijing-summit-talks: shown before the end of 15 May in Beijing, though it includes Trump's remarks of that day")
	}
}
