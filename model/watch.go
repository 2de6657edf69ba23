package model

import "time"

// WatchHold is how long a deadline that has just passed stays the one to
// watch, so that a countdown shows it pass before the next takes over.
const WatchHold = time.Minute

// Watch is the deadline to watch at an instant: what a countdown's headline,
// the footer, `truce status`, the terminal title and the alerts all show.
type Watch struct {
	// Deadlines are the watched deadlines, in order: exact ones that fall at
	// the same instant, or date-only ones due today (each on its own zone's
	// day: at 06:00 UTC on 10 November both Beijing's and New York's 10
	// November hold). Empty when no deadline is known.
	Deadlines []*Deadline
	// Beside are the date-only deadlines whose day falls before an exact
	// watched deadline in its last day (or is that day): listed beside it,
	// never instead of it.
	Beside []*Deadline
	// Passed is true when the watched deadlines have passed: within the
	// hold after an exact one, or because every deadline has.
	Passed bool
	// AllPassed is true when every deadline known has passed; the watched
	// ones are then the last to pass.
	AllPassed bool
}

// First is the first watched deadline, or nil.
func (w Watch) First() *Deadline {
	if len(w.Deadlines) == 0 {
		return nil
	}
	return w.Deadlines[0]
}

// DayEnd is the end of a date-only deadline's day in its zone (the first
// instant of the next day); for an exact deadline, its instant.
func (dl *Deadline) DayEnd() time.Time {
	if !dl.At.IsDateOnly() {
		return dl.At.Time
	}
	t := dl.At.Time
	return StartOfDay(t.Year(), t.Month(), t.Day()+1, t.Location())
}

// WatchAt returns the deadline to watch at t, from the deadlines of d (use
// the dataset as known at t). hold is how long a passed exact deadline
// stays watched (WatchHold).
//
// Deadlines whose outcome was known before they fell due (a threat averted,
// a truce extended early) are settled and not watched, before their instant
// or after it. In order: an exact
// deadline that passed less than hold ago; else the next exact deadline if
// it falls within 24 hours (the to-the-second countdown),
// with the date-only deadlines of that span beside it; else date-only
// deadlines due today; else the next deadline; else, all having passed, the
// last to pass.
func (d *Dataset) WatchAt(t time.Time, hold time.Duration) Watch {
	d.ix() // sorts the deadlines by instant
	order := d.Deadlines
	if len(order) == 0 {
		return Watch{}
	}
	var held, nextExact, dueToday, next *Deadline
	for i := range order {
		dl := &order[i]
		at := dl.At.Time
		if dl.StateAt(t).SettledEarly {
			continue // averted, extended early: nothing to count down to, nothing passes
		}
		switch {
		case !dl.At.IsDateOnly() && !at.After(t) && t.Before(at.Add(hold)):
			held = dl // the latest such wins: order is by instant
		case !dl.At.IsDateOnly() && at.After(t) && nextExact == nil:
			nextExact = dl
		case dl.At.IsDateOnly() && !at.After(t) && t.Before(dl.DayEnd()) && dueToday == nil:
			dueToday = dl
		}
		if next == nil && at.After(t) {
			next = dl
		}
	}
	switch {
	case held != nil:
		return Watch{Deadlines: sameMoment(order, held, t), Beside: dueTodayAt(order, t), Passed: true}
	case nextExact != nil && nextExact.At.Time.Sub(t) <= 24*time.Hour:
		return Watch{Deadlines: sameMoment(order, nextExact, t), Beside: daysBefore(order, t, nextExact.At.Time)}
	case dueToday != nil:
		return Watch{Deadlines: dueTodayAt(order, t)} // every day holding t, whatever its zone
	case next != nil:
		return Watch{Deadlines: sameMoment(order, next, t)}
	}
	last := lastPassed(order, t)
	if last == nil { // every deadline is still ahead, and settled
		return Watch{}
	}
	return Watch{Deadlines: sameMoment(order, last, t), Passed: true, AllPassed: true}
}

// lastPassed returns the last deadline to pass by t, one settled early
// only when every passed deadline was; nil when none has passed.
func lastPassed(order []Deadline, t time.Time) *Deadline {
	var last, lastSettled *Deadline
	for i := range order {
		x := &order[i]
		switch {
		case x.At.Time.After(t):
		case x.StateAt(t).SettledEarly:
			lastSettled = x
		default:
			last = x
		}
	}
	if last == nil {
		return lastSettled
	}
	return last
}

// sameMoment returns the deadlines that fall with dl: at the same instant,
// with the same precision (date-only deadlines: the same day and zone),
// settled ones aside.
func sameMoment(order []Deadline, dl *Deadline, t time.Time) []*Deadline {
	var out []*Deadline
	for i := range order {
		x := &order[i]
		if x.StateAt(t).SettledEarly {
			continue
		}
		if x.At.Time.Equal(dl.At.Time) && x.At.IsDateOnly() == dl.At.IsDateOnly() {
			out = append(out, x)
		}
	}
	return out
}

// daysBefore returns the date-only deadlines whose day overlaps [t, until),
// settled ones aside.
func daysBefore(order []Deadline, t, until time.Time) []*Deadline {
	var out []*Deadline
	for i := range order {
		x := &order[i]
		if x.At.IsDateOnly() && x.At.Time.Before(until) && x.DayEnd().After(t) && !x.StateAt(t).SettledEarly {
			out = append(out, x)
		}
	}
	return out
}

// dueTodayAt returns the date-only deadlines whose day holds t.
func dueTodayAt(order []Deadline, t time.Time) []*Deadline {
	return daysBefore(order, t, t.Add(time.Nanosecond))
}
