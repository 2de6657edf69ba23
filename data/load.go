package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/truce-dev/truce/model"
)

// MaxFileSize is the largest file LoadFile reads, in bytes.
const MaxFileSize = 16 << 20

// maxMessage is the longest syntax message kept from the TOML parser.
const maxMessage = 160

// Load decodes and validates a data file and prepares it for queries. name
// is used in error messages only. Problems come back as an *Error that
// lists every problem found (up to MaxProblems).
func Load(name string, content []byte) (*model.Dataset, error) {
	c := newCollector(name)
	if line, col, deep := tooDeep(content); deep {
		c.addAt(line, col, "", fmt.Sprintf("arrays and tables nested more than %d deep", maxDepth))
		return nil, c.err()
	}
	var raw map[string]any
	if _, err := toml.Decode(string(content), &raw); err != nil {
		c.syntax(err, content)
		return nil, c.err()
	}
	if len(raw) == 0 {
		c.add("", "the file holds no data")
		return nil, c.err()
	}
	ds := &model.Dataset{}
	loc := &locator{src: content}
	newDecoder(c, loc, raw).value(raw, reflect.ValueOf(ds).Elem())
	validate(ds, c, loc)
	if err := c.err(); err != nil {
		return nil, err
	}
	ds.Prepare()
	return ds, nil
}

// syntax records a TOML parse error in src as one short problem.
func (c *collector) syntax(err error, src []byte) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		c.add("", shorten(err.Error()))
		return
	}
	line, col := syntaxPosition(pe.Position, src)
	c.addAt(line, col, "", shorten(pe.Message))
}

// syntaxPosition is where a parse error lies in src, as LINE and COL from 1.
// The parser counts a line break it has just read before it reports an
// error found on it ("[x" then a line break: line 3 of a 2-line file), so
// the line is counted from the error's byte offset when it is the one
// before; and the position is kept inside the file: at most its last line,
// at most one column past that line's end.
func syntaxPosition(p toml.Position, src []byte) (line, col int) {
	line, col = max(p.Line, 1), max(p.Col, 1)
	if p.Start > 0 && p.Start <= len(src) {
		if at := 1 + bytes.Count(src[:p.Start], []byte{'\n'}); at == line-1 {
			line = at
		}
	}
	body := bytes.TrimSuffix(src, []byte{'\n'})
	if last := 1 + bytes.Count(body, []byte{'\n'}); line > last {
		line, col = last, len(body)-bytes.LastIndexByte(body, '\n')
	}
	start := 0
	for i := 1; i < line; i++ {
		start += bytes.IndexByte(src[start:], '\n') + 1
	}
	end := bytes.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	return line, min(col, end+1)
}

// shorten makes a parser message fit on one line of reasonable length.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= maxMessage {
		return s
	}
	cut := maxMessage
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// LoadFile reads and loads the data file at path. It refuses directories,
// devices, pipes and files over MaxFileSize before reading them.
func LoadFile(path string) (*model.Dataset, error) {
	fi, err := os.Stat(path) // before opening: opening a FIFO blocks
	if err != nil {
		return nil, err
	}
	if err := checkFile(path, fi); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !os.SameFile(fi, opened) {
		return nil, fmt.Errorf("%s: file was replaced while being opened", path)
	}
	if err := checkFile(path, opened); err != nil {
		return nil, err
	}
	content, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(content) > MaxFileSize {
		return nil, fmt.Errorf("%s: file grew past the limit of %d bytes while being read", path, MaxFileSize)
	}
	return Load(path, content)
}

// checkFile refuses anything but a regular file of at most MaxFileSize.
func checkFile(path string, fi os.FileInfo) error {
	switch {
	case fi.IsDir():
		return fmt.Errorf("%s: is a directory, not a data file", path)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s: not a regular file (%s)", path, fileKind(fi.Mode()))
	case fi.Size() > MaxFileSize:
		return fmt.Errorf("%s: file is %d bytes; the limit is %d", path, fi.Size(), MaxFileSize)
	}
	return nil
}

// fileKind names the kind of a file that is not regular.
func fileKind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.Type().String()
}
