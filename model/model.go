// Package model holds the domain types of the 2025–26 US–China trade
// negotiations and the questions people ask of them. It imports no UI
// package: the dashboard, the command line and the exporters all read the
// same Dataset.
//
// Every record knows the instant from which it was known (see known.go), and
// (*Dataset).AsOf returns exactly what was known at an instant.
package model

import "time"

// Confidence says how well a record is supported by its sources.
type Confidence string

// The confidence levels a record may carry.
const (
	// Confirmed means two or more independent sources that are not weak.
	Confirmed Confidence = "confirmed"
	// Single means at least one source that is not weak.
	Single Confidence = "single"
	// Unconfirmed means weak sources only, a claim not checked, or sources
	// that disagree.
	Unconfirmed Confidence = "unconfirmed"
)

// Confidences lists the valid confidence levels, strongest first.
func Confidences() []Confidence { return []Confidence{Confirmed, Single, Unconfirmed} }

// Rank orders the levels: 2 for Confirmed, 1 for Single, 0 for Unconfirmed
// and -1 for anything else.
func (c Confidence) Rank() int {
	switch c {
	case Confirmed:
		return 2
	case Single:
		return 1
	case Unconfirmed:
		return 0
	}
	return -1
}

// Supported returns the strongest level that sources falling into the given
// number of independent groups of non-weak sources can carry: Confirmed for
// two or more, Single for one, Unconfirmed for none.
func Supported(independent int) Confidence {
	switch {
	case independent >= 2:
		return Confirmed
	case independent == 1:
		return Single
	}
	return Unconfirmed
}

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
	// CoversTo is the last day the content covers (schema 2; not after
	// Checked). Zero in schema 1 files: use Coverage.
	CoversTo Instant `toml:"covers_to" json:"covers_to,omitzero" schema:"2"`
	// Schema is the schema version of the file: 1 or 2.
	Schema int `toml:"schema" json:"schema"`
	// Note is free text about the data, written when it was checked: AsOf
	// leaves it out before Checked.
	Note string `toml:"note,omitempty" json:"note,omitempty"`
}

// Coverage returns the last day the content covers: CoversTo, or Checked
// when CoversTo is not given (schema 1).
func (m Meta) Coverage() Instant {
	if m.CoversTo.IsZero() {
		return m.Checked
	}
	return m.CoversTo
}

// Sourced is embedded in every record that must cite its sources.
type Sourced struct {
	// Sources are ids of Source records backing the record.
	Sources []string `toml:"sources" json:"sources"`
	// Confidence says how well those sources support it. In a dataset
	// returned by AsOf it is lowered when the sources known at the instant
	// no longer support the level the data gives.
	Confidence Confidence `toml:"confidence" json:"confidence"`
	// NoSourceYet is set in a dataset returned by AsOf when the record was
	// known at its instant but none of its cited sources was yet published:
	// Sources is then empty and Confidence Unconfirmed, which here means no
	// visible source, not weak sources. Never read from a file.
	NoSourceYet bool `toml:"-" json:"no_source_yet,omitempty"`

	pos []int32 // the lookup position of each of Sources (-1: unknown), set by Prepare
}

// Tally counts the records of each collection.
type Tally struct {
	// Sources, People, Rounds, Events, Issues, Deadlines and Discrepancies
	// count the records of each collection.
	Sources, People, Rounds, Events, Issues, Deadlines, Discrepancies int
}

// Dataset is everything the dashboard knows: the whole file as loaded, or
// (from AsOf) what was known at one instant.
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

	// AsOfTime is the instant AsOf was called for; zero for a whole
	// dataset.
	AsOfTime time.Time `toml:"-" json:"as_of,omitzero"`
	// Later counts, for a dataset returned by AsOf, the records of each
	// collection that became known only after AsOfTime; zero for a whole
	// dataset. Outputs never show it: neither how much nor whether anything
	// comes later is known at AsOfTime (see CutAtClock).
	Later Tally `toml:"-" json:"-"`

	idx *index
}

// Count returns the number of records of each collection in d.
func (d *Dataset) Count() Tally {
	return Tally{
		Sources: len(d.Sources), People: len(d.People), Rounds: len(d.Rounds), Events: len(d.Events),
		Issues: len(d.Issues), Deadlines: len(d.Deadlines), Discrepancies: len(d.Discrepancies),
	}
}

// AfterCoverage reports whether in falls after the last day the content
// covers (Coverage): a date by calendar day, an exact instant from the
// first instant after that day (UTC). False when there is no coverage.
func (m Meta) AfterCoverage(in Instant) bool { return afterCoverage(in, m.Coverage()) }
