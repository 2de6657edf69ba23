package dashboard

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

// step polls the file once, as the poll tick would, and, if that started a
// reload, runs the load and delivers its result. It never runs the poll
// tick itself (which waits).
func step(t *testing.T, a *App) {
	t.Helper()
	before := a.watch.loading
	cmd := a.onWatch(pollMsg{})
	if !a.watch.loading || before {
		return
	}
	msg := cmd()
	if _, ok := msg.(reloadMsg); !ok {
		t.Fatalf("a changed file should start a load, got %T", msg)
	}
	a.Update(msg)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestWatchReload edits a watched file: a broken edit keeps the data and
// shows the problem in the banner, a good edit replaces the data and clears
// it, a missing file is reported and the data kept.
func TestWatchReload(t *testing.T) {
	good, err := os.ReadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "talks.toml")
	writeFile(t, path, string(good))
	ds, err := data.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	load := func() (*model.Dataset, error) { return data.LoadFile(path) }
	app := New(ds, Options{Clock: FixedClock(time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)), Zone: time.UTC,
		NoColor: true, Watch: load, WatchPath: path, DataName: "talks.toml"})
	app.Update(tea.WindowSizeMsg{Width: 200, Height: 30})
	footer := func() string { return ansi.Strip(app.Render()) }

	step(t, app)
	if app.Shared().Data != ds {
		t.Fatal("an unchanged file must not be reloaded")
	}

	writeFile(t, path, "[meta]\ntitle = 3\n")
	step(t, app)
	if app.Shared().Data != ds {
		t.Error("a broken edit must keep the last good data")
	}
	if f := footer(); !strings.Contains(f, "reload failed, showing the last good data: "+path) ||
		!strings.Contains(f, "e shows them all") {
		t.Errorf("banner missing after a broken edit:\n%s", f)
	}
	app.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	if f := footer(); !strings.Contains(f, "The data file does not load") || strings.Count(f, "• ") < 2 {
		t.Errorf("e should list every problem:\n%s", f)
	}
	app.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if app.showProblems {
		t.Error("esc should close the problem list")
	}

	writeFile(t, path, strings.Replace(string(good), `title = "Fixture:`, `title = "Edited:`, 1))
	step(t, app)
	if got := app.Shared().Data.Meta.Title; !strings.HasPrefix(got, "Edited:") {
		t.Errorf("a good edit must replace the data, title %q", got)
	}
	if f := footer(); strings.Contains(f, "reload failed") || !strings.Contains(f, "reloaded") || !strings.Contains(f, "data talks.toml") {
		t.Errorf("after a good reload: no banner, 'reloaded' and the file named in the footer:\n%s", f)
	}

	kept := app.Shared().Data
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	step(t, app)
	if app.Shared().Data != kept || !strings.Contains(footer(), "is missing") {
		t.Error("a missing file must keep the data and say so")
	}
}

// TestReloadedInFooterAtEverySize: after a good reload, "reloaded" and the
// data file's base name are in the footer at every size from 80 columns
// (they outrank how far the data reports and its sources), and the
// watched deadline's title stays.
func TestReloadedInFooterAtEverySize(t *testing.T) {
	good, err := os.ReadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "a-directory-with-a-long-name")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "talks.toml")
	for _, size := range [][2]int{{80, 24}, {120, 24}, {200, 30}} {
		writeFile(t, path, string(good))
		ds, err := data.LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		load := func() (*model.Dataset, error) { return data.LoadFile(path) }
		app := New(ds, Options{Clock: FixedClock(time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)), Zone: time.UTC,
			NoColor: true, Watch: load, WatchPath: path, DataName: path})
		app.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		writeFile(t, path, strings.Replace(string(good), `title = "Fixture:`, `title = "Edited:`, 1))
		step(t, app)
		f := footerText(app)
		if !strings.Contains(f, "reloaded") || !strings.Contains(f, "data talks.toml") || strings.Contains(f, "a-directory") {
			t.Errorf("%dx%d: 'reloaded' and 'data talks.toml' should be in the footer:\n%s", size[0], size[1], f)
		}
		title := []rune(app.Shared().Watch.First().Title)
		if !strings.Contains(f, string(title[:min(len(title), 8)])) {
			t.Errorf("%dx%d: the watched title is gone:\n%s", size[0], size[1], f)
		}
		checkFrame(t, ansi.Strip(app.Render()), size[0], size[1])
	}
}

// TestTooManyProblemsCounted: a reload with more problems than the loader
// lists (data.MaxProblems) counts them all in the banner and says that e
// shows only the first; e lists those and counts the rest.
func TestTooManyProblemsCounted(t *testing.T) {
	good, err := os.ReadFile("../testdata/fixture.toml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "talks.toml")
	writeFile(t, path, string(good))
	ds, err := data.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	load := func() (*model.Dataset, error) { return data.LoadFile(path) }
	app := New(ds, Options{Clock: FixedClock(time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)), Zone: time.UTC,
		NoColor: true, Watch: load, WatchPath: path, DataName: "talks.toml"})
	app.Update(tea.WindowSizeMsg{Width: 120, Height: 60})
	// Each bare issue lacks seven fields: 4 issues, 28 problems.
	var bare strings.Builder
	for i := range 4 {
		fmt.Fprintf(&bare, "\n[[issues]]\nid = \"bare%d\"\n", i)
	}
	writeFile(t, path, string(good)+bare.String())
	step(t, app)
	_, loadErr := load()
	var de *data.Error
	if !errors.As(loadErr, &de) || de.More() == 0 {
		t.Fatalf("the edit should have more problems than listed: %v", loadErr)
	}
	total := len(de.Problems()) + de.More()
	f := ansi.Strip(app.Render())
	want := fmt.Sprintf("(%d more problems: e shows the first %d)", total-1, data.MaxProblems)
	if !strings.Contains(strings.Join(strings.Fields(f), " "), want) || strings.Contains(f, "them all") {
		t.Errorf("the banner should say %q:\n%s", want, f)
	}
	app.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	f = ansi.Strip(app.Render())
	if n := strings.Count(f, "\n• "); n != data.MaxProblems {
		t.Errorf("e lists %d problems, want %d:\n%s", n, data.MaxProblems, f)
	}
	if want := fmt.Sprintf("… and %d more problems", de.More()); !strings.Contains(f, want) {
		t.Errorf("e should end with %q:\n%s", want, f)
	}
	app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	scrollCheck(t, app, &app.problemsOffset)
}
