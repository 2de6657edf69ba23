package dashboard

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard/widget"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

const fixedNow = "2026-11-23T12:00:00Z"

// TestTabsGolden pins every tab at 80x24, 120x40, 160x48 and 200x60 on a
// fixed clock.
func TestTabsGolden(t *testing.T) {
	for _, tab := range ui.Tabs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}, {160, 48}, {200, 60}} {
			t.Run(fmt.Sprintf("%s_%dx%d", tab, size[0], size[1]), func(t *testing.T) {
				a, _ := newApp(t, mustTime(t, fixedNow), size[0], size[1])
				press(a, fmt.Sprint(int(tab)+1))
				out := plain(a)
				checkFrame(t, out, size[0], size[1])
				golden(t, t.Name(), out)
			})
		}
	}
}

// TestEverySizeFits renders every tab, list and detail, at sizes from
// below the minimum to 250x80: every line fits, the frame has exactly the
// terminal's height, and below the minimum a notice says what is needed.
func TestEverySizeFits(t *testing.T) {
	sizes := [][2]int{{1, 1}, {20, 5}, {39, 12}, {40, 11}, {40, 12}, {41, 13}, {60, 20}, {80, 24}, {99, 30}, {100, 30}, {120, 40}, {160, 48}, {200, 60}, {250, 80}}
	a, _ := newApp(t, mustTime(t, fixedNow), 80, 24)
	for _, size := range sizes {
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, tab := range ui.Tabs() {
			press(a, fmt.Sprint(int(tab)+1))
			for _, keys := range [][]string{nil, {"enter"}, {"esc", "G"}, {"enter", "pgdown"}, {"esc", "esc", "g"}, {"?"}, {"?"}} {
				press(a, keys...)
				out := plain(a)
				if size[0] < widget.MinWidth || size[1] < widget.MinHeight {
					if size[0] >= 20 && !strings.Contains(strings.ReplaceAll(out, "\n", " "), "too small") {
						t.Errorf("%v: no too-small notice: %q", size, out)
					}
					for _, ln := range strings.Split(out, "\n") {
						if w := ansi.StringWidth(ln); w > size[0] {
							t.Errorf("%v: notice line too wide: %q", size, ln)
						}
					}
					continue
				}
				checkFrame(t, out, size[0], size[1])
			}
		}
	}
}

// TestKeys walks the global keys: tabs by number, tab/shift+tab, arrows
// where the view has no horizontal use, esc never quits, q quits.
func TestKeys(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 120, 40)
	steps := []struct {
		key  string
		want ui.TabID
	}{{"3", ui.TabIssues}, {"tab", ui.TabCountdowns}, {"shift+tab", ui.TabIssues}, {"right", ui.TabCountdowns}, {"l", ui.TabSources},
		{"tab", ui.TabTimeline}, {"h", ui.TabSources}, {"left", ui.TabCountdowns}, {"1", ui.TabTimeline}, {"5", ui.TabSources}}
	for _, s := range steps {
		press(a, s.key)
		if a.Tab() != s.want {
			t.Fatalf("after %s: tab %v, want %v", s.key, a.Tab(), s.want)
		}
	}
	for range 5 {
		if cmd := press(a, "esc"); cmd != nil {
			if _, quit := cmd().(tea.QuitMsg); quit {
				t.Fatal("esc must never quit")
			}
		}
	}
	cmd := press(a, "q")
	if cmd == nil {
		t.Fatal("q should quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q should quit")
	}
}

// TestListKeys moves the Timeline's selection with every movement key.
func TestListKeys(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 120, 40)
	l := a.timeline.b.List
	if l.Cursor() != l.Len()-1 {
		t.Errorf("the Timeline should open on the latest event: cursor %d of %d", l.Cursor(), l.Len())
	}
	press(a, "g", "j", "j", "down")
	if l.Cursor() != 3 {
		t.Errorf("j j down: cursor %d, want 3", l.Cursor())
	}
	press(a, "k", "up")
	if l.Cursor() != 1 {
		t.Errorf("k up: cursor %d, want 1", l.Cursor())
	}
	press(a, "G")
	if l.Cursor() != l.Len()-1 {
		t.Errorf("G: cursor %d, want %d", l.Cursor(), l.Len()-1)
	}
	press(a, "g")
	if l.Cursor() != 0 {
		t.Errorf("g: cursor %d, want 0", l.Cursor())
	}
	press(a, "pgdown")
	if l.Cursor() == 0 {
		t.Errorf("pgdown did not move")
	}
	press(a, "pgup")
	if l.Cursor() != 0 {
		t.Errorf("pgup: cursor %d, want 0", l.Cursor())
	}
	press(a, "enter")
	if !a.timeline.b.IsOpen() {
		t.Errorf("enter should open the detail")
	}
	press(a, "esc")
	if a.timeline.b.IsOpen() || a.Tab() != ui.TabTimeline {
		t.Errorf("esc should close the detail and stay")
	}
}

// TestMouse clicks a tab, clicks a row and scrolls with the wheel.
func TestMouse(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 120, 40)
	x := strings.Index(plain(a), "Issues")
	a.Update(tea.MouseClickMsg{X: x, Y: 0, Button: tea.MouseLeft})
	if a.Tab() != ui.TabIssues {
		t.Fatalf("clicking the Issues label selected %v", a.Tab())
	}
	// Body starts under the tab bar; the list pane has a border line and a
	// column header, so the third issue is at body line 1+1+2.
	y := a.headerHeight() + 1 + 1 + 2
	a.Update(tea.MouseClickMsg{X: 5, Y: y, Button: tea.MouseLeft})
	if c := a.issues.b.List.Cursor(); c != 2 {
		t.Errorf("click on the third row selected %d", c)
	}
	a.Update(tea.MouseWheelMsg{X: 5, Y: y, Button: tea.MouseWheelDown})
	if c := a.issues.b.List.Cursor(); c != 3 {
		t.Errorf("wheel down moved to %d, want 3", c)
	}
}

// TestFullHelpListsWorkingKeys: the full help of each view lists only keys
// that are enabled there, and includes the global ones.
func TestFullHelpListsWorkingKeys(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 160, 48)
	for _, tab := range ui.Tabs() {
		press(a, fmt.Sprint(int(tab)+1), "?")
		var helps []string
		for _, group := range a.FullHelp() {
			for _, b := range group {
				if b.Enabled() {
					helps = append(helps, b.Help().Key)
				}
			}
		}
		joined := strings.Join(helps, " ")
		for _, want := range []string{"tab", "1-5", "?", "q", "[", "{", "t", "p", "/", "enter", "esc"} {
			if !strings.Contains(" "+joined+" ", " "+want+" ") {
				t.Errorf("%v: full help lacks %q: %s", tab, want, joined)
			}
		}
		out := plain(a)
		if !strings.Contains(out, "next tab") || !strings.Contains(out, "quit") {
			t.Errorf("%v: the full help is not on screen", tab)
		}
		press(a, "?")
	}
	// In the matrix, ←/→ move the cursor, so they are not listed as tab keys.
	press(a, "2", "m")
	for _, group := range a.FullHelp() {
		for _, b := range group {
			if b.Help().Desc == "previous tab" && b.Help().Key == "←/h" {
				t.Errorf("the matrix uses ←/h, the help must not offer it for tabs")
			}
		}
	}
	_ = key.Binding{}
}

// TestSearchFoldsAccents: "ha lap" finds Hà Lập Phong; "何" finds He
// Lifeng; matches are highlighted on whole characters.
func TestSearchFoldsAccents(t *testing.T) {
	for _, q := range []string{"ha lap", "HÀ LẬP", "何", "lifeng"} {
		if terms := widget.Terms(q); !widget.MatchAll(widget.Fold("He Lifeng 何立峰 Hà Lập Phong"), terms) {
			t.Errorf("%q does not match He Lifeng", q)
		}
	}
}

// TestLightBackground: a light terminal background rebuilds the styles
// with the light palette, and every tab still fits.
func TestLightBackground(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 100, 30)
	a.Update(tea.BackgroundColorMsg{Color: lightWhite{}})
	if a.sh.Styles.Theme.IsDark {
		t.Fatal("a white background should select the light theme")
	}
	for _, tab := range ui.Tabs() {
		press(a, fmt.Sprint(int(tab)+1))
		checkFrame(t, plain(a), 100, 30)
	}
}

// TestDarkBackgroundKeepsTheFrame: a dark terminal's answer (what the
// dashboard assumes before it comes) keeps the styles and every frame piece
// drawn: at start-up it arrives after the first frame, which must not be
// drawn twice.
func TestDarkBackgroundKeepsTheFrame(t *testing.T) {
	a, _ := newApp(t, mustTime(t, fixedNow), 100, 30)
	before := plain(a)
	styles, tabBar := *a.sh.Styles, a.tabBarKey
	a.Update(tea.BackgroundColorMsg{Color: color.Black})
	if !a.sh.Styles.Theme.IsDark || a.tabBarKey != tabBar || a.sh.Styles.Theme != styles.Theme {
		t.Error("a dark background rebuilt the dark styles, or dropped the kept tab bar")
	}
	if after := plain(a); after != before {
		t.Errorf("the frame changed:\n%s\n---\n%s", before, after)
	}
}

// lightWhite is a white terminal background.
type lightWhite struct{}

func (lightWhite) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// TestNoColorKeepsSelectionVisible: without colour the selection and the
// active tab are drawn in reverse video, so they still show.
func TestNoColorKeepsSelectionVisible(t *testing.T) {
	st := ui.NewStyles(ui.NewTheme(true, true))
	if !st.RowSelected.GetReverse() || !st.TabActive.GetReverse() {
		t.Errorf("no-colour styles must use reverse video and no colours")
	}
}

// TestTimeTravelGoldens pins every tab, its first record open, at the
// instants of issue 12: before Geneva's outcome mattered (1 May 2025), the
// Kuala Lumpur morning (26 Oct 2025, 09:00 MYT) and the day after EO 14358
// was signed (5 Nov 2025). Each should read as if written then.
func TestTimeTravelGoldens(t *testing.T) {
	for _, at := range []string{"2025-05-01T12:00:00Z", "2025-10-26T09:00:00+08:00", "2025-11-05T12:00:00Z"} {
		a, _ := newApp(t, mustTime(t, at), 120, 40)
		for _, tab := range ui.Tabs() {
			press(a, string(rune('1'+int(tab))), "g", "enter")
			name := "TestTimeTravelGoldens/" + strings.ReplaceAll(at[:16], ":", "") + "_" + tab.String()
			golden(t, name, plain(a))
			press(a, "esc")
		}
	}
}
