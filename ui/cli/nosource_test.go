package cli

import (
	"strings"
	"testing"
)

// TestNoSourceYetOutputs checks print and the exports at instants where
// records were known before any of their cited sources was published: they
// say "no cited source published yet", never "unconfirmed" with no source,
// and the JSON flags such a record.
func TestNoSourceYetOutputs(t *testing.T) {
	const none = "no cited source published yet"
	for _, at := range []string{"2025-02-05", "2025-10-25T12:00+08:00", "2025-05-11T12:00Z"} {
		for _, view := range []string{"countdowns", "timeline", "issues", "roster"} {
			r := runCLI(t, "print", view, "--at", at, "--width", "200")
			if r.code != 0 {
				t.Fatalf("print %s --at %s: exit %d: %s", view, at, r.code, r.stderr)
			}
			lines := strings.Split(r.stdout, "\n")
			for i, ln := range lines {
				if strings.TrimSpace(ln) == "Confidence: unconfirmed" &&
					(i+1 >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "Sources: ")) {
					t.Errorf("print %s --at %s: line %d says unconfirmed with no sources", view, at, i+1)
				}
			}
		}
		r := runCLI(t, "print", "--at", at, "--width", "200")
		if !strings.Contains(r.stdout, "Confidence: "+none) {
			t.Errorf("print --at %s: no record says %q", at, none)
		}
		md := runCLI(t, "export", "--format", "md", "--at", at)
		if strings.Contains(md.stdout, "Sources: .") || !strings.Contains(md.stdout, "*Confidence: "+none+".*") {
			t.Errorf("export --format md --at %s: a record with no source published is not said so", at)
		}
		js := runCLI(t, "export", "--at", at)
		if !strings.Contains(js.stdout, `"no_source_yet": true`) {
			t.Errorf("export --at %s: no record carries no_source_yet", at)
		}
	}
	r := runCLI(t, "print", "countdowns", "--at", "2025-02-05", "--width", "200")
	_, fentanyl, _ := strings.Cut(r.stdout, "US 10% fentanyl tariff")
	fentanyl, _, _ = strings.Cut(fentanyl, "\n\n")
	if !strings.Contains(fentanyl, "Confidence: "+none) {
		t.Errorf("the fentanyl deadline at 5 Feb 2025:\n%s", fentanyl)
	}
	if js := runCLI(t, "export"); strings.Contains(js.stdout, "no_source_yet") {
		t.Errorf("the whole dataset flags a record as having no source yet")
	}
}
