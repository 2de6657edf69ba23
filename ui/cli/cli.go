// Package cli is truce's command line: the commands (the dashboard,
// status, print, export, version, completion, man), their flags and help
// texts, every check on what the user typed, --at parsing, and the exit
// codes. It is built on cobra with fang (Charm's kit: styled help and
// errors, completions, a man page).
//
// Exit status: 0 on success, 1 on a runtime failure, 2 on bad usage or bad
// data (with one line on stderr, or one line per data problem), 129 after a
// hang-up and 130 after an interrupt.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
)

// The exit codes.
const (
	exitOK      = 0   // success
	exitFailure = 1   // a runtime failure
	exitUsage   = 2   // bad usage or bad data
	exitSIGHUP  = 129 // the terminal hung up (128 + SIGHUP)
	exitSIGINT  = 130 // interrupted, as shells report SIGINT
)

// Build describes the binary, for --version: set by main from its link-time
// variables.
type Build struct {
	// Version is the release ("v1.0.0"); "" when unknown.
	Version string
	// Commit is the VCS revision; "" when unknown.
	Commit string
}

// Run is the whole program: it parses args, loads the data, runs the
// command and returns the exit code. The streams and environment are the
// process's own in main and buffers in tests.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer, environ []string, b Build) int {
	r := &runner{stdin: stdin, stdout: stdout, stderr: stderr, environ: environ,
		now: time.Now, terminal: isTerminal, build: b}
	return r.run(args)
}

// runner is one run of the program with its streams, environment and clock,
// so that tests can run it in-process.
type runner struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	environ        []string
	// now is the real time; --at replaces it.
	now func() time.Time
	// terminal reports whether w is a terminal, and its width (0 if unknown).
	terminal func(w io.Writer) (bool, int)
	build    Build
	// args is the command line, as typed (flag errors quote it).
	args []string

	g globals // the global flags, as parsed
}

// isTerminal reports whether w is a terminal and, if so, its width.
func isTerminal(w io.Writer) (bool, int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return false, 0
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return true, 0
	}
	return true, width
}

// env returns the value of an environment variable.
func (r *runner) env(name string) string {
	for _, kv := range r.environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == name {
			return v
		}
	}
	return ""
}

// noColor reports NO_COLOR set to any non-empty value (no-color.org).
func (r *runner) noColor() bool { return r.env("NO_COLOR") != "" }

// run executes the command line and words any error.
func (r *runner) run(args []string) int {
	r.args = args
	root := r.newRoot()
	root.SetArgs(args)
	err := fang.Execute(context.Background(), root,
		fang.WithoutVersion(), fang.WithoutManpage(),
		fang.WithErrorHandler(func(io.Writer, fang.Styles, error) {}))
	return r.fail(err)
}

// load reads the data: --data FILE, or the copy built into the program.
func (r *runner) load() (*model.Dataset, error) {
	if r.g.data == "" {
		ds, err := data.Embedded()
		if err != nil {
			return nil, &dataError{err}
		}
		return ds, nil
	}
	ds, err := data.LoadFile(r.g.data)
	if err != nil {
		return nil, &dataError{err}
	}
	return ds, nil
}

// usageError is bad usage: exit status 2 and a pointer to the command's
// help.
type usageError struct {
	msg string
	cmd string // the command's path, "truce status"
}

func (e *usageError) Error() string { return e.msg }

// usagef is a usage error of the command cmd.
func usagef(cmd *cobra.Command, format string, args ...any) error {
	path := "truce"
	if cmd != nil {
		path = cmd.CommandPath()
	}
	return &usageError{msg: fmt.Sprintf(format, args...), cmd: path}
}

// dataError is a data file that cannot be read or does not validate: exit
// status 2, its problems one per line.
type dataError struct{ err error }

func (e *dataError) Error() string { return e.err.Error() }
func (e *dataError) Unwrap() error { return e.err }

// exitError carries an exit code other than 1 for a runtime error.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// fail reports an error on stderr and returns its exit code (0 for nil).
func (r *runner) fail(err error) int {
	if err == nil {
		return exitOK
	}
	var ue *usageError
	var de *dataError
	var ee *exitError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(r.stderr, "truce: %s (see '%s --help')\n", ue.msg, ue.cmd)
		return exitUsage
	case errors.As(err, &de):
		var pe *data.Error
		var fe *fs.PathError
		switch {
		case errors.As(de.err, &pe):
			fmt.Fprintln(r.stderr, pe.Error())
		case errors.As(de.err, &fe):
			fmt.Fprintf(r.stderr, "truce: %s: %s\n", fe.Path, fe.Err)
		default:
			fmt.Fprintf(r.stderr, "truce: %s\n", firstLine(de.err.Error()))
		}
		return exitUsage
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintf(r.stderr, "truce: %s\n", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintf(r.stderr, "truce: %s\n", firstLine(err.Error()))
	return exitFailure
}

// firstLine keeps an error message to one line.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// truncate shortens s to 40 bytes for a message.
func truncate(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
