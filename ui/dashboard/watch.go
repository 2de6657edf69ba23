package dashboard

import (
	"fmt"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/model"
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
}

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
			a.banner = fmt.Sprintf("%s is missing; showing the last good data", w.path)
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
			a.banner = reloadProblem(msg.err)
			return poll()
		}
		a.banner = ""
		a.sh.setData(msg.ds)
		return tea.Batch(a.toAll(DataMsg{}), poll())
	}
	return nil
}

// reloadProblem is the banner text for a failed reload. The loader's error
// says what is wrong on its first line (the command line words it: the
// first problem and how many more).
func reloadProblem(err error) string {
	text, _, _ := strings.Cut(err.Error(), "\n")
	return "reload failed, showing the last good data: " + text
}
