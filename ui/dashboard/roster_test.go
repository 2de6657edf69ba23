package dashboard

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/truce-dev/truce/ui"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/model"
)

const rosterToday = "2026-11-23T12:00:00Z"

// TestRosterLookup: typing a few letters of any spelling in the Roster's
// search selects the right person or round and shows the answer at once.
func TestRosterLookup(t *testing.T) {
	tests := []struct {
		query, id string
		answer    []string // text the detail must show, with no further key
	}{
		{"li ch", "li-chenggang", []string{"Rounds attended (5)", "Geneva", "London", "Stockholm", "Madrid", "Kuala Lumpur"}},
		{"Li Chenggang", "li-chenggang", []string{"Rounds attended (5)"}},
		{"chénggāng", "li-chenggang", []string{"Rounds attended (5)"}},
		{"李成", "li-chenggang", []string{"Rounds attended (5)"}},
		{"何", "he-lifeng", []string{"Rounds attended (6)"}},
		{"ha lap", "he-lifeng", []string{"Hà Lập Phong"}},
		{"Hà Lập Phong", "he-lifeng", []string{"Rounds attended (6)"}},
		{"he lifeng", "he-lifeng", []string{"Rounds attended (6)"}},
		{"lutnick", "lutnick", []string{"Rounds attended (1)", "London"}},
		{"jd vance", "vance", []string{"Vice President"}},
		{"lon", roundRowPrefix + "london", []string{"Attendees (6)", "Scott Bessent", "Howard Lutnick", "Wang Wentao", "Li Chenggang"}},
		{"kuala", roundRowPrefix + "kuala-lumpur", []string{"United States", "China", "Liao Min"}},
		{"round 3", roundRowPrefix + "stockholm", []string{"Attendees (4)"}},
		{"5", roundRowPrefix + "kuala-lumpur", []string{"Attendees (5)"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
			press(a, "2", "/")
			typeText(a, tt.query)
			if got := a.roster.b.List.SelectedID(); got != tt.id {
				t.Fatalf("%q selects %q, want %q", tt.query, got, tt.id)
			}
			out := plain(a)
			for _, want := range tt.answer {
				if !strings.Contains(out, want) {
					t.Errorf("%q: the screen lacks %q:\n%s", tt.query, want, out)
				}
			}
		})
	}
}

// TestRosterTimeTravel: rounds after the clock are not attended, and not
// counted either (how many rounds were to come is not known at the clock).
func TestRosterTimeTravel(t *testing.T) {
	a, _ := newApp(t, mustTime(t, "2025-07-01T00:00:00Z"), 160, 48)
	press(a, "2", "/")
	typeText(a, "li chenggang")
	out := plain(a)
	if !strings.Contains(out, "Rounds attended (2)") || strings.Contains(out, "more round") {
		t.Errorf("on 1 July 2025 Li had attended Geneva and London only:\n%s", out)
	}
	if strings.Contains(out, "Stockholm") {
		t.Errorf("Stockholm lies ahead and must not show as attended:\n%s", out)
	}
}

// TestRosterCrossNavigation: from a person's rounds, enter jumps to the
// round in the Timeline; esc comes back to the person.
func TestRosterCrossNavigation(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
	press(a, "2", "/")
	typeText(a, "lutnick")
	press(a, "enter", "enter") // keep the filter, open the detail
	if !a.roster.b.IsOpen() {
		t.Fatalf("enter should open the detail")
	}
	for i := 0; i < 10; i++ {
		if l, ok := a.roster.b.Detail.SelectedLink(); ok && l.Kind == model.RecordRound {
			break
		}
		press(a, "down")
	}
	follow(t, a)
	if a.Tab() != ui.TabTimeline || a.timeline.b.List.SelectedID() != "london-talks" {
		t.Fatalf("enter on London should show the London round in the Timeline; tab %v, selected %q", a.Tab(), a.timeline.b.List.SelectedID())
	}
	press(a, "esc", "esc")
	if a.Tab() != ui.TabRoster || a.roster.b.List.SelectedID() != "lutnick" {
		t.Errorf("esc should come back to Lutnick in the Roster; tab %v, selected %q", a.Tab(), a.roster.b.List.SelectedID())
	}
}

// TestTimelineAttendeeJumpsToPerson: in a round's detail, enter on an
// attendee shows the person in the Roster.
func TestTimelineAttendeeJumpsToPerson(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
	a.navigate(ui.Target{Tab: ui.TabTimeline, Kind: model.RecordRound, ID: "kuala-lumpur"}, false)
	for i := 0; i < 30; i++ {
		if l, ok := a.timeline.b.Detail.SelectedLink(); ok && l.Kind == model.RecordPerson && l.ID == "liao-min" {
			break
		}
		press(a, "down")
	}
	follow(t, a)
	if a.Tab() != ui.TabRoster || a.roster.b.List.SelectedID() != "liao-min" {
		t.Fatalf("enter on Liao Min should show him in the Roster; tab %v, selected %q", a.Tab(), a.roster.b.List.SelectedID())
	}
	press(a, "esc", "esc")
	if a.Tab() != ui.TabTimeline {
		t.Errorf("esc should go back to the Timeline, on tab %v", a.Tab())
	}
}

// TestMatrixNavigation moves over the matrix and checks the cursor, the
// clamping at the edges and the detail it selects.
func TestMatrixNavigation(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 120, 40)
	press(a, "2", "m")
	m := a.roster.matrix
	if !a.roster.showsMatrix() || !a.roster.UsesArrows() {
		t.Fatal("m should open the matrix, which takes the arrow keys")
	}
	if r, c := m.Cursor(); r != 0 || c != -1 {
		t.Fatalf("cursor starts at %d,%d; want the selected person's name", r, c)
	}
	press(a, "up")
	if r, _ := m.Cursor(); r != -1 || m.Selection().Kind != model.RecordRound {
		t.Errorf("up from the first row reaches the header (a round)")
	}
	press(a, "up", "left", "left")
	if r, c := m.Cursor(); r != -1 || c != 0 {
		t.Errorf("the header's name cell is not selectable: cursor %d,%d", r, c)
	}
	press(a, "down", "0")
	if sel := m.Selection(); sel.Kind != model.RecordPerson || sel.ID != "bessent" {
		t.Errorf("the name column selects the person: %+v", sel)
	}
	if out := plain(a); !strings.Contains(out, "Rounds attended (6)") {
		t.Errorf("Bessent's rounds should show:\n%s", out)
	}
	press(a, "$")
	if sel := m.Selection(); sel.ID != "paris" {
		t.Errorf("$ goes to the last round: %+v", sel)
	}
	press(a, "right", "right", "G", "down")
	if r, c := m.Cursor(); r != len(m.people)-1 || c != len(m.rounds)-1 {
		t.Errorf("cursor should clamp at the bottom-right: %d,%d", r, c)
	}
	press(a, "enter")
	if !a.roster.b.IsOpen() {
		t.Errorf("enter opens the selected round's attendees")
	}
	press(a, "esc")
	if a.roster.b.IsOpen() || !a.roster.showsMatrix() {
		t.Errorf("esc closes the detail, back to the matrix")
	}
	press(a, "esc")
	if a.roster.showsMatrix() {
		t.Errorf("esc again leaves the matrix")
	}
}

// TestMatrixAlignment: every line of the matrix has the same width, with
// Chinese and Vietnamese names in it.
func TestMatrixAlignment(t *testing.T) {
	ds := embedded(t)
	ds.People[0].Name = "Hà Lập Phong 何立峰"
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		a := New(ds, Options{Clock: FixedClock(mustTime(t, rosterToday))})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		press(a, "2", "m")
		lines := strings.Split(ansi.Strip(a.roster.matrix.View()), "\n")
		w := ansi.StringWidth(lines[0])
		for i, ln := range lines {
			if got := ansi.StringWidth(ln); got != w {
				t.Errorf("%dx%d: line %d is %d cells, line 0 is %d: %q", size[0], size[1], i, got, w, ln)
			}
		}
		checkFrame(t, plain(a), size[0], size[1])
	}
}

// TestMatrixScrollsHorizontally: with more rounds than fit, the name column
// stays and the rounds scroll with the cursor.
func TestMatrixScrollsHorizontally(t *testing.T) {
	ds := embedded(t)
	base := ds.Rounds[0]
	for i := 0; i < 30; i++ {
		r := base
		r.ID = fmt.Sprintf("extra-%d", i)
		r.Number = 100 + i
		r.City = fmt.Sprintf("City%d", i)
		r.Start.Time = base.Start.Time.AddDate(0, 0, i)
		r.End.Time = r.Start.Time
		ds.Rounds = append(ds.Rounds, r)
	}
	ds.Prepare()
	a := New(ds, Options{Clock: FixedClock(mustTime(t, rosterToday))})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "2", "m")
	m := a.roster.matrix
	if vc := m.visibleCols(); vc >= len(m.rounds) {
		t.Fatalf("test needs more rounds than fit: %d visible of %d", vc, len(m.rounds))
	}
	for range len(m.rounds) {
		press(a, "right")
	}
	_, off := m.Offsets()
	if _, c := m.Cursor(); c != len(m.rounds)-1 || off == 0 {
		t.Errorf("cursor %d, column offset %d: the rounds should have scrolled", c, off)
	}
	view := ansi.Strip(m.View())
	if !strings.Contains(view, "Bessent") || !strings.Contains(view, "‹") {
		t.Errorf("the name column must stay and the legend show rounds to the left:\n%s", view)
	}
	checkFrame(t, plain(a), 80, 24)
}

func TestRosterGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		name := fmt.Sprintf("%dx%d", size[0], size[1])
		t.Run("list_"+name, func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), size[0], size[1])
			press(a, "2")
			golden(t, t.Name(), plain(a))
		})
		t.Run("matrix_"+name, func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), size[0], size[1])
			press(a, "2", "m")
			golden(t, t.Name(), plain(a))
		})
		t.Run("person_"+name, func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), size[0], size[1])
			press(a, "2", "/")
			typeText(a, "he lifeng")
			golden(t, t.Name(), plain(a))
		})
		t.Run("round_"+name, func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), size[0], size[1])
			press(a, "2", "/")
			typeText(a, "london")
			golden(t, t.Name(), plain(a))
		})
	}
	_ = time.Second
}
