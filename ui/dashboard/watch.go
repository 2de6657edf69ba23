package dashboard

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// --watch: the dashboard polls the data file once a second (a stat, never
// an open, so a FIFO put in its place cannot block) and reloads it when its
// size or modification time changes. Polling and loading are commands whose
// messages App.Update handles like any other. A reload that fails keeps the
// last good data on screen and shows the first problem in the banner until
// a later reload succeeds. Polling needs no goroutine of its own and works on
// every file system; a second's delay is fine for a file edited by hand.

// pollInterval is how often the file is checked.
const pollInterval = time.Second

// fileStamp identifies a version of the file.
type fileStamp struct {
	size    int64
	modTime time.Time
	missing bool
}

func stampOf(path string) fileStamp {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{missing: true}
	}
	return fileStamp{size: fi.Size(), modTime: fi.ModTime()}
}

// pollMsg asks the dashboard to check the file.
type pollMsg struct{}

// reloadMsg carries the result of loading a changed file.
type reloadMsg struct {
	stamp fileStamp
	ds    *model.Dataset
	err   error
}

// watcher is the state of --watch; its zero value watches nothing.
type watcher struct {
	path    string
	load    func() (*model.Dataset, error)
	stamp   fileStamp
	loading bool
	// problems are the last failed reload's problems, one a line; nil
	// while the data on screen is the file's. more counts those the loader
	// found beyond them (it lists at most a few).
	problems []string
	more     int
	// reloaded is when the last good reload happened (the footer says
	// "reloaded" for a few seconds).
	reloaded time.Time
}

// reloadedFor is how long the footer says a reload succeeded.
const reloadedFor = 3 * time.Second

func newWatcher(path string, load func() (*model.Dataset, error)) watcher {
	if load == nil || path == "" {
		return watcher{}
	}
	return watcher{path: path, load: load, stamp: stampOf(path)}
}

// start begins polling, when watching.
func (w *watcher) start() tea.Cmd {
	if w.load == nil {
		return nil
	}
	return poll()
}

func poll() tea.Cmd {
	return tea.Tick(pollInterval, func(time.Time) tea.Msg { return pollMsg{} })
}

// onWatch handles a poll (stat the file; load it in a command when it
// changed) or a finished reload (swap the data in, or report why not).
func (a *App) onWatch(msg tea.Msg) tea.Cmd {
	w := &a.watch
	if w.load == nil {
		return nil
	}
	switch msg := msg.(type) {
	case pollMsg:
		st := stampOf(w.path)
		if st == w.stamp || w.loading {
			return poll()
		}
		w.stamp = st
		if st.missing {
			a.setProblems([]string{fmt.Sprintf("%s is missing", w.path)}, 0)
			return poll()
		}
		w.loading = true
		load := w.load
		return func() tea.Msg {
			ds, err := load()
			return reloadMsg{stamp: st, ds: ds, err: err}
		}
	case reloadMsg:
		w.loading = false
		w.stamp = msg.stamp
		if msg.err != nil {
			a.setProblems(splitProblems(msg.err))
			return poll()
		}
		a.setProblems(nil, 0)
		w.reloaded = a.clock.Now()
		a.sh.setData(msg.ds)
		return tea.Batch(a.toAll(DataMsg{}), poll())
	}
	return nil
}

// counted is a loader's error that lists only its first problems and
// counts the rest (data.Error), its last line saying how many.
type counted interface{ More() int }

// splitProblems is a failed load's problems, one a line, and how many it
// found beyond those it lists.
func splitProblems(err error) (problems []string, more int) {
	problems = strings.Split(strings.TrimSpace(err.Error()), "\n")
	var c counted
	if errors.As(err, &c) && c.More() > 0 && len(problems) > 1 {
		return problems[:len(problems)-1], c.More() // the line that counts them
	}
	return problems, 0
}

// setProblems shows a failed reload's problems (the first in the banner,
// all of them on e) and how many more were found, or, with nil, takes them
// down.
func (a *App) setProblems(problems []string, more int) {
	a.watch.more = more
	for i, p := range problems {
		problems[i] = ui.Clean(p)
	}
	had := len(a.watch.problems) > 0
	a.watch.problems = problems
	if !had && len(problems) == 0 {
		return
	}
	if len(problems) == 0 {
		a.showProblems = false
	}
	a.resize(a.width, a.height)
}

// problemBanner is the banner text of a failed reload: the first problem
// whole, how many more there are, and what e lists of them.
func (a *App) problemBanner() string {
	p := a.watch.problems
	if len(p) == 0 {
		return ""
	}
	text := "reload failed, showing the last good data: " + p[0]
	switch rest := len(p) - 1 + a.watch.more; {
	case a.watch.more > 0:
		text += " (" + ui.Plural(rest, "more problem") + ": e shows the first " + strconv.Itoa(len(p)) + ")"
	case rest > 0:
		text += " (" + ui.Plural(rest, "more problem") + ": e shows them all)"
	}
	return text
}
