package model_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/truce-dev/truce/model"
)

// holdsTogether checks that every reference in the answer resolves in the
// answer, that issue projections are their latest entries, that round
// states fit the instant and that the counts add up.
func (c *checker) holdsTogether() {
	v := c.v
	res := func(what string, ids []string, ok func(string) bool) {
		for _, id := range ids {
			if !ok(id) {
				c.t.Errorf("as of %v: %s names %q, which is not in the answer", c.at, what, id)
			}
		}
	}
	src := func(id string) bool { _, ok := v.Source(id); return ok }
	person := func(id string) bool { _, ok := v.Person(id); return ok }
	round := func(id string) bool { _, ok := v.Round(id); return ok }
	event := func(id string) bool { _, ok := v.Event(id); return ok }
	issue := func(id string) bool { _, ok := v.Issue(id); return ok }
	deadline := func(id string) bool { _, ok := v.Deadline(id); return ok }
	opt := func(id string) []string {
		if id == "" {
			return nil
		}
		return []string{id}
	}
	for _, s := range v.Sources {
		res("source "+s.ID, opt(s.CopyOf), src)
	}
	for _, p := range c.pairs() {
		res(p.what, p.got.Sources, src)
	}
	for _, p := range v.People {
		res("person "+p.ID, p.Issues, issue)
	}
	for _, r := range v.Rounds {
		res("round "+r.ID, r.Issues, issue)
		for _, a := range r.Attendance {
			res("round "+r.ID, []string{a.Person}, person)
		}
		if r.State != r.StateAt(c.at) {
			c.t.Errorf("as of %v: round %s is %s, StateAt says %s", c.at, r.ID, r.State, r.StateAt(c.at))
		}
		if r.End.IsZero() != (r.State == model.RoundInProgress) {
			c.t.Errorf("as of %v: round %s is %s with end %v", c.at, r.ID, r.State, r.End)
		}
		if orig, _ := c.d.Round(r.ID); orig.Outcome != "" && (r.Outcome != "") != (r.State == model.RoundConcluded) {
			c.t.Errorf("as of %v: round %s is %s with outcome %q", c.at, r.ID, r.State, r.Outcome)
		}
	}
	for _, e := range v.Events {
		res("event "+e.ID, opt(e.Round), round)
		res("event "+e.ID, e.People, person)
		res("event "+e.ID, e.Issues, issue)
	}
	for _, is := range v.Issues {
		for _, e := range is.Statuses {
			res("status of "+is.ID, opt(e.Event), event)
			res("status of "+is.ID, opt(e.Round), round)
		}
		us, china := "", ""
		for _, e := range is.Positions {
			res("position on "+is.ID, opt(e.Event), event)
			res("position on "+is.ID, opt(e.Round), round)
			res("position on "+is.ID, e.People, person)
			if e.Side == model.US {
				us = e.Text
			} else {
				china = e.Text
			}
		}
		if n := len(is.Statuses); n > 0 && (is.Status != is.Statuses[n-1].Status || is.StatusNote != is.Statuses[n-1].Note ||
			is.US != us || is.China != china) {
			c.t.Errorf("as of %v: issue %s projects %s/%q/%q/%q", c.at, is.ID, is.Status, is.StatusNote, is.US, is.China)
		}
	}
	for _, dl := range v.Deadlines {
		res("deadline "+dl.ID, opt(dl.ReplacedBy), deadline)
		res("deadline "+dl.ID, dl.Issues, issue)
	}
	for _, x := range v.Discrepancies {
		res("discrepancy "+x.ID, []string{x.Source}, src)
		res("discrepancy "+x.ID, x.Events, event)
		res("discrepancy "+x.ID, x.Rounds, round)
		res("discrepancy "+x.ID, x.People, person)
		res("discrepancy "+x.ID, x.Issues, issue)
		res("discrepancy "+x.ID, x.Deadlines, deadline)
	}
	all, got := c.d.Count(), v.Count()
	if later := v.Later; all.Events-got.Events != later.Events || all.Sources-got.Sources != later.Sources ||
		all.People-got.People != later.People || all.Rounds-got.Rounds != later.Rounds ||
		all.Issues-got.Issues != later.Issues || all.Deadlines-got.Deadlines != later.Deadlines ||
		all.Discrepancies-got.Discrepancies != later.Discrepancies {
		c.t.Errorf("as of %v: Later %+v, but %+v of %+v are shown", c.at, later, got, all)
	}
}

// monotone checks that everything in prev (an earlier answer) is in cur.
func monotone(t *testing.T, prev, cur *model.Dataset) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("from %v to %v: "+format, append([]any{prev.AsOfTime, cur.AsOfTime}, args...)...)
	}
	subset := func(what string, a, b []string) {
		t.Helper()
		for _, x := range a {
			if !slices.Contains(b, x) {
				fail("%s loses %q", what, x)
			}
		}
	}
	sourced := func(what string, a, b model.Sourced) {
		t.Helper()
		subset(what+" sources", a.Sources, b.Sources)
		if a.Confidence.Rank() > b.Confidence.Rank() {
			fail("%s drops from %s to %s", what, a.Confidence, b.Confidence)
		}
	}
	for _, s := range prev.Sources {
		if _, ok := cur.Source(s.ID); !ok {
			fail("source %s disappears", s.ID)
		}
	}
	for _, p := range prev.People {
		q, ok := cur.Person(p.ID)
		if !ok {
			fail("person %s disappears", p.ID)
			continue
		}
		subset("person "+p.ID+" issues", p.Issues, q.Issues)
		sourced("person "+p.ID, p.Sourced, q.Sourced)
	}
	for _, r := range prev.Rounds {
		q, ok := cur.Round(r.ID)
		if !ok {
			fail("round %s disappears", r.ID)
			continue
		}
		if r.Outcome != "" && q.Outcome != r.Outcome {
			fail("round %s loses its outcome", r.ID)
		}
		sourced("round "+r.ID, r.Sourced, q.Sourced)
		for _, a := range r.Attendance {
			b, ok := cur.AttendanceOf(a.Person, r.ID)
			switch {
			case !ok:
				fail("round %s loses %s", r.ID, a.Person)
			case a.Role != "" && b.Role != a.Role:
				fail("round %s loses %s's role", r.ID, a.Person)
			default:
				sourced("attendance "+a.Person, a.Sourced, b.Sourced)
			}
		}
	}
	for _, e := range prev.Events {
		f, ok := cur.Event(e.ID)
		if !ok {
			fail("event %s disappears", e.ID)
			continue
		}
		subset("event "+e.ID+" people", e.People, f.People)
		sourced("event "+e.ID, e.Sourced, f.Sourced)
	}
	for _, is := range prev.Issues {
		js, ok := cur.Issue(is.ID)
		switch {
		case !ok:
			fail("issue %s disappears", is.ID)
		case len(is.Statuses) > len(js.Statuses) || len(is.Positions) > len(js.Positions):
			fail("issue %s loses history", is.ID)
		case len(is.Statuses) > 0 && js.Statuses[len(is.Statuses)-1].Note != is.Statuses[len(is.Statuses)-1].Note:
			fail("issue %s rewrites its history", is.ID)
		}
	}
	for _, dl := range prev.Deadlines {
		el, ok := cur.Deadline(dl.ID)
		switch {
		case !ok:
			fail("deadline %s disappears", dl.ID)
		case dl.Outcome != model.OutcomePending && el.Outcome != dl.Outcome:
			fail("deadline %s loses its outcome", dl.ID)
		case dl.ReplacedBy != "" && el.ReplacedBy != dl.ReplacedBy:
			fail("deadline %s loses its replacement", dl.ID)
		default:
			sourced("deadline "+dl.ID, dl.Sourced, el.Sourced)
		}
	}
	if len(prev.Discrepancies) > len(cur.Discrepancies) {
		fail("discrepancies disappear")
	}
}

// sameAnswer reports whether two answers hold the same records, fields,
// instant and counts.
func sameAnswer(a, b *model.Dataset) bool {
	return a.AsOfTime.Equal(b.AsOfTime) && a.Meta == b.Meta && a.Later == b.Later &&
		reflect.DeepEqual(a.Sources, b.Sources) && reflect.DeepEqual(a.People, b.People) &&
		reflect.DeepEqual(a.Rounds, b.Rounds) && reflect.DeepEqual(a.Events, b.Events) &&
		reflect.DeepEqual(a.Issues, b.Issues) && reflect.DeepEqual(a.Deadlines, b.Deadlines) &&
		reflect.DeepEqual(a.Discrepancies, b.Discrepancies)
}

// scribble overwrites every string of v and appends to every slice, as a
// careless caller might.
func scribble(v any) {
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
			if v.CanSet() && v.Len() > 0 {
				v.Set(reflect.Append(v, v.Index(0)))
			}
		case reflect.String:
			if v.CanSet() {
				v.SetString("scribbled")
			}
		default:
		}
	}
	walk(reflect.ValueOf(v))
}
