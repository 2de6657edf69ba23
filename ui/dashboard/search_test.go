package dashboard

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"
)

// visibleIDs lists the ids of the rows a list shows, in order.
func visibleIDs(l *widget.List) []string {
	return rowIDs(l)
}

// TestTabSearch types each query of issue 15 in a tab's `/` search and
// checks the first result (and, where it matters, the order after it).
func TestTabSearch(t *testing.T) {
	tests := []struct {
		tab   ui.TabID
		query string
		first string
		then  []string // ids that must follow, in this order, before any other
	}{
		{ui.TabRoster, "helifeng", "he-lifeng", nil},
		{ui.TabRoster, "HeLifeng", "he-lifeng", nil},
		{ui.TabRoster, "Hé Lìfēng", "he-lifeng", nil},
		{ui.TabRoster, "he2 li4feng1", "he-lifeng", nil},
		{ui.TabRoster, "何立峰", "he-lifeng", nil},
		{ui.TabRoster, "ha lap phong", "he-lifeng", nil},
		{ui.TabRoster, "li ch", "li-chenggang", nil},
		{ui.TabRoster, "lichenggang", "li-chenggang", nil},
		{ui.TabRoster, "Geneva", roundRowPrefix + "geneva", []string{"bessent", "greer", "he-lifeng"}},
		{ui.TabTimeline, "ha lap phong", "", nil},
		{ui.TabTimeline, "helifeng", "", nil},
		{ui.TabTimeline, "geneva", "geneva-talks", nil},
		{ui.TabSources, "soybeans", "", nil},
		{ui.TabIssues, "soybean", "soybeans", nil},
	}
	for _, tt := range tests {
		t.Run(tt.tab.String()+"/"+tt.query, func(t *testing.T) {
			a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
			a.setTab(tt.tab)
			press(a, "/")
			typeText(a, tt.query)
			b := browserOf(a, tt.tab)
			ids := visibleIDs(b.List)
			if len(ids) == 0 {
				t.Fatalf("%q finds nothing", tt.query)
			}
			if tt.first != "" && ids[0] != tt.first {
				t.Fatalf("%q: first result %q, want %q (all: %v)", tt.query, ids[0], tt.first, ids)
			}
			if b.List.SelectedID() != ids[0] {
				t.Errorf("%q: the first result should be selected", tt.query)
			}
			for i, want := range tt.then {
				if i+1 >= len(ids) || ids[i+1] != want {
					t.Fatalf("%q: results %v, want %v after %s", tt.query, ids, tt.then, ids[0])
				}
			}
		})
	}
}

// TestSearchRanksConfirmedAttendees: "Geneva" in the Roster lists the round,
// then those who attended by the sources, and only then Wang Xiaohong, whose
// attendance was never confirmed.
func TestSearchRanksConfirmedAttendees(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
	press(a, "2", "/")
	typeText(a, "Geneva")
	ids := visibleIDs(a.roster.b.List)
	pos := map[string]int{}
	for i, id := range ids {
		pos[id] = i
	}
	unconfirmed, ok := pos["wang-xiaohong"]
	if !ok {
		t.Fatalf("Wang Xiaohong, expected at Geneva, should be found: %v", ids)
	}
	for _, id := range []string{"bessent", "greer", "he-lifeng"} {
		if p, ok := pos[id]; !ok || p > unconfirmed {
			t.Errorf("%s attended Geneva and should rank above the unconfirmed attendee: %v", id, ids)
		}
	}
}

// TestTimelineSearchFindsPeopleBySpelling: the Timeline's search finds a
// person's events by any spelling, with or without spaces.
func TestTimelineSearchFindsPeopleBySpelling(t *testing.T) {
	for _, q := range []string{"ha lap phong", "helifeng", "何立峰"} {
		a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
		press(a, "1", "/")
		typeText(a, q)
		ids := visibleIDs(a.timeline.b.List)
		if len(ids) < 5 {
			t.Errorf("%q finds %d events, He Lifeng is in many more", q, len(ids))
		}
		for _, id := range ids {
			e, _ := a.sh.Known.Event(id)
			found := false
			for _, p := range e.People {
				found = found || p == "he-lifeng"
			}
			if !found {
				t.Errorf("%q finds %s, which is not about He Lifeng", q, id)
			}
		}
	}
}

// TestSearchDidYouMean: a misspelling offers the closest name, and enter
// takes it.
func TestSearchDidYouMean(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 120, 40)
	press(a, "2", "/")
	typeText(a, "bessnet")
	l := a.roster.b.List
	if l.Len() != 0 || l.Suggestion() != "Bessent" {
		t.Fatalf("bessnet: %d results, suggestion %q; want none and Bessent", l.Len(), l.Suggestion())
	}
	if out := plain(a); !strings.Contains(out, `did you mean "Bessent"?`) {
		t.Errorf("the list should offer Bessent:\n%s", out)
	}
	press(a, "enter")
	if l.Query() != "Bessent" || l.SelectedID() != "bessent" || l.Searching() {
		t.Errorf("enter takes the suggestion: query %q, selected %q", l.Query(), l.SelectedID())
	}
	press(a, "/")
	typeText(a, "zzzzzz")
	if l.Suggestion() != "" {
		t.Errorf("nothing is close to zzzzzz, yet %q is offered", l.Suggestion())
	}
}

// TestSearchLineEdits: the search line is a text input: ctrl+w deletes a
// word, ctrl+u the line, ← moves the cursor, and a paste is typed in.
func TestSearchLineEdits(t *testing.T) {
	a, _ := newApp(t, mustTime(t, rosterToday), 120, 40)
	press(a, "2", "/")
	l := a.roster.b.List
	typeText(a, "li chenggang")
	a.Update(tea.KeyPressMsg{Code: 'w', Mod: tea.ModCtrl})
	if l.Query() != "li " {
		t.Errorf("ctrl+w: query %q, want %q", l.Query(), "li ")
	}
	a.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	if l.Query() != "" || !l.Searching() {
		t.Errorf("ctrl+u: query %q, still searching %v", l.Query(), l.Searching())
	}
	a.Update(tea.PasteMsg{Content: "bessent\x1b[31m"})
	if l.Query() != "bessent" || l.SelectedID() != "bessent" {
		t.Errorf("paste: query %q, selected %q", l.Query(), l.SelectedID())
	}
	a.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
	typeText(a, "x")
	if l.Query() != "bessenxt" {
		t.Errorf("← then x: query %q", l.Query())
	}
	press(a, "esc")
	if l.Query() != "" || l.Searching() {
		t.Errorf("esc clears the search")
	}
}

// TestRosterSearchIsNotLoose: the README's Roster searches answer with the
// records they name and no stray ones: "lon" is London and the people who
// attended it; "li ch" is Li Chenggang first, and nobody whose text only
// holds the letters inside other words.
func TestRosterSearchIsNotLoose(t *testing.T) {
	for _, c := range []struct {
		query   string
		first   string
		without []string
	}{
		{"lon", roundRowPrefix + "london", []string{"jimmy-lai"}},
		{"li ch", "li-chenggang", []string{"vance", "xi", "wang-yi", "gordon-chang"}},
	} {
		a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
		press(a, "2", "/")
		typeText(a, c.query)
		ids := visibleIDs(a.roster.b.List)
		if len(ids) == 0 || ids[0] != c.first {
			t.Errorf("%q: first %v, want %s", c.query, ids, c.first)
		}
		for _, id := range c.without {
			if slices.Contains(ids, id) {
				t.Errorf("%q matches %s: %v", c.query, id, ids)
			}
		}
	}
}

// TestRosterSearchFindsRoundsByAttendee: a person's name finds the person,
// then the rounds they attended (as a round's city finds its attendees):
// Bessent's six, Li Chenggang's five.
func TestRosterSearchFindsRoundsByAttendee(t *testing.T) {
	rounds := func(ids ...string) []string {
		for i, id := range ids {
			ids[i] = roundRowPrefix + id
		}
		return ids
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"bessent", append([]string{"bessent"}, rounds("geneva", "london", "stockholm", "madrid", "kuala-lumpur", "paris")...)},
		{"li ch", append([]string{"li-chenggang"}, rounds("geneva", "london", "stockholm", "madrid", "kuala-lumpur")...)},
	} {
		a, _ := newApp(t, mustTime(t, rosterToday), 160, 48)
		press(a, "2", "/")
		typeText(a, c.query)
		ids := visibleIDs(a.roster.b.List)
		if len(ids) < len(c.want) || !slices.Equal(ids[:len(c.want)], c.want) {
			t.Errorf("%q: %v, want first %v", c.query, ids, c.want)
		}
	}
}
