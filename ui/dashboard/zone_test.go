package dashboard

import (
	"strings"
	"testing"
	"time"
)

// TestReaderZoneInLookupAndIssues checks that with --tz Asia/Shanghai the
// lookup's deadline column reads in Beijing time as the Countdowns column
// does (the footer's clock names the zone), and the Issues detail (the
// status's term, the history's steps) in Beijing time, naming it, with the
// record's own wall time beside it.
func TestReaderZoneInLookupAndIssues(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	a := newAppIn(t, mustTime(t, "2025-06-01T00:00:00Z"), 140, 40, shanghai)
	press(a, "ctrl+k")
	typeText(a, "expires")
	if got := plain(a); !strings.Contains(got, "2025-08-12 12:01") || strings.Contains(got, "2025-08-12 00:01") {
		t.Errorf("the lookup does not give the truce's expiry in Beijing time:\n%s", got)
	}
	var text []string
	for _, ln := range a.issues.b.DetailFor("truce-extension") {
		text = append(text, ln.Label+" "+ln.Text)
	}
	got := strings.Join(text, "\n")
	if !strings.Contains(got, "suspended until Tue 12 Aug 2025 12:01 CST (06:01 CEST in Zurich)") {
		t.Errorf("the truce's status is not in Beijing time:\n%s", got)
	}
	if strings.Contains(got, "until Tue 12 Aug 2025 06:01 CEST") {
		t.Errorf("a term reads in the record's zone only:\n%s", got)
	}
}
