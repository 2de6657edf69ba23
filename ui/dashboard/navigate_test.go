package dashboard

import (
	"testing"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// browserOf returns the browser of a list tab.
func browserOf(a *App, t ui.TabID) *widget.Browser {
	switch t {
	case ui.TabTimeline:
		return a.timeline.b
	case ui.TabRoster:
		return a.roster.b
	case ui.TabIssues:
		return a.issues.b
	case ui.TabCountdowns:
		return a.countdowns.b
	default:
		return a.sources.b
	}
}

// rowIDs lists the ids of a list's selectable rows, top to bottom.
func rowIDs(l *widget.List) []string {
	keep := l.SelectedID()
	defer l.SelectID(keep)
	var ids []string
	l.Move(-l.Len())
	for {
		id := l.SelectedID()
		if id == "" || len(ids) > 0 && ids[len(ids)-1] == id {
			return ids
		}
		ids = append(ids, id)
		l.Move(1)
	}
}

// TestEscReturnsFromEveryCrossLink follows every link of every detail of
// every tab and presses esc once: the user is back exactly where they
// followed it from (the tab, the record, the detail open, the link under
// the cursor and the scroll).
func TestEscReturnsFromEveryCrossLink(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 120, 40)
	followed := 0
	for _, tab := range ui.Tabs() {
		b := browserOf(a, tab)
		for _, id := range rowIDs(b.List) {
			a.setTab(tab)
			if !b.ShowID(id) {
				t.Fatalf("%v: cannot show %s", tab, id)
			}
			links := b.Detail.Links()
			for i, link := range links {
				if got, _ := b.Detail.SelectedLink(); got != link {
					t.Fatalf("%v %s: link %d is %+v, the cursor is on %+v", tab, id, i, link, got)
				}
				from, pos := a.here(), b.Detail.Pos()
				follow(t, a)
				followed++
				if a.Tab() != link.Tab {
					t.Fatalf("%v %s: following %+v shows tab %v", tab, id, link, a.Tab())
				}
				press(a, "esc")
				if got := a.here(); got != from || !b.IsOpen() || b.Detail.Pos() != pos {
					t.Fatalf("%v %s: one esc after following %+v: at %+v (open %v, pos %+v), want %+v (pos %+v)",
						tab, id, link, got, b.IsOpen(), b.Detail.Pos(), from, pos)
				}
				if len(a.history) != 0 {
					t.Fatalf("%v %s: history not emptied: %+v", tab, id, a.history)
				}
				press(a, "down")
			}
			press(a, "esc")
		}
	}
	if followed < 500 {
		t.Errorf("only %d links followed", followed)
	}
	t.Logf("%d links followed", followed)
}
