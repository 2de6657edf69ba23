package model

import (
	"slices"
	"time"
)

// never is the known-from instant of something the data never makes known
// (a replacement by a deadline that is not in the file).
var never = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// StartOfDay returns the first instant of the calendar day y-m-d (normalised,
// so that day 32 is the 1st of the next month) in loc: 00:00, or where that
// midnight does not exist (a clock change at midnight), the first valid
// instant of the day.
func StartOfDay(y int, m time.Month, d int, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	wy, wm, wd := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Date()
	gy, gm, gd := t.Date()
	if gy != wy || gm != wm || gd != wd {
		// The midnight fell in a gap and was placed on the day before: the
		// day begins where the next zone period does.
		if _, end := t.ZoneBounds(); !end.IsZero() {
			return end
		}
	}
	return t
}

// knownFrom returns the instant from which a value given as in is known:
// in itself when exact; for a date, the first instant of the next day in
// the date's zone; zero when unset.
func knownFrom(in Instant) time.Time {
	switch in.Precision {
	case Unset:
		return time.Time{}
	case DateOnly:
		y, m, d := in.Time.Date()
		return StartOfDay(y, m, d+1, in.Time.Location())
	default:
		return in.Time
	}
}

// knownIn is knownFrom after placing a floating value in loc.
func knownIn(in Instant, loc *time.Location) time.Time { return knownFrom(in.Resolve(loc)) }

// beginning returns the first instant of a date in loc, or an exact
// instant itself.
func beginning(in Instant, loc *time.Location) time.Time {
	in = in.Resolve(loc)
	if in.Precision != DateOnly {
		return in.Time
	}
	y, m, d := in.Time.Date()
	return StartOfDay(y, m, d, in.Time.Location())
}

func later(a, b time.Time) time.Time {
	if a.Before(b) {
		return b
	}
	return a
}

// zoneCache loads IANA zones once per Prepare; an unknown or empty name
// gives fallback.
type zoneCache map[string]*time.Location

func (z zoneCache) get(name string, fallback *time.Location) *time.Location {
	if name == "" {
		return fallback
	}
	loc, ok := z[name]
	if !ok {
		if name != "Local" {
			loc, _ = time.LoadLocation(name)
		}
		z[name] = loc
	}
	if loc == nil {
		return fallback
	}
	return loc
}

// computeKnown sets every record's known-from instants (see the KnownFrom
// methods) and sorts issue histories by them. Prepare calls it on a whole
// dataset.
func (d *Dataset) computeKnown() {
	zones := zoneCache{}
	keys := GroupKeys(d.Sources)
	groups := make(map[string]int, len(keys))
	for i := range d.Sources {
		s := &d.Sources[i]
		s.from = sourceKnownFrom(s, zones.get(s.Zone, time.UTC))
		g, ok := groups[keys[i]]
		if !ok {
			g = len(groups)
			groups[keys[i]] = g
		}
		s.group = g
	}
	srcFrom := func(id string) (time.Time, bool) {
		if s, ok := d.Source(id); ok {
			return s.from, true
		}
		return time.Time{}, false
	}
	for i := range d.Rounds {
		d.Rounds[i].computeKnown(zones)
	}
	for i := range d.Events {
		e := &d.Events[i]
		loc := zones.get(e.Zone, e.At.Time.Location())
		if e.Known.IsZero() {
			e.from = knownIn(e.At, loc)
		} else {
			e.from = knownIn(e.Known, loc)
		}
	}
	cover := d.Meta.Coverage()
	for i := range d.Issues {
		d.Issues[i].computeKnown(zones, cover, srcFrom)
	}
	d.deadlinesKnown(zones, cover, srcFrom)
	for i := range d.Discrepancies {
		x := &d.Discrepancies[i]
		claim, _ := srcFrom(x.Source)
		x.from = claim
		for _, id := range x.Sources {
			if t, ok := srcFrom(id); ok {
				x.from = later(x.from, t)
			}
		}
		if !x.Known.IsZero() {
			x.from = later(knownIn(x.Known, time.UTC), claim)
		}
	}
	d.peopleKnown(srcFrom)
}

func (r *Round) computeKnown(zones zoneCache) {
	loc := zones.get(r.Zone, r.Start.Time.Location())
	r.startAt = beginning(r.Start, loc)
	r.endAt = knownIn(r.End, loc)
	r.outcomeFrom = r.endAt
	if !r.OutcomeKnown.IsZero() {
		r.outcomeFrom = knownIn(r.OutcomeKnown, loc)
	}
	for j := range r.Attendance {
		a := &r.Attendance[j]
		a.from = r.startAt
		if !a.Known.IsZero() {
			a.from = later(knownIn(a.Known, loc), r.startAt)
		}
		a.roleFrom = later(r.endAt, a.from)
		if !a.RoleKnown.IsZero() {
			a.roleFrom = later(knownIn(a.RoleKnown, loc), a.from)
		}
	}
}

func (is *Issue) computeKnown(zones zoneCache, cover Instant, srcFrom func(string) (time.Time, bool)) {
	is.cover = cover
	for j := range is.Statuses {
		e := &is.Statuses[j]
		e.from = knownIn(e.Known, zones.get(e.Zone, time.UTC))
	}
	for j := range is.Positions {
		e := &is.Positions[j]
		e.from = knownIn(e.Known, zones.get(e.Zone, zones.get(DefaultZone(e.Side), time.UTC)))
	}
	slices.SortStableFunc(is.Statuses, func(a, b StatusEntry) int { return a.from.Compare(b.from) })
	slices.SortStableFunc(is.Positions, func(a, b PositionEntry) int { return a.from.Compare(b.from) })
	if len(is.Statuses) == 0 {
		// Schema 1: the status is a state as of the file's check; the
		// record is known once all its sources are.
		is.from = time.Time{}
		for _, id := range is.Sources {
			if t, ok := srcFrom(id); ok {
				is.from = later(is.from, t)
			}
		}
		return
	}
	is.from = is.Statuses[0].from
	is.project(len(is.Statuses), len(is.Positions))
}

// project sets the flat fields from the first ns status entries and the
// first np position entries.
func (is *Issue) project(ns, np int) {
	is.Status, is.StatusNote = "", ""
	if ns > 0 {
		last := &is.Statuses[ns-1]
		is.Status, is.StatusNote = last.Status, last.Note
	}
	is.US, is.China = "", ""
	for j := range np {
		switch p := &is.Positions[j]; p.Side {
		case US:
			is.US = p.Text
		case China:
			is.China = p.Text
		default: // the loader allows only the two sides
		}
	}
}

func (d *Dataset) deadlinesKnown(zones zoneCache, cover Instant, srcFrom func(string) (time.Time, bool)) {
	for i := range d.Deadlines {
		dl := &d.Deadlines[i]
		dl.cover = cover
		loc := zones.get(dl.Zone, dl.At.Time.Location())
		if !dl.Set.IsZero() {
			dl.from = knownIn(dl.Set, loc)
		} else {
			// Schema 1 without set: known from the earliest cited source.
			dl.from = time.Time{}
			first := true
			for _, id := range dl.Sources {
				if t, ok := srcFrom(id); ok && (first || t.Before(dl.from)) {
					dl.from, first = t, false
				}
			}
		}
		if dl.OutcomeKnown.IsZero() {
			dl.outcomeFrom = later(knownIn(dl.At, loc), dl.from)
		} else {
			dl.outcomeFrom = later(knownIn(dl.OutcomeKnown, loc), dl.from)
		}
	}
	for i := range d.Deadlines {
		dl := &d.Deadlines[i]
		dl.replacedFrom = time.Time{}
		if dl.ReplacedBy == "" {
			continue
		}
		dl.replacedFrom = never
		if by, ok := d.Deadline(dl.ReplacedBy); ok {
			dl.replacedFrom = later(by.from, dl.from)
		}
	}
}

// peopleKnown sets each person's known-from instant: Known if given, else
// their first known record, else their earliest cited source.
func (d *Dataset) peopleKnown(srcFrom func(string) (time.Time, bool)) {
	first := make(map[string]time.Time, len(d.People))
	see := func(id string, t time.Time) {
		if old, ok := first[id]; !ok || t.Before(old) {
			first[id] = t
		}
	}
	for i := range d.Events {
		for _, id := range d.Events[i].People {
			see(id, d.Events[i].from)
		}
	}
	for i := range d.Rounds {
		for j := range d.Rounds[i].Attendance {
			see(d.Rounds[i].Attendance[j].Person, d.Rounds[i].Attendance[j].from)
		}
	}
	for i := range d.Issues {
		is := &d.Issues[i]
		for j := range is.Positions {
			for _, id := range is.Positions[j].People {
				see(id, later(is.Positions[j].from, is.from))
			}
		}
	}
	for i := range d.Discrepancies {
		for _, id := range d.Discrepancies[i].People {
			see(id, d.Discrepancies[i].from)
		}
	}
	for i := range d.People {
		p := &d.People[i]
		if !p.Known.IsZero() {
			p.from = knownIn(p.Known, time.UTC)
			continue
		}
		if t, ok := first[p.ID]; ok {
			p.from = t
			continue
		}
		p.from = time.Time{}
		seen := false
		for _, id := range p.Sources {
			if t, ok := srcFrom(id); ok && (!seen || t.Before(p.from)) {
				p.from, seen = t, true
			}
		}
	}
}
