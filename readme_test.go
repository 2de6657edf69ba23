package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard"
)

// The README's key table sits between these markers and is generated from
// the keymap: what the dashboard's full help lists in each view.
const (
	keysBegin = "<!-- keys:begin (generated from the keymap by TestReadmeKeys; refresh: go test . -run TestReadmeKeys -update) -->"
	keysEnd   = "<!-- keys:end -->"
)

// updateReadme rewrites README.md's key table (go test . -run TestReadmeKeys -update).
var updateReadme = flag.Bool("update", false, "rewrite README.md's key table")

// keyRow is one line of the key table.
type keyRow struct {
	key, action string
	// where lists the places the key works, as "Tab/state".
	where []string
}

// helpBindings flattens the full help, keeping enabled bindings with help.
func helpBindings(groups [][]key.Binding) []key.Binding {
	var out []key.Binding
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() && b.Help().Key != "" {
				out = append(out, b)
			}
		}
	}
	return out
}

// collectKeys drives the dashboard through each tab in three states (list,
// detail open, searching) and records what its full help lists there.
func collectKeys(t *testing.T) []keyRow {
	t.Helper()
	ds := loadFixture(t)
	var rows []keyRow
	add := func(b key.Binding, where string) {
		h := b.Help()
		for i := range rows {
			if rows[i].key == h.Key && rows[i].action == h.Desc {
				if !slices.Contains(rows[i].where, where) {
					rows[i].where = append(rows[i].where, where)
				}
				return
			}
		}
		rows = append(rows, keyRow{key: h.Key, action: h.Desc, where: []string{where}})
	}
	press := func(app *dashboard.App, k tea.KeyPressMsg) { app.Update(k) }
	for _, tab := range ui.Tabs() {
		digit := rune('1' + int(tab))
		states := []struct {
			name string
			keys []tea.KeyPressMsg
		}{
			{"list", nil},
			{"detail", []tea.KeyPressMsg{{Code: tea.KeyEnter}}},
			{"search", []tea.KeyPressMsg{{Code: '/', Text: "/"}}},
		}
		if tab == ui.TabRoster {
			states = append(states, struct {
				name string
				keys []tea.KeyPressMsg
			}{"matrix", []tea.KeyPressMsg{{Code: 'm', Text: "m"}}})
		}
		for _, st := range states {
			app := dashboard.New(ds, dashboard.Options{Clock: dashboard.FixedClock(time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)), NoColor: true})
			app.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			press(app, tea.KeyPressMsg{Code: digit, Text: string(digit)})
			for _, k := range st.keys {
				press(app, k)
			}
			for _, b := range helpBindings(app.FullHelp()) {
				add(b, tab.String()+"/"+st.name)
			}
		}
	}
	// The keys the App adds to the help line while something shows: an
	// alert (the running clock crossed a deadline) and a failed --watch
	// reload.
	for _, st := range []struct {
		where string
		enter func(*testing.T) *dashboard.App
	}{{"alert", alerting}, {"problems", failedReload}} {
		app := st.enter(t)
		for _, b := range contextKeys(ds, app) {
			add(b, st.where)
		}
	}
	return rows
}

// movableClock is a clock the test moves.
type movableClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *movableClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *movableClock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// alerting returns a dashboard whose running clock crossed the fixture's
// truce deadline (2025-11-10 05:01 UTC) on a tick: its banner shows.
func alerting(t *testing.T) *dashboard.App {
	t.Helper()
	ds := loadFixture(t)
	c := &movableClock{t: time.Date(2025, 11, 10, 5, 0, 59, 0, time.UTC)}
	app := dashboard.New(ds, dashboard.Options{Clock: c, NoColor: true})
	_, cmd := app.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	c.set(time.Date(2025, 11, 10, 5, 1, 1, 0, time.UTC))
	settle(t, app, cmd, "an alert", func() bool { return strings.Contains(app.View().Content, "DEADLINE PASSED") })
	return app
}

// failedReload returns a dashboard watching a file whose change did not
// load: its problems are listed on e.
func failedReload(t *testing.T) *dashboard.App {
	t.Helper()
	ds := loadFixture(t)
	path := filepath.Join(t.TempDir(), "data.toml")
	if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	app := dashboard.New(ds, dashboard.Options{Clock: dashboard.FixedClock(time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)),
		NoColor: true, WatchPath: path, Watch: func() (*model.Dataset, error) { return nil, errors.New("data.toml:1:1: broken") }})
	app.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if err := os.WriteFile(path, []byte("xy"), 0o600); err != nil {
		t.Fatal(err)
	}
	settle(t, app, app.Init(), "a failed reload", func() bool { return strings.Contains(app.View().Content, "broken") })
	return app
}

// contextKeys are the keys app's help line offers beyond a fresh
// dashboard's on the same tab.
func contextKeys(ds *model.Dataset, app *dashboard.App) []key.Binding {
	plain := dashboard.New(ds, dashboard.Options{Clock: dashboard.FixedClock(time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)), NoColor: true})
	plain.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	var out []key.Binding
	for _, b := range app.ShortHelp() {
		if !slices.ContainsFunc(plain.ShortHelp(), func(p key.Binding) bool { return p.Help() == b.Help() }) {
			out = append(out, b)
		}
	}
	return out
}

// settle runs the dashboard's commands as Bubble Tea would, giving their
// messages back to it, until done (or fails after five seconds).
func settle(t *testing.T, app *dashboard.App, cmd tea.Cmd, what string, done func() bool) {
	t.Helper()
	msgs := make(chan tea.Msg, 256)
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		go func() {
			switch m := c().(type) {
			case tea.BatchMsg:
				for _, c := range m {
					run(c)
				}
			case nil:
			default:
				select {
				case msgs <- m:
				default:
				}
			}
		}()
	}
	run(cmd)
	timeout := time.After(5 * time.Second)
	for !done() {
		select {
		case m := <-msgs:
			_, c := app.Update(m)
			run(c)
		case <-timeout:
			t.Fatalf("the dashboard never showed %s", what)
		}
	}
}

// loadFixture loads the test data.
func loadFixture(t *testing.T) *model.Dataset {
	t.Helper()
	ds, err := data.LoadFile("ui/testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// describeWhere turns the places a key works into words.
func describeWhere(where []string) string {
	switch {
	case slices.Equal(where, []string{"alert"}):
		return "while an alert shows"
	case slices.Equal(where, []string{"problems"}):
		return "after a reload failed (`--watch`)"
	}
	inAll := func(state string) bool {
		for _, tab := range ui.Tabs() {
			if !slices.Contains(where, tab.String()+"/"+state) {
				return false
			}
		}
		return true
	}
	list, detail, search := inAll("list"), inAll("detail"), inAll("search")
	switch {
	case list && detail:
		return "every view"
	case list:
		return "every list"
	case detail:
		return "every detail pane"
	case search:
		return "while typing a search"
	}
	var tabs []string
	for _, tab := range ui.Tabs() {
		for _, w := range where {
			if strings.HasPrefix(w, tab.String()+"/") && !slices.Contains(tabs, tab.String()) {
				tabs = append(tabs, tab.String())
			}
		}
	}
	return strings.Join(tabs, ", ")
}

// keyTable renders the rows as a Markdown table.
func keyTable(rows []keyRow) string {
	var b strings.Builder
	b.WriteString("| Key | Action | Where |\n|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", strings.ReplaceAll(r.key, "|", `\|`),
			strings.ReplaceAll(r.action, "|", `\|`), describeWhere(r.where))
	}
	return b.String()
}

// TestReadmeKeys checks that the README's key table is the one the keymap
// gives; with -update it rewrites the table in README.md.
func TestReadmeKeys(t *testing.T) {
	want := keyTable(collectKeys(t))
	src, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(src)
	i, j := strings.Index(readme, keysBegin), strings.Index(readme, keysEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the key table markers %q … %q", keysBegin, keysEnd)
	}
	got := strings.TrimPrefix(readme[i+len(keysBegin):j], "\n")
	if got == want {
		return
	}
	if *updateReadme {
		readme = readme[:i+len(keysBegin)] + "\n" + want + readme[j:]
		if err := os.WriteFile("README.md", []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's key table does not match the keymap; run go test . -run TestReadmeKeys -update.\nwant:\n%s\ngot:\n%s", want, got)
}

// TestReadmeKeysCoverKeymap checks the generated table against the keymap
// itself: every global and list binding with help appears in it.
func TestReadmeKeysCoverKeymap(t *testing.T) {
	rows := collectKeys(t)
	has := func(b key.Binding) bool {
		for _, r := range rows {
			if r.key == b.Help().Key && r.action == b.Help().Desc {
				return true
			}
		}
		return false
	}
	k := dashboard.NewKeys()
	g, l := k.Global, k.Widget.List
	for _, b := range []key.Binding{k.Problems, g.NextTab, g.PrevTab, g.Help, g.Quit, g.DayBack, g.HourBack, g.Now, g.Pause,
		l.Up, l.Down, l.Top, l.Bottom, l.PageUp, l.PageDown, l.Open, l.Back, l.Search} {
		if !has(b) {
			t.Errorf("key %q (%s) is bound but missing from the table", b.Help().Key, b.Help().Desc)
		}
	}
}
