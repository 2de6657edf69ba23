package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// checkFails asserts a run failed fast with the exit code, nothing on
// stdout, and a stderr of one line holding want.
func checkFails(t *testing.T, r result, code int, want string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit %d, want %d (stderr %q)", r.code, code, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout should be empty, got %q", r.stdout)
	}
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q lacks %q", r.stderr, want)
	}
	if n := strings.Count(r.stderr, "\n"); n != 1 {
		t.Errorf("stderr should be one line, got %d: %q", n, r.stderr)
	}
	if r.took > time.Second {
		t.Errorf("took %v; bad input must fail within a second", r.took)
	}
}

// TestUsageErrors checks that every kind of bad command line exits 2 with
// one clear line.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--bogus"}, "unknown flag --bogus"},
		{[]string{"status", "--jsno"}, "unknown flag --jsno (did you mean --json?)"},
		{[]string{"-V"}, "unknown flag -V (did you mean -v?) "},
		{[]string{"status", "-V"}, "unknown flag -V (did you mean -v?) "},
		{[]string{"-t"}, "unknown flag -t (see"},
		{[]string{"-h2"}, "unknown flag -2 in -h2 (see"},
		{[]string{"print", "-vx"}, "unknown flag -x in -vx (see"},
		{[]string{"-é"}, "unknown flag -é (see"},
		{[]string{"-at", "2025-11-09"}, "unknown flag -a in -at (did you mean --at?)"},
		{[]string{"--V"}, "unknown flag --V (did you mean -v?)"},
		{[]string{"--t"}, "unknown flag --t (see"},
		{[]string{"--json"}, "flag --json belongs to 'truce status'"},
		{[]string{"export", "--width", "80"}, "flag --width belongs to 'truce print'"},
		{[]string{"--format", "json"}, "flag --format belongs to"},
		{[]string{"stauts"}, `unknown command "stauts" (did you mean "status"?)`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"status", "extra"}, "takes no argument"},
		{[]string{"export", "json"}, "takes no argument"},
		{[]string{"--data"}, "flag --data needs a value"},
		{[]string{"--data="}, "--data needs a file name"},
		{[]string{"status", "--json=maybe"}, `got "maybe"`},
		{[]string{"status", "--json", "--format", "x"}, "cannot be used together"},
		{[]string{"status", "--json", "--tmux"}, "--json and --tmux cannot be used together"},
		{[]string{"status", "--tmux", "--json=true"}, "--json and --tmux cannot be used together"},
		{[]string{"status", "--format", "{{.Nope}}"}, "invalid --format template"},
		{[]string{"status", "--format", "{{"}, "invalid --format template"},
		{[]string{"print", "--width", "5"}, `invalid --width "5"`},
		{[]string{"print", "--width", "-80"}, `invalid --width "-80"`},
		{[]string{"print", "--width", "wide"}, `invalid --width "wide"`},
		{[]string{"print", "--width", "99999999999999999999"}, "invalid --width"},
		{[]string{"print", "--color", "sometimes"}, `invalid --color "sometimes"`},
		{[]string{"print", "countdown"}, `unknown view "countdown" (did you mean "countdowns"?)`},
		{[]string{"print", "nope"}, `unknown view "nope"`},
		{[]string{"export", "--format", "xml"}, `invalid --format "xml"`},
		{[]string{"export", "--format", "ical"}, "called ics"},
		{[]string{"--tz", "Mars/Olympus_Mons"}, `unknown time zone "Mars/Olympus_Mons"`},
		{[]string{"--tz", ""}, "--tz needs a zone name"},
		{[]string{"--tz", "../../etc/passwd"}, "unknown time zone"},
		{[]string{"--tz", strings.Repeat("A/", 100)}, "unknown time zone"},
		{[]string{"--tab", "matrix"}, `unknown tab "matrix" for --tab`},
		{[]string{"status", "--tab", "roster"}, "--tab works with the dashboard only"},
		{[]string{"--at", "0000-01-01"}, "year 0 is outside 1900..2200"},
		{[]string{"--at", "10000-01-01"}, "year 10000 is outside 1900..2200"},
		{[]string{"--at", "1899-12-31T23:59:59Z"}, "year 1899 is outside"},
		{[]string{"--at", "2201-01-01"}, "year 2201 is outside"},
		{[]string{"--at", "tomorrow"}, `invalid --at "tomorrow"`},
		{[]string{"--at", ""}, `invalid --at ""`},
		{[]string{"--at", "2025-13-01"}, `invalid --at "2025-13-01"`},
		{[]string{"--at", "2025-11-10 00:01 Mars/Base"}, `unknown time zone "Mars/Base"`},
		{[]string{"--watch"}, "--watch needs --data FILE"},
		{[]string{"status", "--watch", "--data", fixture}, "--watch works with the dashboard only"},
		{[]string{"print", "--notify"}, "--notify works with the dashboard only"},
		{[]string{"help", "bogus"}, `unknown command "bogus"`},
		{[]string{"completion", "tcsh"}, `unknown shell "tcsh" for 'truce completion': want bash, fish, powershell or zsh`},
		{[]string{"completion"}, "'truce completion' needs a shell: bash, fish, powershell or zsh"},
		{[]string{"completion", "bash", "extra"}, `'truce completion bash' takes no argument, got "extra"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runCLI(t, tt.args...)
			checkFails(t, r, exitUsage, tt.want)
			help := "'truce --help'"
			if slices.Contains([]string{"status", "print", "export"}, tt.args[0]) {
				help = "'truce " + tt.args[0] + " --help'"
			}
			if tt.args[0] == "completion" {
				help = "'truce " + strings.Join(tt.args[:min(len(tt.args), 2)], " ") + " --help'"
				if len(tt.args) == 2 {
					help = "'truce completion --help'"
				}
			}
			if !strings.Contains(r.stderr, help) {
				t.Errorf("a usage error should point to %s: %q", help, r.stderr)
			}
		})
	}
}

// TestBadDataFiles checks that --data refuses what is not a readable,
// valid data file, fast and with exit 2, without blocking on a FIFO.
func TestBadDataFiles(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("[meta]\ntitle = 3\nbogus = 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	syntax := filepath.Join(dir, "syntax.toml")
	if err := os.WriteFile(syntax, []byte("[meta\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{"directory", dir, "is a directory"},
		{"missing", filepath.Join(dir, "nope.toml"), "no such file"},
		{"syntax", syntax, "syntax.toml:"},
	}
	if fifo := filepath.Join(dir, "fifo"); makeFIFO(t, fifo) {
		tests = append(tests,
			struct{ name, path, want string }{"fifo", fifo, "named pipe"},
			struct{ name, path, want string }{"dev-zero", "/dev/zero", "a device"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, cmd := range [][]string{{}, {"status"}, {"print"}, {"export"}} {
				r := runCLI(t, append(cmd, "--data", tt.path)...)
				checkFails(t, r, exitUsage, tt.want)
			}
		})
	}
	t.Run("invalid", func(t *testing.T) {
		r := runCLI(t, "status", "--data", bad)
		if r.code != exitUsage || r.stdout != "" {
			t.Fatalf("exit %d, stdout %q", r.code, r.stdout)
		}
		lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
		if len(lines) < 2 {
			t.Fatalf("want one line per problem, got %q", r.stderr)
		}
		for _, ln := range lines {
			if !strings.HasPrefix(ln, bad+":") && !strings.HasPrefix(ln, "…") {
				t.Errorf("problem line %q does not start with the file name", ln)
			}
		}
	})
}

// TestZoneNamesAnyCase: --tz takes an IANA name in any case, and utc.
func TestZoneNamesAnyCase(t *testing.T) {
	for _, tz := range []string{"utc", "asia/shanghai", "AMERICA/NEW_YORK"} {
		if r := runCLI(t, "status", "--data", fixture, "--tz", tz); r.code != 0 {
			t.Errorf("--tz %s: exit %d: %s", tz, r.code, r.stderr)
		}
	}
	r := runCLI(t, "--at", "2026-03-08 02:30 America/New_York")
	checkFails(t, r, exitUsage, "02:30 does not exist in America/New_York")
}
