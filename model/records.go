package model

import "time"

// Person is a participant or someone the sources name in a role.
type Person struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Name is the name in English usage.
	Name string `toml:"name" json:"name"`
	// Native is the name in Chinese characters, for Chinese officials.
	Native string `toml:"native,omitempty" json:"native,omitempty"`
	// Pinyin is the romanisation with tone marks, for Chinese officials.
	Pinyin string `toml:"pinyin,omitempty" json:"pinyin,omitempty"`
	// Side is the party the person belongs to.
	Side Side `toml:"side" json:"side"`
	// Title is the current title, shown in lists.
	Title string `toml:"title" json:"title"`
	// Titles are all titles held that the data records.
	Titles []string `toml:"titles,omitempty" json:"titles,omitempty"`
	// Aliases are other spellings the sources use (e.g. "Hà Lập Phong").
	Aliases []string `toml:"aliases,omitempty" json:"aliases,omitempty"`
	// Issues are ids of issues the person is linked to (known with the
	// person).
	Issues []string `toml:"issues,omitempty" json:"issues,omitempty"`
	// Note is free text.
	Note string `toml:"note,omitempty" json:"note,omitempty"`
	// Known overrides when the person first appears (a date is read in
	// UTC); schema 2. By default a person is known from their first known
	// record: an event naming them, an attendance entry, a position entry
	// naming them or a discrepancy about them.
	Known Instant `toml:"known" json:"known,omitzero" schema:"2"`
	Sourced

	from time.Time
}

// KnownFrom returns the instant from which the person was known.
func (p *Person) KnownFrom() time.Time { return p.from }

// Attendance records one person at one round.
type Attendance struct {
	// Person is the id of the attendee.
	Person string `toml:"person" json:"person"`
	// Role is what the person did there, e.g. "led the US delegation".
	// Empty in AsOf's answer until RoleKnown.
	Role string `toml:"role,omitempty" json:"role,omitempty"`
	// Known is when the attendance was reported (in the round's zone);
	// default: the start of the round. Schema 2.
	Known Instant `toml:"known" json:"known,omitzero" schema:"2"`
	// RoleKnown is when the role was reported (in the round's zone);
	// default: the end of the round's last day. Schema 2.
	RoleKnown Instant `toml:"role_known" json:"role_known,omitzero" schema:"2"`
	Sourced

	from, roleFrom time.Time
	personRef      int32 // 1 + the lookup position of Person; 0 when not resolved
}

// KnownFrom returns the instant from which the attendance was known (never
// before the round's start).
func (a *Attendance) KnownFrom() time.Time { return a.from }

// RoleKnownFrom returns the instant from which the role was known (never
// before the attendance).
func (a *Attendance) RoleKnownFrom() time.Time { return a.roleFrom }

// RoundState is where a round stands at an instant.
type RoundState string

// The states of a round.
const (
	// RoundNotStarted means before 00:00 of the first day in the round's zone.
	RoundNotStarted RoundState = "not-started"
	// RoundInProgress means from the start to the end of the last day.
	RoundInProgress RoundState = "in-progress"
	// RoundAwaitingOutcome means ended, outcome not yet reported.
	RoundAwaitingOutcome RoundState = "awaiting-outcome"
	// RoundConcluded means the outcome was reported.
	RoundConcluded RoundState = "concluded"
)

// Label is the state's display text.
func (s RoundState) Label() string {
	switch s {
	case RoundNotStarted:
		return "not started"
	case RoundInProgress:
		return "in progress"
	case RoundAwaitingOutcome:
		return "ended; outcome not yet reported"
	case RoundConcluded:
		return "concluded"
	}
	return ""
}

// Round is a formal negotiating round.
type Round struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Number is the round's ordinal (1 for Geneva).
	Number int `toml:"number" json:"number"`
	// Name is the round's display name, e.g. "Geneva talks".
	Name string `toml:"name" json:"name"`
	// City is where it was held.
	City string `toml:"city" json:"city"`
	// Country is the host country.
	Country string `toml:"country" json:"country"`
	// Venue is the building.
	Venue string `toml:"venue,omitempty" json:"venue,omitempty"`
	// Zone is the IANA zone of the venue.
	Zone string `toml:"zone" json:"zone"`
	// Start is the first day (a date-only instant in Zone).
	Start Instant `toml:"start" json:"start"`
	// End is the last day (a date-only instant in Zone). Unset in AsOf's
	// answer while the round is in progress.
	End Instant `toml:"end" json:"end"`
	// Outcome says what came of it. Empty in AsOf's answer until
	// OutcomeKnown.
	Outcome string `toml:"outcome" json:"outcome"`
	// OutcomeKnown is when the outcome was announced (in Zone); default:
	// the end of the last day. Schema 2.
	OutcomeKnown Instant `toml:"outcome_known" json:"outcome_known,omitzero" schema:"2"`
	// Attendance lists who was there.
	Attendance []Attendance `toml:"attendance" json:"attendance"`
	// Issues are ids of issues on the agenda.
	Issues []string `toml:"issues,omitempty" json:"issues,omitempty"`
	Sourced

	// State is where the round stood at AsOfTime; set by AsOf only.
	State RoundState `toml:"-" json:"state,omitempty"`

	startAt, endAt, outcomeFrom time.Time
}

// KnownFrom returns the instant the round started (00:00 of the first day
// in its zone, or the first valid instant of that day), from which it is
// known.
func (r *Round) KnownFrom() time.Time { return r.startAt }

// EndsAt returns the first instant after the round's last day in its zone.
func (r *Round) EndsAt() time.Time { return r.endAt }

// OutcomeKnownFrom returns the instant from which the outcome was known.
func (r *Round) OutcomeKnownFrom() time.Time { return r.outcomeFrom }

// StateAt returns where the round stood at t: not started before its
// start; concluded once the outcome is known; else in progress until the
// end of its last day, then awaiting its outcome.
func (r *Round) StateAt(t time.Time) RoundState {
	switch {
	case t.Before(r.startAt):
		return RoundNotStarted
	case !t.Before(r.outcomeFrom):
		return RoundConcluded
	case t.Before(r.endAt):
		return RoundInProgress
	}
	return RoundAwaitingOutcome
}

// EventKind classifies an event.
type EventKind string

// The kinds of event.
const (
	// KindRound is a negotiating round.
	KindRound EventKind = "round"
	// KindMeeting is a leaders' meeting or call.
	KindMeeting EventKind = "meeting"
	// KindTariff is a tariff imposed, raised, cut or suspended.
	KindTariff EventKind = "tariff"
	// KindThreat is a threatened measure.
	KindThreat EventKind = "threat"
	// KindExportControl is an export control or blacklist measure.
	KindExportControl EventKind = "export-control"
	// KindInvestigation is a trade investigation opened or advanced.
	KindInvestigation EventKind = "investigation"
	// KindAgreement is a deal, truce or extension.
	KindAgreement EventKind = "agreement"
	// KindStatement is a statement or announcement.
	KindStatement EventKind = "statement"
	// KindLegal is a court ruling or legal proceeding.
	KindLegal EventKind = "legal"
	// KindPolitics is domestic politics bearing on the talks.
	KindPolitics EventKind = "politics"
)

// EventKinds lists the valid event kinds.
func EventKinds() []EventKind {
	return []EventKind{KindRound, KindMeeting, KindTariff, KindThreat, KindExportControl,
		KindInvestigation, KindAgreement, KindStatement, KindLegal, KindPolitics}
}

// Event is something that happened on a day.
type Event struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// At is when it happened: a date, or a date and time with offset.
	At Instant `toml:"at" json:"at"`
	// Zone is the IANA zone the date is local to.
	Zone string `toml:"zone" json:"zone"`
	// Known is when it became known (in Zone); default: At when exact,
	// the end of At's day when date-only. Not before At. Schema 2.
	Known Instant `toml:"known" json:"known,omitzero" schema:"2"`
	// Kind classifies the event.
	Kind EventKind `toml:"kind" json:"kind"`
	// Title is a one-line headline in our words.
	Title string `toml:"title" json:"title"`
	// Summary is a short paragraph in our words.
	Summary string `toml:"summary" json:"summary"`
	// Round is the id of the round this event is, if any.
	Round string `toml:"round,omitempty" json:"round,omitempty"`
	// People are ids of people involved.
	People []string `toml:"people,omitempty" json:"people,omitempty"`
	// Issues are ids of issues involved.
	Issues []string `toml:"issues,omitempty" json:"issues,omitempty"`
	Sourced

	from                 time.Time
	peoplePos, issuesPos []int32 // lookup positions of People and Issues (-1: unknown)
}

// KnownFrom returns the instant from which the event was known.
func (e *Event) KnownFrom() time.Time { return e.from }
