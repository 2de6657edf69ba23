package model

import "time"

// IssueStatus is where a disputed issue stands.
type IssueStatus string

// The statuses an issue may have.
const (
	// StatusOpen means unresolved and under negotiation.
	StatusOpen IssueStatus = "open"
	// StatusSuspended means measures paused for a period.
	StatusSuspended IssueStatus = "suspended"
	// StatusAgreed means a settlement was announced.
	StatusAgreed IssueStatus = "agreed"
	// StatusStalled means no movement.
	StatusStalled IssueStatus = "stalled"
	// StatusSidelined means raised but kept off the table.
	StatusSidelined IssueStatus = "sidelined"
	// StatusLapsed means a suspension or deal ran out (schema 2).
	StatusLapsed IssueStatus = "lapsed"
)

// IssueStatuses lists the issue statuses of the newest schema.
func IssueStatuses() []IssueStatus {
	return []IssueStatus{StatusOpen, StatusSuspended, StatusAgreed, StatusStalled, StatusSidelined, StatusLapsed}
}

// IssueStatusesFor lists the statuses schema allows (1 or 2; any other
// number gets the newest list).
func IssueStatusesFor(schema int) []IssueStatus {
	if schema == 1 {
		return IssueStatuses()[:5]
	}
	return IssueStatuses()
}

// Issue is a disputed issue. Schema 1 gives Status, StatusNote, US and
// China directly; schema 2 gives the Statuses and Positions histories, and
// those four fields hold the projection: the latest entry of each (known at
// AsOfTime, in AsOf's answer).
type Issue struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Name is the display name.
	Name string `toml:"name" json:"name"`
	// Summary says what is at stake, timelessly.
	Summary string `toml:"summary" json:"summary"`
	// US is the US position (schema 2: the text of the latest US entry).
	US string `toml:"us" json:"us" schema:"1"`
	// China is China's position (schema 2: the latest China entry).
	China string `toml:"china" json:"china" schema:"1"`
	// Status is where it stands (schema 1: as of the data's checked date;
	// schema 2: the latest status entry).
	Status IssueStatus `toml:"status" json:"status" schema:"1"`
	// StatusNote explains the status (schema 2: the latest entry's note).
	StatusNote string `toml:"status_note,omitempty" json:"status_note,omitempty" schema:"1"`
	// Statuses is the status history in order of Known (schema 2).
	Statuses []StatusEntry `toml:"statuses" json:"statuses,omitempty" schema:"2"`
	// Positions is both sides' stance history in order of Known (schema 2).
	Positions []PositionEntry `toml:"positions" json:"positions,omitempty" schema:"2"`
	Sourced

	from  time.Time
	cover Instant // Meta.Coverage, for TermAt
}

// KnownFrom returns the instant from which the issue was known: its first
// status entry (schema 2), or its latest cited source (schema 1, whose
// status is a state as of the file's check and has no date of its own).
func (is *Issue) KnownFrom() time.Time { return is.from }

// StatusEntry is one entry of an issue's status history.
type StatusEntry struct {
	// Known is when the status held from (stated or reported), in Zone.
	Known Instant `toml:"known" json:"known"`
	// Zone is the IANA zone of Known and Until.
	Zone string `toml:"zone" json:"zone"`
	// Status is the status from Known on.
	Status IssueStatus `toml:"status" json:"status"`
	// Until is when this status's term ends (a suspension's expiry); a
	// date means through the end of that day. Required for suspended.
	Until Instant `toml:"until" json:"until,omitzero"`
	// Note explains it.
	Note string `toml:"note,omitempty" json:"note,omitempty"`
	// Event and Round are the ids of the record it comes from, if any.
	Event string `toml:"event,omitempty" json:"event,omitempty"`
	Round string `toml:"round,omitempty" json:"round,omitempty"`
	Sourced

	from time.Time
}

// KnownFrom returns the instant from which the entry was known.
func (e *StatusEntry) KnownFrom() time.Time { return e.from }

// PositionEntry is one entry of a side's stance history on an issue.
type PositionEntry struct {
	// Side is US or China.
	Side Side `toml:"side" json:"side"`
	// Known is when the stance was stated or reported, in Zone.
	Known Instant `toml:"known" json:"known"`
	// Zone is the IANA zone of Known; default America/New_York for the US
	// and Asia/Shanghai for China.
	Zone string `toml:"zone,omitempty" json:"zone,omitempty"`
	// Text is the stance in our words, as stated at Known.
	Text string `toml:"text" json:"text"`
	// Event and Round are the ids of what it came from, if any.
	Event string `toml:"event,omitempty" json:"event,omitempty"`
	Round string `toml:"round,omitempty" json:"round,omitempty"`
	// People are the ids of who stated it.
	People []string `toml:"people,omitempty" json:"people,omitempty"`
	Sourced

	from time.Time
}

// KnownFrom returns the instant from which the entry was known.
func (e *PositionEntry) KnownFrom() time.Time { return e.from }

// DefaultZone returns the zone a position entry of side s is read in when
// it gives none: America/New_York for the US, Asia/Shanghai for China, UTC
// otherwise.
func DefaultZone(s Side) string {
	switch s {
	case US:
		return "America/New_York"
	case China:
		return "Asia/Shanghai"
	default:
		return "UTC"
	}
}

// Term is the state of the term of an issue's current status at an
// instant.
type Term struct {
	// Until is the term's end as the data gives it; zero when the current
	// status has no term.
	Until Instant
	// RanOut is true when the term has ended at the instant and no later
	// status entry is known: "suspension ran out on D".
	RanOut bool
	// AfterCoverage is true when RanOut and the term ended after the
	// data's coverage: "ran to D, after the data's coverage; what followed
	// is not recorded".
	AfterCoverage bool
}

// CurrentStatus returns the latest status entry known at t, if any.
func (is *Issue) CurrentStatus(t time.Time) (*StatusEntry, bool) {
	var cur *StatusEntry
	for i := range is.Statuses {
		if is.Statuses[i].from.After(t) {
			break
		}
		cur = &is.Statuses[i]
	}
	return cur, cur != nil
}

// TermAt returns the term of the status current at t (see Term). A date
// Until runs through the end of its day.
func (is *Issue) TermAt(t time.Time) Term {
	cur, ok := is.CurrentStatus(t)
	if !ok || cur.Until.IsZero() {
		return Term{}
	}
	term := Term{Until: cur.Until}
	if t.Before(knownFrom(cur.Until)) {
		return term
	}
	term.RanOut = true
	term.AfterCoverage = afterCoverage(cur.Until, is.cover)
	return term
}

// afterCoverage reports whether in falls after the coverage day: a date by
// calendar day, an exact instant from the first instant after the coverage
// day (UTC).
func afterCoverage(in, cover Instant) bool {
	if cover.IsZero() {
		return false
	}
	if in.IsDateOnly() {
		return in.Date() > cover.Date()
	}
	return !in.Time.Before(knownFrom(cover))
}
