package ui_test

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/ui"
)

// TestFirstSetWords: before any deadline is set, the words point to the
// day the first one is; after the last is set, they say none is known.
func TestFirstSetWords(t *testing.T) {
	ds, err := data.LoadFile("testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), "no deadline set yet; the data's first is set on Mon 12 May 2025"},
		{time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), "no deadline known at this instant"},
	}
	for _, tt := range tests {
		if got := ui.FirstSetWords(ds, tt.at); got != tt.want {
			t.Errorf("FirstSetWords(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
}
