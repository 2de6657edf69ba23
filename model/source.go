package model

import (
	"strings"
	"time"
)

// SourceKind classifies a source.
type SourceKind string

// The kinds of source. Schema 1 files use Official, Wire, News, Analysis,
// Reference and Seed; schema 2 adds OfficialCopy, Commentary and Weak.
const (
	// Official is a government text on the government's own site or in its
	// official register.
	Official SourceKind = "official"
	// OfficialCopy is a government text read on another site: a mirror,
	// reprint or translation (schema 2; Source.Via names the government).
	OfficialCopy SourceKind = "official-copy"
	// Wire is a news agency's own report, or a major outlet carrying it
	// under the wire's name.
	Wire SourceKind = "wire"
	// News is an outlet's own reporting.
	News SourceKind = "news"
	// Analysis is a law firm, consultancy, trade press or think tank.
	Analysis SourceKind = "analysis"
	// Reference is an encyclopedia or other reference work.
	Reference SourceKind = "reference"
	// Commentary is opinion, a blog or a social post (schema 2; weak).
	Commentary SourceKind = "commentary"
	// Weak is an aggregator, AI-written site, unattributed copy, look-alike
	// or content farm (schema 2; weak).
	Weak SourceKind = "weak"
	// Seed is one of the five source articles the project started from
	// (weak for the confidence rule).
	Seed SourceKind = "seed"
)

// SourceKinds lists the source kinds of the newest schema.
func SourceKinds() []SourceKind {
	return []SourceKind{Official, OfficialCopy, Wire, News, Analysis, Reference, Commentary, Weak, Seed}
}

// SourceKindsFor lists the source kinds schema allows (1 or 2; any other
// number gets the newest list).
func SourceKindsFor(schema int) []SourceKind {
	if schema == 1 {
		return []SourceKind{Seed, Official, Wire, News, Analysis, Reference}
	}
	return SourceKinds()
}

// IsWeak reports whether the kind counts as weak for the confidence rule:
// Weak, Seed and Commentary.
func (k SourceKind) IsWeak() bool { return k == Weak || k == Seed || k == Commentary }

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
	// Via names whose story or text the page carries when it is not the
	// page's own ("Reuters", "White House"); schema 2.
	Via string `toml:"via,omitempty" json:"via,omitempty" schema:"2"`
	// CopyOf is the id of another source this page copies; schema 2.
	CopyOf string `toml:"copy_of,omitempty" json:"copy_of,omitempty" schema:"2"`
	// Published is the exact publication instant, when known; schema 2.
	Published Instant `toml:"published" json:"published,omitzero" schema:"2"`
	// Zone is the publisher's IANA zone, in which a date-only Date is
	// read; empty means UTC. Schema 2.
	Zone string `toml:"zone,omitempty" json:"zone,omitempty" schema:"2"`
	// URL is where to read it; seeds may have none.
	URL string `toml:"url,omitempty" json:"url,omitempty"`
	// File is the seed's file name under shared/seeds, for seeds.
	File string `toml:"file,omitempty" json:"file,omitempty"`
	// Note is free text, e.g. which wire a copy is from.
	Note string `toml:"note,omitempty" json:"note,omitempty"`

	from  time.Time // known from: Published, or the end of Date's last day in Zone
	group int       // independence group, numbered by Prepare
}

// KnownFrom returns the instant from which the source was known: Published
// if given, else the first instant after the last day of Date in Zone.
// Zero when the dataset was not prepared or Date cannot be read.
func (s *Source) KnownFrom() time.Time { return s.from }

// GroupKeys returns, for each source in order, the key of its independence
// group: follow CopyOf to its root (unknown ids and cycles stop the walk);
// the root's lower-case Via if set, else its lower-case Outlet. Two sources
// are independent iff their keys differ.
func GroupKeys(sources []Source) []string {
	pos := make(map[string]int, len(sources))
	for i := range sources {
		if _, dup := pos[sources[i].ID]; !dup {
			pos[sources[i].ID] = i
		}
	}
	keys := make([]string, len(sources))
	for i := range sources {
		root := i
		for range len(sources) {
			next, ok := pos[sources[root].CopyOf]
			if !ok || sources[root].CopyOf == "" || next == i {
				break
			}
			root = next
		}
		r := &sources[root]
		key := r.Via
		if key == "" {
			key = r.Outlet
		}
		keys[i] = strings.ToLower(strings.TrimSpace(key))
	}
	return keys
}

// sourceKnownFrom computes the known-from instant of a source: Published if
// given, else the first instant after the last day of Date in loc.
func sourceKnownFrom(s *Source, loc *time.Location) time.Time {
	if !s.Published.IsZero() {
		return knownFrom(s.Published.Resolve(loc))
	}
	d := s.Date
	var y, m, day int
	switch {
	case len(d) == len("2025-10") && scan(d, &y, &m, nil):
		return StartOfDay(y, time.Month(m+1), 1, loc)
	case len(d) == len("2025-10-12") && scan(d, &y, &m, &day):
	case len(d) == len("2025-10-12/13") && d[10] == '/' && scan(d[:10], &y, &m, &day) && digits(d[11:]):
		day = int(d[11]-'0')*10 + int(d[12]-'0')
	default:
		return time.Time{}
	}
	return StartOfDay(y, time.Month(m), day+1, loc)
}

// scan reads YYYY-MM or YYYY-MM-DD (when day is not nil) into its arguments.
func scan(s string, y, m, day *int) bool {
	if !digits(s[:4]) || s[4] != '-' || !digits(s[5:7]) {
		return false
	}
	*y = atoi(s[:4])
	*m = atoi(s[5:7])
	if day == nil {
		return *m >= 1 && *m <= 12
	}
	if len(s) != 10 || s[7] != '-' || !digits(s[8:10]) {
		return false
	}
	*day = atoi(s[8:10])
	return *m >= 1 && *m <= 12 && *day >= 1 && *day <= 31
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := range len(s) {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
