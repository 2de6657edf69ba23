package data

import (
	"regexp"
	"time"

	"github.com/truce-dev/truce/model"
)

// SchemaVersion is the newest schema version this loader reads; it reads
// every version from 1 up to it.
const SchemaVersion = 2

var sourceDate = regexp.MustCompile(`^\d{4}-\d{2}(-\d{2}(/\d{2})?)?$`)

// validate checks ds and resolves its floating instants in their records'
// zones. loc places reference errors.
func validate(ds *model.Dataset, c *collector, loc *locator) {
	k := newChecker(c)
	k.loc = loc
	k.schema = 1
	if ds.Meta.Schema >= 2 {
		k.schema = 2
	}
	if !k.meta(&ds.Meta) {
		return // a schema this program does not know: its rules are unknown too
	}
	k.collectIDs(ds)
	k.cover = ds.Meta.Coverage()
	for i := range ds.Sources {
		k.source(indexed("sources", i), &ds.Sources[i])
	}
	if k.schema == 2 {
		k.sourceLinks(ds.Sources)
	}
	for i := range ds.People {
		k.person(indexed("people", i), &ds.People[i])
	}
	numbers := map[int]int{}
	for i := range ds.Rounds {
		k.round(indexed("rounds", i), &ds.Rounds[i], i, numbers)
	}
	for i := range ds.Events {
		k.event(indexed("events", i), &ds.Events[i])
	}
	for i := range ds.Issues {
		k.issue(indexed("issues", i), &ds.Issues[i])
	}
	for i := range ds.Deadlines {
		k.deadline(indexed("deadlines", i), &ds.Deadlines[i])
	}
	for i := range ds.Discrepancies {
		k.discrepancy(indexed("discrepancies", i), &ds.Discrepancies[i])
	}
}

// meta checks the [meta] table; false when the schema is one this program
// does not read.
func (k *checker) meta(m *model.Meta) bool {
	k.required("meta.title", m.Title)
	okChecked := k.instant("meta.checked", &m.Checked, time.UTC, true)
	switch {
	case m.Schema == 0:
		k.c.add("meta.schema", msgRequired)
	case m.Schema < 1 || m.Schema > SchemaVersion:
		k.c.addf("meta.schema", "unsupported schema %d (this program reads schema 1 or %d)", m.Schema, SchemaVersion)
		return false
	}
	if k.schema == 2 && k.instant("meta.covers_to", &m.CoversTo, time.UTC, true) && okChecked {
		k.notAfter("meta.covers_to", m.CoversTo, m.Checked, "covers_to", "checked")
	}
	return true
}

func (k *checker) source(p string, s *model.Source) {
	k.required(p+".outlet", s.Outlet)
	k.required(p+".title", s.Title)
	switch {
	case s.Date == "":
		k.c.add(p+".date", msgRequired)
	case !validSourceDate(s.Date):
		k.c.addf(p+".date", "invalid date %q (want 2025-10-12, 2025-10 or 2025-10-12/13)", s.Date)
	}
	enum(k, p+".kind", "source kind", s.Kind, model.SourceKindsFor(k.schema))
	if k.schema == 2 {
		k.source2(p, s)
	}
}

// validSourceDate checks the pattern and that the days exist.
func validSourceDate(s string) bool {
	if !sourceDate.MatchString(s) {
		return false
	}
	switch len(s) {
	case len("2025-10"):
		_, err := time.Parse("2006-01", s)
		return err == nil
	case len("2025-10-12"):
		_, err := time.Parse(time.DateOnly, s)
		return err == nil
	}
	first, err1 := time.Parse(time.DateOnly, s[:10])
	last, err2 := time.Parse(time.DateOnly, s[:8]+s[11:])
	return err1 == nil && err2 == nil && first.Before(last)
}

func (k *checker) person(p string, x *model.Person) {
	k.required(p+".name", x.Name)
	k.looseInstant(p+".known", &x.Known, time.UTC)
	enum(k, p+".side", "side", x.Side, model.Sides())
	k.required(p+".title", x.Title)
	k.refs(p+".issues", x.Issues, &k.issues)
	k.sourced(p, x.Sourced)
}

func (k *checker) round(p string, r *model.Round, i int, numbers map[int]int) {
	switch first, dup := numbers[r.Number]; {
	case r.Number <= 0:
		k.c.addf(p+".number", "number %d must be positive", r.Number)
	case dup:
		k.c.addf(p+".number", "duplicate number %d (first at %s)", r.Number, indexed("rounds", first))
	default:
		numbers[r.Number] = i
	}
	k.required(p+".name", r.Name)
	k.required(p+".city", r.City)
	k.required(p+".country", r.Country)
	loc := k.zone(p+".zone", r.Zone)
	okStart := k.instant(p+".start", &r.Start, loc, true)
	okEnd := k.instant(p+".end", &r.End, loc, true)
	if okStart && okEnd {
		k.notBefore(p+".end", r.Start, r.End, "start", "end")
	}
	k.required(p+".outcome", r.Outcome)
	k.instant(p+".outcome_known", &r.OutcomeKnown, loc, false)
	k.attendance(p, r.Attendance, loc)
	k.refs(p+".issues", r.Issues, &k.issues)
	k.sourced(p, r.Sourced)
}

func (k *checker) attendance(p string, list []model.Attendance, loc *time.Location) {
	if len(list) == 0 {
		k.c.add(p+".attendance", "at least one attendee is required")
		return
	}
	seen := make(map[string]int, len(list))
	for j := range list {
		a := &list[j]
		ap := indexed(p+".attendance", j)
		k.ref(ap+".person", a.Person, &k.people)
		if first, dup := seen[a.Person]; dup && a.Person != "" {
			k.c.addf(ap+".person", "%q already attends this round (at %s)", a.Person, indexed(p+".attendance", first))
		} else {
			seen[a.Person] = j
		}
		k.instant(ap+".known", &a.Known, loc, false)
		k.instant(ap+".role_known", &a.RoleKnown, loc, false)
		k.sourced(ap, a.Sourced)
	}
}

func (k *checker) event(p string, e *model.Event) {
	loc := k.zone(p+".zone", e.Zone)
	okAt := k.instant(p+".at", &e.At, loc, true)
	if k.instant(p+".known", &e.Known, loc, false) && okAt {
		k.knownNotBeforeAt(p+".known", e.At, e.Known)
	}
	enum(k, p+".kind", "event kind", e.Kind, model.EventKinds())
	k.required(p+".title", e.Title)
	k.required(p+".summary", e.Summary)
	if e.Round != "" {
		k.ref(p+".round", e.Round, &k.rounds)
	}
	k.refs(p+".people", e.People, &k.people)
	k.refs(p+".issues", e.Issues, &k.issues)
	k.sourced(p, e.Sourced)
}

func (k *checker) issue(p string, x *model.Issue) {
	k.required(p+".name", x.Name)
	k.required(p+".summary", x.Summary)
	if k.schema == 2 {
		k.issue2(p, x)
	} else {
		k.required(p+".us", x.US)
		k.required(p+".china", x.China)
		enum(k, p+".status", "issue status", x.Status, model.IssueStatusesFor(1))
	}
	k.sourced(p, x.Sourced)
}

func (k *checker) deadline(p string, d *model.Deadline) {
	k.required(p+".title", d.Title)
	loc := k.zone(p+".zone", d.Zone)
	okAt := k.instant(p+".at", &d.At, loc, true)
	okSet := k.instant(p+".set", &d.Set, loc, k.schema == 2)
	if okAt && okSet {
		k.notAfter(p+".set", d.Set, d.At, "set", "at")
	}
	k.required(p+".what", d.What)
	enum(k, p+".outcome", "outcome", d.Outcome, model.Outcomes())
	k.instant(p+".outcome_known", &d.OutcomeKnown, loc, false)
	if k.schema == 2 && okAt {
		k.deadline2(p, d)
	}
	if d.ReplacedBy != "" {
		k.ref(p+".replaced_by", d.ReplacedBy, &k.deadlines)
		if d.ReplacedBy == d.ID {
			k.c.add(p+".replaced_by", "a deadline cannot replace itself")
		}
	}
	k.refs(p+".issues", d.Issues, &k.issues)
	k.sourced(p, d.Sourced)
}

func (k *checker) discrepancy(p string, x *model.Discrepancy) {
	k.ref(p+".source", x.Source, &k.sources)
	k.required(p+".claim", x.Claim)
	k.required(p+".correction", x.Correction)
	k.refs(p+".events", x.Events, &k.events)
	k.refs(p+".rounds", x.Rounds, &k.rounds)
	k.refs(p+".people", x.People, &k.people)
	k.refs(p+".issues", x.Issues, &k.issues)
	k.refs(p+".deadlines", x.Deadlines, &k.deadlines)
	k.sourced(p, x.Sourced)
	if k.schema == 2 {
		k.discrepancy2(p, x)
	}
}
