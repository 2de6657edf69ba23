package model

import (
	"slices"
	"time"
)

// KnownInstants returns, sorted and without repeats, every instant at which
// the answer of AsOf changes: when a source, person, round, attendance
// entry, role, round end, round outcome, event, issue entry, deadline,
// deadline outcome, replacement or discrepancy becomes known, when the
// file's note shows (Meta.Checked), and when a
// status's term (Until) runs out. AsOf(t) is the same for every t between
// two neighbouring instants (from one, inclusive, to the next, exclusive).
// Deadlines falling due are not included: StateAt answers those. The slice
// is the caller's.
func (d *Dataset) KnownInstants() []time.Time {
	x := d.ix()
	x.instantsOnce.Do(func() { x.instants = d.collectInstants() })
	return slices.Clone(x.instants)
}

// ChangesBetween reports whether AsOf gives different answers at a and b:
// whether some known instant lies in (min(a, b), max(a, b)].
func (d *Dataset) ChangesBetween(a, b time.Time) bool {
	if a.After(b) {
		a, b = b, a
	}
	next, ok := d.NextChange(a)
	return ok && !next.After(b)
}

// NextChange returns the first known instant after t (see KnownInstants);
// false when nothing changes after t.
func (d *Dataset) NextChange(t time.Time) (time.Time, bool) {
	x := d.ix()
	x.instantsOnce.Do(func() { x.instants = d.collectInstants() })
	i, _ := slices.BinarySearchFunc(x.instants, t, func(e, t time.Time) int {
		if e.After(t) {
			return 1
		}
		return -1
	})
	if i == len(x.instants) {
		return time.Time{}, false
	}
	return x.instants[i], true
}

func (d *Dataset) collectInstants() []time.Time {
	var out []time.Time
	add := func(ts ...time.Time) {
		for _, t := range ts {
			if !t.IsZero() && t.Before(never) {
				out = append(out, t)
			}
		}
	}
	if d.Meta.Note != "" && !d.Meta.Checked.IsZero() {
		add(knownFrom(d.Meta.Checked)) // the note shows from then (AsOf)
	}
	for i := range d.Sources {
		add(d.Sources[i].from)
	}
	for i := range d.People {
		add(d.People[i].from)
	}
	for i := range d.Rounds {
		r := &d.Rounds[i]
		add(r.startAt, r.endAt, r.outcomeFrom)
		for j := range r.Attendance {
			add(r.Attendance[j].from, r.Attendance[j].roleFrom)
		}
	}
	for i := range d.Events {
		add(d.Events[i].from)
	}
	for i := range d.Issues {
		is := &d.Issues[i]
		add(is.from)
		for j := range is.Statuses {
			add(is.Statuses[j].from, knownFrom(is.Statuses[j].Until))
		}
		for j := range is.Positions {
			add(is.Positions[j].from)
		}
	}
	for i := range d.Deadlines {
		dl := &d.Deadlines[i]
		add(dl.from, dl.replacedFrom)
		if dl.Outcome != OutcomePending {
			add(dl.outcomeFrom)
		}
	}
	for i := range d.Discrepancies {
		add(d.Discrepancies[i].from)
	}
	slices.SortFunc(out, time.Time.Compare)
	return slices.CompactFunc(out, time.Time.Equal)
}

// NextDeadlineSet returns the deadline that becomes known first after t
// (ties by due instant), for "the first deadline is set on …" before any
// is; false when every deadline is known by t. Call it on a whole dataset,
// not on an answer of AsOf, which holds only the deadlines known.
func (d *Dataset) NextDeadlineSet(t time.Time) (*Deadline, bool) {
	var next *Deadline
	for _, dl := range d.DeadlinesInOrder() {
		if dl.from.After(t) && (next == nil || dl.from.Before(next.from)) {
			next = dl
		}
	}
	return next, next != nil
}
