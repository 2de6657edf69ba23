package model

import "slices"

// RecordKind names a collection of the dataset.
type RecordKind string

// The record kinds a citation or discrepancy can point at.
const (
	// RecordPerson is a person.
	RecordPerson RecordKind = "person"
	// RecordRound is a round.
	RecordRound RecordKind = "round"
	// RecordAttendance is one person's attendance at a round.
	RecordAttendance RecordKind = "attendance"
	// RecordEvent is an event.
	RecordEvent RecordKind = "event"
	// RecordIssue is an issue.
	RecordIssue RecordKind = "issue"
	// RecordDeadline is a deadline.
	RecordDeadline RecordKind = "deadline"
	// RecordDiscrepancy is a discrepancy's correction.
	RecordDiscrepancy RecordKind = "discrepancy"
	// RecordSource is a source.
	RecordSource RecordKind = "source"
)

// Citation is one record that cites a source.
type Citation struct {
	// Kind is the record's collection.
	Kind RecordKind
	// ID is the record's id (for attendance, the round's id).
	ID string
	// Label is a short human description of the record.
	Label string
}

// CitationsOf returns every record that cites the source, in the order
// people, rounds (and their attendance), events, issues (the issue, then
// its status history, then each side's positions), deadlines,
// discrepancies. On an answer of AsOf it names only what was known then:
// the status and position entries of d are those known at its instant.
func (d *Dataset) CitationsOf(sourceID string) []Citation {
	var out []Citation
	cites := func(s Sourced) bool { return slices.Contains(s.Sources, sourceID) }
	for _, p := range d.People {
		if cites(p.Sourced) {
			out = append(out, Citation{RecordPerson, p.ID, p.Name})
		}
	}
	for _, r := range d.Rounds {
		if cites(r.Sourced) {
			out = append(out, Citation{RecordRound, r.ID, r.Name})
		}
		for _, a := range r.Attendance {
			if cites(a.Sourced) {
				name := a.Person
				if p, ok := d.Person(a.Person); ok {
					name = p.Name
				}
				out = append(out, Citation{RecordAttendance, r.ID, name + " at " + r.Name})
			}
		}
	}
	for _, e := range d.Events {
		if cites(e.Sourced) {
			out = append(out, Citation{RecordEvent, e.ID, e.Title})
		}
	}
	for _, i := range d.Issues {
		if cites(i.Sourced) {
			out = append(out, Citation{RecordIssue, i.ID, i.Name})
		}
		// An issue's history cites sources too: one line per status and
		// per side's position, however many of its entries cite the source.
		if slices.ContainsFunc(i.Statuses, func(e StatusEntry) bool { return cites(e.Sourced) }) {
			out = append(out, Citation{RecordIssue, i.ID, i.Name + ": status"})
		}
		for _, side := range []Side{US, China} {
			if slices.ContainsFunc(i.Positions, func(e PositionEntry) bool { return e.Side == side && cites(e.Sourced) }) {
				out = append(out, Citation{RecordIssue, i.ID, i.Name + ": " + side.Label() + " position"})
			}
		}
	}
	for _, dl := range d.Deadlines {
		if cites(dl.Sourced) {
			out = append(out, Citation{RecordDeadline, dl.ID, dl.Title})
		}
	}
	for _, x := range d.Discrepancies {
		if cites(x.Sourced) {
			out = append(out, Citation{RecordDiscrepancy, x.ID, "correction: " + x.Claim})
		}
	}
	return out
}

// DiscrepanciesOfSource returns the discrepancies whose claim the source made.
func (d *Dataset) DiscrepanciesOfSource(sourceID string) []*Discrepancy {
	var out []*Discrepancy
	for i := range d.Discrepancies {
		if d.Discrepancies[i].Source == sourceID {
			out = append(out, &d.Discrepancies[i])
		}
	}
	return out
}

// DiscrepanciesAbout returns the discrepancies that concern the record.
func (d *Dataset) DiscrepanciesAbout(kind RecordKind, id string) []*Discrepancy {
	var out []*Discrepancy
	for i := range d.Discrepancies {
		x := &d.Discrepancies[i]
		var ids []string
		switch kind {
		case RecordEvent:
			ids = x.Events
		case RecordRound, RecordAttendance:
			ids = x.Rounds
		case RecordPerson:
			ids = x.People
		case RecordIssue:
			ids = x.Issues
		case RecordDeadline:
			ids = x.Deadlines
		case RecordDiscrepancy, RecordSource:
			continue // DiscrepanciesOfSource answers for a source
		}
		if slices.Contains(ids, id) {
			out = append(out, x)
		}
	}
	return out
}
