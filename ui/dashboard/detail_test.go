package dashboard

import (
	"strings"
	"testing"

	"github.com/truce-dev/truce/ui"
)

// TestDetailsNeverRepeat builds the detail of every record of every tab:
// no field label and no heading appears twice, and the title is not said
// again as a heading.
func TestDetailsNeverRepeat(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 120, 40)
	for _, tab := range ui.Tabs() {
		b := browserOf(a, tab)
		for _, id := range rowIDs(b.List) {
			lines := b.DetailFor(id)
			if len(lines) == 0 {
				t.Fatalf("%v %s: empty detail", tab, id)
			}
			title := lines[0].Text
			seen := map[string]bool{}
			for _, ln := range lines[1:] {
				key := ""
				switch {
				case ln.Label != "" && ln.Indent == 0:
					key = "field " + strings.TrimSpace(ln.Label)
				case ln.Style.GetBold() && ln.Style.GetUnderline():
					key = "heading " + ln.Text
				}
				if ln.Text == title && ln.Link == nil {
					t.Errorf("%v %s: the title %q is said again", tab, id, title)
				}
				if key == "" {
					continue
				}
				if seen[key] {
					t.Errorf("%v %s: %s twice", tab, id, key)
				}
				seen[key] = true
			}
		}
	}
}
