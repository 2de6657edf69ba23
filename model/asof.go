package model

import (
	"slices"
	"time"
)

// AsOf returns what was known at t, as a new dataset whose AsOfTime is t:
//
//   - sources published by t; people from their first known record;
//   - rounds started by t, with State set, End unset while the round is in
//     progress (when it would end is not known until it has), Outcome
//     empty until it was reported, only the attendance reported by t and
//     each Role empty until it was reported;
//   - events known by t;
//   - issues known by t, with Statuses and Positions cut to the entries
//     known by t and Status, StatusNote, US and China set from the latest
//     of them (schema 1 issues keep their fields);
//   - deadlines set by t, with Outcome pending and OutcomeNote empty until
//     the outcome was known, and ReplacedBy empty until the replacing
//     deadline was set;
//   - discrepancies known by t;
//   - the file's Meta, its Note (written when the file was checked, and
//     free to speak of anything up to then) empty before Checked.
//
// Every Sources list keeps only the sources known at t, and a record whose
// visible sources no longer support its confidence gets the level they do
// support (see Supported). Every other id list keeps only the records in the
// answer, and a reference to a record not in it is emptied. Later counts the
// records left out. The answer shares no slice with d: a caller may change
// it freely. It costs one pass over d (see BenchmarkAsOf); d must not be
// changed meanwhile. AsOf on an answer for t' >= t gives AsOf(t) again.
func (d *Dataset) AsOf(t time.Time) *Dataset {
	x := d.ix()
	b := newAsOf(d, x, t)
	v := &Dataset{Meta: d.Meta, AsOfTime: t, Later: d.Later}
	if !d.Meta.Checked.IsZero() && t.Before(knownFrom(d.Meta.Checked)) {
		v.Meta.Note = "" // written on Checked: it may name what came later than t
	}
	o := new([nCols][]int32)
	keep := func(col, i int) { o[col] = append(o[col], b.origin(x, col, i)) }
	v.Sources = make([]Source, 0, len(d.Sources))
	for i := range d.Sources {
		if s := d.Sources[i]; b.src[b.origin(x, colSources, i)] {
			if s.CopyOf != "" && !b.sourceOK(s.CopyOf) {
				s.CopyOf = ""
			}
			v.Sources = append(v.Sources, s)
			keep(colSources, i)
		}
	}
	v.People = make([]Person, 0, len(d.People))
	for i := range d.People {
		if p := d.People[i]; b.known(p.from) {
			p.Titles, p.Aliases = b.strs.keep(p.Titles, nil), b.strs.keep(p.Aliases, nil)
			p.Issues = b.strs.keep(p.Issues, b.issueOK)
			p.Sourced = b.sourced(p.Sourced)
			v.People = append(v.People, p)
			keep(colPeople, i)
		}
	}
	v.Rounds = make([]Round, 0, len(d.Rounds))
	for i := range d.Rounds {
		if r := &d.Rounds[i]; b.known(r.startAt) {
			v.Rounds = append(v.Rounds, b.round(r))
			keep(colRounds, i)
		}
	}
	v.Events = make([]Event, 0, len(d.Events))
	for i := range d.Events {
		if e := d.Events[i]; b.known(e.from) {
			if e.Round != "" && !b.roundOK(e.Round) {
				e.Round = ""
			}
			e.People, e.peoplePos = b.keepKnown(e.People, e.peoplePos, b.people, b.personOK)
			e.Issues, e.issuesPos = b.keepKnown(e.Issues, e.issuesPos, b.issues, b.issueOK)
			e.Sourced = b.sourced(e.Sourced)
			v.Events = append(v.Events, e)
			keep(colEvents, i)
		}
	}
	v.Issues = make([]Issue, 0, len(d.Issues))
	for i := range d.Issues {
		if is := &d.Issues[i]; b.known(is.from) {
			v.Issues = append(v.Issues, b.issue(is))
			keep(colIssues, i)
		}
	}
	v.Deadlines = make([]Deadline, 0, len(d.Deadlines))
	for i := range d.Deadlines {
		if dl := &d.Deadlines[i]; b.known(dl.from) {
			v.Deadlines = append(v.Deadlines, b.deadline(dl))
			keep(colDeadlines, i)
		}
	}
	v.Discrepancies = make([]Discrepancy, 0, len(d.Discrepancies))
	for i := range d.Discrepancies {
		if x := &d.Discrepancies[i]; b.known(x.from) {
			v.Discrepancies = append(v.Discrepancies, b.discrepancy(x))
		}
	}
	all, got := d.Count(), v.Count()
	v.Later = Tally{
		Sources: v.Later.Sources + all.Sources - got.Sources, People: v.Later.People + all.People - got.People,
		Rounds: v.Later.Rounds + all.Rounds - got.Rounds, Events: v.Later.Events + all.Events - got.Events,
		Issues: v.Later.Issues + all.Issues - got.Issues, Deadlines: v.Later.Deadlines + all.Deadlines - got.Deadlines,
		Discrepancies: v.Later.Discrepancies + all.Discrepancies - got.Discrepancies,
	}
	v.idx = &index{maps: x.maps, size: x.size, origin: o}
	return v
}

// newAsOf prepares one call: which sources, people and issues are known at
// t, by lookup position, and pools sized for d.
func newAsOf(d *Dataset, x *index, t time.Time) *asOf {
	b := &asOf{d: d, t: t}
	x.sizesOnce.Do(func() { x.sizes = d.poolSizes() })
	b.strs.buf = make([]string, 0, x.sizes.strs)
	b.ints.buf = make([]int32, 0, x.sizes.strs)
	b.atts.buf = make([]Attendance, 0, x.sizes.atts)
	b.stats.buf = make([]StatusEntry, 0, x.sizes.stats)
	b.poss.buf = make([]PositionEntry, 0, x.sizes.poss)
	b.src = make(known, x.size[colSources])
	b.group = make([]int32, x.size[colSources])
	b.weak = make([]bool, x.size[colSources])
	for i := range d.Sources {
		p := b.origin(x, colSources, i)
		b.src[p] = b.known(d.Sources[i].from)
		b.group[p] = int32(d.Sources[i].group) //nolint:gosec // far below 2^31
		b.weak[p] = d.Sources[i].Kind.IsWeak()
	}
	b.people = make(known, x.size[colPeople])
	for i := range d.People {
		b.people[b.origin(x, colPeople, i)] = b.known(d.People[i].from)
	}
	b.issues = make(known, x.size[colIssues])
	for i := range d.Issues {
		b.issues[b.origin(x, colIssues, i)] = b.known(d.Issues[i].from)
	}
	return b
}

// asOf builds one answer of AsOf.
type asOf struct {
	d *Dataset
	t time.Time
	// src, people and issues say which records are known, group and weak
	// hold each source's independence group and weakness; all by lookup
	// position.
	src, people, issues known
	group               []int32
	weak                []bool
	strs                pool[string]
	ints                pool[int32]
	atts                pool[Attendance]
	stats               pool[StatusEntry]
	poss                pool[PositionEntry]
}

func (b *asOf) known(at time.Time) bool { return !at.After(b.t) }

// origin returns the map position of d's record i of collection col.
func (b *asOf) origin(x *index, col, i int) int32 {
	if x.origin != nil {
		return x.origin[col][i]
	}
	return int32(i) //nolint:gosec // collections are far below 2^31 records
}

func (b *asOf) sourceOK(id string) bool {
	i, ok := b.d.pos(colSources, id, len(b.d.Sources))
	return ok && b.known(b.d.Sources[i].from)
}

func (b *asOf) personOK(id string) bool {
	p, ok := b.d.Person(id)
	return ok && b.known(p.from)
}

func (b *asOf) roundOK(id string) bool {
	r, ok := b.d.Round(id)
	return ok && b.known(r.startAt)
}

func (b *asOf) eventOK(id string) bool {
	e, ok := b.d.Event(id)
	return ok && b.known(e.from)
}

func (b *asOf) issueOK(id string) bool {
	is, ok := b.d.Issue(id)
	return ok && b.known(is.from)
}

func (b *asOf) deadlineOK(id string) bool {
	dl, ok := b.d.Deadline(id)
	return ok && b.known(dl.from)
}

// sourced keeps the sources known at t and lowers the confidence to what
// they support when some were left out; with none left, it marks the record
// NoSourceYet.
func (b *asOf) sourced(s Sourced) Sourced {
	if s.Sources == nil {
		return s
	}
	kept, pos := b.keepKnown(s.Sources, s.pos, b.src, b.sourceOK)
	if len(kept) < len(s.Sources) {
		var buf [8]int32
		groups := buf[:0]
		for j, id := range kept {
			g, weak := int32(0), true
			if pos != nil {
				g, weak = b.group[pos[j]], b.weak[pos[j]]
			} else if src, ok := b.d.Source(id); ok {
				g, weak = int32(src.group), src.Kind.IsWeak() //nolint:gosec // far below 2^31
			}
			if !weak && !slices.Contains(groups, g) {
				groups = append(groups, g)
			}
		}
		if sup := Supported(len(groups)); sup.Rank() < s.Confidence.Rank() {
			s.Confidence = sup
		}
	}
	s.Sources, s.pos = kept, pos
	s.NoSourceYet = len(kept) == 0
	return s
}

func (b *asOf) round(r *Round) Round {
	c := *r
	if !b.known(c.outcomeFrom) {
		c.Outcome, c.OutcomeKnown = "", Instant{}
	}
	c.State = r.StateAt(b.t)
	if c.State == RoundInProgress {
		c.End = Instant{} // not known while it runs: only that it has not ended
	}
	c.Issues = b.strs.keep(c.Issues, b.issueOK)
	c.Sourced = b.sourced(c.Sourced)
	if r.Attendance != nil {
		c.Attendance = b.atts.take(len(r.Attendance))
		for _, a := range r.Attendance {
			if !b.known(a.from) || !b.attendee(&a) {
				continue
			}
			if !b.known(a.roleFrom) {
				a.Role, a.RoleKnown = "", Instant{}
			}
			a.Sourced = b.sourced(a.Sourced)
			c.Attendance = append(c.Attendance, a)
		}
		c.Attendance = c.Attendance[:len(c.Attendance):len(c.Attendance)]
	}
	return c
}

func (b *asOf) issue(is *Issue) Issue {
	c := *is
	c.Sourced = b.sourced(c.Sourced)
	if is.Statuses == nil && is.Positions == nil {
		return c // schema 1: the fields are the record's own
	}
	c.Statuses, c.Positions = nil, nil
	if is.Statuses != nil {
		c.Statuses = b.stats.take(len(is.Statuses))
		for _, e := range is.Statuses {
			if !b.known(e.from) {
				break // sorted by from
			}
			e.Event, e.Round = b.ref(e.Event, b.eventOK), b.ref(e.Round, b.roundOK)
			e.Sourced = b.sourced(e.Sourced)
			c.Statuses = append(c.Statuses, e)
		}
		c.Statuses = c.Statuses[:len(c.Statuses):len(c.Statuses)]
	}
	if is.Positions != nil {
		c.Positions = b.poss.take(len(is.Positions))
		for _, e := range is.Positions {
			if !b.known(e.from) {
				break
			}
			e.Event, e.Round = b.ref(e.Event, b.eventOK), b.ref(e.Round, b.roundOK)
			e.People = b.strs.keep(e.People, b.personOK)
			e.Sourced = b.sourced(e.Sourced)
			c.Positions = append(c.Positions, e)
		}
		c.Positions = c.Positions[:len(c.Positions):len(c.Positions)]
	}
	c.project(len(c.Statuses), len(c.Positions))
	return c
}

// attendee reports whether the attendee is known at t.
func (b *asOf) attendee(a *Attendance) bool {
	if a.personRef > 0 {
		return b.people.at(a.personRef - 1)
	}
	return b.personOK(a.Person)
}

// ref returns id when ok accepts it, else "".
func (b *asOf) ref(id string, ok func(string) bool) string {
	if id == "" || ok(id) {
		return id
	}
	return ""
}

func (b *asOf) deadline(dl *Deadline) Deadline {
	c := *dl
	if !b.known(c.outcomeFrom) {
		// Not known yet: nor is when it would be.
		c.Outcome, c.OutcomeNote, c.OutcomeKnown = OutcomePending, "", Instant{}
	}
	if c.ReplacedBy != "" && (!b.known(c.replacedFrom) || !b.deadlineOK(c.ReplacedBy)) {
		c.ReplacedBy = ""
	}
	c.Issues = b.strs.keep(c.Issues, b.issueOK)
	c.Sourced = b.sourced(c.Sourced)
	return c
}

func (b *asOf) discrepancy(x *Discrepancy) Discrepancy {
	c := *x
	c.Events = b.strs.keep(c.Events, b.eventOK)
	c.Rounds = b.strs.keep(c.Rounds, b.roundOK)
	c.People = b.strs.keep(c.People, b.personOK)
	c.Issues = b.strs.keep(c.Issues, b.issueOK)
	c.Deadlines = b.strs.keep(c.Deadlines, b.deadlineOK)
	c.Sourced = b.sourced(c.Sourced)
	return c
}

// pool hands out slices cut from shared blocks, so that an answer of AsOf
// costs a few allocations, not one per list. Each slice handed out has its
// own stretch of a block: appending to it never writes into another's.
type pool[T any] struct{ buf []T }

// poolBlock is the number of elements a pool allocates at a time.
const poolBlock = 1024

// take returns an empty slice with capacity n (n > 0) from the pool.
func (p *pool[T]) take(n int) []T {
	n = max(n, 1)
	if cap(p.buf)-len(p.buf) < n {
		p.buf = make([]T, 0, max(poolBlock, n))
	}
	start := len(p.buf)
	p.buf = p.buf[:start+n]
	return p.buf[start : start : start+n]
}

// keep copies the elements of list that ok accepts (all when ok is nil)
// into a slice from the pool; nil stays nil and the result's capacity is
// its length.
func (p *pool[T]) keep(list []T, ok func(T) bool) []T {
	if list == nil {
		return nil
	}
	out := p.take(len(list))
	for _, s := range list {
		if ok == nil || ok(s) {
			out = append(out, s)
		}
	}
	return out[:len(out):len(out)]
}
