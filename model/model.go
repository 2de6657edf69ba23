// Package model holds the domain types of the 2025 US–China trade
// negotiations and the questions people ask of them. It imports no UI
// package: the dashboard, the command line and the exporters all read the
// same Dataset.
package model

// Confidence says how well a record is supported by its sources.
type Confidence string

// The confidence levels a record may carry.
const (
	// Confirmed means two or more independent sources agree.
	Confirmed Confidence = "confirmed"
	// Single means one source reports it.
	Single Confidence = "single"
	// Unconfirmed means weak sources only, or a claim not checked.
	Unconfirmed Confidence = "unconfirmed"
)

// Confidences lists the valid confidence levels, strongest first.
func Confidences() []Confidence { return []Confidence{Confirmed, Single, Unconfirmed} }

// Side is the party a person belongs to.
type Side string

// The sides of the negotiation.
const (
	// US is the United States.
	US Side = "us"
	// China is the People's Republic of China.
	China Side = "china"
	// Other is anyone else: hosts, commentators, third countries.
	Other Side = "other"
)

// Sides lists the valid sides in display order.
func Sides() []Side { return []Side{US, China, Other} }

// Label is the side's display name.
func (s Side) Label() string {
	switch s {
	case US:
		return "United States"
	case China:
		return "China"
	default:
		return "Others"
	}
}

// Label is the confidence level's display text.
func (c Confidence) Label() string {
	switch c {
	case Confirmed:
		return "confirmed (2+ sources)"
	case Single:
		return "reported by one source"
	default:
		return "unconfirmed"
	}
}

// Meta describes the data file itself.
type Meta struct {
	// Title names the dataset.
	Title string `toml:"title" json:"title"`
	// Checked is the date the data was last checked against its sources.
	Checked Instant `toml:"checked" json:"checked"`
	// Schema is the schema version of the file.
	Schema int `toml:"schema" json:"schema"`
	// Note is free text about the data.
	Note string `toml:"note,omitempty" json:"note,omitempty"`
}

// Sourced is embedded in every record that must cite its sources.
type Sourced struct {
	// Sources are ids of Source records backing the record.
	Sources []string `toml:"sources" json:"sources"`
	// Confidence says how well those sources support it.
	Confidence Confidence `toml:"confidence" json:"confidence"`
}

// SourceKind classifies a source.
type SourceKind string

// The kinds of source.
const (
	// Seed is one of the five source articles the project started from.
	Seed SourceKind = "seed"
	// Official is a government text: statement, order, notice, register.
	Official SourceKind = "official"
	// Wire is a wire-service report (Reuters, AP, AFP, Bloomberg) or a copy.
	Wire SourceKind = "wire"
	// News is other news reporting.
	News SourceKind = "news"
	// Analysis is a law-firm alert, newsletter or commentary.
	Analysis SourceKind = "analysis"
	// Reference is an encyclopedia or other reference work.
	Reference SourceKind = "reference"
)

// SourceKinds lists the valid source kinds.
func SourceKinds() []SourceKind {
	return []SourceKind{Seed, Official, Wire, News, Analysis, Reference}
}

// Source is a document the data cites.
type Source struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Outlet is the publisher or site.
	Outlet string `toml:"outlet" json:"outlet"`
	// Title is the headline or document title.
	Title string `toml:"title" json:"title"`
	// Date is the publication date as the source gives it: 2025-10-12,
	// 2025-10 when only the month is known, or 2025-10-12/13 for a range.
	Date string `toml:"date" json:"date"`
	// Kind classifies the source.
	Kind SourceKind `toml:"kind" json:"kind"`
	// URL is where to read it; seeds may have none.
	URL string `toml:"url,omitempty" json:"url,omitempty"`
	// File is the seed's file name under shared/seeds, for seeds.
	File string `toml:"file,omitempty" json:"file,omitempty"`
	// Note is free text, e.g. which wire a copy is from.
	Note string `toml:"note,omitempty" json:"note,omitempty"`
}

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
	// Issues are ids of issues the person is linked to.
	Issues []string `toml:"issues,omitempty" json:"issues,omitempty"`
	// Note is free text.
	Note string `toml:"note,omitempty" json:"note,omitempty"`
	Sourced
}

// Attendance records one person at one round.
type Attendance struct {
	// Person is the id of the attendee.
	Person string `toml:"person" json:"person"`
	// Role is what the person did there, e.g. "led the US delegation".
	Role string `toml:"role,omitempty" json:"role,omitempty"`
	Sourced
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
	// End is the last day (a date-only instant in Zone).
	End Instant `toml:"end" json:"end"`
	// Outcome says what came of it.
	Outcome string `toml:"outcome" json:"outcome"`
	// Attendance lists who was there.
	Attendance []Attendance `toml:"attendance" json:"attendance"`
	// Issues are ids of issues on the agenda.
	Issues []string `toml:"issues,omitempty" json:"issues,omitempty"`
	Sourced
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
}

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
)

// IssueStatuses lists the valid issue statuses.
func IssueStatuses() []IssueStatus {
	return []IssueStatus{StatusOpen, StatusSuspended, StatusAgreed, StatusStalled, StatusSidelined}
}

// Issue is a disputed issue.
type Issue struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Name is the display name.
	Name string `toml:"name" json:"name"`
	// Summary says what is at stake.
	Summary string `toml:"summary" json:"summary"`
	// US is the US position.
	US string `toml:"us" json:"us"`
	// China is China's position.
	China string `toml:"china" json:"china"`
	// Status is where it stands as of the data's checked date.
	Status IssueStatus `toml:"status" json:"status"`
	// StatusNote explains the status.
	StatusNote string `toml:"status_note,omitempty" json:"status_note,omitempty"`
	Sourced
}

// Outcome is what became of a deadline.
type Outcome string

// The outcomes a deadline may have.
const (
	// OutcomePending means not yet reached (as of the data's check).
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
	// Set is when the deadline was announced, for progress bars.
	Set Instant `toml:"set" json:"set"`
	// What says what was to happen at the deadline.
	What string `toml:"what" json:"what"`
	// Outcome is what actually happened.
	Outcome Outcome `toml:"outcome" json:"outcome"`
	// OutcomeNote explains the outcome.
	OutcomeNote string `toml:"outcome_note,omitempty" json:"outcome_note,omitempty"`
	// ReplacedBy is the id of the deadline that replaced this one.
	ReplacedBy string `toml:"replaced_by,omitempty" json:"replaced_by,omitempty"`
	// Issues are ids of issues the deadline bears on.
	Issues []string `toml:"issues,omitempty" json:"issues,omitempty"`
	Sourced
}

// Discrepancy is a claim in one source that the record contradicts, or a
// point where sources disagree.
type Discrepancy struct {
	// ID is the record's unique id.
	ID string `toml:"id" json:"id"`
	// Source is the id of the source making the claim.
	Source string `toml:"source" json:"source"`
	// Claim is what that source says, in our words.
	Claim string `toml:"claim" json:"claim"`
	// Correction is what the record shows.
	Correction string `toml:"correction" json:"correction"`
	// Events, Rounds, People, Issues and Deadlines are the ids of the records
	// the claim is about.
	Events    []string `toml:"events,omitempty" json:"events,omitempty"`
	Rounds    []string `toml:"rounds,omitempty" json:"rounds,omitempty"`
	People    []string `toml:"people,omitempty" json:"people,omitempty"`
	Issues    []string `toml:"issues,omitempty" json:"issues,omitempty"`
	Deadlines []string `toml:"deadlines,omitempty" json:"deadlines,omitempty"`
	// Sources and Confidence back the correction.
	Sourced
}

// Dataset is everything the dashboard knows.
type Dataset struct {
	// Meta describes the file.
	Meta Meta `toml:"meta" json:"meta"`
	// Sources are the documents cited.
	Sources []Source `toml:"sources" json:"sources"`
	// People are the participants.
	People []Person `toml:"people" json:"people"`
	// Rounds are the negotiating rounds, in order of start.
	Rounds []Round `toml:"rounds" json:"rounds"`
	// Events are the dated events, in order of instant.
	Events []Event `toml:"events" json:"events"`
	// Issues are the disputed issues.
	Issues []Issue `toml:"issues" json:"issues"`
	// Deadlines are the deadlines, in order of instant.
	Deadlines []Deadline `toml:"deadlines" json:"deadlines"`
	// Discrepancies are the claims the record contradicts.
	Discrepancies []Discrepancy `toml:"discrepancies" json:"discrepancies"`

	idx *index
}
