package model

import (
	"slices"
	"time"
)

// index holds lookups built once by Prepare.
type index struct {
	sources   map[string]int
	people    map[string]int
	rounds    map[string]int
	events    map[string]int
	issues    map[string]int
	deadlines map[string]int
}

func positions[T any](items []T, id func(*T) string) map[string]int {
	m := make(map[string]int, len(items))
	for i := range items {
		m[id(&items[i])] = i
	}
	return m
}

// Prepare sorts the records into display order (rounds by start, events and
// deadlines by instant, ties by id) and builds the id lookups. Loaders call
// it once; the query methods call it lazily if nobody did.
func (d *Dataset) Prepare() {
	slices.SortStableFunc(d.Rounds, func(a, b Round) int {
		if c := a.Start.Time.Compare(b.Start.Time); c != 0 {
			return c
		}
		return a.Number - b.Number
	})
	slices.SortStableFunc(d.Events, func(a, b Event) int { return compareAt(a.At, b.At, a.ID, b.ID) })
	slices.SortStableFunc(d.Deadlines, func(a, b Deadline) int {
		// Deadlines due at the same instant: the one announced first leads.
		if a.At.Time.Equal(b.At.Time) {
			if c := a.Set.Time.Compare(b.Set.Time); c != 0 {
				return c
			}
		}
		return compareAt(a.At, b.At, a.ID, b.ID)
	})
	d.idx = &index{
		sources:   positions(d.Sources, func(s *Source) string { return s.ID }),
		people:    positions(d.People, func(p *Person) string { return p.ID }),
		rounds:    positions(d.Rounds, func(r *Round) string { return r.ID }),
		events:    positions(d.Events, func(e *Event) string { return e.ID }),
		issues:    positions(d.Issues, func(i *Issue) string { return i.ID }),
		deadlines: positions(d.Deadlines, func(dl *Deadline) string { return dl.ID }),
	}
}

func compareAt(a, b Instant, aid, bid string) int {
	if c := a.Time.Compare(b.Time); c != 0 {
		return c
	}
	switch {
	case aid < bid:
		return -1
	case aid > bid:
		return 1
	}
	return 0
}

func (d *Dataset) ix() *index {
	if d.idx == nil {
		d.Prepare()
	}
	return d.idx
}

func lookup[T any](items []T, m map[string]int, id string) (*T, bool) {
	i, ok := m[id]
	if !ok || i >= len(items) {
		return nil, false
	}
	return &items[i], true
}

// Source returns the source with the id.
func (d *Dataset) Source(id string) (*Source, bool) { return lookup(d.Sources, d.ix().sources, id) }

// Person returns the person with the id.
func (d *Dataset) Person(id string) (*Person, bool) { return lookup(d.People, d.ix().people, id) }

// Round returns the round with the id.
func (d *Dataset) Round(id string) (*Round, bool) { return lookup(d.Rounds, d.ix().rounds, id) }

// Event returns the event with the id.
func (d *Dataset) Event(id string) (*Event, bool) { return lookup(d.Events, d.ix().events, id) }

// Issue returns the issue with the id.
func (d *Dataset) Issue(id string) (*Issue, bool) { return lookup(d.Issues, d.ix().issues, id) }

// Deadline returns the deadline with the id.
func (d *Dataset) Deadline(id string) (*Deadline, bool) {
	return lookup(d.Deadlines, d.ix().deadlines, id)
}

// AsOf returns the dataset as it was known at t: events up to t, rounds that
// had started by t (with their attendance), and deadlines set by t. People,
// issues, sources and discrepancies are kept whole: they describe, not
// happen. The result shares records with d and must not be modified.
func (d *Dataset) AsOf(t time.Time) *Dataset {
	out := &Dataset{
		Meta:          d.Meta,
		Sources:       d.Sources,
		People:        d.People,
		Issues:        d.Issues,
		Discrepancies: d.Discrepancies,
	}
	for _, r := range d.Rounds {
		if !r.Start.Time.After(t) {
			out.Rounds = append(out.Rounds, r)
		}
	}
	for _, e := range d.Events {
		if !e.At.Time.After(t) {
			out.Events = append(out.Events, e)
		}
	}
	for _, dl := range d.Deadlines {
		if dl.Set.IsZero() || !dl.Set.Time.After(t) {
			out.Deadlines = append(out.Deadlines, dl)
		}
	}
	out.Prepare()
	return out
}
