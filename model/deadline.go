package model

import "time"

// Outcome is what became of a deadline.
type Outcome string

// The outcomes a deadline may have.
const (
	// OutcomePending means not yet reached (as of the data's check), or,
	// in AsOf's answer, not yet known.
	OutcomePending Outcome = "pending"
	// OutcomeAverted means the threatened step never happened.
	OutcomeAverted Outcome = "averted"
	// OutcomeExtended means it was pushed to a later deadline.
	OutcomeExtended Outcome = "extended"
	// OutcomeTookEffect means the step happened at the deadline.
	OutcomeTookEffect Outcome = "took-effect"
	// OutcomeSuperseded means overtaken by other events.
	OutcomeSuperseded Outcome = "superseded"
	// OutcomeUnknown means the record does not say.
	OutcomeUnknown Outcome = "unknown"
)

// Outcomes lists the valid outcomes.
func Outcomes() []Outcome {
	return []Outcome{OutcomePending, OutcomeAverted, OutcomeExtended, OutcomeTookEffect, OutcomeSuperseded, OutcomeUnknown}
}

// Deadline is an instant something was set to happen.
type Deadline struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Title is a one-line name.
	Title string `toml:"title" json:"title"`
	// At is the instant (or, date-only, the day) it falls due.
	At Instant `toml:"at" json:"at"`
	// Zone is the IANA zone the deadline was set in.
	Zone string `toml:"zone" json:"zone"`
	// Set is when the deadline was announced, from which it is known
	// (required in schema 2).
	Set Instant `toml:"set" json:"set"`
	// What says what was to happen at the deadline.
	What string `toml:"what" json:"what"`
	// Outcome is what actually happened; pending in AsOf's answer until
	// OutcomeKnown.
	Outcome Outcome `toml:"outcome" json:"outcome"`
	// OutcomeKnown is when the outcome became known (in Zone); default: At
	// (a date: the end of that day). Never given for pending. Schema 2.
	OutcomeKnown Instant `toml:"outcome_known" json:"outcome_known,omitzero" schema:"2"`
	// OutcomeNote explains the outcome; empty in AsOf's answer until the
	// outcome is known.
	OutcomeNote string `toml:"outcome_note,omitempty" json:"outcome_note,omitempty"`
	// ReplacedBy is the id of the deadline that replaced this one; empty in
	// AsOf's answer until that deadline is set.
	ReplacedBy string `toml:"replaced_by,omitempty" json:"replaced_by,omitempty"`
	// Issues are ids of issues the deadline bears on.
	Issues []string `toml:"issues,omitempty" json:"issues,omitempty"`
	Sourced

	from, outcomeFrom, replacedFrom time.Time
	cover                           Instant // Meta.Coverage, for StateAt
}

// KnownFrom returns the instant from which the deadline was known: Set, or
// in a schema 1 file without Set its earliest cited source.
func (dl *Deadline) KnownFrom() time.Time { return dl.from }

// OutcomeKnownFrom returns the instant from which the outcome was known
// (never before the deadline); zero while unprepared.
func (dl *Deadline) OutcomeKnownFrom() time.Time { return dl.outcomeFrom }

// ReplacedFrom returns the instant from which ReplacedBy was known: the
// replacing deadline's Set; zero without ReplacedBy.
func (dl *Deadline) ReplacedFrom() time.Time { return dl.replacedFrom }

// Discrepancy is a claim in one source that the record contradicts.
type Discrepancy struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Source is the id of the source making the claim.
	Source string `toml:"source" json:"source"`
	// Claim is what that source says, in our words.
	Claim string `toml:"claim" json:"claim"`
	// Correction is what the record shows.
	Correction string `toml:"correction" json:"correction"`
	// Known overrides when the discrepancy became known (a date is read in
	// UTC; never before the claim's source); default: the latest of the
	// claim's and the correction's sources. Schema 2.
	Known Instant `toml:"known" json:"known,omitzero" schema:"2"`
	// Events, Rounds, People, Issues and Deadlines are the ids of the records
	// the claim is about.
	Events    []string `toml:"events,omitempty" json:"events,omitempty"`
	Rounds    []string `toml:"rounds,omitempty" json:"rounds,omitempty"`
	People    []string `toml:"people,omitempty" json:"people,omitempty"`
	Issues    []string `toml:"issues,omitempty" json:"issues,omitempty"`
	Deadlines []string `toml:"deadlines,omitempty" json:"deadlines,omitempty"`
	// Sources and Confidence back the correction.
	Sourced

	from time.Time
}

// KnownFrom returns the instant from which the discrepancy was known.
func (x *Discrepancy) KnownFrom() time.Time { return x.from }
