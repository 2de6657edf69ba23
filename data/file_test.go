package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadFileDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadFile(dir)
	if err == nil || err.Error() != dir+": is a directory, not a data file" {
		t.Fatalf("got %v", err)
	}
}

func TestLoadFileMissing(t *testing.T) {
	_, err := LoadFile(filepath.Join(t.TempDir(), "nope.toml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("got %v, want not-exist", err)
	}
}

func TestLoadFileTooBig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.toml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	_, err = LoadFile(path)
	want := path + ": file is 16777217 bytes; the limit is 16777216"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
}

func TestLoadFileProblemsNameThePath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(path, []byte(edit(`side = "us"`, `side = "usa"`)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(path)
	var de *Error
	if !errors.As(err, &de) || !strings.HasPrefix(err.Error(), path+": people[0].side: ") {
		t.Fatalf("got %v", err)
	}
}
