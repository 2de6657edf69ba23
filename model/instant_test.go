package model

import (
	"testing"
	"time"
)

func TestInstantResolve(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	var in Instant
	if err := in.UnmarshalTOML(time.Date(2025, 11, 10, 0, 1, 0, 0, time.FixedZone("datetime-local", 3600))); err != nil {
		t.Fatal(err)
	}
	if !in.IsFloating() || in.Precision != Exact {
		t.Fatalf("local date-time: floating %v, precision %v", in.IsFloating(), in.Precision)
	}
	r := in.Resolve(ny)
	if r.IsFloating() || !r.Time.Equal(time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC)) {
		t.Errorf("resolved to %v (floating %v)", r.Time, r.IsFloating())
	}
	if again := r.Resolve(time.UTC); !again.Time.Equal(r.Time) {
		t.Error("Resolve moved an instant that was already placed")
	}
	var off Instant
	if err := off.UnmarshalTOML(time.Date(2025, 11, 10, 0, 1, 0, 0, time.FixedZone("", -5*3600))); err != nil {
		t.Fatal(err)
	}
	if off.IsFloating() || off.Resolve(time.UTC).Time != off.Time {
		t.Error("an instant with an offset must not float")
	}
	if err := off.UnmarshalTOML("2025-11-10"); err == nil {
		t.Error("a string decoded as an instant")
	}
}
