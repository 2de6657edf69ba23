package model

import (
	"slices"
	"time"
)

// RoundAttendance pairs a round with one person's attendance at it.
type RoundAttendance struct {
	// Round is the round attended.
	Round *Round
	// Attendance is the person's entry in the round's attendance.
	Attendance *Attendance
}

// RoundsOf returns the rounds the person attended, in order of start.
func (d *Dataset) RoundsOf(personID string) []RoundAttendance {
	var out []RoundAttendance
	for i := range d.Rounds {
		r := &d.Rounds[i]
		for j := range r.Attendance {
			if r.Attendance[j].Person == personID {
				out = append(out, RoundAttendance{Round: r, Attendance: &r.Attendance[j]})
				break
			}
		}
	}
	return out
}

// Attendee pairs a person with their attendance at a round.
type Attendee struct {
	// Person is the attendee.
	Person *Person
	// Attendance is their entry in the round's attendance.
	Attendance *Attendance
}

// SideGroup is the attendees of one side.
type SideGroup struct {
	// Side is the party.
	Side Side
	// Attendees are that side's attendees, in the order the data lists them.
	Attendees []Attendee
}

// AttendeesBySide returns a round's attendees grouped by side (United
// States, China, others); sides with nobody are left out.
func (d *Dataset) AttendeesBySide(roundID string) []SideGroup {
	r, ok := d.Round(roundID)
	if !ok {
		return nil
	}
	var out []SideGroup
	for _, side := range Sides() {
		g := SideGroup{Side: side}
		for j := range r.Attendance {
			p, ok := d.Person(r.Attendance[j].Person)
			if ok && p.Side == side {
				g.Attendees = append(g.Attendees, Attendee{Person: p, Attendance: &r.Attendance[j]})
			}
		}
		if len(g.Attendees) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// AttendanceOf returns the person's attendance at the round, if any.
func (d *Dataset) AttendanceOf(personID, roundID string) (*Attendance, bool) {
	r, ok := d.Round(roundID)
	if !ok {
		return nil, false
	}
	for j := range r.Attendance {
		if r.Attendance[j].Person == personID {
			return &r.Attendance[j], true
		}
	}
	return nil, false
}

// EventsOfIssue returns the events linked to the issue, in order.
func (d *Dataset) EventsOfIssue(issueID string) []*Event {
	var out []*Event
	for i := range d.Events {
		if slices.Contains(d.Events[i].Issues, issueID) {
			out = append(out, &d.Events[i])
		}
	}
	return out
}

// EventsOfPerson returns the events the person is linked to, in order.
func (d *Dataset) EventsOfPerson(personID string) []*Event {
	var out []*Event
	for i := range d.Events {
		if slices.Contains(d.Events[i].People, personID) {
			out = append(out, &d.Events[i])
		}
	}
	return out
}

// EventOfRound returns the event that is the round, if the data has one.
func (d *Dataset) EventOfRound(roundID string) (*Event, bool) {
	for i := range d.Events {
		if d.Events[i].Round == roundID {
			return &d.Events[i], true
		}
	}
	return nil, false
}

// DeadlinesOfIssue returns the deadlines linked to the issue, in order.
func (d *Dataset) DeadlinesOfIssue(issueID string) []*Deadline {
	var out []*Deadline
	for i := range d.Deadlines {
		if slices.Contains(d.Deadlines[i].Issues, issueID) {
			out = append(out, &d.Deadlines[i])
		}
	}
	return out
}

// IssuesOfPerson returns the issues the person is linked to: those the
// person record names, and those of the rounds and events they took part in.
func (d *Dataset) IssuesOfPerson(personID string) []*Issue {
	seen := map[string]bool{}
	var ids []string
	add := func(list []string) {
		for _, id := range list {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	if p, ok := d.Person(personID); ok {
		add(p.Issues)
	}
	for _, e := range d.EventsOfPerson(personID) {
		add(e.Issues)
	}
	var out []*Issue
	for i := range d.Issues {
		if seen[d.Issues[i].ID] {
			out = append(out, &d.Issues[i])
		}
	}
	return out
}

// DeadlinesInOrder returns the deadlines ordered by instant.
func (d *Dataset) DeadlinesInOrder() []*Deadline {
	d.ix()
	out := make([]*Deadline, len(d.Deadlines))
	for i := range d.Deadlines {
		out[i] = &d.Deadlines[i]
	}
	return out
}

// NextDeadline returns the first deadline not yet passed at t; if every
// deadline has passed, the last one to pass, with passed set to true.
func (d *Dataset) NextDeadline(t time.Time) (dl *Deadline, passed bool) {
	ds := d.DeadlinesInOrder()
	for _, x := range ds {
		if x.At.Time.After(t) {
			return x, false
		}
	}
	if len(ds) == 0 {
		return nil, false
	}
	return ds[len(ds)-1], true
}

// DeadlineState is a deadline seen from an instant.
type DeadlineState struct {
	// Passed reports whether the instant is at or after the deadline.
	Passed bool
	// Left is the time remaining when not passed.
	Left time.Duration
	// Since is the time elapsed since the deadline when passed.
	Since time.Duration
	// Outcome is what happened once it is known at the instant (which can
	// be before the deadline passes: a threat averted early); pending
	// before.
	Outcome Outcome
	// OutcomeKnown reports whether Outcome is a known outcome (never for
	// pending).
	OutcomeKnown bool
	// SettledEarly reports an outcome known before the deadline fell due (a
	// threat averted, a truce extended early): there is nothing to count
	// down to, and nothing happens when its instant comes, so no countdown,
	// "due today" or alert is shown for it, before or after that instant.
	SettledEarly bool
	// AfterCoverage reports a deadline that has passed with no outcome
	// known, after the data's coverage: "passed after the data's coverage;
	// outcome not recorded".
	AfterCoverage bool
	// Progress is the share of the time from Set to At elapsed at the
	// instant, from 0 to 1; 0 when Set is unknown.
	Progress float64
}

// StateAt returns the deadline's state at t. Time left is always computed
// from the two instants, never counted down.
func (dl *Deadline) StateAt(t time.Time) DeadlineState {
	st := DeadlineState{Outcome: OutcomePending}
	if dl.Outcome != OutcomePending && dl.Outcome != "" && !t.Before(dl.outcomeAt()) {
		st.Outcome, st.OutcomeKnown = dl.Outcome, true
		st.SettledEarly = dl.settledEarly()
	}
	if !t.Before(dl.At.Time) {
		st.Passed = true
		st.Since = t.Sub(dl.At.Time)
		st.Progress = 1
		st.AfterCoverage = !st.OutcomeKnown && afterCoverage(dl.At, dl.cover)
		return st
	}
	st.Left = dl.At.Time.Sub(t)
	if !dl.Set.IsZero() && dl.Set.Time.Before(dl.At.Time) {
		total := dl.At.Time.Sub(dl.Set.Time)
		done := t.Sub(dl.Set.Time)
		st.Progress = min(max(float64(done)/float64(total), 0), 1)
	}
	return st
}

// settledEarly reports an outcome that did away with the deadline (averted,
// extended, superseded) and was given a known date (outcome_known) no
// later than the deadline's instant: a date-only outcome_known counts from
// the end of its day, so a suspension of the 7th settles a deadline of the
// 8th. An outcome without its own known date is known when the deadline
// falls due, never early; one that took effect happens at the instant.
func (dl *Deadline) settledEarly() bool {
	switch dl.Outcome {
	case OutcomeAverted, OutcomeExtended, OutcomeSuperseded:
		return !dl.OutcomeKnown.IsZero() && !dl.outcomeAt().After(dl.At.Time)
	case OutcomePending, OutcomeTookEffect, OutcomeUnknown:
	}
	return false
}

// outcomeAt is the instant the outcome became known, computed when the
// dataset was not prepared.
func (dl *Deadline) outcomeAt() time.Time {
	if !dl.outcomeFrom.IsZero() {
		return dl.outcomeFrom
	}
	if !dl.OutcomeKnown.IsZero() {
		return knownFrom(dl.OutcomeKnown)
	}
	return knownFrom(dl.At)
}

// DaysUntil returns the number of calendar days from t to a date-only
// deadline's day, counted in the deadline's zone (negative once passed).
func (dl *Deadline) DaysUntil(t time.Time) int {
	loc := dl.At.Time.Location()
	lt := t.In(loc)
	today := time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, time.UTC)
	day := time.Date(dl.At.Time.Year(), dl.At.Time.Month(), dl.At.Time.Day(), 0, 0, 0, 0, time.UTC)
	return int(day.Sub(today).Hours() / 24)
}
