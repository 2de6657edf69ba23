package dashboard

import (
	"fmt"
	"testing"
	"time"

	"github.com/truce-dev/truce/ui"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

var benchSizes = [][2]int{{80, 24}, {120, 40}, {200, 60}}

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

func benchApp(b *testing.B, ds *model.Dataset, w, h int) *App {
	a := New(ds, Options{Clock: FixedClock(mustTime(b, "2025-10-26T01:00:00Z")), Zone: time.UTC})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// BenchmarkStartup is New plus the first frame: what the first-frame time
// of the whole program adds to the framework's.
func BenchmarkStartup(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				a := benchApp(b, ds, 120, 40)
				_ = a.View()
			}
		})
	}
}

// BenchmarkView renders every tab at three sizes.
func BenchmarkView(b *testing.B) {
	for name, ds := range datasets(b) {
		for _, size := range benchSizes {
			for _, tab := range ui.Tabs() {
				b.Run(fmt.Sprintf("%s/%s/%dx%d", name, tab, size[0], size[1]), func(b *testing.B) {
					a := benchApp(b, ds, size[0], size[1])
					press(a, fmt.Sprint(int(tab)+1))
					_ = a.View() // the first frame wraps the detail once; Startup measures that
					for b.Loop() {
						_ = a.View()
					}
				})
			}
		}
	}
}

// BenchmarkTick is one second passing on the Countdowns tab, then the frame.
func BenchmarkTick(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name, func(b *testing.B) {
			clk := &manualClock{t: mustTime(b, "2025-10-26T01:00:00Z")}
			a := New(ds, Options{Clock: clk, Zone: time.UTC})
			a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			press(a, "4")
			for b.Loop() {
				clk.t = clk.t.Add(time.Second)
				tick(a)
				_ = a.View()
			}
		})
	}
}

// BenchmarkKey is a key that switches tabs and one that moves the
// selection, each followed by the frame.
func BenchmarkKey(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name+"/switch-tab", func(b *testing.B) {
			a := benchApp(b, ds, 120, 40)
			keys := []string{"1", "2", "3", "4", "5"}
			i := 0
			for b.Loop() {
				press(a, keys[i%len(keys)])
				_ = a.View()
				i++
			}
		})
		b.Run(name+"/move", func(b *testing.B) {
			a := benchApp(b, ds, 120, 40)
			i := 0
			for b.Loop() {
				if i%50 < 25 {
					press(a, "j")
				} else {
					press(a, "k")
				}
				_ = a.View()
				i++
			}
		})
	}
}

// BenchmarkSearchKeystroke types one more letter into the Roster's search
// and clears it again, with the frame after each.
func BenchmarkSearchKeystroke(b *testing.B) {
	for name, ds := range datasets(b) {
		b.Run(name, func(b *testing.B) {
			a := benchApp(b, ds, 120, 40)
			press(a, "1", "/")
			for b.Loop() {
				press(a, "e")
				_ = a.View()
				press(a, "backspace")
				_ = a.View()
			}
		})
	}
}
