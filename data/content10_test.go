package data

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEmbeddedEighthRecheck pins the finding of the eighth whole-file re-check
// (data/AUDIT.md §26): the US position that the administration seeks to set up
// a 'Board of Trade' with China, which AP reported in its story of the eve of
// Trump's Beijing visit (posted at 08:34 on 13 May 2026 in Manila, 8:34 p.m. on
// 12 May in New York; s168), was dated 13 May in New York and so shown only
// from the end of that day, 28 hours after the story. It is now shown from the
// end of 12 May in New York, with s168 visible, and not a minute before.
func TestEmbeddedEighthRecheck(t *testing.T) {
	ds := embeddedData(t)
	ny := newYork(t)
	s, ok := ds.Source("s168")
	if !ok {
		t.Fatal("s168: missing")
	}
	if want := time.Date(2026, 5, 13, 0, 34, 0, 0, time.UTC); !s.KnownFrom().Equal(want) {
		t.Errorf("s168: known from %v, want its publication at %v", s.KnownFrom(), want)
	}
	board := func(when time.Time) (bool, []string) {
		is, ok := ds.AsOf(when).Issue("truce-extension")
		if !ok {
			return false, nil
		}
		for _, p := range is.Positions {
			if p.Side == "us" && strings.Contains(p.Text, "Board of Trade") {
				return true, p.Sources
			}
		}
		return false, nil
	}
	end := time.Date(2026, 5, 13, 0, 0, 0, 0, ny) // the end of 12 May in New York
	shown, srcs := board(end.Add(time.Hour))
	if !shown {
		t.Error("truce-extension: the US 'Board of Trade' position is not shown an hour after the end of 12 May 2026 in New York")
	} else if !slices.Contains(srcs, "s168") {
		t.Errorf("truce-extension: AP's story (s168) is not visible with the 'Board of Trade' position: %v", srcs)
	}
	if shown, _ := board(end.Add(-time.Minute)); shown {
		t.Error("truce-extension: the US 'Board of Trade' position is shown before the end of 12 May 2026 in New York")
	}
}
