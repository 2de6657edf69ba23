package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// exitSIGHUP is the exit code after the terminal hung up (128 + SIGHUP).
const exitSIGHUP = 129

// dashboard runs the interactive dashboard, or prints every view when
// standard output is not a terminal.
func (c *cli) dashboard(o *options, set settings, ds *model.Dataset) error {
	if len(o.args) > 0 {
		return unknownCommand(o.args[0])
	}
	if tty, _ := c.terminal(c.stdout); !tty {
		fmt.Fprintln(c.stderr, "truce: standard output is not a terminal, so here is every view as text ('truce print all')")
		return c.printTo(c.stdout, ds, set, nil, ui.DefaultPrintWidth, false)
	}
	noColor := c.noColor()
	app := ui.New(ds, ui.Options{Start: set.at, Zone: set.zone, NoColor: noColor, Notify: o.notify, Tab: set.tab})
	var m tea.Model = app
	if o.watch {
		m = newWatcher(app, o.data)
	}
	if c.env(panicHookEnv) != "" {
		m = panicOnKey{m}
	}
	opts := []tea.ProgramOption{tea.WithOutput(c.stdout), tea.WithEnvironment(c.environ)}
	if c.stdin != os.Stdin {
		opts = append(opts, tea.WithInput(c.stdin))
	}
	if noColor {
		opts = append(opts, tea.WithColorProfile(colorprofile.ASCII))
	}
	return runProgram(tea.NewProgram(m, opts...))
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
