package cli

import (
	"strings"
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
		{"2025-11-09T23:00Z", ny, time.Date(2025, 11, 9, 23, 0, 0, 0, time.UTC)},
		{"2025-11-09T23:00-05:00", nil, time.Date(2025, 11, 10, 4, 0, 0, 0, time.UTC)},
		{"2025-10-26 09:00 asia/kuala_lumpur", nil, time.Date(2025, 10, 26, 9, 0, 0, 0, kl)},
		{"2025-10-26 utc", ny, time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC)},
		// Santiago's 7 Sep 2025 has no midnight: the day starts at 01:00 -03.
		{"2025-09-07 America/Santiago", nil, time.Date(2025, 9, 7, 4, 0, 0, 0, time.UTC)},
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

// TestParseAtSaysWhy: the error names what was wrong.
func TestParseAtSaysWhy(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	for in, want := range map[string]string{
		"2026-03-08 02:30":              "02:30 does not exist in America/New_York: clocks jumped from 02:00 EST to 03:00 EDT on 2026-03-08",
		"2026-03-08T02:30:00":           "does not exist in America/New_York",
		"2025-13-01":                    "month out of range",
		"2025-02-30 10:00":              "day out of range",
		"2025-10-26 25:00":              "hour out of range",
		"tomorrow":                      "want RFC 3339",
		"2025-10-26 09:00 Mars/Olympus": `unknown time zone "Mars/Olympus"`,
	} {
		_, err := ParseAt(in, ny)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseAt(%q) = %v, want an error containing %q", in, err, want)
		}
	}
}

// TestLoadZoneAnyCase: zone names match whatever their case.
func TestLoadZoneAnyCase(t *testing.T) {
	for in, want := range map[string]string{"utc": "UTC", "UTC": "UTC", "asia/shanghai": "Asia/Shanghai", "America/New_York": "America/New_York"} {
		loc, err := LoadZone(in)
		if err != nil || loc.String() != want {
			t.Errorf("LoadZone(%q) = %v, %v; want %s", in, loc, err, want)
		}
	}
	if _, err := LoadZone("Local"); err == nil {
		t.Error("Local is not a zone name for --at")
	}
}
