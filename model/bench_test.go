package model_test

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

// BenchmarkAsOf is the cost of one answer, which the dashboard computes
// when its clock crosses a known instant: on the embedded data, the schema 2
// fixture and the large synthetic file (10,000 events, 1,000 people, 200
// rounds, 500 deadlines), halfway through and after everything is known.
func BenchmarkAsOf(b *testing.B) {
	sets := []struct {
		name string
		load func() (*model.Dataset, error)
	}{
		{"real", data.Embedded},
		{"valid2", func() (*model.Dataset, error) { return data.LoadFile("../data/testdata/valid2.toml") }},
		{"synthetic", func() (*model.Dataset, error) {
			return data.Load("synthetic.toml", data.Synthetic(10_000, 1_000, 200, 500))
		}},
	}
	for _, set := range sets {
		ds, err := set.load()
		if err != nil {
			b.Fatal(err)
		}
		for _, at := range []struct {
			name string
			t    time.Time
		}{
			{"mid", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)},
			{"end", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		} {
			b.Run(set.name+"/"+at.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = ds.AsOf(at.t)
				}
			})
		}
	}
}

// BenchmarkChangesBetween is the check the dashboard makes on every clock
// tick to know whether to ask AsOf again.
func BenchmarkChangesBetween(b *testing.B) {
	ds, err := data.Load("synthetic.toml", data.Synthetic(10_000, 1_000, 200, 500))
	if err != nil {
		b.Fatal(err)
	}
	t := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	ds.KnownInstants()
	b.ReportAllocs()
	for b.Loop() {
		_ = ds.ChangesBetween(t, t.Add(time.Second))
	}
}

// BenchmarkWatchAt is the per-second question of every countdown (footer,
// Countdowns, status, title): which deadline to watch, on the embedded data
// as known the day before the November 2025 truce deadline.
func BenchmarkWatchAt(b *testing.B) {
	full, err := data.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	t := time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)
	known := full.AsOf(t)
	b.ReportAllocs()
	for b.Loop() {
		_ = known.WatchAt(t, model.WatchHold)
	}
}
