//go:build linux || darwin

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// ptyRun is the built truce running in a pseudo-terminal.
type ptyRun struct {
	cmd    *exec.Cmd
	master *os.File
	tty    *os.File
	mu     sync.Mutex
	out    bytes.Buffer
	done   chan error
	// before is the terminal's settings as the program found them, read
	// before it started (after, the program may already be in raw mode).
	before unix.Termios
}

// buildTruce builds the binary once for the terminal tests.
func buildTruce(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "truce")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func startPTY(t *testing.T, bin string, env ...string) *ptyRun {
	t.Helper()
	return startPTYArgs(t, bin, []string{"--at", "2025-10-26T09:00:00+08:00", "--tz", "UTC"}, env...)
}

// startPTYArgs runs the binary with args in a new 80x24 pty.
func startPTYArgs(t *testing.T, bin string, args []string, env ...string) *ptyRun {
	t.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pty here: %v", err)
	}
	if err := pty.Setsize(master, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), append([]string{"TERM=xterm-256color"}, env...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	r := &ptyRun{cmd: cmd, master: master, tty: tty, done: make(chan error, 1), before: termios(t, tty)}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			r.mu.Lock()
			r.out.Write(buf[:n])
			r.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { r.done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = master.Close()
		_ = tty.Close()
	})
	return r
}

func (r *ptyRun) output() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.out.String()
}

// waitFor waits until the output holds s; the deadline only guards against
// a hang, it is not a timing assertion.
func (r *ptyRun) waitFor(t *testing.T, s string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !strings.Contains(r.output(), s) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the output after 15 s:\n%q", s, r.output())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (r *ptyRun) waitExit(t *testing.T) {
	t.Helper()
	select {
	case err := <-r.done:
		_ = err // any exit status will do: the terminal is what is checked
	case <-time.After(15 * time.Second):
		t.Fatalf("truce did not exit; output:\n%q", r.output())
	}
	// Drain what the program wrote just before it exited.
	for last, i := -1, 0; i < 40; i++ {
		n := len(r.output())
		if n == last {
			return
		}
		last = n
		time.Sleep(50 * time.Millisecond)
	}
}

func termios(t *testing.T, f *os.File) unix.Termios {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(f.Fd()), ioctlGetTermios)
	if err != nil {
		t.Fatal(err)
	}
	return *tio
}

// TestTerminalRestored runs the real binary in a pty and ends it in each way
// a session ends: q, ctrl+c, SIGTERM, SIGHUP and a panic. Every time the
// program exits, leaves the alternate screen, shows the cursor again and
// leaves the terminal's settings as it found them.
func TestTerminalRestored(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildTruce(t)
	ends := map[string]func(r *ptyRun){
		"q":       func(r *ptyRun) { _, _ = r.master.WriteString("q") },
		"ctrl+c":  func(r *ptyRun) { _, _ = r.master.WriteString("\x03") },
		"SIGTERM": func(r *ptyRun) { _ = r.cmd.Process.Signal(syscall.SIGTERM) },
		"SIGHUP":  func(r *ptyRun) { _ = r.cmd.Process.Signal(syscall.SIGHUP) },
		"panic":   func(r *ptyRun) { _, _ = r.master.WriteString("!") },
	}
	for name, end := range ends {
		t.Run(name, func(t *testing.T) {
			r := startPTY(t, bin, panicHookEnv+"=1")
			before := r.before
			r.waitFor(t, "Timeline")
			if during := termios(t, r.tty); during == before {
				t.Fatalf("the program should have put the terminal in raw mode")
			}
			// Resizes down to one cell and to no columns, and back.
			for _, ws := range []pty.Winsize{{Rows: 1, Cols: 1}, {Rows: 24, Cols: 0}, {Rows: 24, Cols: 80}} {
				_ = pty.Setsize(r.master, &ws)
				_ = r.cmd.Process.Signal(syscall.SIGWINCH)
				time.Sleep(50 * time.Millisecond)
			}
			end(r)
			r.waitExit(t)
			out := r.output()
			enter := strings.LastIndex(out, "\x1b[?1049h")
			leave := strings.LastIndex(out, "\x1b[?1049l")
			if enter < 0 || leave < enter {
				t.Errorf("did not leave the alternate screen (enter at %d, leave at %d)", enter, leave)
			}
			if show := strings.LastIndex(out, "\x1b[?25h"); show < strings.LastIndex(out, "\x1b[?25l") {
				t.Errorf("the cursor was left hidden")
			}
			if after := termios(t, r.tty); after != before {
				t.Errorf("terminal settings not restored:\nbefore %+v\nafter  %+v", before, after)
			}
			if name == "panic" && !strings.Contains(out, "test panic hook") {
				t.Errorf("the panic should be reported")
			}
		})
	}
}

// TestBadDataInTerminal: a data file that does not load, on a terminal
// (where the dashboard starts while the data loads), ends the program with
// exit 2 and the file's problems, and the terminal as it was.
func TestBadDataInTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildTruce(t)
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte("[meta]\ntitle = \"x\"\nschema = 2\n[[bogus]]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := startPTYArgs(t, bin, []string{"--data", bad})
	before := r.before
	var err error
	select {
	case err = <-r.done:
	case <-time.After(15 * time.Second):
		t.Fatalf("truce did not exit; output:\n%q", r.output())
	}
	r.waitFor(t, "bogus: unknown key")
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitUsage {
		t.Errorf("exit %v, want %d", err, exitUsage)
	}
	if strings.Contains(r.output(), "panic") {
		t.Errorf("a bad file must not panic:\n%s", r.output())
	}
	if after := termios(t, r.tty); after != before {
		t.Errorf("terminal settings not restored")
	}
}
