package cli

import (
	"regexp"
	"strings"
	"testing"
)

// TestPrintIssuesReaderZone checks that print issues with --tz words every
// exact term and step in the reader's zone, as print countdowns does: the
// truce's Geneva term reads in Beijing time with Geneva's wall time beside
// it, never in Geneva's zone alone.
func TestPrintIssuesReaderZone(t *testing.T) {
	r := runCLI(t, "print", "issues", "--at", "2025-06-01", "--tz", "Asia/Shanghai", "--width", "300")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	const want = "status: suspended until Tue 12 Aug 2025 12:01 CST (06:01 CEST in Zurich)"
	if !strings.Contains(r.stdout, want) {
		t.Errorf("print issues --tz Asia/Shanghai does not say %q:\n%s", want, r.stdout)
	}
	// Every exact instant after "until", "ran out on" or "as of" names the
	// reader's zone first.
	exact := regexp.MustCompile(`(until|ran out on|ran to|as of) \w{3} \d+ \w{3} \d{4} \d\d:\d\d (\w+)`)
	for _, m := range exact.FindAllStringSubmatch(r.stdout, -1) {
		if m[2] != "CST" {
			t.Errorf("%q: not in the reader's zone", m[0])
		}
	}
}
