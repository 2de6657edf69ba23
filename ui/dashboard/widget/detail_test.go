package widget

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

func testStyles() *ui.Styles { return ui.NewStyles(ui.NewTheme(true, true)) }

func detailLines(d *Detail) []string {
	return strings.Split(ansi.Strip(d.View()), "\n")
}

// TestDetailKeepsDatesAndCutsURLs: a date in brackets is never split at
// its hyphens; a URL too wide for the pane is cut with … and y copies it
// whole.
func TestDetailKeepsDatesAndCutsURLs(t *testing.T) {
	url := "https://www.reuters.com/world/china/us-china-talks-geneva-2025-05-12/"
	d := NewDetail(testStyles(), NewKeys())
	d.SetSize(30, 10)
	d.SetLines([]Line{
		{Text: "• Reuters — US and China agree to cut tariffs (2025-05-12)"},
		{Label: "URL", Text: url, URL: url},
	}, nil)
	view := strings.Join(detailLines(d), "\n")
	if !strings.Contains(view, "(2025-05-12)") {
		t.Errorf("the date is split:\n%s", view)
	}
	if !strings.Contains(view, "URL https://www.reuters.com/w…") || strings.Contains(view, "geneva") {
		t.Errorf("the URL should be cut with …:\n%s", view)
	}
	d.SetFocused(true)
	cmd, _ := d.Update(tea.KeyPressMsg{Code: 'y', Text: "y"})
	if cmd == nil || d.URL() != url {
		t.Fatalf("y should copy %s", url)
	}
	if msg := cmd(); msg == nil {
		t.Errorf("y returned no clipboard message")
	}
	if !strings.Contains(strings.Join(detailLines(d), "\n"), "sent to the clipboard (OSC 52…\nhttps://www.reuters.com/world…") {
		t.Errorf("the pane should say the URL was sent to the clipboard:\n%s", strings.Join(detailLines(d), "\n"))
	}
}

// TestDetailHints: the pane says how many lines lie above and below, on
// lines of their own, and a link moved to stays in view.
func TestDetailHints(t *testing.T) {
	d := NewDetail(testStyles(), NewKeys())
	d.SetSize(40, 6)
	var lines []Line
	for i := range 20 {
		ln := Line{Text: "line " + string(rune('a'+i))}
		if i%5 == 0 {
			ln.Link = &ui.Target{Tab: ui.TabIssues, Kind: model.RecordIssue, ID: ln.Text}
		}
		lines = append(lines, ln)
	}
	d.SetLines(lines, nil)
	d.SetFocused(true)
	v := detailLines(d)
	if !strings.HasPrefix(v[5], "↓ 15 more lines") || strings.HasPrefix(v[0], "↑") {
		t.Errorf("at the top: no ↑, ↓ 15 on the last line:\n%s", strings.Join(v, "\n"))
	}
	for range 3 {
		d.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	v = detailLines(d)
	if !strings.HasPrefix(v[0], "↑ ") || !strings.Contains(strings.Join(v, "\n"), "line p") {
		t.Errorf("after three links down: ↑ on the first line and the link (line p) in view:\n%s", strings.Join(v, "\n"))
	}
	d.Update(tea.KeyPressMsg{Code: 'G', Text: "G"})
	v = detailLines(d)
	if !strings.HasPrefix(v[0], "↑ 15 more lines") || !strings.HasPrefix(v[5], "line t") {
		t.Errorf("at the bottom: ↑ 15 and the last line shown:\n%s", strings.Join(v, "\n"))
	}
}

// TestDetailLabelsAndHangs: every label of a pane sits in one column; a
// label too long for it takes its own line; wrapped bullets and dated
// links hang under their text.
func TestDetailLabelsAndHangs(t *testing.T) {
	d := NewDetail(testStyles(), NewKeys())
	d.SetSize(40, 20)
	d.SetLines([]Line{
		{Label: "When", Text: "Mon 12 May 2025"},
		{Label: "Confidence", Text: "confirmed"},
		{Label: "Record", Text: "x", Indent: 4},
		{Label: "⚑ A very long outlet says", Text: "y", Indent: 2},
		{Text: "• one two three four five six seven eight nine ten", Indent: 2},
		{Text: "2025-05-12  one two three four five six seven eight", Indent: 2, Hang: 12},
	}, nil)
	v := detailLines(d)
	if !strings.HasPrefix(v[0], "When       Mon") || !strings.HasPrefix(v[1], "Confidence confirmed") || !strings.HasPrefix(v[2], "    Record     x") {
		t.Errorf("labels should share one column of 10:\n%s", strings.Join(v, "\n"))
	}
	if !strings.HasPrefix(v[3], "  ⚑ A very long outlet says") || !strings.HasPrefix(v[4], "    y") {
		t.Errorf("a long label takes its own line:\n%s", strings.Join(v, "\n"))
	}
	if !strings.HasPrefix(v[5], "  • one") || !strings.HasPrefix(v[6], "    ") || strings.HasPrefix(v[6], "     ") {
		t.Errorf("a bullet hangs under its text:\n%s", strings.Join(v, "\n"))
	}
	if !strings.HasPrefix(v[7], "  2025-05-12  one") || !strings.HasPrefix(v[8], strings.Repeat(" ", 14)+"s") {
		t.Errorf("a dated line hangs under its title:\n%s", strings.Join(v, "\n"))
	}
}

// TestDetailShortHints: a pane of two lines keeps the ↓ hint (one line of
// text, then "↓ N more lines") until the end is in view; a pane of one
// line ends it in "↓" while more follows.
func TestDetailShortHints(t *testing.T) {
	d := NewDetail(testStyles(), NewKeys())
	var lines []Line
	for i := range 5 {
		lines = append(lines, Line{Text: "line " + string(rune('a'+i))})
	}
	d.SetLines(lines, nil)
	d.SetFocused(true)
	d.SetSize(20, 2)
	if v := detailLines(d); strings.TrimSpace(v[0]) != "line a" || !strings.HasPrefix(v[1], "↓ 4 more lines") {
		t.Errorf("two lines at the top: line a, then ↓ 4:\n%s", strings.Join(v, "\n"))
	}
	d.Update(tea.KeyPressMsg{Code: 'G', Text: "G"})
	if v := detailLines(d); strings.TrimSpace(v[0]) != "line d" || strings.TrimSpace(v[1]) != "line e" {
		t.Errorf("two lines at the end: the last two lines:\n%s", strings.Join(v, "\n"))
	}
	d.Update(tea.KeyPressMsg{Code: 'g', Text: "g"})
	d.SetSize(20, 1)
	if v := detailLines(d); !strings.HasPrefix(v[0], "line a") || !strings.HasSuffix(v[0], "↓") || ansi.StringWidth(v[0]) != 20 {
		t.Errorf("one line: line a ending in ↓, 20 cells: %q", v[0])
	}
}
