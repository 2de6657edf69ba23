package ui

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// inkTexts are lines an ink draws: words and spaces, runs of spaces at
// either end, wide and combining characters, an empty line.
var inkTexts = []string{
	"", "x", " ", "Lutnick", "1 · Geneva · 10–11 May 2025 — led the US delegation",
	"  two  spaces  ", "何立峰 Hà Lập Phong", "e\u0301 z", "a\u00a0b", "trailing ",
}

// eachInk calls f with every ink of the dark, light and no-colour styles.
func eachInk(t *testing.T, f func(name string, k Ink)) {
	t.Helper()
	for _, theme := range []Theme{NewTheme(true, false), NewTheme(false, false), NewTheme(true, true)} {
		inks := reflect.ValueOf(NewStyles(theme).Ink)
		for i := range inks.NumField() {
			f(inks.Type().Field(i).Name, inks.Field(i).Interface().(Ink))
		}
	}
}

// cells draws a styled line as a terminal would and returns its cells.
func cells(t *testing.T, s string) []uv.Cell {
	t.Helper()
	w := max(ansi.StringWidth(s), 1)
	buf := uv.NewScreenBuffer(w, 1)
	uv.NewStyledString(s).Draw(buf, buf.Bounds())
	out := make([]uv.Cell, 0, w)
	for x := range w {
		if c := buf.CellAt(x, 0); c != nil {
			out = append(out, *c)
		}
	}
	return out
}

// sameCells fails unless got and want draw the same cells: the same
// characters with the same attributes, whatever sequences open them.
func sameCells(t *testing.T, what, got, want string) {
	t.Helper()
	g, w := cells(t, got), cells(t, want)
	if len(g) != len(w) {
		t.Fatalf("%s: %d cells, want %d\n got  %q\n want %q", what, len(g), len(w), got, want)
	}
	for i := range g {
		if !g[i].Equal(&w[i]) {
			t.Fatalf("%s: cell %d is %+v, want %+v\n got  %q\n want %q", what, i, g[i], w[i], got, want)
		}
	}
}

// TestInkDrawsTheStylesCells: an ink draws the cells its style's Render
// draws, for every ink of every theme.
func TestInkDrawsTheStylesCells(t *testing.T) {
	eachInk(t, func(name string, k Ink) {
		for _, text := range inkTexts {
			sameCells(t, name+" "+strings.TrimSpace(text), k.Render(text), k.lipgloss().Render(text))
		}
	})
}

// TestPenDrawsTheStylesCells: a line the pen draws from random pieces in
// random inks, padded, shows the cells of the pieces rendered one by one
// and put side by side.
func TestPenDrawsTheStylesCells(t *testing.T) {
	var inks []Ink
	eachInk(t, func(_ string, k Ink) { inks = append(inks, k) })
	rng := rand.New(rand.NewPCG(1, 2))
	var p Pen
	for range 2000 {
		p.Reset()
		var want strings.Builder
		for range 1 + rng.IntN(5) {
			k, text, pad := inks[rng.IntN(len(inks))], inkTexts[rng.IntN(len(inkTexts))], rng.IntN(3)
			p.WritePadded(k, text, pad)
			want.WriteString(k.lipgloss().Render(text + strings.Repeat(" ", pad)))
		}
		sameCells(t, "pen", string(p.End()), want.String())
	}
}

// TestUnderlinedLinkIsOneRun: lipgloss opens every word and every space of
// an underlined style anew; a link's ink, whose spaces look as its words
// do, draws a line as one run (the bytes a 200x60 frame of links spent on
// it were a third of the frame).
func TestUnderlinedLinkIsOneRun(t *testing.T) {
	k := NewStyles(NewTheme(true, false)).Ink.Link
	got := k.Render("1 · Geneva · 10–11 May 2025")
	if n := strings.Count(got, "\x1b["); n != 2 {
		t.Errorf("the link opens %d sequences, want one and its reset: %q", n-1, got)
	}
}

// TestSameAttributes pins what counts as the same cell: order and repeats
// do not matter, "4:1" is "4", anything more (bold) or another colour
// does.
func TestSameAttributes(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"\x1b[4;38;2;1;2;3;4m", "\x1b[38;2;1;2;3;4m", true},
		{"\x1b[4:1;38;5;7m", "\x1b[38;5;7;4m", true},
		{"\x1b[1;4;38;2;1;2;3;4m", "\x1b[38;2;1;2;3;4m", false},
		{"\x1b[4;38;2;1;2;3m", "\x1b[4;38;2;1;2;4m", false},
		{"\x1b[4;38;2;1;2;3m", "\x1b[4;48;2;1;2;3m", false},
		{"\x1b[4;38;2;1m", "\x1b[4;38;2;1m", false}, // cut short
		{"", "", false},
		{"\x1b[4m", "4", false},
	} {
		if got := sameAttributes(c.a, c.b); got != c.want {
			t.Errorf("sameAttributes(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
