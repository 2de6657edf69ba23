package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/model"
	"github.com/truce-dev/truce/ui"
)

// The exit codes.
const (
	exitOK      = 0   // success
	exitFailure = 1   // a runtime failure
	exitUsage   = 2   // bad usage or bad data
	exitSIGINT  = 130 // interrupted, as shells report SIGINT
)

// cli is one run of the program with its streams, environment and clock, so
// that tests can run it in-process.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	environ        []string
	// now is the real time; --at replaces it.
	now func() time.Time
	// terminal reports whether w is a terminal, and its width (0 if unknown).
	terminal func(w io.Writer) (bool, int)
}

// run is the whole program: it parses args, loads the data and runs the
// command, returning the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, environ []string) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr, environ: environ,
		now: time.Now, terminal: isTerminal}
	return c.run(args)
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
func (c *cli) env(name string) string {
	for _, kv := range c.environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == name {
			return v
		}
	}
	return ""
}

// noColor reports NO_COLOR set to any non-empty value (no-color.org).
func (c *cli) noColor() bool { return c.env("NO_COLOR") != "" }

func (c *cli) run(args []string) int {
	o, err := parseArgs(args)
	if err != nil {
		return c.fail(err)
	}
	if o.help || o.command == cmdHelp {
		return c.help(o)
	}
	set, err := resolve(o, c.now)
	if err != nil {
		return c.fail(err)
	}
	ds, err := c.load(o)
	if err != nil {
		return c.fail(err)
	}
	if o.version {
		return c.printVersion(o, ds)
	}
	switch o.command {
	case cmdStatus:
		err = c.status(o, set, ds)
	case cmdPrint:
		err = c.print(o, set, ds)
	case cmdExport:
		err = c.export(o, set, ds)
	default:
		err = c.dashboard(o, set, ds)
	}
	if err != nil {
		return c.fail(err)
	}
	return exitOK
}

// load reads the data: --data FILE, or the copy built into the program.
func (c *cli) load(o *options) (*model.Dataset, error) {
	if o.data == "" {
		ds, err := data.Embedded()
		if err != nil {
			return nil, &dataError{err}
		}
		return ds, nil
	}
	ds, err := data.LoadFile(o.data)
	if err != nil {
		return nil, &dataError{err}
	}
	return ds, nil
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

// fail reports an error on stderr and returns its exit code.
func (c *cli) fail(err error) int {
	var ue *usageError
	var de *dataError
	var ee *exitError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(c.stderr, "truce: %s (see 'truce --help')\n", ue.msg)
		return exitUsage
	case errors.As(err, &de):
		var pe *data.Error
		var fe *fs.PathError
		switch {
		case errors.As(de.err, &pe):
			fmt.Fprintln(c.stderr, pe.Error())
		case errors.As(de.err, &fe):
			fmt.Fprintf(c.stderr, "truce: %s: %s\n", fe.Path, fe.Err)
		default:
			fmt.Fprintf(c.stderr, "truce: %s\n", firstLine(de.err.Error()))
		}
		return exitUsage
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintf(c.stderr, "truce: %s\n", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintf(c.stderr, "truce: %s\n", firstLine(err.Error()))
	return exitFailure
}

// firstLine keeps an error message to one line.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// settings are the resolved global flags.
type settings struct {
	// now is the instant the command runs at: --at, or the real time.
	now time.Time
	// at is --at, zero when not given.
	at time.Time
	// zone is --tz, or the local zone.
	zone *time.Location
	tab  ui.TabID // the dashboard tab to open on
}

// resolve checks the values of the global flags and the command's.
func resolve(o *options, now func() time.Time) (settings, error) {
	s := settings{zone: time.Local}
	if o.set["tz"] {
		loc, err := loadZone(o.tz)
		if err != nil {
			return s, err
		}
		s.zone = loc
	}
	if o.set["at"] {
		t, err := ui.ParseAt(o.at, s.zone)
		if err != nil {
			return s, usagef("invalid --at %q: %v", o.at, err)
		}
		s.at = t
	}
	s.now = now()
	if !s.at.IsZero() {
		s.now = s.at
	}
	if o.watch && o.data == "" {
		return s, usagef("--watch needs --data FILE: the built-in data never changes")
	}
	if (o.watch || o.notify) && o.command != cmdDashboard {
		flag := "--watch"
		if o.notify {
			flag = "--notify"
		}
		return s, usagef("%s works with the dashboard only, not 'truce %s'", flag, o.command)
	}
	if o.tab != "" {
		if o.command != cmdDashboard {
			return s, usagef("--tab works with the dashboard only, not 'truce %s'", o.command)
		}
		tab, ok := ui.ParseTab(o.tab)
		if !ok {
			return s, usagef("unknown tab %q for --tab: want timeline, roster, issues, countdowns or sources (or 1-5)", ui.Clean(o.tab))
		}
		s.tab = tab
	}
	if o.set["data"] && o.data == "" {
		return s, usagef("--data needs a file name")
	}
	return s, checkCommand(o)
}

// loadZone reads a --tz value: an IANA zone name, UTC or Local.
func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return nil, usagef("--tz needs a zone name such as America/New_York")
	}
	if len(name) > 64 || strings.ContainsAny(name, "\x00\\") {
		return nil, usagef("unknown time zone %q for --tz", truncate(name))
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, usagef("unknown time zone %q for --tz (want an IANA name such as Asia/Shanghai)", name)
	}
	return loc, nil
}

// truncate shortens s to n bytes for a message.
func truncate(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
