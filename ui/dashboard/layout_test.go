package dashboard

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// titleColumnText joins what a list draws in its title column: the text
// from the title heading's column to the end of each line.
func titleColumnText(t *testing.T, l *widget.List, heading string) string {
	t.Helper()
	lines := strings.Split(ansi.Strip(l.View()), "\n")
	x := -1
	for _, ln := range lines {
		if i := strings.Index(ln, " "+heading+" "); i >= 0 && x < 0 {
			x = ansi.StringWidth(ln[:i+1])
		}
	}
	if x < 0 {
		t.Fatalf("no %q heading in the list:\n%s", heading, strings.Join(lines, "\n"))
	}
	var b strings.Builder
	for _, ln := range lines {
		b.WriteString(ansi.Cut(ln, x, ansi.StringWidth(ln)) + " ")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// TestTitlesNotCutAt120 selects each of the first 20 rows of every tab at
// 120x40: the row's whole title is drawn (wrapped, never cut).
func TestTitlesNotCutAt120(t *testing.T) {
	headings := map[ui.TabID]string{ui.TabTimeline: "Event", ui.TabRoster: "Title", ui.TabIssues: "Issue",
		ui.TabCountdowns: "Deadline", ui.TabSources: "Source"}
	titleCol := map[ui.TabID]int{ui.TabTimeline: 2, ui.TabRoster: 2, ui.TabIssues: 1, ui.TabCountdowns: 2, ui.TabSources: 2}
	for _, now := range []string{fixedNow, "2025-11-09T12:00:00Z"} {
		a, _ := newApp(t, mustTime(t, now), 120, 40)
		for _, tab := range ui.Tabs() {
			press(a, fmt.Sprint(int(tab)+1), "g")
			b := browserOf(a, tab)
			for i, id := range rowIDs(b.List) {
				if i == 20 {
					break
				}
				b.List.SelectID(id)
				row, _ := b.List.Row(id)
				// Spaces aside: a long word (Japanese, say) breaks where it must.
				title := strings.Join(strings.Fields(row.Cells[titleCol[tab]]), "")
				if got := strings.ReplaceAll(titleColumnText(t, b.List, headings[tab]), " ", ""); !strings.Contains(got, title) {
					t.Errorf("%s %v row %d: %q is cut:\n%s", now, tab, i, title, ansi.Strip(b.List.View()))
				}
			}
		}
	}
}

// TestStackedShowsTenRows: at 80x24 every list tab shows at least 10 rows
// (or all it has), above a detail that keeps a few lines; on Countdowns,
// under the hero (one line when stacked), which still names the watched
// deadline.
func TestStackedShowsTenRows(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 80, 24)
	for _, tab := range []ui.TabID{ui.TabTimeline, ui.TabRoster, ui.TabIssues, ui.TabCountdowns, ui.TabSources} {
		press(a, fmt.Sprint(int(tab)+1))
		b := browserOf(a, tab)
		if got := b.List.RowsShown(); got < min(10, b.List.Len()) {
			t.Errorf("%v at 80x24 shows %d rows, want at least 10:\n%s", tab, got, plain(a))
		}
		if _, h := b.Detail.Size(); h < 3 {
			t.Errorf("%v at 80x24: the detail keeps only %d lines", tab, h)
		}
	}
	press(a, "4")
	if out := plain(a); !strings.Contains(strings.Split(out, "\n")[2], "NEXT DEADLINE · ") {
		t.Errorf("the stacked hero should name the watched deadline on its line:\n%s", out)
	}
}

// TestTimelineShortDates: the Timeline's Date column takes the short form
// ("8 Feb 26", the year kept) when the titles would be cut, and the ISO
// form when there is room.
func TestTimelineShortDates(t *testing.T) {
	for _, c := range []struct {
		w     int
		want  string
		avoid string
	}{{60, "20 May 26", "2026-05-20"}, {200, "2026-05-20", "20 May 26"}} {
		a, _ := newApp(t, mustTime(t, rosterToday), c.w, 30)
		press(a, "1")
		out := plain(a)
		if !strings.Contains(out, c.want) || strings.Contains(out, c.avoid) {
			t.Errorf("at %d columns the Timeline should show %q, not %q:\n%s", c.w, c.want, c.avoid, out)
		}
	}
}
