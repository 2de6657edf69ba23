package model_test

import (
	"time"

	"github.com/truce-dev/truce/model"
)

// oracle computes, from the records' own fields and the rules of
// data/SCHEMA.md, when each record became known, without the model's
// precomputed instants, so that the properties test AsOf against the rules
// rather than against itself.
type oracle struct {
	d      *model.Dataset
	groups map[string]string // source id -> independence group
	people map[string]time.Time
	srcs   map[string]time.Time // memo of source
}

func newOracle(d *model.Dataset) *oracle {
	o := &oracle{d: d, groups: map[string]string{}, people: map[string]time.Time{}, srcs: map[string]time.Time{}}
	keys := model.GroupKeys(d.Sources)
	for i, s := range d.Sources {
		o.groups[s.ID] = keys[i]
	}
	o.peopleFirst()
	return o
}

var zones = map[string]*time.Location{}

// zone loads a zone once.
func zone(name string) *time.Location {
	if loc, ok := zones[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	zones[name] = loc
	return loc
}

// dayStart finds the first instant of the day y-m-d in loc by walking
// forward a minute at a time from the wall-clock midnight Go gives.
func dayStart(y int, m time.Month, d int, loc *time.Location) time.Time {
	want := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	before := func() bool {
		gy, gm, gd := t.In(loc).Date()
		return time.Date(gy, gm, gd, 0, 0, 0, 0, time.UTC).Before(want)
	}
	for i := 0; i < 24*60 && before(); i++ {
		t = t.Add(time.Minute).Truncate(time.Minute)
	}
	return t
}

// eod is the known-from of a value: exact is itself, a date is the start of
// the next day in its zone, unset is zero.
func eod(in model.Instant) time.Time {
	switch {
	case in.IsZero():
		return time.Time{}
	case in.IsDateOnly():
		y, m, d := in.Time.Date()
		return dayStart(y, m, d+1, in.Time.Location())
	}
	return in.Time
}

func latest(ts ...time.Time) time.Time {
	var out time.Time
	for _, t := range ts {
		if t.After(out) {
			out = t
		}
	}
	return out
}

func (o *oracle) source(id string) (time.Time, bool) {
	if t, ok := o.srcs[id]; ok {
		return t, true
	}
	s, ok := o.d.Source(id)
	if !ok {
		return time.Time{}, false
	}
	t := o.sourceDate(s)
	o.srcs[id] = t
	return t, true
}

func (o *oracle) sourceDate(s *model.Source) time.Time {
	if !s.Published.IsZero() {
		return eod(s.Published)
	}
	loc := time.UTC
	if s.Zone != "" {
		loc = zone(s.Zone)
	}
	date := s.Date
	if len(date) == len("2025-10-12/13") {
		date = date[:8] + date[11:]
	}
	if t, err := time.Parse("2006-01", date); err == nil && len(date) == 7 {
		return dayStart(t.Year(), t.Month()+1, 1, loc)
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return time.Time{}
	}
	return dayStart(t.Year(), t.Month(), t.Day()+1, loc)
}

func (o *oracle) sources(ids []string) (earliest, last time.Time) {
	seen := false
	for _, id := range ids {
		if t, ok := o.source(id); ok {
			if !seen || t.Before(earliest) {
				earliest = t
			}
			last = latest(last, t)
			seen = true
		}
	}
	return earliest, last
}

func (o *oracle) event(e *model.Event) time.Time {
	if !e.Known.IsZero() {
		return eod(e.Known)
	}
	return eod(e.At)
}

func (o *oracle) roundStart(r *model.Round) time.Time {
	if !r.Start.IsDateOnly() {
		return r.Start.Time
	}
	y, m, d := r.Start.Time.Date()
	return dayStart(y, m, d, r.Start.Time.Location())
}

func (o *oracle) roundOutcome(r *model.Round) time.Time {
	if !r.OutcomeKnown.IsZero() {
		return eod(r.OutcomeKnown)
	}
	return eod(r.End)
}

// roundEnd is when a round's last day is known: once the day is over, or
// once its outcome is announced, if that is sooner.
func (o *oracle) roundEnd(r *model.Round) time.Time {
	if end, out := eod(r.End), o.roundOutcome(r); out.Before(end) {
		return out
	}
	return eod(r.End)
}

func (o *oracle) attendance(r *model.Round, a *model.Attendance) time.Time {
	return latest(o.roundStart(r), eod(a.Known))
}

func (o *oracle) role(r *model.Round, a *model.Attendance) time.Time {
	if a.RoleKnown.IsZero() {
		return latest(eod(r.End), o.attendance(r, a))
	}
	return latest(eod(a.RoleKnown), o.attendance(r, a))
}

func (o *oracle) issue(is *model.Issue) time.Time {
	if len(is.Statuses) == 0 {
		_, last := o.sources(is.Sources)
		return last
	}
	first := eod(is.Statuses[0].Known)
	for _, e := range is.Statuses {
		if t := eod(e.Known); t.Before(first) {
			first = t
		}
	}
	return first
}

func (o *oracle) deadline(dl *model.Deadline) time.Time {
	if !dl.Set.IsZero() {
		return eod(dl.Set)
	}
	first, _ := o.sources(dl.Sources)
	return first
}

func (o *oracle) outcome(dl *model.Deadline) time.Time {
	if !dl.OutcomeKnown.IsZero() {
		return latest(eod(dl.OutcomeKnown), o.deadline(dl))
	}
	return latest(eod(dl.At), o.deadline(dl))
}

func (o *oracle) discrepancy(x *model.Discrepancy) time.Time {
	claim, _ := o.source(x.Source)
	if !x.Known.IsZero() {
		return latest(eod(x.Known), claim)
	}
	_, last := o.sources(x.Sources)
	return latest(claim, last)
}

// peopleFirst finds each person's first record.
func (o *oracle) peopleFirst() {
	see := func(id string, t time.Time) {
		if old, ok := o.people[id]; !ok || t.Before(old) {
			o.people[id] = t
		}
	}
	for i := range o.d.Events {
		for _, id := range o.d.Events[i].People {
			see(id, o.event(&o.d.Events[i]))
		}
	}
	for i := range o.d.Rounds {
		r := &o.d.Rounds[i]
		for j := range r.Attendance {
			see(r.Attendance[j].Person, o.attendance(r, &r.Attendance[j]))
		}
	}
	for i := range o.d.Issues {
		is := &o.d.Issues[i]
		for _, e := range is.Positions {
			for _, id := range e.People {
				see(id, latest(eod(e.Known), o.issue(is)))
			}
		}
	}
	for i := range o.d.Discrepancies {
		for _, id := range o.d.Discrepancies[i].People {
			see(id, o.discrepancy(&o.d.Discrepancies[i]))
		}
	}
}

func (o *oracle) person(p *model.Person) time.Time {
	if !p.Known.IsZero() {
		return eod(p.Known)
	}
	if t, ok := o.people[p.ID]; ok {
		return t
	}
	first, _ := o.sources(p.Sources)
	return first
}

// supported is the level the sources ids support by the schema 2 rule.
func (o *oracle) supported(ids []string) model.Confidence {
	groups := map[string]bool{}
	for _, id := range ids {
		if s, ok := o.d.Source(id); ok && !s.Kind.IsWeak() {
			groups[o.groups[id]] = true
		}
	}
	return model.Supported(len(groups))
}
