package ui

import (
	"strconv"
	"strings"

	"github.com/truce-dev/truce/model"
)

// TabID names a tab of the dashboard.
type TabID int

// The tabs, in order.
const (
	// TabTimeline lists events.
	TabTimeline TabID = iota
	// TabRoster lists people and the attendance matrix.
	TabRoster
	// TabIssues lists the disputed issues.
	TabIssues
	// TabCountdowns shows the deadlines.
	TabCountdowns
	// TabSources lists the sources.
	TabSources
	// TabCount is the number of tabs.
	TabCount = 5
)

// String is the tab's label.
func (t TabID) String() string {
	switch t {
	case TabTimeline:
		return "Timeline"
	case TabRoster:
		return "Roster"
	case TabIssues:
		return "Issues"
	case TabCountdowns:
		return "Countdowns"
	case TabSources:
		return "Sources"
	}
	return "?"
}

// Tabs lists every tab in order.
func Tabs() []TabID {
	return []TabID{TabTimeline, TabRoster, TabIssues, TabCountdowns, TabSources}
}

// TabNames lists the tabs' names in lower case, in order: what --tab and
// `truce print` accept (besides 1–5).
func TabNames() []string {
	out := make([]string, 0, TabCount)
	for _, t := range Tabs() {
		out = append(out, strings.ToLower(t.String()))
	}
	return out
}

// Target names a record and the tab that shows it: the destination of a
// link, a search result or a place to go back to.
type Target struct {
	// Tab is the tab that shows the record.
	Tab TabID
	// Kind and ID name the record.
	Kind model.RecordKind
	ID   string
}

// ParseTab finds a tab by name, case-insensitively, or by number 1–5.
func ParseTab(s string) (TabID, bool) {
	for _, t := range Tabs() {
		if equalFoldASCII(s, t.String()) || s == strconv.Itoa(int(t)+1) {
			return t, true
		}
	}
	return 0, false
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y {
			return false
		}
	}
	return true
}
