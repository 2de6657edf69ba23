package data

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEmbeddedSeventhRecheck pins the findings of the seventh whole-file
// re-check (data/AUDIT.md §25): three Chinese announcements that were dated by
// New York's day, though they were made and reported earlier, on the same day
// in Beijing, are shown from the end of that day in Beijing, each with a page
// of the day visible:
//   - the foreign ministry's rejection on 15 December 2025 of the criticism of
//     Jimmy Lai's verdict (Xinhua at 16:50 Beijing time, s297; Reuters, s298);
//   - the commerce ministry's confirmation of the rare-earth framework on
//     27 June 2025, as China's position and the rare-earths status (AFP on CNA,
//     s299);
//   - China's 125% tariff announced on 11 April 2025, the tariff-peak event
//     (Xinhua, s220), whose deadline and position were already dated in Beijing.
func TestEmbeddedSeventhRecheck(t *testing.T) {
	ds := embeddedData(t)
	bj, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	// an entry's text and sources, as shown at a given instant
	type entry struct {
		shown bool
		srcs  []string
	}
	position := func(when time.Time, issue, side, text string) entry {
		is, ok := ds.AsOf(when).Issue(issue)
		if !ok {
			return entry{}
		}
		for _, p := range is.Positions {
			if string(p.Side) == side && strings.Contains(p.Text, text) {
				return entry{true, p.Sources}
			}
		}
		return entry{}
	}
	status := func(when time.Time, issue, note string) entry {
		is, ok := ds.AsOf(when).Issue(issue)
		if !ok {
			return entry{}
		}
		for _, st := range is.Statuses {
			if strings.Contains(st.Note, note) {
				return entry{true, st.Sources}
			}
		}
		return entry{}
	}
	for _, c := range []struct {
		what string
		get  func(time.Time) entry
		day  time.Time // midnight at the end of the day in Beijing
		page string
	}{
		{"jimmy-lai: China's rejection of the criticism of the verdict", func(w time.Time) entry {
			return position(w, "jimmy-lai", "china", "rejects the international criticism")
		}, time.Date(2025, 12, 16, 0, 0, 0, 0, bj), "s297"},
		{"rare-earths: China's position of 27 June 2025", func(w time.Time) entry {
			return position(w, "rare-earths", "china", "Will approve export applications")
		}, time.Date(2025, 6, 28, 0, 0, 0, 0, bj), "s299"},
		{"rare-earths: the status of 27 June 2025", func(w time.Time) entry {
			return status(w, "rare-earths", "A further understanding on speeding")
		}, time.Date(2025, 6, 28, 0, 0, 0, 0, bj), "s299"},
	} {
		after := c.get(c.day.Add(time.Hour))
		if !after.shown {
			t.Errorf("%s: not shown an hour after the end of its day in Beijing", c.what)
		} else if !slices.Contains(after.srcs, c.page) {
			t.Errorf("%s: the page of the day (%s) is not visible with it: %v", c.what, c.page, after.srcs)
		}
		if c.get(c.day.Add(-time.Minute)).shown {
			t.Errorf("%s: shown before the end of its day in Beijing", c.what)
		}
	}
	// The tariff-peak event is China's announcement of 11 April 2025 in Beijing.
	peak := time.Date(2025, 4, 12, 0, 0, 0, 0, bj)
	ev, ok := ds.AsOf(peak.Add(time.Hour)).Event("tariff-peak")
	if !ok {
		t.Error("tariff-peak: not shown an hour after the end of 11 April 2025 in Beijing")
	} else if !slices.Contains(ev.Sources, "s220") {
		t.Errorf("tariff-peak: Xinhua's dispatch of 11 April (s220) is not visible with it: %v", ev.Sources)
	}
	if _, ok := ds.AsOf(peak.Add(-time.Minute)).Event("tariff-peak"); ok {
		t.Error("tariff-peak: shown before the end of 11 April 2025 in Beijing")
	}
}
