package cli

import (
	"testing"
	"time"
)

func TestParseAt(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	kl, _ := time.LoadLocation("Asia/Kuala_Lumpur")
	tests := []struct {
		in   string
		zone *time.Location
		want time.Time
	}{
		{"2025-10-26T09:00:00+08:00", nil, time.Date(2025, 10, 26, 1, 0, 0, 0, time.UTC)},
		{"2025-11-10T05:01:00Z", ny, time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC)},
		{"2025-10-26", nil, time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC)},
		{"2025-10-26", kl, time.Date(2025, 10, 26, 0, 0, 0, 0, kl)},
		{"2025-11-10T00:01", ny, time.Date(2025, 11, 10, 0, 1, 0, 0, ny)},
		{"2025-11-10 00:01:00", ny, time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC)},
		{"2025-10-26 09:00 Asia/Kuala_Lumpur", ny, time.Date(2025, 10, 26, 9, 0, 0, 0, kl)},
		{"2025-08-12 00:01 America/New_York", nil, time.Date(2025, 8, 12, 4, 1, 0, 0, time.UTC)},
		{" 2025-10-26 UTC ", ny, time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := ParseAt(tt.in, tt.zone)
		if err != nil {
			t.Errorf("ParseAt(%q): %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseAt(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseAtErrors(t *testing.T) {
	for _, in := range []string{
		"", "yesterday", "0000-01-01", "10000-01-01", "2025-13-01", "2025-10-26 09:00 Mars/Olympus",
		"2025-10-26 09:00 Local", "1899-12-31T23:59:59Z", "2201-01-01", "\x1b]52;c;aGk=\x07",
	} {
		if _, err := ParseAt(in, nil); err == nil {
			t.Errorf("ParseAt(%q) succeeded, want an error", in)
		}
	}
}
