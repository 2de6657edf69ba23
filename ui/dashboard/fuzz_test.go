package dashboard

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/truce-dev/truce/ui/dashboard/widget"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// fuzzKeys are the keys of the keymap, fed by FuzzUI's key operation.
var fuzzKeys = []string{
	"1", "2", "3", "4", "5", "tab", "shift+tab", "left", "right", "h", "l", "up", "down", "j", "k",
	"g", "G", "pgup", "pgdown", "enter", "esc", "backspace", "/", "?", "m", "0", "$",
	"[", "]", "{", "}", "t", "p",
}

// checkInvariants is what must hold after every message: each list's
// selection inside it, every line within the width, no more lines than
// the height, and nothing but text left once styling is stripped.
func checkInvariants(t *testing.T, a *App, w, h int) {
	t.Helper()
	for _, l := range []*widget.List{a.timeline.b.List, a.roster.b.List, a.issues.b.List, a.countdowns.b.List, a.sources.b.List} {
		if c := l.Cursor(); c < -1 || c >= max(l.Len(), 1) {
			t.Fatalf("selection %d outside a list of %d", c, l.Len())
		}
	}
	if r, c := a.roster.matrix.Cursor(); r < -1 || c < -1 || r >= max(len(a.roster.matrix.people), 1) || c >= max(len(a.roster.matrix.rounds), 1) {
		t.Fatalf("matrix cursor %d,%d outside the grid", r, c)
	}
	out := ansi.Strip(a.Render())
	if w <= 0 || h <= 0 {
		if out != "" {
			t.Fatalf("a %dx%d terminal got output", w, h)
		}
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Fatalf("%d lines in a %d-line terminal", len(lines), h)
	}
	for _, ln := range lines {
		if lw := ansi.StringWidth(ln); lw > w {
			t.Fatalf("a line of %d cells in a %d-cell terminal: %q", lw, w, ln)
		}
	}
	if bad := controlIn(out); bad != "" {
		t.Fatalf("control character %s in the stripped view", bad)
	}
}

// controlIn names the first character of s that must not reach a terminal
// as text (C0 but newline, DEL, C1, bidi overrides), or "".
func controlIn(s string) string {
	for _, r := range s {
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			return strings.ToUpper(string(utf8.AppendRune(nil, r)))
		}
	}
	return ""
}

// FuzzUI decodes bytes into messages (keys from the keymap, random keys,
// clicks, wheels, resizes from 0x0 to 1000x1000, ticks and clock jumps of
// any size) and checks the invariants after each.
func FuzzUI(f *testing.F) {
	for _, seed := range []string{
		"\x00\x01\x00\x13\x00\x14", "\x00\x03\x00\x10\x00\x0e", "\x05\x50\x05\x10\x00\x02\x00\x18",
		"\x06\xff\x07\x80\x07\x7f\x00\x1d", "\x01ab\x02\x00\x03\x40\x04\x01", "\x00\x16\x01h\x01a\x01 \x01l",
	} {
		f.Add([]byte(seed))
	}
	ds := embedded(f)
	start := mustTime(f, "2025-10-26T01:00:00Z")
	f.Fuzz(func(t *testing.T, b []byte) {
		clk := &manualClock{t: start}
		a := New(ds, Options{Clock: clk, Zone: time.UTC})
		a.Init()
		w, h := 80, 24
		a.Update(tea.WindowSizeMsg{Width: w, Height: h})
		for i := 0; i+1 < len(b) && i < 256; i += 2 {
			op, arg := b[i], b[i+1]
			switch op % 8 {
			case 0:
				press(a, fuzzKeys[int(arg)%len(fuzzKeys)])
			case 1:
				a.Update(tea.KeyPressMsg{Code: rune(arg), Text: string(rune(arg))})
			case 2:
				a.Update(tea.KeyPressMsg{Code: rune(arg) | 0x100000, Mod: tea.KeyMod(arg % 8)})
			case 3:
				a.Update(tea.MouseClickMsg{X: int(arg) % max(w, 1), Y: int(arg) * 7 % max(h, 1), Button: tea.MouseLeft})
			case 4:
				btn := tea.MouseWheelDown
				if arg%2 == 0 {
					btn = tea.MouseWheelUp
				}
				a.Update(tea.MouseWheelMsg{X: int(arg) % max(w, 1), Y: int(arg) * 3 % max(h, 1), Button: btn})
			case 5:
				w, h = int(arg)*1000/255, int(arg^op)*1000/255
				if arg%3 == 0 { // mostly small terminals: that is where layouts break
					w, h = int(arg%90), int(op%40)
				}
				a.Update(tea.WindowSizeMsg{Width: w, Height: h})
			case 6:
				clk.t = clk.t.Add(time.Duration(arg) * time.Second)
				tick(a)
			case 7:
				clk.t = clk.t.Add(time.Duration(int8(arg)) * 97 * 24 * time.Hour)
				tick(a)
			}
			checkInvariants(t, a, w, h)
		}
	})
}

// FuzzSearch types arbitrary queries (invalid UTF-8, combining marks, wide
// runes) into every tab's search and checks the invariants.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"ha lap", "何", "\xff\xfe", "a\u0301\u0302", "👨‍👩‍👧", "lon", "round 5", "\x1b]52;c;x\x07", strings.Repeat("w", 300)} {
		f.Add(q)
	}
	ds := embedded(f)
	f.Fuzz(func(t *testing.T, q string) {
		a := New(ds, Options{Clock: FixedClock(mustTime(t, fixedNow)), Zone: time.UTC})
		a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		for _, tab := range []string{"1", "2", "3", "4", "5"} {
			press(a, "esc", "esc", tab, "/")
			a.Update(tea.PasteMsg{Content: q})
			for _, r := range q {
				a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			checkInvariants(t, a, 100, 30)
			press(a, "enter", "down", "enter")
			checkInvariants(t, a, 100, 30)
		}
	})
}
