//go:build linux || darwin

package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestBadInputBinary runs the built program (errors_test.go runs run() in
// process) with each kind of bad command line of issue 8: every flag with a
// wrong value, unknown flags, an --at of year 0 or 10000, an unknown --tz,
// --data naming a directory, a missing file, a FIFO, /dev/zero or a file
// over the size limit. Each must exit 2 with one line on stderr and nothing
// on stdout. The context timeout is a liveness guard (a FIFO or /dev/zero
// read would block or run forever), not a timing assertion.
func TestBadInputBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := unix.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.toml")
	if err := os.WriteFile(huge, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 17<<20); err != nil { // sparse, 17 MiB
		t.Fatal(err)
	}
	syntax := filepath.Join(dir, "syntax.toml")
	if err := os.WriteFile(syntax, []byte("[meta\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := [][]string{
		{"--bogus"}, {"-x"}, {"status", "--bogus"}, {"frobnicate"}, {"print", "nope"},
		{"--at", "0000-01-01"}, {"--at", "10000-01-01"}, {"--at", "tomorrow"}, {"--at", ""}, {"--at"},
		{"--tz", "Mars/Olympus_Mons"}, {"--tz", ""}, {"--tz", "../../etc/passwd"},
		{"--tab", "nine"}, {"--tab", "6"},
		{"print", "--width", "5"}, {"print", "--width", "wide"}, {"print", "--width", "99999999999999999999"},
		{"print", "--color", "sometimes"}, {"export", "--format", "xml"},
		{"status", "--format", "{{"}, {"status", "--json=maybe"}, {"--watch"},
		{"--data", dir}, {"--data", filepath.Join(dir, "missing.toml")}, {"--data", fifo},
		{"--data", "/dev/zero"}, {"--data", huge}, {"--data", syntax},
		{"status", "--data", fifo}, {"export", "--data", "/dev/zero"},
	}
	bin := buildTruce(t)
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Parallel()
			const guard = 15 * time.Second
			ctx, cancel := context.WithTimeout(context.Background(), guard)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, args...)
			cmd.Env = []string{"HOME=" + dir, "TERM=dumb"}
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if ctx.Err() != nil {
				t.Fatalf("still running after %v", guard)
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitUsage {
				t.Errorf("exit %v, want status 2; stderr %q", err, stderr.String())
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout should be empty, got %q", stdout.String())
			}
			msg := stderr.String()
			if strings.Count(msg, "\n") != 1 || !strings.HasSuffix(msg, "\n") || len(msg) < 12 {
				t.Errorf("want one clear line on stderr, got %q", msg)
			}
			if strings.ContainsAny(strings.TrimSuffix(msg, "\n"), "\x1b\r\x00") {
				t.Errorf("control characters in the error: %q", msg)
			}
		})
	}
}
