package model

import (
	"slices"
	"sync"
	"time"
)

// The collections an index covers, in the order of index.origin.
const (
	colSources = iota
	colPeople
	colRounds
	colEvents
	colIssues
	colDeadlines
	nCols
)

// index holds lookups built once by Prepare. A dataset returned by AsOf
// shares the maps of the dataset it came from (they are never written
// after Prepare) and keeps, per collection, the map position of each of its
// records (ascending, because AsOf keeps the records' order).
type index struct {
	maps   [nCols]map[string]int
	size   [nCols]int      // the number of records the maps were built over
	origin *[nCols][]int32 // nil for a prepared whole dataset: identity

	instantsOnce sync.Once
	instants     []time.Time

	sizesOnce sync.Once
	sizes     poolSizes
}

// poolSizes counts the list elements of a dataset, so that AsOf allocates
// its pools once.
type poolSizes struct{ strs, atts, stats, poss int }

func (d *Dataset) poolSizes() poolSizes {
	var n poolSizes
	src := func(s *Sourced) { n.strs += len(s.Sources) }
	for i := range d.People {
		p := &d.People[i]
		n.strs += len(p.Titles) + len(p.Aliases) + len(p.Issues)
		src(&p.Sourced)
	}
	for i := range d.Rounds {
		r := &d.Rounds[i]
		n.strs += len(r.Issues)
		n.atts += len(r.Attendance)
		src(&r.Sourced)
		for j := range r.Attendance {
			src(&r.Attendance[j].Sourced)
		}
	}
	for i := range d.Events {
		n.strs += len(d.Events[i].People) + len(d.Events[i].Issues)
		src(&d.Events[i].Sourced)
	}
	for i := range d.Issues {
		is := &d.Issues[i]
		n.stats += len(is.Statuses)
		n.poss += len(is.Positions)
		src(&is.Sourced)
		for j := range is.Statuses {
			src(&is.Statuses[j].Sourced)
		}
		for j := range is.Positions {
			n.strs += len(is.Positions[j].People)
			src(&is.Positions[j].Sourced)
		}
	}
	for i := range d.Deadlines {
		n.strs += len(d.Deadlines[i].Issues)
		src(&d.Deadlines[i].Sourced)
	}
	for i := range d.Discrepancies {
		x := &d.Discrepancies[i]
		n.strs += len(x.Events) + len(x.Rounds) + len(x.People) + len(x.Issues) + len(x.Deadlines)
		src(&x.Sourced)
	}
	return n
}

func positions[T any](items []T, id func(*T) string) map[string]int {
	m := make(map[string]int, len(items))
	for i := range items {
		m[id(&items[i])] = i
	}
	return m
}

// Prepare sorts the records into display order (rounds by start, events and
// deadlines by instant, ties by id; issue histories by known-from), builds
// the id lookups and computes every record's known-from instants. Loaders
// call it once; the query methods call it lazily if nobody did. Call it
// again after changing a dataset. On a dataset returned by AsOf it keeps the
// known-from instants the records carry.
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
	d.idx = &index{maps: [nCols]map[string]int{
		colSources:   positions(d.Sources, func(s *Source) string { return s.ID }),
		colPeople:    positions(d.People, func(p *Person) string { return p.ID }),
		colRounds:    positions(d.Rounds, func(r *Round) string { return r.ID }),
		colEvents:    positions(d.Events, func(e *Event) string { return e.ID }),
		colIssues:    positions(d.Issues, func(i *Issue) string { return i.ID }),
		colDeadlines: positions(d.Deadlines, func(dl *Deadline) string { return dl.ID }),
	}}
	d.idx.size = [nCols]int{len(d.Sources), len(d.People), len(d.Rounds), len(d.Events), len(d.Issues), len(d.Deadlines)}
	d.computeRefs()
	if d.AsOfTime.IsZero() {
		d.computeKnown()
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

// pos returns the position in d of the record of collection col with id.
func (d *Dataset) pos(col int, id string, n int) (int, bool) {
	x := d.ix()
	i, ok := x.maps[col][id]
	if !ok {
		return 0, false
	}
	if x.origin != nil {
		j, found := slices.BinarySearch(x.origin[col], int32(i)) //nolint:gosec // i indexes a record: far below 2^31
		if !found {
			return 0, false
		}
		i = j
	}
	return i, i < n
}

func lookup[T any](d *Dataset, items []T, col int, id string) (*T, bool) {
	i, ok := d.pos(col, id, len(items))
	if !ok {
		return nil, false
	}
	return &items[i], true
}

// Source returns the source with the id.
func (d *Dataset) Source(id string) (*Source, bool) { return lookup(d, d.Sources, colSources, id) }

// Person returns the person with the id.
func (d *Dataset) Person(id string) (*Person, bool) { return lookup(d, d.People, colPeople, id) }

// Round returns the round with the id.
func (d *Dataset) Round(id string) (*Round, bool) { return lookup(d, d.Rounds, colRounds, id) }

// Event returns the event with the id.
func (d *Dataset) Event(id string) (*Event, bool) { return lookup(d, d.Events, colEvents, id) }

// Issue returns the issue with the id.
func (d *Dataset) Issue(id string) (*Issue, bool) { return lookup(d, d.Issues, colIssues, id) }

// Deadline returns the deadline with the id.
func (d *Dataset) Deadline(id string) (*Deadline, bool) {
	return lookup(d, d.Deadlines, colDeadlines, id)
}
