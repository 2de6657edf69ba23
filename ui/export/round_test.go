package export

import (
	"strings"
	"testing"
	"time"

	"github.com/truce-dev/truce/data"
)

// TestRoundInProgressHasNoEnd checks that while the Geneva round runs (11
// May 2025), the Markdown and JSON exports give its start and not its last
// day, which was not known then.
func TestRoundInProgressHasNoEnd(t *testing.T) {
	full, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 5, 11, 12, 0, 0, 0, time.UTC)
	known := full.AsOf(at)
	var md, js strings.Builder
	if err := WriteMarkdown(&md, known, at, time.UTC); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&js, known); err != nil {
		t.Fatal(err)
	}
	_, geneva, _ := strings.Cut(md.String(), "### 1. Geneva talks\n\n")
	if line, _, _ := strings.Cut(geneva, "\n"); !strings.HasPrefix(line, "from Sat 10 May 2025, ") || strings.Contains(line, "11 May") {
		t.Errorf("markdown: want the Geneva round from its start only, got %q", line)
	}
	j := js.String()
	i := strings.Index(j, `"id": "geneva"`)
	if i < 0 {
		t.Fatal("json: no Geneva round")
	}
	if round, _, _ := strings.Cut(j[i:], "}"); !strings.Contains(round, `"end": null`) || !strings.Contains(j[i:], `"state": "in-progress"`) {
		t.Errorf("json: want the Geneva round in progress with end null:\n%s", round)
	}
}
