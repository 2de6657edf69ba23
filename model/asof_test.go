package model_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

// propertyData are the datasets the properties run on: the embedded data,
// the schema 1 and schema 2 fixtures and a synthetic schema 2 file.
func propertyData(t testing.TB) map[string]*model.Dataset {
	t.Helper()
	out := map[string]*model.Dataset{}
	load := func(name string, f func() (*model.Dataset, error)) {
		ds, err := f()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = ds
	}
	load("embedded", data.Embedded)
	for _, f := range []string{"schema1", "valid", "valid2"} {
		load(f, func() (*model.Dataset, error) { return data.LoadFile("../data/testdata/" + f + ".toml") })
	}
	load("synthetic", func() (*model.Dataset, error) {
		return data.Load("synthetic.toml", data.Synthetic(200, 30, 8, 400))
	})
	return out
}

// maxDense is how many known instants denseInstants takes at most (evenly
// spread), so that the large synthetic file keeps the tests quick.
const maxDense = 400

// denseInstants returns every known instant (at most maxDense of them), a
// second either side of each, and random instants from a month before the
// first to a month after the last, sorted.
func denseInstants(ds *model.Dataset, random int) []time.Time {
	known := ds.KnownInstants()
	var out []time.Time
	step := max(1, (len(known)+maxDense-1)/maxDense)
	for i := 0; i < len(known); i += step {
		k := known[i]
		out = append(out, k.Add(-time.Second), k, k.Add(time.Second))
	}
	if len(known) > 0 {
		lo, hi := known[0].AddDate(0, -1, 0), known[len(known)-1].AddDate(0, 1, 0)
		r := rand.New(rand.NewPCG(1, 2))
		for range random {
			out = append(out, lo.Add(time.Duration(r.Int64N(int64(hi.Sub(lo))))))
		}
	}
	slices.SortFunc(out, time.Time.Compare)
	return out
}

// TestAsOfKnowsNothingLater checks, at a dense set of instants, that
// nothing AsOf returns became known after the instant, that everything
// known by then is returned, and that the answer holds together.
func TestAsOfKnowsNothingLater(t *testing.T) {
	for name, ds := range propertyData(t) {
		t.Run(name, func(t *testing.T) {
			o := newOracle(ds)
			for _, at := range denseInstants(ds, 200) {
				v := ds.AsOf(at)
				if !v.AsOfTime.Equal(at) {
					t.Fatalf("AsOfTime %v, want %v", v.AsOfTime, at)
				}
				c := &checker{t: t, o: o, d: ds, v: v, at: at}
				c.nothingLater()
				c.everythingKnown()
				c.holdsTogether()
				if t.Failed() {
					t.Fatalf("stopped at %v", at)
				}
			}
		})
	}
}

// TestAsOfMonotone checks that what is known at t is known at every later
// instant (the projections of issue histories aside, which later entries
// replace), and that AsOf of an answer for t' gives the answer for t <= t'.
func TestAsOfMonotone(t *testing.T) {
	for name, ds := range propertyData(t) {
		t.Run(name, func(t *testing.T) {
			ts := denseInstants(ds, 100)
			r := rand.New(rand.NewPCG(3, 4))
			prev := ds.AsOf(ts[0])
			for i := 1; i < len(ts); i++ {
				cur := ds.AsOf(ts[i])
				monotone(t, prev, cur)
				if r.IntN(8) == 0 {
					if again := cur.AsOf(prev.AsOfTime); !sameAnswer(again, prev) {
						t.Fatalf("AsOf(%v).AsOf(%v) differs from AsOf(%v)", ts[i], prev.AsOfTime, prev.AsOfTime)
					}
					if again := cur.AsOf(cur.AsOfTime); !sameAnswer(again, cur) {
						t.Fatalf("AsOf(%v) is not idempotent", ts[i])
					}
				}
				if t.Failed() {
					t.Fatalf("stopped between %v and %v", prev.AsOfTime, cur.AsOfTime)
				}
				prev = cur
			}
		})
	}
}

// TestKnownInstantsComplete checks that the answer does not change between
// two neighbouring known instants, and that ChangesBetween and NextChange
// agree with KnownInstants.
func TestKnownInstantsComplete(t *testing.T) {
	for name, ds := range propertyData(t) {
		t.Run(name, func(t *testing.T) {
			ks := ds.KnownInstants()
			if !slices.IsSortedFunc(ks, time.Time.Compare) {
				t.Fatal("KnownInstants not sorted")
			}
			step := max(1, len(ks)/300)
			for i := 0; i+1 < len(ks); i += step {
				if ks[i].Equal(ks[i+1]) {
					t.Fatalf("repeated instant %v", ks[i])
				}
				a, b := ds.AsOf(ks[i]), ds.AsOf(ks[i+1].Add(-time.Nanosecond))
				b.AsOfTime = a.AsOfTime
				if !sameAnswer(a, b) {
					t.Fatalf("the answer changes between %v and %v, which are neighbours", ks[i], ks[i+1])
				}
				mid := ks[i].Add(ks[i+1].Sub(ks[i]) / 2)
				if ds.ChangesBetween(ks[i], mid) || !ds.ChangesBetween(mid, ks[i+1]) || !ds.ChangesBetween(ks[i+1], mid) {
					t.Fatalf("ChangesBetween around %v", mid)
				}
				if next, ok := ds.NextChange(ks[i]); !ok || !next.Equal(ks[i+1]) {
					t.Fatalf("NextChange(%v) = %v, %v; want %v", ks[i], next, ok, ks[i+1])
				}
			}
			if _, ok := ds.NextChange(ks[len(ks)-1]); ok {
				t.Error("a change after the last known instant")
			}
		})
	}
}

// TestAsOfSharesNothing changes every string and slice of an answer and
// checks that the dataset it came from did not change.
func TestAsOfSharesNothing(t *testing.T) {
	for name, ds := range propertyData(t) {
		t.Run(name, func(t *testing.T) {
			ref := ds.AsOf(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)) // everything, copied
			for _, at := range []time.Time{time.Date(2025, 10, 26, 1, 0, 0, 0, time.UTC), ref.AsOfTime} {
				scribble(ds.AsOf(at))
				if again := ds.AsOf(ref.AsOfTime); !sameAnswer(again, ref) {
					t.Fatalf("changing the answer at %v changed the dataset", at)
				}
			}
		})
	}
}

// TestAsOfMetaNote: the file's note, written when the file was checked (it
// names the seed articles of October 2025 and the deadlines of 2026), is
// left out at every instant before that day, and shown from it on.
func TestAsOfMetaNote(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if ds.Meta.Note == "" {
		t.Fatal("the embedded data has no note to test with")
	}
	checked := ds.Meta.Checked.Time
	for _, c := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC), ""},
		{time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC), ""},
		{checked.Add(-time.Second), ""},
		{checked.AddDate(0, 0, 2), ds.Meta.Note},
	} {
		if got := ds.AsOf(c.at).Meta.Note; got != c.want {
			t.Errorf("AsOf(%s).Meta.Note = %q, want %q", c.at, got, c.want)
		}
	}
}

// TestCutAtClock: an answer for an instant before the file was checked is
// cut at the clock, whether or not anything in the file comes later (that
// is not known at the clock); from the day it was checked on, and for the
// whole dataset, it is not.
func TestCutAtClock(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	checked := ds.Meta.Checked.Time
	all := ds.KnownInstants()
	afterLast := all[len(all)-1].Add(time.Hour) // nothing in the file comes after this
	for _, c := range []struct {
		at   time.Time
		want bool
	}{
		{time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), true},
		{afterLast, afterLast.Before(checked)},
		{checked.Add(-time.Second), true},
		{checked.Add(time.Hour), false},
	} {
		if got := ds.AsOf(c.at).CutAtClock(); got != c.want {
			t.Errorf("AsOf(%s).CutAtClock() = %v, want %v", c.at, got, c.want)
		}
	}
	if ds.CutAtClock() {
		t.Error("the whole dataset is not cut")
	}
}
