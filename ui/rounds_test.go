package ui

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// TestRoundDaysInProgress checks that a round whose last day is not known
// (in progress) is worded by its start alone, in full and as a range.
func TestRoundDaysInProgress(t *testing.T) {
	zurich, err := time.LoadLocation("Europe/Zurich")
	if err != nil {
		t.Fatal(err)
	}
	start, end := model.NewDate(2025, 5, 10, zurich), model.NewDate(2025, 5, 11, zurich)
	for _, c := range []struct{ got, want string }{
		{RoundDays(start, end, nil), "Sat 10 May 2025 to Sun 11 May 2025"},
		{RoundDays(start, model.Instant{}, nil), "from Sat 10 May 2025"},
		{RoundDays(start, model.Instant{}, time.UTC), "from Sat 10 May 2025"},
		{DateRange(start, end), "10–11 May 2025"},
		{DateRange(start, model.Instant{}), "from 10 May 2025"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
