package model_test

import (
	"slices"
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// never is later than any instant the tests use.
var never = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)

// checker checks one answer v = d.AsOf(at) against the oracle.
type checker struct {
	t  *testing.T
	o  *oracle
	d  *model.Dataset
	v  *model.Dataset
	at time.Time
}

func (c *checker) known(what, id string, from time.Time) {
	if from.After(c.at) {
		c.t.Errorf("as of %v: %s %s is known only from %v", c.at, what, id, from)
	}
}

// shown checks that a record is in the answer exactly when it was known.
func (c *checker) shown(what, id string, from time.Time, present bool) {
	if want := !from.After(c.at); present != want {
		c.t.Errorf("as of %v: %s %s known from %v, present %v", c.at, what, id, from, present)
	}
}

// sourcedPair is a record's sources in the answer next to the original's.
type sourcedPair struct {
	what      string
	got, orig model.Sourced
}

func (c *checker) pairs() []sourcedPair {
	var out []sourcedPair
	add := func(what string, got, orig model.Sourced) { out = append(out, sourcedPair{what, got, orig}) }
	for _, p := range c.v.People {
		orig, _ := c.d.Person(p.ID)
		add("person "+p.ID, p.Sourced, orig.Sourced)
	}
	for _, r := range c.v.Rounds {
		orig, _ := c.d.Round(r.ID)
		add("round "+r.ID, r.Sourced, orig.Sourced)
		for _, a := range r.Attendance {
			oa, _ := c.d.AttendanceOf(a.Person, r.ID)
			add("attendance "+r.ID+"/"+a.Person, a.Sourced, oa.Sourced)
		}
	}
	for _, e := range c.v.Events {
		orig, _ := c.d.Event(e.ID)
		add("event "+e.ID, e.Sourced, orig.Sourced)
	}
	for _, is := range c.v.Issues {
		orig, _ := c.d.Issue(is.ID)
		add("issue "+is.ID, is.Sourced, orig.Sourced)
		for j, e := range is.Statuses {
			add("status of "+is.ID, e.Sourced, orig.Statuses[j].Sourced)
		}
		for j, e := range is.Positions {
			add("position on "+is.ID, e.Sourced, orig.Positions[j].Sourced)
		}
	}
	for _, dl := range c.v.Deadlines {
		orig, _ := c.d.Deadline(dl.ID)
		add("deadline "+dl.ID, dl.Sourced, orig.Sourced)
	}
	for i, x := range c.v.Discrepancies {
		add("discrepancy "+x.ID, x.Sourced, c.discrepancy(x.ID, i).Sourced)
	}
	return out
}

func (c *checker) discrepancy(id string, _ int) *model.Discrepancy {
	for i := range c.d.Discrepancies {
		if c.d.Discrepancies[i].ID == id {
			return &c.d.Discrepancies[i]
		}
	}
	c.t.Fatalf("discrepancy %s is not in the dataset", id)
	return nil
}

// nothingLater checks that every record, field and cited source in the
// answer was known at the instant.
func (c *checker) nothingLater() {
	for _, s := range c.v.Sources {
		from, _ := c.o.source(s.ID)
		c.known("source", s.ID, from)
	}
	for _, p := range c.v.People {
		orig, _ := c.d.Person(p.ID)
		c.known("person", p.ID, c.o.person(orig))
	}
	for _, r := range c.v.Rounds {
		orig, _ := c.d.Round(r.ID)
		c.known("round", r.ID, c.o.roundStart(orig))
		if !r.End.IsZero() {
			c.known("end of round", r.ID, c.o.roundEnd(orig))
		}
		if r.Outcome != "" {
			c.known("outcome of round", r.ID, c.o.roundOutcome(orig))
		}
		for _, a := range r.Attendance {
			oa, _ := c.d.AttendanceOf(a.Person, r.ID)
			c.known("attendance at "+r.ID+" of", a.Person, c.o.attendance(orig, oa))
			if a.Role != "" {
				c.known("role at "+r.ID+" of", a.Person, c.o.role(orig, oa))
			}
		}
	}
	for _, e := range c.v.Events {
		orig, _ := c.d.Event(e.ID)
		c.known("event", e.ID, c.o.event(orig))
	}
	for _, is := range c.v.Issues {
		orig, _ := c.d.Issue(is.ID)
		c.known("issue", is.ID, c.o.issue(orig))
		for _, e := range is.Statuses {
			c.known("status entry of", is.ID, eod(e.Known))
		}
		for _, e := range is.Positions {
			c.known("position entry on", is.ID, eod(e.Known))
		}
	}
	for _, dl := range c.v.Deadlines {
		orig, _ := c.d.Deadline(dl.ID)
		c.known("deadline", dl.ID, c.o.deadline(orig))
		if dl.Outcome != model.OutcomePending || dl.OutcomeNote != "" {
			c.known("outcome of deadline", dl.ID, c.o.outcome(orig))
		}
		if dl.ReplacedBy != "" {
			by, _ := c.d.Deadline(dl.ReplacedBy)
			c.known("replacement of deadline", dl.ID, c.o.deadline(by))
		}
	}
	for i, x := range c.v.Discrepancies {
		c.known("discrepancy", x.ID, c.o.discrepancy(c.discrepancy(x.ID, i)))
	}
	for _, p := range c.pairs() {
		for _, id := range p.got.Sources {
			from, _ := c.o.source(id)
			c.known("source cited by "+p.what+":", id, from)
		}
	}
}

// everythingKnown checks that every record and field known at the instant
// is in the answer, and that each record's sources and confidence are the
// original's as far as known.
func (c *checker) everythingKnown() {
	for _, s := range c.d.Sources {
		from, _ := c.o.source(s.ID)
		_, ok := c.v.Source(s.ID)
		c.shown("source", s.ID, from, ok)
	}
	for i := range c.d.People {
		p := &c.d.People[i]
		_, ok := c.v.Person(p.ID)
		c.shown("person", p.ID, c.o.person(p), ok)
	}
	for i := range c.d.Rounds {
		r := &c.d.Rounds[i]
		got, ok := c.v.Round(r.ID)
		if c.shown("round", r.ID, c.o.roundStart(r), ok); !ok {
			continue
		}
		c.shown("end of round", r.ID, c.o.roundEnd(r), got.End == r.End)
		if r.Outcome != "" {
			c.shown("outcome of round", r.ID, c.o.roundOutcome(r), got.Outcome != "")
		}
		for j := range r.Attendance {
			a := &r.Attendance[j]
			ga, ok := c.v.AttendanceOf(a.Person, r.ID)
			from := never
			if p, found := c.d.Person(a.Person); found {
				from = latest(c.o.attendance(r, a), c.o.person(p))
			}
			c.shown("attendance at "+r.ID+" of", a.Person, from, ok)
			if ok && a.Role != "" {
				c.shown("role at "+r.ID+" of", a.Person, c.o.role(r, a), ga.Role != "")
			}
		}
	}
	for i := range c.d.Events {
		_, ok := c.v.Event(c.d.Events[i].ID)
		c.shown("event", c.d.Events[i].ID, c.o.event(&c.d.Events[i]), ok)
	}
	c.issuesKnown()
	for i := range c.d.Deadlines {
		dl := &c.d.Deadlines[i]
		got, ok := c.v.Deadline(dl.ID)
		if c.shown("deadline", dl.ID, c.o.deadline(dl), ok); !ok {
			continue
		}
		if dl.Outcome != model.OutcomePending {
			c.shown("outcome of deadline", dl.ID, c.o.outcome(dl), got.Outcome == dl.Outcome)
		}
		if by, found := c.d.Deadline(dl.ReplacedBy); found {
			c.shown("replacement of deadline", dl.ID, c.o.deadline(by), got.ReplacedBy == dl.ReplacedBy)
		}
	}
	n := 0
	for i := range c.d.Discrepancies {
		x := &c.d.Discrepancies[i]
		present := n < len(c.v.Discrepancies) && c.v.Discrepancies[n].ID == x.ID
		if present {
			n++
		}
		c.shown("discrepancy", x.ID, c.o.discrepancy(x), present)
	}
	for _, p := range c.pairs() {
		c.sources(p)
	}
}

func (c *checker) issuesKnown() {
	for i := range c.d.Issues {
		is := &c.d.Issues[i]
		got, ok := c.v.Issue(is.ID)
		if c.shown("issue", is.ID, c.o.issue(is), ok); !ok {
			continue
		}
		ns, np := 0, 0
		for _, e := range is.Statuses {
			if !eod(e.Known).After(c.at) {
				ns++
			}
		}
		for _, e := range is.Positions {
			if !eod(e.Known).After(c.at) {
				np++
			}
		}
		if len(got.Statuses) != ns || len(got.Positions) != np {
			c.t.Errorf("as of %v: issue %s has %d statuses and %d positions, want %d and %d",
				c.at, is.ID, len(got.Statuses), len(got.Positions), ns, np)
		}
	}
}

// sources checks a record's visible sources and confidence.
func (c *checker) sources(p sourcedPair) {
	var want []string
	for _, id := range p.orig.Sources {
		if from, ok := c.o.source(id); ok && !from.After(c.at) {
			want = append(want, id)
		}
	}
	if !slices.Equal(p.got.Sources, want) {
		c.t.Errorf("as of %v: %s cites %v, want %v", c.at, p.what, p.got.Sources, want)
	}
	conf := p.orig.Confidence
	if len(want) < len(p.orig.Sources) {
		if sup := c.o.supported(want); sup.Rank() < conf.Rank() {
			conf = sup
		}
	}
	if p.got.Confidence != conf {
		c.t.Errorf("as of %v: %s is %s, want %s (cites %v of %v)", c.at, p.what, p.got.Confidence, conf, want, p.orig.Sources)
	}
	if none := len(p.orig.Sources) > 0 && len(want) == 0; p.got.NoSourceYet != none {
		c.t.Errorf("as of %v: %s NoSourceYet %v, want %v (cites %v of %v)", c.at, p.what, p.got.NoSourceYet, none, want, p.orig.Sources)
	}
}
