package ui

import "github.com/truce-dev/truce/model"

// The words for sources and how well a record is sourced: part of the one
// vocabulary of words.go.

// NoSourceYetWords is what a record known at an instant before any of its
// cited sources was published says in place of its confidence: it has no
// visible source, which is not the same as weak sources only.
const NoSourceYetWords = "no cited source published yet"

// ConfidenceWord words how well a record is sourced: spelled, as the data's
// label ("confirmed (2+ sources)", "reported by one source",
// "unconfirmed"); compact, for a legend or a column ("confirmed",
// "one source", "unconfirmed").
func ConfidenceWord(c model.Confidence, w Wording) string {
	if w == Spelled {
		return c.Label()
	}
	switch c {
	case model.Confirmed:
		return "confirmed"
	case model.Single:
		return "one source"
	default:
		return "unconfirmed"
	}
}

// SourcedWord words a record's confidence as every output shows it:
// ConfidenceWord, or, for a record known before any of its cited sources
// was published (model.Sourced.NoSourceYet, in time travel, and no source
// merged in since), NoSourceYetWords when spelled and "no source yet" when
// compact.
func SourcedWord(s model.Sourced, w Wording) string {
	if s.NoSourceYet && len(s.Sources) == 0 {
		if w == Compact {
			return "no source yet"
		}
		return NoSourceYetWords
	}
	return ConfidenceWord(s.Confidence, w)
}

// SourceKindWords says what a kind of source is, for a reader: "official
// text", "official text via a copy", "wire report", "news report",
// "analysis", "reference work", "commentary", "weak source (aggregator or
// copy)", "seed article".
func SourceKindWords(k model.SourceKind) string {
	switch k {
	case model.Official:
		return "official text"
	case model.OfficialCopy:
		return "official text via a copy"
	case model.Wire:
		return "wire report"
	case model.News:
		return "news report"
	case model.Analysis:
		return "analysis"
	case model.Reference:
		return "reference work"
	case model.Commentary:
		return "commentary"
	case model.Weak:
		return "weak source (aggregator, copy or unattributed)"
	case model.Seed:
		return "seed article (one of the five the project started from)"
	}
	return string(k)
}
