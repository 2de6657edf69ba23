package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// --watch: the dashboard polls the data file once a second (a stat, never
// an open, so a FIFO put in its place cannot block) and reloads it when its
// size or modification time changes. A reload that fails keeps the last good
// data on screen and shows the first problem in the banner until a later
// reload succeeds. Polling needs no goroutine of its own and works on every
// file system; a second's delay is fine for a file edited by hand.

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

// pollMsg asks the watcher to check the file.
type pollMsg struct{}

// reloadMsg carries the result of loading a changed file.
type reloadMsg struct {
	stamp fileStamp
	ds    *model.Dataset
	err   error
}

// watcher wraps the dashboard and reloads its data file.
type watcher struct {
	app     *ui.App
	path    string
	stamp   fileStamp
	loading bool
	load    func(path string) (*model.Dataset, error)
}

func newWatcher(app *ui.App, path string) *watcher {
	return &watcher{app: app, path: path, stamp: stampOf(path), load: data.LoadFile}
}

func poll() tea.Cmd {
	return tea.Tick(pollInterval, func(time.Time) tea.Msg { return pollMsg{} })
}

// Init starts the dashboard and the polling.
func (w *watcher) Init() tea.Cmd { return tea.Batch(w.app.Init(), poll()) }

// Update handles polls and reloads and passes everything else on.
func (w *watcher) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case pollMsg:
		return w, w.check()
	case reloadMsg:
		return w, tea.Batch(w.reloaded(msg), poll())
	}
	_, cmd := w.app.Update(msg)
	return w, cmd
}

// View draws the dashboard.
func (w *watcher) View() tea.View { return w.app.View() }

// check stats the file; when it changed, it loads it in a command.
func (w *watcher) check() tea.Cmd {
	st := stampOf(w.path)
	if st == w.stamp || w.loading {
		return poll()
	}
	if st.missing {
		w.stamp = st
		w.app.SetBanner(fmt.Sprintf("%s is missing; showing the last good data", w.path))
		return poll()
	}
	w.loading = true
	path, load := w.path, w.load
	return func() tea.Msg {
		ds, err := load(path)
		return reloadMsg{stamp: st, ds: ds, err: err}
	}
}

// reloaded swaps in good data or reports the problem.
func (w *watcher) reloaded(msg reloadMsg) tea.Cmd {
	w.loading = false
	w.stamp = msg.stamp
	if msg.err != nil {
		w.app.SetBanner(reloadProblem(msg.err))
		return nil
	}
	w.app.SetBanner("")
	return w.app.SetData(msg.ds)
}

// reloadProblem is the banner text for a failed reload: the first problem
// and how many more.
func reloadProblem(err error) string {
	text := firstLine(err.Error())
	var de *data.Error
	if errors.As(err, &de) {
		if n := len(de.Problems()) - 1 + de.More(); n > 0 {
			text += fmt.Sprintf(" (and %d more)", n)
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		text = pe.Op + " " + pe.Path + ": " + pe.Err.Error()
	}
	return "reload failed, showing the last good data: " + text
}
