package data

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
)

// maxDepth is how deeply arrays and inline tables may nest. The schema
// needs three levels; the TOML parser slows badly on deep nesting.
const maxDepth = 32

// tooDeep scans src for brackets nested deeper than maxDepth, skipping
// strings and comments, and returns where the limit was crossed.
func tooDeep(src []byte) (line, col int, deep bool) {
	depth, line, start := 0, 1, 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			line, start = line+1, i+1
		case '#':
			for i < len(src)-1 && src[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			end := skipString(src, i)
			line += bytes.Count(src[i:end], []byte{'\n'})
			if j := bytes.LastIndexByte(src[i:end], '\n'); j >= 0 {
				start = i + j + 1
			}
			i = end - 1
		case '[', '{':
			if depth++; depth > maxDepth {
				return line, i - start + 1, true
			}
		case ']', '}':
			depth = max(depth-1, 0)
		}
	}
	return 0, 0, false
}

// skipString returns the index just past the string starting at src[i]
// (basic or literal, single- or multi-line), or len(src) when unterminated.
func skipString(src []byte, i int) int {
	q := src[i]
	if bytes.HasPrefix(src[i:], []byte{q, q, q}) {
		delim := []byte{q, q, q}
		for j := i + 3; j < len(src); j++ {
			if q == '"' && src[j] == '\\' {
				j++
				continue
			}
			if bytes.HasPrefix(src[j:], delim) {
				return j + 3
			}
		}
		return len(src)
	}
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			if q == '"' {
				j++
			}
		case q, '\n':
			return j + 1
		}
	}
	return len(src)
}

var (
	headerLine = regexp.MustCompile(`^\s*(\[\[?)\s*([A-Za-z0-9_.\s-]+?)\s*\]\]?`)
	keyLine    = regexp.MustCompile(`^(\s*)([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*=`)
)

// locator finds the line and column of a key path such as
// rounds[2].start. It reads table headers and key lines only, so values
// inside inline tables are located at their nearest enclosing key. It is
// built on first use, which happens only when a file has problems.
type locator struct {
	src  []byte
	keys map[string][2]int
}

// find returns the 1-based line and column of path or of its nearest
// located ancestor; 0, 0 when none is known.
func (l *locator) find(path string) (line, col int) {
	if l == nil {
		return 0, 0
	}
	if l.keys == nil {
		l.build()
	}
	for p := path; p != ""; p = parentPath(p) {
		if pos, ok := l.keys[p]; ok {
			return pos[0], pos[1]
		}
	}
	return 0, 0
}

// parentPath drops the last key or index of a path.
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

func (l *locator) build() {
	l.keys = map[string][2]int{}
	counts := map[string]int{} // array-of-tables path -> elements so far
	table := ""
	inML := ""
	for n, text := range strings.Split(string(l.src), "\n") {
		line := n + 1
		if inML != "" {
			if strings.Count(text, inML)%2 == 1 {
				inML = ""
			}
			continue
		}
		if m := headerLine.FindStringSubmatch(text); m != nil {
			table = l.header(m[2], m[1] == "[[", counts)
			l.mark(table, line, strings.Index(text, "[")+1)
			if m[1] == "[[" {
				l.mark(parentPath(table), line, strings.Index(text, "[")+1) // the array, at its first element
			}
			continue
		}
		m := keyLine.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		l.mark(join(table, normKey(m[2])), line, len(m[1])+1)
		rest := text[len(m[0]):]
		for _, q := range []string{`"""`, `'''`} {
			if strings.Count(rest, q)%2 == 1 {
				inML = q
			}
		}
	}
}

// header resolves a table header to an indexed path, counting elements of
// arrays of tables.
func (l *locator) header(name string, array bool, counts map[string]int) string {
	parts := strings.Split(normKey(name), ".")
	path := ""
	for i, part := range parts {
		path = join(path, part)
		n, isArray := counts[path]
		switch {
		case i == len(parts)-1 && array:
			counts[path] = n + 1
			path += "[" + strconv.Itoa(n) + "]"
		case isArray && n > 0:
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

// mark records the first position of a path.
func (l *locator) mark(path string, line, col int) {
	if _, ok := l.keys[path]; !ok {
		l.keys[path] = [2]int{line, col}
	}
}

func normKey(k string) string {
	parts := strings.Split(k, ".")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(parts, ".")
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}
