package data

import (
	"slices"
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

func fixture(t *testing.T) *model.Dataset {
	t.Helper()
	ds, err := LoadFile("testdata/valid.toml")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func deadline(t *testing.T, ds *model.Dataset, id string) *model.Deadline {
	t.Helper()
	dl, ok := ds.Deadline(id)
	if !ok {
		t.Fatalf("no deadline %q", id)
	}
	return dl
}

func TestRoundsOf(t *testing.T) {
	ds := fixture(t)
	var got []string
	for _, ra := range ds.RoundsOf("bessent") {
		got = append(got, ra.Round.ID+":"+ra.Attendance.Role)
	}
	// The file lists London first; rounds come back in order of start.
	want := []string{"geneva:led the US delegation", "london:"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := ds.RoundsOf("keller-sutter"); len(got) != 1 || got[0].Round.ID != "geneva" {
		t.Errorf("keller-sutter: got %v", got)
	}
}

func TestAttendeesBySide(t *testing.T) {
	ds := fixture(t)
	var got []string
	for _, g := range ds.AttendeesBySide("geneva") {
		for _, a := range g.Attendees {
			got = append(got, string(g.Side)+":"+a.Person.ID)
		}
	}
	want := []string{"us:greer", "us:bessent", "china:he-lifeng", "other:keller-sutter"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if g := ds.AttendeesBySide("london"); len(g) != 2 {
		t.Errorf("london: %d sides, want 2 (nobody from others)", len(g))
	}
}

func TestDeadlineStateAroundInstant(t *testing.T) {
	dl := deadline(t, fixture(t), "truce-extension")
	at := time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC) // 00:01 EST
	if !dl.At.Time.Equal(at) {
		t.Fatalf("at = %v, want %v", dl.At.Time, at)
	}
	before := dl.StateAt(at.Add(-time.Second))
	if before.Passed || before.Left != time.Second || before.Outcome != model.OutcomePending {
		t.Errorf("one second before: %+v", before)
	}
	if before.Progress <= 0.99 || before.Progress >= 1 {
		t.Errorf("progress one second before = %v", before.Progress)
	}
	after := dl.StateAt(at.Add(time.Second))
	if !after.Passed || after.Since != time.Second || after.Outcome != model.OutcomeSuperseded || after.Progress != 1 {
		t.Errorf("one second after: %+v", after)
	}
	if st := dl.StateAt(at); !st.Passed {
		t.Errorf("at the instant: %+v, want passed", st)
	}
}

func TestDateOnlyDaysUntil(t *testing.T) {
	dl := deadline(t, fixture(t), "one-year-truce")
	if !dl.At.IsDateOnly() || dl.At.Time.Location().String() != "America/New_York" {
		t.Fatalf("at = %v (%v)", dl.At, dl.At.Time.Location())
	}
	ny, _ := time.LoadLocation("America/New_York")
	cases := []struct {
		now  time.Time
		want int
	}{
		{time.Date(2025, 11, 10, 12, 0, 0, 0, ny), 365},
		{time.Date(2026, 11, 9, 23, 30, 0, 0, ny), 1},
		{time.Date(2026, 11, 10, 4, 30, 0, 0, time.UTC), 1}, // still the 9th in New York
		{time.Date(2026, 11, 10, 5, 0, 0, 0, time.UTC), 0},  // midnight EST
		{time.Date(2026, 11, 12, 9, 0, 0, 0, ny), -2},
	}
	for _, c := range cases {
		if got := dl.DaysUntil(c.now); got != c.want {
			t.Errorf("DaysUntil(%v) = %d, want %d", c.now, got, c.want)
		}
	}
}

func TestAsOf(t *testing.T) {
	ds := fixture(t)
	past := ds.AsOf(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	ids := func(n int, id func(int) string) []string {
		out := []string{}
		for i := range n {
			out = append(out, id(i))
		}
		return out
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"rounds", ids(len(past.Rounds), func(i int) string { return past.Rounds[i].ID }), []string{"geneva"}},
		{"events", ids(len(past.Events), func(i int) string { return past.Events[i].ID }), []string{"geneva-talks"}},
		{"deadlines", ids(len(past.Deadlines), func(i int) string { return past.Deadlines[i].ID }), []string{"truce-90-day"}},
		// Published by then: the AP report of 10–11 May; the seed is of August.
		{"sources", ids(len(past.Sources), func(i int) string { return past.Sources[i].ID }), []string{"ap-geneva"}},
		// Everyone attended Geneva.
		{"people", ids(len(past.People), func(i int) string { return past.People[i].ID }),
			[]string{"bessent", "greer", "he-lifeng", "keller-sutter"}},
		// The schema 1 issue rests on the August seed; the discrepancy corrects it.
		{"issues", ids(len(past.Issues), func(i int) string { return past.Issues[i].ID }), []string{}},
		{"discrepancies", ids(len(past.Discrepancies), func(i int) string { return past.Discrepancies[i].ID }), []string{}},
		{"event's issues", past.Events[0].Issues, []string{}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: %v, want %v", c.what, c.got, c.want)
		}
	}
	if _, ok := past.Round("london"); ok {
		t.Error("london found before it happened")
	}
	dl := past.Deadlines[0]
	if dl.Outcome != model.OutcomePending || dl.ReplacedBy != "" || len(dl.Sources) != 0 || dl.Confidence != model.Unconfirmed {
		t.Errorf("truce-90-day as of 1 June: outcome %s, replaced by %q, sources %v, %s", dl.Outcome, dl.ReplacedBy, dl.Sources, dl.Confidence)
	}
	if g := past.Rounds[0]; g.State != model.RoundConcluded || g.Outcome == "" {
		t.Errorf("geneva as of 1 June: %s, outcome %q", g.State, g.Outcome)
	}
	if past.Later.Events != 1 || past.Later.Sources != 2 || past.Later.Issues != 1 {
		t.Errorf("later: %+v", past.Later)
	}
}

func TestDSTInstants(t *testing.T) {
	ds := fixture(t)
	edt := deadline(t, ds, "truce-90-day")
	if want := time.Date(2025, 8, 12, 4, 1, 0, 0, time.UTC); !edt.At.Time.Equal(want) {
		t.Errorf("EDT deadline at %v, want %v", edt.At.Time.UTC(), want)
	}
	est := deadline(t, ds, "truce-extension")
	// set = 2025-08-11T20:00:00 with no offset: placed in New York (EDT).
	if want := time.Date(2025, 8, 12, 0, 0, 0, 0, time.UTC); !est.Set.Time.Equal(want) {
		t.Errorf("floating set = %v, want %v", est.Set.Time.UTC(), want)
	}
	// The same wall clock floating in summer and in winter.
	src := edit(`at = 2025-11-10T00:01:00-05:00`, "at = 2025-11-10T00:01:00",
		"[[discrepancies]]", "[[deadlines]]\nid = \"dl-summer\"\ntitle = \"t\"\nat = 2025-08-12T00:01:00\n"+
			"zone = \"America/New_York\"\nwhat = \"w\"\noutcome = \"pending\"\nsources = [\"src\"]\nconfidence = \"single\"\n\n[[discrepancies]]")
	mini, err := Load("dst.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]time.Time{
		"dl-summer": time.Date(2025, 8, 12, 4, 1, 0, 0, time.UTC),
		"dl":        time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC),
	} {
		if got := deadline(t, mini, id).At.Time; !got.Equal(want) || got.Location().String() != "America/New_York" {
			t.Errorf("%s at %v, want %v in America/New_York", id, got, want)
		}
	}
	if got := ds.Meta.Checked.Time; got.Location() != time.UTC || !got.Equal(time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("meta.checked = %v, want 2025-11-12 UTC", got)
	}
}
