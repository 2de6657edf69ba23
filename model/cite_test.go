package model_test

import (
	"slices"
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

// TestCitationsOfIssueHistory checks that CitationsOf names an issue's
// status history and each side's positions for the sources their entries
// cite, as known at the clock: at every entry's instant and a second
// before, exactly the entries known then (with their source) count.
func TestCitationsOfIssueHistory(t *testing.T) {
	full, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	// People's Daily Online, "There is no winner in trade war…", backs
	// China's position on the fentanyl tariffs.
	if got := full.CitationsOf("s281"); !slices.ContainsFunc(got, func(c model.Citation) bool {
		return c.Kind == model.RecordIssue && c.Label == "Fentanyl tariffs: China position"
	}) {
		t.Errorf("s281 is cited for %v; want China's position on the fentanyl tariffs", got)
	}
	var instants []time.Time
	for _, is := range full.Issues {
		for _, e := range is.Statuses {
			instants = append(instants, e.KnownFrom().Add(-time.Second), e.KnownFrom())
		}
		for _, e := range is.Positions {
			instants = append(instants, e.KnownFrom().Add(-time.Second), e.KnownFrom())
		}
	}
	slices.SortFunc(instants, time.Time.Compare)
	instants = slices.Compact(instants)
	for i, at := range instants {
		if i%4 != 0 && i != len(instants)-1 {
			continue // every 4th instant keeps the test quick
		}
		v := full.AsOf(at)
		for _, s := range v.Sources {
			var want []string
			known := func(e model.Sourced, from time.Time) bool {
				return !from.After(at) && slices.Contains(e.Sources, s.ID)
			}
			for _, is := range full.Issues {
				if _, ok := v.Issue(is.ID); !ok {
					continue
				}
				if slices.ContainsFunc(is.Statuses, func(e model.StatusEntry) bool { return known(e.Sourced, e.KnownFrom()) }) {
					want = append(want, is.Name+": status")
				}
				for _, side := range []model.Side{model.US, model.China} {
					if slices.ContainsFunc(is.Positions, func(e model.PositionEntry) bool {
						return e.Side == side && known(e.Sourced, e.KnownFrom())
					}) {
						want = append(want, is.Name+": "+side.Label()+" position")
					}
				}
			}
			var got []string
			for _, c := range v.CitationsOf(s.ID) {
				if c.Kind == model.RecordIssue && c.Label != "" && !slices.ContainsFunc(v.Issues, func(is model.Issue) bool { return is.Name == c.Label }) {
					got = append(got, c.Label)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("as of %v: source %s is cited for the issue histories %q, want %q", at, s.ID, got, want)
			}
		}
	}
}
