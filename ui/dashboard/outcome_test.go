package dashboard

import (
	"strings"
	"testing"

	"github.com/truce-dev/truce/ui"
)

// TestWhatHappenedSharesTheStateWords: a deadline that passed after the
// data's coverage with no outcome recorded (gallium, at 30 Nov 2026) says
// so in its detail's "What happened" in the words of its state line, and
// every passed deadline's "What happened" is the outcome its state gives.
func TestWhatHappenedSharesTheStateWords(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2026-11-30T08:00:00Z"), 120, 40)
	b := browserOf(a, ui.TabCountdowns)
	checked := 0
	for _, id := range rowIDs(b.List) {
		d, ok := a.sh.Known.Deadline(id)
		if !ok || !d.StateAt(a.sh.Now).Passed {
			continue
		}
		lines := b.DetailFor(id)
		for i, ln := range lines {
			if ln.Text != "What happened" || i+1 >= len(lines) {
				continue
			}
			got := lines[i+1].Text
			_, tail := ui.DeadlineStateParts(d, a.sh.Now, ui.Compact)
			if want := strings.TrimPrefix(tail, ", "); !strings.HasPrefix(tail, " (") && tail != "" && got != want {
				t.Errorf("%s: What happened %q, the state says %q", id, got, want)
			}
			if id == "gallium-2026-11-27" {
				checked++
				if got != ui.AfterCoverageWords {
					t.Errorf("gallium: What happened %q, want %q", got, ui.AfterCoverageWords)
				}
			}
		}
	}
	if checked != 1 {
		t.Errorf("the gallium deadline's detail has no What happened")
	}
}
