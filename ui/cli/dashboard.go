package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
	"github.com/truce-dev/truce/ui/dashboard"
	"github.com/truce-dev/truce/ui/plain"
)

// dashboard runs the interactive dashboard, or prints every view when
// standard output is not a terminal.
func (r *runner) dashboard(cmd *cobra.Command, s settings, df dashboardFlags) error {
	opts := dashboard.Options{
		Clock: clockFunc(r.now), Start: s.at, Zone: s.zone, NoColor: r.noColor(), Notify: df.notify,
		InTmux: r.env("TMUX") != "", Title: df.title,
	}
	if df.watch && r.g.data == "" {
		return usagef(cmd, "--watch needs --data FILE: the built-in data never changes")
	}
	if df.tab != "" {
		tab, ok := ui.ParseTab(df.tab)
		if !ok {
			return usagef(cmd, "unknown tab %q for --tab: want %s (or 1-5)", truncate(ui.Clean(df.tab)), joinOr(ui.TabNames()))
		}
		opts.Tab = tab
	}
	if tty, width := r.terminal(r.stdout); !tty || r.dumbTerminal() {
		ds, err := r.load()
		if err != nil {
			return err
		}
		why := "standard output is not a terminal"
		if tty {
			why = "TERM=" + r.env("TERM") + " cannot draw the dashboard"
			width = terminalPrintWidth(width)
		} else {
			width = plain.DefaultWidth
		}
		// --tab names the view wanted: print that one alone.
		var views []ui.TabID
		what := "every view as text ('truce print all')"
		if df.tab != "" {
			name := strings.ToLower(opts.Tab.String())
			views = []ui.TabID{opts.Tab}
			what = "the " + name + " view as text ('truce print " + name + "')"
		}
		fmt.Fprintf(r.stderr, "truce: %s, so here is %s\n", why, what)
		return printTo(r.stdout, ds, s, views, width, false)
	}
	opts.DataName = r.g.data
	if df.watch {
		path := r.g.data
		opts.WatchPath, opts.Watch = path, func() (*model.Dataset, error) { return reloadData(path) }
	}
	// The program starts first; the data loads meanwhile (on the other
	// core), and the dashboard builds itself when it arrives.
	loaded := make(chan loadResult, 1)
	go func() {
		ds, err := r.load()
		loaded <- loadResult{ds, err}
	}()
	opts.LoadName = r.dataName()
	opts.Load = func() (*model.Dataset, error) {
		res := <-loaded
		return res.ds, res.err
	}
	app := dashboard.New(nil, opts)
	var m tea.Model = app
	if r.env(panicHookEnv) != "" {
		m = panicOnKey{m}
	}
	popts := []tea.ProgramOption{tea.WithOutput(r.stdout), tea.WithEnvironment(r.environ)}
	if r.stdin != os.Stdin {
		popts = append(popts, tea.WithInput(r.stdin))
	}
	if opts.NoColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.ASCII))
	}
	if err := runProgram(tea.NewProgram(m, popts...)); err != nil {
		return err
	}
	return app.Err() // the data did not load: its problems, after the terminal is restored
}

// loadResult is a dataset loaded in the background, or why it was not.
type loadResult struct {
	ds  *model.Dataset
	err error
}

// dataName names the data being read: the --data file, or the built-in
// file.
func (r *runner) dataName() string {
	if r.g.data != "" {
		return r.g.data
	}
	return "the built-in data"
}

// dumbTerminal reports a terminal without cursor addressing (TERM=dumb, or
// no TERM at all outside Windows, where consoles set none): the full-screen
// dashboard cannot be drawn on it.
func (r *runner) dumbTerminal() bool {
	term := r.env("TERM")
	return term == "dumb" || term == "" && runtime.GOOS != "windows"
}

// clockFunc makes the command line's clock the dashboard's.
type clockFunc func() time.Time

// Now returns the clock's time.
func (f clockFunc) Now() time.Time { return f() }

// reloadData loads a changed --watch file. Its error lists every problem,
// one a line (the dashboard shows the first in its banner and all of them
// on e); a file that cannot be read says which and why.
func reloadData(path string) (*model.Dataset, error) {
	ds, err := data.LoadFile(path)
	if err == nil {
		return ds, nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return nil, fmt.Errorf("%s %s: %w", pe.Op, pe.Path, pe.Err)
	}
	return nil, err
}

// joinOr joins words as "a, b, c or d".
func joinOr(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	out := ""
	for i, w := range words[:len(words)-1] {
		if i > 0 {
			out += ", "
		}
		out += w
	}
	return out + " or " + words[len(words)-1]
}

// runProgram runs the program until it quits. A hang-up (SIGHUP) quits it
// cleanly too, so that the terminal is restored when it is still there.
// Bubble Tea handles SIGINT and SIGTERM itself and restores the terminal
// after a panic in Update, View or a command.
func runProgram(p *tea.Program) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	done := make(chan struct{})
	defer close(done)
	var hungUp atomic.Bool
	go func() {
		select {
		case <-hup:
			hungUp.Store(true)
			p.Quit()
		case <-done:
		}
	}()
	_, err := p.Run()
	switch {
	case hungUp.Load():
		return &exitError{code: exitSIGHUP}
	case err == nil:
		return nil
	case errors.Is(err, tea.ErrInterrupted):
		return &exitError{code: exitSIGINT}
	case errors.Is(err, tea.ErrProgramPanic):
		return &exitError{code: exitFailure, msg: "internal error (see the panic above); the terminal was restored"}
	}
	return fmt.Errorf("dashboard: %w", err)
}
