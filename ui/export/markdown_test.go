package export

import (
	"strings"
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
)

// TestMarkdownNamesOwnDay: a date-only deadline's day names the place it
// is a day in when the reader's day is another ("Due Mon 1 Dec 2025 in New
// York."), and reads bare for a reader in that zone.
func TestMarkdownNamesOwnDay(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC)
	for zone, want := range map[string]string{
		"America/Los_Angeles": "Due Mon 1 Dec 2025 in New York. ",
		"America/New_York":    "Due Mon 1 Dec 2025. ",
	} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		if err := WriteMarkdown(&out, ds, at, loc); err != nil {
			t.Fatal(err)
		}
		s := out.String()
		i := strings.Index(s, "### Phase One probe: written comments due")
		if i < 0 {
			t.Fatal("no section for the Phase One probe's comments")
		}
		if got := s[i:]; !strings.Contains(got[:min(len(got), 300)], want) {
			t.Errorf("%s: want %q in\n%s", zone, want, got[:min(len(got), 300)])
		}
		if zone == "America/Los_Angeles" && !strings.Contains(s, "| Mon 1 Dec 2025 in New York |") {
			t.Errorf("%s: the table does not name New York's day", zone)
		}
	}
}
