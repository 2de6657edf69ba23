//go:build unix

package data

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestLoadFileFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fifo.toml")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := LoadFile(path); done <- err }()
	select {
	case err := <-done:
		want := path + ": not a regular file (a named pipe)"
		if err == nil || err.Error() != want {
			t.Fatalf("got %v, want %s", err, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("LoadFile blocked on a FIFO")
	}
}

func TestLoadFileDevZero(t *testing.T) {
	_, err := LoadFile("/dev/zero")
	want := "/dev/zero: not a regular file (a device)"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
}
