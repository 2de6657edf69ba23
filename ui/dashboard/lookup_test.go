package dashboard

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// lookupFirst opens the lookup, types q and returns the first result.
func lookupFirst(t *testing.T, a *App, q string) ui.Target {
	t.Helper()
	press(a, "ctrl+k")
	if !a.lookup.IsOpen() {
		t.Fatal("ctrl+k should open the lookup")
	}
	typeText(a, q)
	got, ok := a.lookup.Selected()
	if !ok {
		t.Fatalf("%q finds nothing in the lookup", q)
	}
	return got
}

// TestLookupFirstResults: the lookup finds people, rounds, events, issues,
// deadlines and sources by the same matcher as the tabs.
func TestLookupFirstResults(t *testing.T) {
	tests := []struct {
		query string
		want  ui.Target
	}{
		{"helifeng", ui.Target{Tab: ui.TabRoster, Kind: model.RecordPerson, ID: "he-lifeng"}},
		{"ha lap phong", ui.Target{Tab: ui.TabRoster, Kind: model.RecordPerson, ID: "he-lifeng"}},
		{"li ch", ui.Target{Tab: ui.TabRoster, Kind: model.RecordPerson, ID: "li-chenggang"}},
		{"Geneva", ui.Target{Tab: ui.TabRoster, Kind: model.RecordRound, ID: "geneva"}},
		{"round 5", ui.Target{Tab: ui.TabRoster, Kind: model.RecordRound, ID: "kuala-lumpur"}},
		{"soybean purchases", ui.Target{Tab: ui.TabIssues, Kind: model.RecordIssue, ID: "soybeans"}},
		{"Trump and Xi meet in Busan", ui.Target{Tab: ui.TabTimeline, Kind: model.RecordEvent, ID: "busan-meeting"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), 120, 40)
			press(a, "4")
			if got := lookupFirst(t, a, tt.query); got != tt.want {
				t.Errorf("%q: first %+v, want %+v", tt.query, got, tt.want)
			}
		})
	}
}

// TestLookupJumpsAndComesBack: from every tab, ctrl+k, a name and enter
// show the record in its tab with its detail open; one esc comes back to
// the tab the lookup was opened from, as it was.
func TestLookupJumpsAndComesBack(t *testing.T) {
	for _, from := range ui.Tabs() {
		t.Run(from.String(), func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), 120, 40)
			press(a, fmt.Sprint(int(from)+1))
			here := a.here()
			lookupFirst(t, a, "helifeng")
			if out := plain(a); !strings.Contains(out, "find helifeng") || !strings.Contains(out, "He Lifeng") {
				t.Errorf("the lookup should show its line and He Lifeng:\n%s", out)
			}
			follow(t, a)
			if a.lookup.IsOpen() || a.Tab() != ui.TabRoster || a.roster.b.List.SelectedID() != "he-lifeng" || !a.roster.b.IsOpen() {
				t.Fatalf("enter should show He Lifeng in the Roster, detail open: tab %v, %q", a.Tab(), a.roster.b.List.SelectedID())
			}
			if out := plain(a); !strings.Contains(out, "Rounds attended (6)") {
				t.Errorf("He Lifeng's rounds should show:\n%s", out)
			}
			press(a, "esc")
			if a.here() != here {
				t.Errorf("esc should come back to %+v, at %+v", here, a.here())
			}
		})
	}
}

// TestLookupEscAndDidYouMean: esc closes the lookup and leaves the tab as
// it was; a misspelling offers the closest name, enter takes it.
func TestLookupEscAndDidYouMean(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 80, 24)
	press(a, "3")
	press(a, "ctrl+k")
	typeText(a, "bessnet")
	if out := plain(a); !strings.Contains(out, `did you mean "Bessent"?`) {
		t.Errorf("the lookup should offer Bessent:\n%s", out)
	}
	press(a, "enter")
	if got, _ := a.lookup.Selected(); got.ID != "bessent" || !a.lookup.IsOpen() {
		t.Errorf("enter takes the suggestion and selects Bessent: %+v", got)
	}
	press(a, "esc")
	if a.lookup.IsOpen() || a.Tab() != ui.TabIssues {
		t.Errorf("esc closes the lookup over the Issues")
	}
	checkFrame(t, plain(a), 80, 24)
}

// TestDoneWhen walks the four questions of issue 15 as a new user would,
// from a tab that has nothing to do with them, counting keys.
func TestDoneWhen(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 120, 40)

	// "Who was at Geneva?"
	press(a, "4")
	lookupFirst(t, a, "geneva")
	follow(t, a)
	out := plain(a)
	for _, who := range []string{"Scott Bessent", "Jamieson Greer", "He Lifeng"} {
		if !strings.Contains(out, who) {
			t.Errorf("Geneva's attendees should show %s:\n%s", who, out)
		}
	}

	// "Which rounds did He Lifeng attend?"
	press(a, "esc", "5")
	lookupFirst(t, a, "helifeng")
	follow(t, a)
	if out := plain(a); !strings.Contains(out, "Rounds attended (6)") {
		t.Errorf("He Lifeng's rounds:\n%s", out)
	}

	// "What did the sources say about soybeans?"
	press(a, "esc", "5", "/")
	typeText(a, "soybeans")
	if a.sources.b.List.Len() == 0 {
		t.Errorf("the Sources' search finds no source about soybeans")
	}

	// "Open the Busan source's URL."
	press(a, "esc", "esc", "1")
	press(a, "ctrl+k")
	typeText(a, "busan")
	for range 40 {
		if got, _ := a.lookup.Selected(); got.Kind == model.RecordSource {
			break
		}
		press(a, "down")
	}
	follow(t, a)
	if a.Tab() != ui.TabSources {
		t.Fatalf("a Busan source should show in the Sources")
	}
	cmd := press(a, "y")
	if cmd == nil || a.sources.b.Detail.URL() == "" {
		t.Errorf("y should copy the source's URL")
	}
}

// TestLookupMouse: in the lookup, a click selects the row under it, a
// second click on that row shows its record, and the wheel moves the
// selection.
func TestLookupMouse(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 120, 40)
	press(a, "ctrl+k")
	typeText(a, "wang")
	lines := strings.Split(plain(a), "\n")
	y := -1
	for i, l := range lines {
		if strings.Contains(l, "Wang Yi") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("no Wang Yi row:\n%s", plain(a))
	}
	a.Update(tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
	if got, _ := a.lookup.Selected(); got.ID != "wang-yi" || !a.lookup.IsOpen() {
		t.Fatalf("a click selects the row under it and keeps the lookup open: %+v open=%v", got, a.lookup.IsOpen())
	}
	a.Update(tea.MouseWheelMsg{X: 10, Y: y, Button: tea.MouseWheelUp})
	if got, _ := a.lookup.Selected(); got.ID == "wang-yi" {
		t.Errorf("the wheel should move the selection")
	}
	if _, cmd := a.Update(tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft}); cmd != nil {
		t.Fatalf("a click on a row not selected should select it, not show it")
	}
	_, cmd := a.Update(tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
	msg, ok := findMsg[widget.FollowMsg](cmd)
	if !ok {
		t.Fatal("a second click on the selected row returned no widget.FollowMsg")
	}
	a.Update(msg)
	if a.lookup.IsOpen() || a.tab != ui.TabRoster || a.roster.b.List.SelectedID() != "wang-yi" {
		t.Errorf("a second click should show Wang Yi in the Roster: tab %v, selected %q, lookup open %v",
			a.tab, a.roster.b.List.SelectedID(), a.lookup.IsOpen())
	}
}

// TestLookupNarrowKeepsNames: at 40 columns the lookup drops its side and
// date column before it cuts the names ("Scott Bes…" beside "United
// States" whole).
func TestLookupNarrowKeepsNames(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 40, 12)
	press(a, "ctrl+k")
	typeText(a, "bessent")
	out := plain(a)
	if !strings.Contains(out, "Scott Bessent") {
		t.Errorf("at 40 columns the lookup should show the name whole:\n%s", out)
	}
}
