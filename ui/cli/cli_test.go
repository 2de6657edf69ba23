package cli

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"
)

// fixture is the command line's test data file.
const fixture = "../testdata/fixture.toml"

// testNow is the real time the tests pretend it is when --at is not given.
var testNow = time.Date(2025, 11, 9, 12, 0, 0, 0, time.UTC)

// result is what one in-process run of the CLI produced.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

// runCLI runs the command line in-process with a fixed clock, streams that
// are not terminals, and no colour-related environment.
func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	return runWith(t, []string{"TERM=xterm-256color"}, false, args...)
}

// runWith runs the CLI with an environment, pretending stdout is a
// terminal (80 columns) when tty is true.
func runWith(t *testing.T, environ []string, tty bool, args ...string) result {
	t.Helper()
	if tty {
		return runTerminal(t, environ, 80, args...)
	}
	return runTerminal(t, environ, -1, args...)
}

// runTerminal runs the CLI with an environment, pretending stdout is a
// terminal of width columns (0: a terminal that reports no size), or no
// terminal when width is negative.
func runTerminal(t *testing.T, environ []string, width int, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	c := &runner{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb, environ: environ,
		now: func() time.Time { return testNow },
		terminal: func(io.Writer) (bool, int) {
			if width >= 0 {
				return true, width
			}
			return false, 0
		},
	}
	start := time.Now()
	code := c.run(args)
	return result{stdout: out.String(), stderr: errb.String(), code: code, took: time.Since(start)}
}

// TestCommands compares each command's output, at a fixed instant and zone,
// with its golden file (refresh: go test . -update).
func TestCommands(t *testing.T) {
	base := []string{"--data", fixture, "--tz", "UTC", "--at", "2025-11-09T12:00:00Z"}
	tests := []struct {
		name string
		args []string
	}{
		{"status", []string{"status"}},
		{"status_json", []string{"status", "--json"}},
		{"status_format", []string{"status", "--format", "{{.ID}} {{.Left.Seconds}} {{.At.Format \"2006-01-02T15:04Z07:00\"}} {{.Outcome}}"}},
		{"print_all", []string{"print"}},
		{"print_countdowns_width40", []string{"print", "countdowns", "--width", "40"}},
		{"print_roster_timeline", []string{"print", "roster", "timeline"}},
		{"export_json", []string{"export", "--format", "json"}},
		{"export_ics", []string{"export", "--format=ics"}},
		{"export_md", []string{"export", "--format", "md"}},
		{"dashboard_not_a_terminal", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, append(append([]string{}, base...), tt.args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			golden.RequireEqual(t, r.stdout)
		})
	}
}

// TestHelp compares the help texts with their golden files: they are the
// documentation users see first.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"status", "--help"}, {"help", "print"}, {"export", "-h"}} {
		t.Run(strings.Join(args, "_"), func(t *testing.T) {
			r := runCLI(t, args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			golden.RequireEqual(t, r.stdout)
		})
	}
}

// TestDashboardNotATerminal checks that the dashboard prints the views,
// with a one-line note on stderr, when stdout is not a terminal.
func TestDashboardNotATerminal(t *testing.T) {
	r := runCLI(t, "--data", fixture, "--at", "2025-11-09")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stderr, "\n"); n != 1 || !strings.Contains(r.stderr, "not a terminal") {
		t.Errorf("stderr should be one note line, got %q", r.stderr)
	}
	for _, want := range []string{"Timeline:", "Roster:", "Issues:", "Countdowns:", "Sources:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q", want)
		}
	}
}

// TestRunEntryPoint runs the real entry point (system clock, real terminal
// check) on buffers.
func TestRunEntryPoint(t *testing.T) {
	var out, errb bytes.Buffer
	code := Run([]string{"status", "--data", fixture}, strings.NewReader(""), &out, &errb, nil, Build{})
	if code != 0 || !strings.Contains(out.String(), "truce ends") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
}

// TestEmbeddedData runs every command on the built-in data: whatever the
// data holds, they succeed and print no escape sequence.
func TestEmbeddedData(t *testing.T) {
	for _, args := range [][]string{
		{"status"}, {"status", "--json"}, {"print"}, {"export"}, {"export", "--format", "ics"},
		{"export", "--format", "md"}, {"--version"}, {},
	} {
		r := runCLI(t, args...)
		if r.code != 0 {
			t.Errorf("truce %v: exit %d: %s", args, r.code, r.stderr)
		}
		if strings.ContainsRune(r.stdout, '\x1b') {
			t.Errorf("truce %v: output holds an escape sequence", args)
		}
	}
}

// TestVersion checks that --version names the build and the data.
func TestVersion(t *testing.T) {
	r := runCLI(t, "--version", "--data", fixture)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"truce ", "go1.", "checked 12 Nov 2025", fixture} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--version output lacks %q:\n%s", want, r.stdout)
		}
	}
}

// TestMain pins fang's help width, which it otherwise reads from the
// terminal once per process.
func TestMain(m *testing.M) {
	if err := os.Setenv("__FANG_TEST_WIDTH", "80"); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// TestDumbTerminal: TERM=dumb (or no TERM) on a terminal gets the views as
// text, at the terminal's width, with a one-line note, never the
// full-screen dashboard.
func TestDumbTerminal(t *testing.T) {
	for _, env := range [][]string{{"TERM=dumb"}, nil} {
		r := runWith(t, env, true, "--data", fixture, "--at", "2025-11-09")
		if r.code != 0 || !strings.Contains(r.stdout, "Countdowns:") || strings.ContainsRune(r.stdout, '\x1b') {
			t.Errorf("env %v: exit %d, stdout %.200q", env, r.code, r.stdout)
		}
		if strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "cannot draw the dashboard") {
			t.Errorf("env %v: stderr %q", env, r.stderr)
		}
	}
}

// TestTextWidthOnATerminal: the views as text wrap at the terminal's
// width, and at 80 columns when the terminal reports no size (a pty of 0x0, as under script(1)), both from the dashboard on
// TERM=dumb and from print.
func TestTextWidthOnATerminal(t *testing.T) {
	for _, tt := range []struct{ width, want int }{{0, 80}, {60, 60}} {
		for _, args := range [][]string{nil, {"print"}} {
			r := runTerminal(t, []string{"TERM=dumb"}, tt.width, append(args, "--data", fixture, "--at", "2025-11-09")...)
			if r.code != 0 {
				t.Fatalf("width %d, %v: exit %d: %s", tt.width, args, r.code, r.stderr)
			}
			widest := 0
			for _, ln := range strings.Split(r.stdout, "\n") {
				widest = max(widest, utf8.RuneCountInString(ln))
			}
			if widest > tt.want || widest < tt.want-15 {
				t.Errorf("terminal %d columns, %v: widest line %d, want up to %d", tt.width, args, widest, tt.want)
			}
		}
	}
}

// TestTabAsText: with --tab, the text printed instead of the dashboard is
// that view alone.
func TestTabAsText(t *testing.T) {
	for _, env := range [][]string{{"TERM=dumb"}, {"TERM=xterm"}} {
		r := runWith(t, env, env[0] == "TERM=dumb", "--tab", "countdowns", "--data", fixture, "--at", "2025-11-09")
		if r.code != 0 || !strings.Contains(r.stdout, "\nCountdowns: ") {
			t.Fatalf("%v: exit %d, stdout %.200q, stderr %q", env, r.code, r.stdout, r.stderr)
		}
		for _, other := range []string{"Timeline:", "Roster:", "Issues:", "Sources:"} {
			if strings.Contains(r.stdout, "\n"+other) {
				t.Errorf("%v: --tab countdowns printed %s too", env, other)
			}
		}
		if !strings.Contains(r.stderr, "the countdowns view as text ('truce print countdowns')") {
			t.Errorf("%v: stderr %q", env, r.stderr)
		}
	}
}

// TestExportAt: with --at, every export holds only what was known then;
// without, the whole dataset.
func TestExportAt(t *testing.T) {
	whole := runCLI(t, "export")
	then := runCLI(t, "export", "--at", "2025-10-26T09:00:00+08:00")
	if whole.code != 0 || then.code != 0 || len(then.stdout) >= len(whole.stdout) {
		t.Fatalf("exit %d/%d; --at export %d bytes, whole %d", whole.code, then.code, len(then.stdout), len(whole.stdout))
	}
	for _, later := range []string{"busan-meeting", "eo-14358", "2026-0"} {
		if strings.Contains(then.stdout, `"`+later) && later != "2026-0" || strings.Contains(then.stdout, `"at": "`+later) {
			t.Errorf("the export at 26 Oct 2025 holds %q", later)
		}
	}
	if !strings.Contains(then.stdout, `"as_of": "2025-10-26T09:00:00+08:00"`) {
		t.Errorf("the export at an instant should say so (as_of)")
	}
	md := runCLI(t, "export", "--format", "md", "--at", "2025-10-26T09:00:00+08:00")
	if !strings.Contains(md.stdout, "Only what was known on") || strings.Contains(md.stdout, "Busan") {
		t.Errorf("the Markdown report at 26 Oct 2025 should say what it holds, and not hold Busan")
	}
}
