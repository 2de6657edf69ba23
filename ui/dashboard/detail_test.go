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

// TestCopyNoteIsHonest: y on a source sends its URL with OSC 52 and the
// detail says it was sent to the clipboard, not that it was copied (the
// program cannot know that the terminal took it); at 40x12 and 80x24.
func TestCopyNoteIsHonest(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}} {
		a, _ := newApp(t, mustTime(t, fixedNow), size[0], size[1])
		press(a, "5", "enter")
		url := a.sources.b.Detail.URL()
		cmd := press(a, "y")
		if cmd == nil || url == "" {
			t.Fatalf("%dx%d: y sends nothing", size[0], size[1])
		}
		out := plain(a)
		if strings.Contains(out, "copied") || !strings.Contains(out, "sent to the clipboard (OSC 52):") ||
			!strings.Contains(out, url[:min(len(url), size[0]-12)]) {
			t.Errorf("%dx%d: the note does not say the URL %s was sent to the clipboard:\n%s", size[0], size[1], url, out)
		}
		checkFrame(t, out, size[0], size[1])
	}
}
