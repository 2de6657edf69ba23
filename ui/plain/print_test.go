package plain

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// hostile is a string with everything a data file could use to attack a
// terminal or lie about widths.
const hostile = "A\x1b]52;c;SGVsbG8=\x07B\x1b]0;pwned\x07C\x1b[2J\x1b[31mD\u009b31mE\u202eF\u200dG\x00H\x7fI\r\nJ\tK 何立峰 Hà Lập Phong"

// hostileData loads the fixture and puts hostile text, and one very long
// word, in every string the views print.
func hostileData(t *testing.T) *model.Dataset {
	t.Helper()
	ds, err := data.LoadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 10000)
	ds.Meta.Title = hostile
	for i := range ds.Sources {
		s := &ds.Sources[i]
		s.Outlet, s.Title, s.URL, s.Note, s.Date = hostile, hostile+long, hostile, hostile, hostile
	}
	for i := range ds.People {
		p := &ds.People[i]
		p.Name, p.Title, p.Native, p.Pinyin = hostile, hostile+long, hostile, hostile
		p.Aliases, p.Titles = []string{hostile}, []string{hostile}
	}
	for i := range ds.Rounds {
		r := &ds.Rounds[i]
		r.Name, r.City, r.Country, r.Venue, r.Outcome = hostile, hostile, hostile, hostile, hostile
		for j := range r.Attendance {
			r.Attendance[j].Role = hostile
		}
	}
	for i := range ds.Events {
		ds.Events[i].Title, ds.Events[i].Summary = hostile, hostile+"\n\n"+long
	}
	for i := range ds.Issues {
		is := &ds.Issues[i]
		is.Name, is.Summary, is.US, is.China, is.StatusNote = hostile, hostile, hostile, hostile, hostile
	}
	for i := range ds.Deadlines {
		d := &ds.Deadlines[i]
		d.Title, d.What, d.OutcomeNote, d.Zone = hostile, hostile, hostile, hostile
	}
	for i := range ds.Discrepancies {
		ds.Discrepancies[i].Claim, ds.Discrepancies[i].Correction = hostile, hostile
	}
	return ds
}

// checkSafe fails on any control character but newline, on C1 controls
// and bidi controls, and on lines wider than width.
func checkSafe(t *testing.T, out string, width int) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Error("output is not valid UTF-8")
	}
	for i, ln := range strings.Split(out, "\n") {
		for _, r := range ln {
			if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r == 0x200d {
				t.Fatalf("line %d holds %U: %q", i+1, r, ln)
			}
		}
		if w := ansi.StringWidth(ln); w > width {
			t.Fatalf("line %d is %d cells wide, more than %d: %q", i+1, w, width, ln)
		}
	}
}

// TestPrintHostileData prints every view of hostile data, plain and in
// colour, at several widths: nothing reaches the terminal but text.
func TestPrintHostileData(t *testing.T) {
	ds := hostileData(t)
	now := time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)
	for _, width := range []int{20, 41, 80, 200} {
		var plain, styled bytes.Buffer
		if err := Print(&plain, ds, Options{Now: now, Width: width}); err != nil {
			t.Fatal(err)
		}
		checkSafe(t, plain.String(), width)
		if err := Print(&styled, ds, Options{Now: now, Width: width, Color: true}); err != nil {
			t.Fatal(err)
		}
		stripped := ansi.Strip(styled.String())
		checkSafe(t, stripped, width)
		if stripped != plain.String() {
			t.Errorf("width %d: colour output differs from plain once stripped", width)
		}
		if width >= 80 && !strings.Contains(plain.String(), "何立峰 Hà Lập Phong") {
			t.Error("cleaning lost the wide and accented text")
		}
	}
}

// TestPrintStates checks the spelled-out states of the Countdowns view
// and the attendance words of the Roster.
func TestPrintStates(t *testing.T) {
	ds, err := data.LoadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	now := time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)
	if err := Print(&b, ds, Options{Now: now, Width: 200, Views: []ui.TabID{ui.TabCountdowns, ui.TabRoster}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"First 90-day truce ends: passed 89 days ago, extended",
		"Extended truce ends: 17 hours and 1 minute left",
		"One-year truce ends: in 366 days",
		"Due: Tue 10 Nov 2026 (America/New_York), no time of day was set",
		"attended 1 Geneva (led the US delegation), reported by one source",
		"not recorded at 2 London",
		"He Lifeng 何立峰 (Hé Lìfēng): Vice Premier",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(b.String(), "Timeline:") {
		t.Error("only the views asked for should be printed")
	}
}

// TestPrintCountdownsBeforeFirstSet: before any deadline is set, the
// Countdowns view says when the data's first is (the dashboard's words).
func TestPrintCountdownsBeforeFirstSet(t *testing.T) {
	ds, err := data.LoadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := Print(&b, ds, Options{Now: now, Width: 100, Views: []ui.TabID{ui.TabCountdowns}}); err != nil {
		t.Fatal(err)
	}
	if want := ui.FirstSetWords(ds, now); !strings.Contains(b.String(), "\n  "+want+"\n") ||
		!strings.Contains(want, "first is set on Mon 12 May 2025") {
		t.Errorf("output lacks %q:\n%s", want, b.String())
	}
}

// TestWrapWords checks wrapping by cells, with wide runes and long words.
func TestWrapWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		w    int
	}{
		{"何立峰 何立峰 何立峰", 7},
		{strings.Repeat("y", 25), 10},
		{"Hà Lập Phong led the Chinese side", 12},
		{"", 10},
	} {
		lines := wrapWords(tt.text, tt.w)
		for _, ln := range lines {
			if ansi.StringWidth(ln) > tt.w {
				t.Errorf("wrapWords(%q, %d): line %q too wide", tt.text, tt.w, ln)
			}
		}
		if strings.Join(strings.Fields(strings.Join(lines, " ")), "") != strings.Join(strings.Fields(tt.text), "") {
			t.Errorf("wrapWords(%q, %d) lost text: %q", tt.text, tt.w, lines)
		}
	}
}

// TestPrintKeepsURLsWhole: at any width, every URL of the sources known at
// the instant appears whole on one line of `truce print` (grep and copy
// work), and every other line still fits the width.
func TestPrintKeepsURLsWhole(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, width := range []int{40, 80, 120} {
		var b bytes.Buffer
		if err := Print(&b, ds, Options{Now: now, Width: width}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")
		for _, s := range ds.AsOf(now).Sources {
			if s.URL == "" {
				continue
			}
			if !slices.ContainsFunc(lines, func(ln string) bool { return strings.Contains(ln, ui.Clean(s.URL)) }) {
				t.Errorf("width %d: the URL of %s is not whole on any line: %s", width, s.ID, s.URL)
			}
		}
		for i, ln := range lines {
			if w := ansi.StringWidth(ln); w > width && !ui.IsLink(strings.TrimSpace(ln)) {
				t.Errorf("width %d: line %d is %d cells and not a lone URL: %q", width, i+1, w, ln)
			}
		}
	}
}

// TestPrintTimeTravelGoldens pins every view of the built-in data at the
// instants of issue 12, as print writes them.
func TestPrintTimeTravelGoldens(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []string{"2025-05-01T12:00:00Z", "2025-10-26T09:00:00+08:00", "2025-11-05T12:00:00Z"} {
		now, err := time.Parse(time.RFC3339, at)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := Print(&b, ds, Options{Now: now, Zone: time.UTC, Width: 100}); err != nil {
			t.Fatal(err)
		}
		t.Run(strings.ReplaceAll(at[:16], ":", ""), func(t *testing.T) { golden.RequireEqual(t, b.String()) })
	}
}

// TestPrintSaysWhatIsLeftOutNotHowMuch: in time travel, print says that
// later events, deadlines and sources are left out, but not how many: the
// number of records to come is not known at the clock ("59 more events",
// "216 more published later" said it).
func TestPrintSaysWhatIsLeftOutNotHowMuch(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Print(&b, ds, Options{Now: time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC), Width: 100}); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(b.String()), " ") // the lines wrap
	for _, want := range []string{ui.LaterEventsWords, ui.LaterDeadlinesWords, ui.LaterSourcesWords} {
		if !strings.Contains(out, want) {
			t.Errorf("print at 1 May 2025 lacks %q", want)
		}
	}
	if m := regexp.MustCompile(`\d+ more (after it|set after|published later)`).FindString(out); m != "" {
		t.Errorf("print counts what lies ahead: %q", m)
	}
}
