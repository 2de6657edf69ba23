package data

import (
	"fmt"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
)

// The rules of schema 2 for the keys it adds (see SCHEMA.md).

// looseInstant checks an instant that belongs to no zone (a person's or a
// discrepancy's known, a source's published): any offset is accepted and a
// floating value is placed in loc.
func (k *checker) looseInstant(path string, in *model.Instant, loc *time.Location) bool {
	if in.IsZero() {
		return false
	}
	if y := in.Time.Year(); y < minYear || y > maxYear {
		k.c.addf(path, "year %d is outside %d..%d", y, minYear, maxYear)
		return false
	}
	return k.resolve(path, in, loc)
}

// knownNotBeforeAt reports a known that falls before at: an exact known
// before an exact at, or a known on a day before at's day.
func (k *checker) knownNotBeforeAt(path string, at, known model.Instant) {
	start := at.Time
	if known.IsDateOnly() && !at.IsDateOnly() {
		y, m, d := at.Time.Date()
		start = model.NewDate(y, m, d, at.Time.Location()).Time
	}
	if known.Time.Before(start) {
		k.c.addf(path, "known %s is before at %s", known, at)
	}
}

// source2 checks a source's schema 2 keys (their references wait for
// sourceLinks).
func (k *checker) source2(p string, s *model.Source) {
	if s.Kind == model.OfficialCopy && s.Via == "" {
		k.c.add(p+".via", `required for kind "official-copy": name whose text the page carries, e.g. "White House"`)
	}
	loc := time.UTC
	if s.Zone != "" {
		loc = k.zone(p+".zone", s.Zone)
	}
	if k.looseInstant(p+".published", &s.Published, loc) && s.Published.IsDateOnly() {
		k.c.add(p+".published", "want an exact instant (2025-10-12T09:30:00+08:00); a day belongs in date")
	}
	if s.URL != "" {
		if msg := checkURL(s.URL); msg != "" {
			k.c.add(p+".url", msg)
		}
	}
}

// sourceLinks checks copy_of (resolves, not itself, no cycle) and records
// the sources' independence groups for the confidence rule.
func (k *checker) sourceLinks(list []model.Source) {
	k.srcs = list
	k.groups = model.GroupKeys(list)
	for i := range list {
		s := &list[i]
		p := indexed("sources", i)
		switch s.CopyOf {
		case "":
			continue
		case s.ID:
			k.c.add(p+".copy_of", "a source cannot copy itself")
			continue
		}
		k.ref(p+".copy_of", s.CopyOf, &k.sources)
		if cycle := copyCycle(list, k.sources.pos, i); cycle != nil {
			k.c.addf(p+".copy_of", "copies form a cycle: %s", strings.Join(cycle, " → "))
		}
	}
}

// copyCycle returns the ids of the copy_of cycle that starts at source i,
// when i is its member first in the file; nil otherwise.
func copyCycle(list []model.Source, pos map[string]int, i int) []string {
	ids := []string{list[i].ID}
	j := i
	for range len(list) {
		next, ok := pos[list[j].CopyOf]
		if !ok || list[j].CopyOf == list[j].ID || next < i {
			return nil
		}
		ids = append(ids, list[next].ID)
		if next == i {
			return ids
		}
		j = next
	}
	return nil
}

// issue2 checks the histories of a schema 2 issue.
func (k *checker) issue2(p string, x *model.Issue) {
	if len(x.Statuses) == 0 {
		k.c.add(p+".statuses", "at least one status entry is required")
	}
	for j := range x.Statuses {
		k.statusEntry(indexed(p+".statuses", j), &x.Statuses[j])
	}
	for j := range x.Statuses {
		e := &x.Statuses[j]
		if e.Status != model.StatusSuspended || e.Until.IsZero() || e.Known.IsZero() || k.cover.IsZero() ||
			(model.Meta{CoversTo: k.cover}).AfterCoverage(e.Until) {
			continue
		}
		if !laterStatus(x.Statuses, e) {
			k.c.addf(indexed(p+".statuses", j)+".until", "the suspension ran out on %s, by covers_to %s: "+
				"add the status entry that followed", e.Until, k.cover)
		}
	}
	for j := range x.Positions {
		k.positionEntry(indexed(p+".positions", j), &x.Positions[j])
	}
}

// laterStatus reports whether some entry of list is known after e.
func laterStatus(list []model.StatusEntry, e *model.StatusEntry) bool {
	from := e.Known.KnownFrom()
	for j := range list {
		if !list[j].Known.IsZero() && list[j].Known.KnownFrom().After(from) {
			return true
		}
	}
	return false
}

func (k *checker) statusEntry(p string, e *model.StatusEntry) {
	loc := k.zone(p+".zone", e.Zone)
	okKnown := k.instant(p+".known", &e.Known, loc, true)
	enum(k, p+".status", "issue status", e.Status, model.IssueStatusesFor(2))
	okUntil := k.instant(p+".until", &e.Until, loc, false)
	switch {
	case e.Status == model.StatusSuspended && e.Until.IsZero():
		k.c.add(p+".until", `required for status "suspended": when the suspension ends`)
	case okKnown && okUntil:
		k.notBefore(p+".until", e.Known, e.Until, "known", "until")
	}
	k.entryRefs(p, e.Event, e.Round)
	k.sourced(p, e.Sourced)
}

func (k *checker) positionEntry(p string, e *model.PositionEntry) {
	enum(k, p+".side", "side", e.Side, []model.Side{model.US, model.China})
	zone := e.Zone
	if zone == "" {
		zone = model.DefaultZone(e.Side)
	}
	k.instant(p+".known", &e.Known, k.zone(p+".zone", zone), true)
	k.required(p+".text", e.Text)
	k.entryRefs(p, e.Event, e.Round)
	k.refs(p+".people", e.People, &k.people)
	k.sourced(p, e.Sourced)
}

func (k *checker) entryRefs(p, event, round string) {
	if event != "" {
		k.ref(p+".event", event, &k.events)
	}
	if round != "" {
		k.ref(p+".round", round, &k.rounds)
	}
}

// deadline2 checks a deadline's outcome against outcome_known and the
// data's coverage.
func (k *checker) deadline2(p string, d *model.Deadline) {
	if d.Outcome != model.OutcomePending {
		return
	}
	if !d.OutcomeKnown.IsZero() {
		k.c.add(p+".outcome_known", `a "pending" outcome is not known yet: remove outcome_known or give the outcome`)
	}
	if !k.cover.IsZero() && !(model.Meta{CoversTo: k.cover}).AfterCoverage(d.At) {
		k.c.addf(p+".outcome", `the deadline passed by covers_to %s, so its outcome cannot be "pending" `+
			`(use "unknown" if the sources do not say)`, k.cover)
	}
}

// discrepancy2 checks a discrepancy's known and that its correction cites
// a source other than the claim's.
func (k *checker) discrepancy2(p string, x *model.Discrepancy) {
	k.looseInstant(p+".known", &x.Known, time.UTC)
	if x.Source == "" || len(x.Sources) == 0 {
		return
	}
	for _, id := range x.Sources {
		if id != x.Source {
			return
		}
	}
	k.c.add(p+".sources", fmt.Sprintf("the correction cites only the claim's own source %q; cite another", x.Source))
}
