//go:build linux || darwin

package main

import (
	"errors"
	"os/exec"
	"slices"
	"syscall"
	"testing"
	"time"
)

// exitCode waits for the program in the pty to exit and returns its exit
// status. The wait is a liveness guard, not a timing assertion.
func (r *ptyRun) exitCode(t *testing.T) int {
	t.Helper()
	select {
	case err := <-r.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(15 * time.Second):
		t.Fatalf("truce did not exit; output:\n%q", r.output())
	}
	return -1
}

// TestExitStatus checks the exit status of each way a dashboard session
// ends, as scripts and shells see it (TestTerminalRestored checks the
// terminal): q quits with 0, a hang-up with 129 (128+SIGHUP), a panic with
// 1; ctrl+c is the quit key in raw mode and SIGTERM a quit in Bubble Tea, so
// 0 or the signal's conventional status will do for them.
func TestExitStatus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildTruce(t)
	tests := []struct {
		name  string
		end   func(r *ptyRun)
		codes []int
	}{
		{"q", func(r *ptyRun) { _, _ = r.master.WriteString("q") }, []int{0}},
		{"ctrl+c", func(r *ptyRun) { _, _ = r.master.WriteString("\x03") }, []int{0, 130}},
		{"SIGTERM", func(r *ptyRun) { _ = r.cmd.Process.Signal(syscall.SIGTERM) }, []int{0, 143}},
		{"SIGHUP", func(r *ptyRun) { _ = r.cmd.Process.Signal(syscall.SIGHUP) }, []int{129}},
		{"panic", func(r *ptyRun) { _, _ = r.master.WriteString("!") }, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := startPTY(t, bin, panicHookEnv+"=1")
			r.waitFor(t, "Timeline")
			tt.end(r)
			if code := r.exitCode(t); !slices.Contains(tt.codes, code) {
				t.Errorf("exit status %d, want one of %v; output:\n%q", code, tt.codes, r.output())
			}
		})
	}
}

// TestHangup closes the terminal under the running dashboard, as when a
// terminal window or an ssh connection goes away (the kernel hangs up the
// session): the program must exit rather than spin writing to a terminal
// that is gone.
func TestHangup(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	r := startPTY(t, buildTruce(t))
	r.waitFor(t, "Timeline")
	_, _ = r.master.WriteString("4") // Countdowns: a tick every second
	r.waitFor(t, "NEXT DEADLINE")    // the Countdowns hero
	_ = r.master.Close()
	r.exitCode(t)
}
