package dashboard

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/truce-dev/truce/ui"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

// The hot paths of the dashboard, measured with -benchmem: B/op and
// allocs/op matter as much as ns/op (garbage per frame sets the heap's
// high-water mark). Every benchmark below runs in steady state: the
// frame before the loop has been drawn, so what a loop measures is what
// one more frame costs.

var benchSizes = [][2]int{{80, 24}, {120, 40}, {200, 60}}

// benchInstant is 09:00 in Kuala Lumpur on 26 October 2025: the truce's
// expiry counts down to the second, so every tick changes one countdown
// (and the footer's clock).
const benchInstant = "2025-10-26T01:00:00Z"

// synthetic is the large dataset of the performance issue: 10,000 events,
// 1,000 people, 200 rounds with attendance, 500 deadlines.
func synthetic(b *testing.B) *model.Dataset {
	b.Helper()
	ds, err := data.Load("synthetic.toml", data.Synthetic(10000, 1000, 200, 500))
	if err != nil {
		b.Fatal(err)
	}
	return ds
}

func datasets(b *testing.B) map[string]*model.Dataset {
	return map[string]*model.Dataset{"real": embedded(b), "synthetic": synthetic(b)}
}

// benchApp is the dashboard at benchInstant, w×h, on the first tab, with
// its clock under the benchmark's hand.
func benchApp(b testing.TB, ds *model.Dataset, w, h int) (*App, *manualClock) {
	clk := &manualClock{t: mustTime(b, benchInstant)}
	a := New(ds, Options{Clock: clk, Zone: time.UTC})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a, clk
}

// frame draws the frame as Bubble Tea does after every message.
func frame(a *App) { _ = a.View() }

// BenchmarkStartup is New plus the first frame: what the first-frame time
// of the whole program adds to the framework's.
func BenchmarkStartup(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				a, _ := benchApp(b, ds, 120, 40)
				frame(a)
			}
		})
	}
}

// BenchmarkView draws the same frame again, nothing changed, on every tab
// at three sizes: what a message that changes nothing costs.
func BenchmarkView(b *testing.B) {
	for name, ds := range datasets(b) {
		for _, size := range benchSizes {
			for _, tab := range ui.Tabs() {
				b.Run(fmt.Sprintf("%s/%s/%dx%d", name, tab, size[0], size[1]), func(b *testing.B) {
					a, _ := benchApp(b, ds, size[0], size[1])
					press(a, fmt.Sprint(int(tab)+1))
					frame(a) // the first frame wraps the detail once; Startup measures that
					for b.Loop() {
						frame(a)
					}
				})
			}
		}
	}
}

// BenchmarkFrame is the steady-state frame: a tick changes the clock by a
// second (the footer's clock and the truce's countdown change), then the
// frame; on every tab at three sizes. The clock goes a second forward,
// then back, so that no record is crossed: what is known stays the same
// (BenchmarkTick, going on and on, also pays for what crossing records
// rebuilds, spread over its ticks).
func BenchmarkFrame(b *testing.B) {
	for name, ds := range datasets(b) {
		for _, size := range benchSizes {
			for _, tab := range ui.Tabs() {
				b.Run(fmt.Sprintf("%s/%s/%dx%d", name, tab, size[0], size[1]), func(b *testing.B) {
					a, clk := benchApp(b, ds, size[0], size[1])
					press(a, fmt.Sprint(int(tab)+1))
					frame(a)
					step := time.Second
					for b.Loop() {
						clk.t = clk.t.Add(step)
						step = -step
						tick(a)
						frame(a)
					}
				})
			}
		}
	}
}

// BenchmarkTick is one second passing on the Countdowns tab at 120x40,
// then the frame, second after second: as BenchmarkFrame's
// Countdowns/120x40, plus the rebuilds of the records the clock crosses
// (on the synthetic data, one about every hour), spread over the ticks.
func BenchmarkTick(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name, func(b *testing.B) {
			a, clk := benchApp(b, ds, 120, 40)
			press(a, "4")
			frame(a)
			for b.Loop() {
				clk.t = clk.t.Add(time.Second)
				tick(a)
				frame(a)
			}
		})
	}
}

// BenchmarkKey is a key and the frame after it, at 120x40: switching tabs
// (1 to 5 in turn), moving the selection of the Timeline's list (j ten
// times from the top, then k ten times: the detail follows), moving the
// link cursor in an open detail (an issue's), and moving the cursor down
// and up the Roster's attendance matrix (six rows). Every key moves something: the
// set-up checks that each changes the frame.
func BenchmarkKey(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name+"/switch-tab", func(b *testing.B) {
			a, _ := benchApp(b, ds, 120, 40)
			keys := []string{"1", "2", "3", "4", "5"}
			i := 0
			for b.Loop() {
				press(a, keys[i%len(keys)])
				frame(a)
				i++
			}
		})
		b.Run(name+"/move", func(b *testing.B) {
			a, _ := benchApp(b, ds, 120, 40)
			press(a, "g")
			moves(b, a, 10)
		})
		b.Run(name+"/move-detail", func(b *testing.B) {
			a, _ := benchApp(b, ds, 120, 40)
			press(a, "3", "enter")
			moves(b, a, 10)
		})
		b.Run(name+"/move-matrix", func(b *testing.B) {
			a, _ := benchApp(b, ds, 120, 40)
			press(a, "2", "m")
			moves(b, a, 6) // the real data has seven people who attended a round
		})
	}
}

// moves presses j n times, then k n times, over and over, with the frame
// after each key.
func moves(b *testing.B, a *App, n int) {
	key := func(i int) string {
		if i%(2*n) < n {
			return "j"
		}
		return "k"
	}
	last := a.Render()
	for i := range 2 * n {
		press(a, key(i))
		if next := a.Render(); next == last {
			b.Fatalf("key %d (%s) changed nothing", i, key(i))
		} else {
			last = next
		}
	}
	i := 0
	for b.Loop() {
		press(a, key(i))
		frame(a)
		i++
	}
}

// BenchmarkSearchKeystroke types one more letter into the Timeline's
// search and clears it again, with the frame after each: two keystrokes
// and two frames per op.
func BenchmarkSearchKeystroke(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name, func(b *testing.B) {
			a, _ := benchApp(b, ds, 120, 40)
			press(a, "1", "/")
			frame(a)
			for b.Loop() {
				press(a, "e")
				frame(a)
				press(a, "backspace")
				frame(a)
			}
		})
	}
}

// BenchmarkRendererFirstFrame is not truce's code but what Bubble Tea's
// renderer (ultraviolet) does with truce's first frame, Countdowns at
// 120x40 in true colour: parse the frame string into cells, and diff and
// encode them for an empty terminal. It is the part of the first frame's
// time that the one-line floor program does not pay (BENCHMARKS.md).
func BenchmarkRendererFirstFrame(b *testing.B) {
	a, _ := benchApp(b, embedded(b), 120, 40)
	press(a, "4")
	content := a.View().Content
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		buf := uv.NewScreenBuffer(120, 40)
		uv.NewStyledString(content).Draw(buf, buf.Bounds())
		r := uv.NewTerminalRenderer(&out, []string{"TERM=xterm-256color"})
		r.SetColorProfile(colorprofile.TrueColor)
		r.SetFullscreen(true)
		r.Render(buf.RenderBuffer)
		if err := r.Flush(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(out.Len()), "bytes/frame")
}
