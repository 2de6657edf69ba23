package data

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// The schema 2 fixture read at chosen instants: what a user sees when the
// clock stops there.

func fixture2(t *testing.T) *model.Dataset {
	t.Helper()
	ds, err := LoadFile("testdata/valid2.toml")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestFixture2Projection(t *testing.T) {
	ds := fixture2(t)
	truce, _ := ds.Issue("truce")
	if truce.Status != model.StatusSuspended || truce.StatusNote != "China says it will seek to extend the truce." ||
		truce.China != "Seek to extend the truce beyond November." || truce.US == "" {
		t.Errorf("whole dataset projects %s / %q / %q / %q", truce.Status, truce.StatusNote, truce.US, truce.China)
	}
	if got := ds.Meta.Coverage().Date(); got != "2026-05-20" {
		t.Errorf("coverage %s", got)
	}
}

// TestFixture2KualaLumpurMorning is 09:00 on the second day of the round in
// Kuala Lumpur: the evening's consensus is not known yet.
func TestFixture2KualaLumpurMorning(t *testing.T) {
	v := fixture2(t).AsOf(at(t, "2025-10-26T09:00:00+08:00"))
	kl, ok := v.Round("kuala-lumpur")
	if !ok {
		t.Fatal("the round has started")
	}
	if kl.State != model.RoundInProgress || kl.Outcome != "" {
		t.Errorf("round %s with outcome %q", kl.State, kl.Outcome)
	}
	if _, ok := v.AttendanceOf("li-chenggang", "kuala-lumpur"); ok {
		t.Error("Li Chenggang's briefing of the evening is known in the morning")
	}
	if a, _ := v.AttendanceOf("bessent", "kuala-lumpur"); a.Role != "led the US delegation" {
		t.Errorf("Bessent's role, reported on the first day: %q", a.Role)
	}
	if a, _ := v.AttendanceOf("he-lifeng", "kuala-lumpur"); a.Role != "" {
		t.Errorf("He Lifeng's role before the round ended: %q", a.Role)
	}
	if _, ok := v.Event("kl-consensus"); ok {
		t.Error("the evening statement is known in the morning")
	}
	if e, _ := v.Event("kl-talks"); len(e.Sources) != 0 || e.Confidence != model.Unconfirmed {
		t.Errorf("round event cites %v (%s) before its sources were published", e.Sources, e.Confidence)
	}
	truce, _ := v.Issue("truce")
	if truce.Status != model.StatusSuspended || truce.US != "" || len(truce.Statuses) != 1 {
		t.Errorf("truce: %s, US %q, %d statuses", truce.Status, truce.US, len(truce.Statuses))
	}
	if st := truce.Statuses[0]; len(st.Sources) != 1 || st.Sources[0] != "seed-1" || st.Confidence != model.Unconfirmed {
		t.Errorf("first status as of the morning cites %v (%s)", st.Sources, st.Confidence)
	}
	if _, ok := v.Person("li-chenggang"); ok {
		t.Error("Li Chenggang appears before his first record")
	}
}

// TestFixture2KualaLumpurEvening is 22:00 the same day.
func TestFixture2KualaLumpurEvening(t *testing.T) {
	v := fixture2(t).AsOf(at(t, "2025-10-26T22:00:00+08:00"))
	kl, _ := v.Round("kuala-lumpur")
	if kl.State != model.RoundConcluded || kl.Outcome == "" {
		t.Errorf("round %s with outcome %q", kl.State, kl.Outcome)
	}
	if a, ok := v.AttendanceOf("li-chenggang", "kuala-lumpur"); !ok || a.Role == "" {
		t.Errorf("Li Chenggang: %v %q", ok, a.Role)
	}
	if e, ok := v.Event("kl-consensus"); !ok || len(e.Sources) != 1 || e.Sources[0] != "mofcom" || e.Confidence != model.Single {
		t.Errorf("consensus event: %v %v %s", ok, e.Sources, e.Confidence)
	}
	fent, _ := v.Issue("fentanyl")
	if fent.China == "" || fent.US != "" || fent.Status != model.StatusOpen {
		t.Errorf("fentanyl: %s, US %q, China %q", fent.Status, fent.US, fent.China)
	}
}

func TestFixture2Deadlines(t *testing.T) {
	ds := fixture2(t)
	busan := at(t, "2025-10-30T13:40:00+09:00")
	for _, c := range []struct {
		t       time.Time
		outcome model.Outcome
	}{{busan.Add(-time.Second), model.OutcomePending}, {busan, model.OutcomeAverted}} {
		dl, _ := ds.AsOf(c.t).Deadline("tariff-100")
		st := dl.StateAt(c.t)
		if dl.Outcome != c.outcome || st.Outcome != c.outcome || st.Passed || (dl.OutcomeNote != "") != (c.outcome != model.OutcomePending) {
			t.Errorf("tariff-100 at %v: %s, state %+v, note %q", c.t, dl.Outcome, st, dl.OutcomeNote)
		}
	}
	order := at(t, "2025-11-04T18:30:00-05:00")
	if dl, _ := ds.AsOf(order.Add(-time.Second)).Deadline("truce-nov"); dl.ReplacedBy != "" || dl.Outcome != model.OutcomePending {
		t.Errorf("before the order: replaced by %q, %s", dl.ReplacedBy, dl.Outcome)
	}
	if dl, _ := ds.AsOf(order).Deadline("truce-nov"); dl.ReplacedBy != "truce-2026" || dl.Outcome != model.OutcomeExtended {
		t.Errorf("at the order: replaced by %q, %s", dl.ReplacedBy, dl.Outcome)
	}
	after := at(t, "2026-11-11T12:00:00Z")
	dl, _ := ds.AsOf(after).Deadline("truce-2026")
	if st := dl.StateAt(after); !st.Passed || st.OutcomeKnown || !st.AfterCoverage {
		t.Errorf("truce-2026 after the coverage: %+v", st)
	}
	if v := ds.AsOf(at(t, "2025-10-01T00:00:00Z")); len(v.Deadlines) != 1 || v.Later.Deadlines != 2 {
		t.Errorf("1 October: %d deadlines, %d later", len(v.Deadlines), v.Later.Deadlines)
	}
}

func TestFixture2Terms(t *testing.T) {
	ds := fixture2(t)
	noon := at(t, "2025-12-01T12:00:00-05:00")
	bl, _ := ds.AsOf(noon).Issue("blacklist")
	if term := bl.TermAt(noon); bl.Status != model.StatusSuspended || !term.RanOut || term.AfterCoverage {
		t.Errorf("1 December: %s, %+v", bl.Status, term)
	}
	next := at(t, "2025-12-02T00:00:00-05:00")
	if bl, _ := ds.AsOf(next).Issue("blacklist"); bl.Status != model.StatusLapsed || bl.TermAt(next).RanOut {
		t.Errorf("2 December: %s", bl.Status)
	}
	late := at(t, "2026-11-11T12:00:00Z")
	truce, _ := ds.AsOf(late).Issue("truce")
	if term := truce.TermAt(late); !term.RanOut || !term.AfterCoverage || term.Until.Date() != "2026-11-10" {
		t.Errorf("truce after the coverage: %+v", term)
	}
}

func TestFixture2Known(t *testing.T) {
	ds := fixture2(t)
	cuba := time.Date(2025, 3, 9, 5, 0, 0, 0, time.UTC) // 01:00 CDT: midnight does not exist
	if e, _ := ds.Event("cuban-commentary"); !e.KnownFrom().Equal(cuba) {
		t.Errorf("Havana event known from %v, want %v", e.KnownFrom(), cuba)
	}
	if _, ok := ds.AsOf(cuba.Add(-time.Second)).Person("observer"); ok {
		t.Error("the observer is known before the event naming him")
	}
	if _, ok := ds.AsOf(cuba).Person("observer"); !ok {
		t.Error("the observer is not known with the event naming him")
	}
	if p, _ := ds.Person("xi"); !p.KnownFrom().Equal(time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("xi known from %v", p.KnownFrom())
	}
	for id, want := range map[string]time.Time{
		"seed-date": time.Date(2025, 10, 28, 0, 0, 0, 0, time.UTC),
		"magnets":   time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC),
	} {
		for _, x := range ds.Discrepancies {
			if x.ID == id && !x.KnownFrom().Equal(want) {
				t.Errorf("discrepancy %s known from %v, want %v", id, x.KnownFrom(), want)
			}
		}
	}
}

func TestNextDeadlineSet(t *testing.T) {
	ds := fixture2(t)
	if dl, ok := ds.NextDeadlineSet(at(t, "2025-01-01T00:00:00Z")); !ok || dl.ID != "truce-nov" {
		t.Errorf("first deadline set: %v %v", dl, ok)
	}
	if dl, ok := ds.NextDeadlineSet(at(t, "2025-10-15T00:00:00Z")); !ok || dl.ID != "truce-2026" {
		t.Errorf("next deadline set after 15 October: %v %v", dl, ok)
	}
	if _, ok := ds.NextDeadlineSet(at(t, "2026-01-01T00:00:00Z")); ok {
		t.Error("a deadline set after the last one")
	}
}
