package data

import (
	"fmt"
	"strings"
)

// MaxProblems is how many problems an Error lists before it only counts.
const MaxProblems = 20

// Problem is one thing wrong with a data file.
type Problem struct {
	// File is the name of the file, as given to Load.
	File string
	// Line and Col locate the problem (1-based); 0 when not known.
	Line, Col int
	// Path is the key path, with 0-based indices, e.g.
	// rounds[2].attendance[1].person; empty for syntax errors.
	Path string
	// Msg says what is wrong.
	Msg string
}

// String renders the problem as FILE:LINE:COL: [PATH: ]MSG when the position
// is known, and as FILE: PATH: MSG otherwise.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Line, p.Col)
	}
	b.WriteString(": ")
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Error is returned by the loaders when a file cannot be decoded or does
// not validate. It lists the first MaxProblems problems and counts the rest.
// Command-line callers exit with status 2 on it.
type Error struct {
	problems []Problem
	more     int
}

// Problems returns the problems listed (at most MaxProblems).
func (e *Error) Problems() []Problem { return e.problems }

// More returns how many problems were found beyond those listed.
func (e *Error) More() int { return e.more }

// Error renders one problem per line, then "… and N more problems" when
// some were left out.
func (e *Error) Error() string {
	lines := make([]string, 0, len(e.problems)+1)
	for _, p := range e.problems {
		lines = append(lines, p.String())
	}
	switch {
	case e.more == 1:
		lines = append(lines, "… and 1 more problem")
	case e.more > 1:
		lines = append(lines, fmt.Sprintf("… and %d more problems", e.more))
	}
	return strings.Join(lines, "\n")
}

// collector gathers the problems of one load.
type collector struct {
	file     string
	list     []Problem
	more     int
	suppress map[string]bool // paths whose value failed to decode
}

func newCollector(file string) *collector {
	return &collector{file: file}
}

// full reports whether further problems will only be counted, so that
// callers can skip costly work such as suggestions.
func (c *collector) full() bool { return len(c.list) >= MaxProblems }

// add records a problem at path unless path already failed to decode.
func (c *collector) add(path, msg string) {
	c.addAt(0, 0, path, msg)
}

// addf is add with a format.
func (c *collector) addf(path, format string, args ...any) {
	if c.full() {
		if !c.suppress[path] {
			c.more++
		}
		return
	}
	c.add(path, fmt.Sprintf(format, args...))
}

// addAt records a problem with a position.
func (c *collector) addAt(line, col int, path, msg string) {
	if c.suppress[path] {
		return
	}
	if c.full() {
		c.more++
		return
	}
	c.list = append(c.list, Problem{File: c.file, Line: line, Col: col, Path: path, Msg: msg})
}

// err returns the problems as an *Error, or nil when there are none.
func (c *collector) err() error {
	if len(c.list) == 0 {
		return nil
	}
	return &Error{problems: c.list, more: c.more}
}
