package ui

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// TestSpellDuration checks the words for durations.
func TestSpellDuration(t *testing.T) {
	tests := []struct {
		d     time.Duration
		exact bool
		want  string
	}{
		{0, true, "0 seconds"},
		{time.Second, true, "1 second"},
		{13*24*time.Hour + 11*time.Hour + 59*time.Minute + 3*time.Second, true, "13 days, 11 hours, 59 minutes and 3 seconds"},
		{13*24*time.Hour + 11*time.Hour, false, "13 days"},
		{2*24*time.Hour + 4*time.Hour + 5*time.Minute, false, "2 days and 4 hours"},
		{5*time.Hour + 12*time.Minute + 9*time.Second, false, "5 hours and 12 minutes"},
		{90 * time.Second, false, "1 minute and 30 seconds"},
	}
	for _, tt := range tests {
		if got := SpellDuration(tt.d, tt.exact); got != tt.want {
			t.Errorf("SpellDuration(%v, %v) = %q, want %q", tt.d, tt.exact, got, tt.want)
		}
	}
}

// TestPlural checks the plural forms truce uses.
func TestPlural(t *testing.T) {
	for n, want := range map[string]string{"source": "2 sources", "discrepancy": "2 discrepancies",
		"day": "2 days", "person": "2 people", "more person": "2 more people", "key": "2 keys", "match": "2 matches"} {
		if got := Plural(2, n); got != want {
			t.Errorf("Plural(2, %q) = %q, want %q", n, got, want)
		}
	}
	if got := Plural(1, "discrepancy"); got != "1 discrepancy" {
		t.Errorf("Plural(1) = %q", got)
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                                     "00:00:00",
		59*time.Second + 999*time.Millisecond: "00:00:59",
		24*time.Hour - time.Second:            "23:59:59",
		24 * time.Hour:                        "1d 00:00:00",
		13*24*time.Hour + 11*time.Hour + 59*time.Minute + 3*time.Second: "13d 11:59:03",
	} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestConfidenceWord checks both wordings of every confidence level.
func TestConfidenceWord(t *testing.T) {
	want := map[model.Confidence][2]string{
		model.Confirmed:   {"confirmed", "confirmed (2+ sources)"},
		model.Single:      {"one source", "reported by one source"},
		model.Unconfirmed: {"unconfirmed", "unconfirmed"},
	}
	for _, c := range model.Confidences() {
		if got := ConfidenceWord(c, Compact); got != want[c][0] {
			t.Errorf("ConfidenceWord(%s, Compact) = %q, want %q", c, got, want[c][0])
		}
		if got := ConfidenceWord(c, Spelled); got != want[c][1] {
			t.Errorf("ConfidenceWord(%s, Spelled) = %q, want %q", c, got, want[c][1])
		}
	}
}

// TestEventKindWord spells the kinds without hyphens, and in at most 9
// cells when compact.
func TestEventKindWord(t *testing.T) {
	if got := EventKindWord(model.KindExportControl, Spelled); got != "export control" {
		t.Errorf("EventKindWord(export-control) = %q", got)
	}
	for _, k := range model.EventKinds() {
		if got := EventKindWord(k, Compact); len(got) > 9 || got == "" {
			t.Errorf("EventKindWord(%s, Compact) = %q: more than 9 cells", k, got)
		}
	}
}

// TestSettledEarlyWords: a deadline settled before it fell due reads as its
// outcome before, on and after its day or instant, never "due today",
// "left" or "passed".
func TestSettledEarlyWords(t *testing.T) {
	sh, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Skip(err)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	d := &model.Dataset{Deadlines: []model.Deadline{
		{ID: "averted", At: model.NewDate(2025, 12, 1, sh), Zone: "Asia/Shanghai", Outcome: model.OutcomeAverted,
			OutcomeKnown: model.NewDate(2025, 11, 7, sh)},
		{ID: "truce", At: model.NewExact(time.Date(2025, 11, 10, 0, 1, 0, 0, ny)), Zone: "America/New_York",
			Outcome: model.OutcomeExtended, OutcomeKnown: model.NewDate(2025, 11, 4, ny)},
	}}
	d.Prepare()
	averted, _ := d.Deadline("averted")
	truce, _ := d.Deadline("truce")
	for _, c := range []struct {
		dl          *model.Deadline
		at          time.Time
		state, left string
	}{
		{averted, time.Date(2025, 11, 29, 12, 0, 0, 0, sh), "averted (it would have fallen due in 2 days)", "averted"},
		{averted, time.Date(2025, 12, 1, 12, 0, 0, 0, sh), "averted (it would have fallen due today)", "averted"},
		{averted, time.Date(2025, 12, 4, 12, 0, 0, 0, sh), "averted (it would have fallen due 3 days ago)", "averted"},
		{truce, time.Date(2025, 11, 9, 0, 1, 0, 0, ny), "extended (it would have fallen due in 1d 00:00:00)", "extended"},
		{truce, time.Date(2025, 11, 10, 0, 6, 3, 0, ny), "extended (it would have fallen due 00:05:03 ago)", "extended"},
		{truce, time.Date(2025, 11, 23, 0, 1, 0, 0, ny), "extended (it would have fallen due 13 days ago)", "extended"},
	} {
		if got := DeadlineState(c.dl, c.at, Compact); got != c.state {
			t.Errorf("%s at %s: DeadlineState %q, want %q", c.dl.ID, c.at, got, c.state)
		}
		if got := DeadlineLeft(c.dl, c.at); got != c.left {
			t.Errorf("%s at %s: DeadlineLeft %q, want %q", c.dl.ID, c.at, got, c.left)
		}
	}
}

// TestRoundOutcome: a round's outcome, or its state while none is known.
func TestRoundOutcome(t *testing.T) {
	tests := []struct {
		r    model.Round
		want string
	}{
		{model.Round{Outcome: "A framework.", State: model.RoundConcluded}, "A framework."},
		{model.Round{State: model.RoundInProgress}, "in progress"},
		{model.Round{State: model.RoundAwaitingOutcome}, "ended; outcome not yet reported"},
		{model.Round{State: model.RoundConcluded}, "not reported"},
	}
	for _, tt := range tests {
		if got := RoundOutcome(&tt.r); got != tt.want {
			t.Errorf("RoundOutcome(%+v) = %q, want %q", tt.r.State, got, tt.want)
		}
	}
}

// TestClockMarker: a paused clock in time travel says both.
func TestClockMarker(t *testing.T) {
	for _, c := range []struct {
		shifted, paused bool
		want            string
	}{{false, false, ""}, {false, true, "PAUSED"}, {true, false, "TIME TRAVEL"}, {true, true, "TIME TRAVEL · PAUSED"}} {
		if got := ClockMarker(c.shifted, c.paused); got != c.want {
			t.Errorf("ClockMarker(%v, %v) = %q, want %q", c.shifted, c.paused, got, c.want)
		}
	}
}
