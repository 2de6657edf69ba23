package dashboard

import (
	"strings"
	"testing"

	"github.com/truce-dev/truce/ui"
)

// TestNoSourceYetInDetails checks the details at instants where records
// were known before any of their cited sources was published: such a record
// says "no cited source published yet", and every detail that says
// "unconfirmed" lists a source under it.
func TestNoSourceYetInDetails(t *testing.T) {
	for _, at := range []string{"2025-02-05T00:00:00Z", "2025-10-25T12:00:00+08:00", "2025-05-11T12:00:00Z"} {
		a, _ := newApp(t, mustTime(t, at), 120, 40)
		saidNone := 0
		for _, tab := range ui.Tabs() {
			b := browserOf(a, tab)
			for _, id := range rowIDs(b.List) {
				lines := b.DetailFor(id)
				for i, ln := range lines {
					if ln.Label != "Confidence" {
						continue
					}
					switch ln.Text {
					case "unconfirmed":
						if i+1 >= len(lines) || lines[i+1].Link == nil || lines[i+1].Link.Tab != ui.TabSources {
							t.Errorf("at %s, %v %s: confidence %q with no source listed", at, tab, id, ln.Text)
						}
					case ui.NoSourceYetWords:
						saidNone++
					}
				}
			}
		}
		if saidNone == 0 {
			t.Errorf("at %s: no detail says %q", at, ui.NoSourceYetWords)
		}
	}
	a, _ := newApp(t, mustTime(t, "2025-10-25T12:00:00+08:00"), 120, 40)
	var text []string
	for _, ln := range a.timeline.b.DetailFor("trump-157") {
		text = append(text, ln.Label+" "+ln.Text)
	}
	if got := strings.Join(text, "\n"); !strings.Contains(got, "Confidence "+ui.NoSourceYetWords) {
		t.Errorf("trump-157 at 25 Oct 2025 12:00 in Beijing:\n%s", got)
	}
}
