package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Wrapping that keeps what must stay whole: every output wraps its text
// here. Text breaks at spaces only, never at a hyphen, so a date such as
// "(2025-05-12)" or a hyphenated name is never split.

// LongWords says what to do with a URL or an e-mail address wider than the
// line.
type LongWords int

const (
	// KeepLinks puts a long URL or address whole on a line of its own,
	// however wide: a reader can select it, a script can grep it (`truce
	// print`).
	KeepLinks LongWords = iota
	// CutLinks cuts a long URL or address with "…" to the width: the
	// dashboard draws into panes of a fixed size and copies the whole URL
	// with a key instead.
	CutLinks
)

// Wrap wraps plain text at spaces to lines of at most w cells (w < 1 counts
// as 1), measured with ansi.StringWidth. A URL or an e-mail address is
// never broken: it moves to the next line when it does not fit, and one
// wider than w is kept or cut as long says. Any other word wider than w is
// broken between grapheme clusters. The spaces between two words on one
// line are kept as they are; a line never starts or ends with a space.
func Wrap(text string, w int, long LongWords) []string {
	w = max(w, 1)
	var lines []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
	}
	for gap, word := range words(text) {
		ww := ansi.StringWidth(word)
		if curW > 0 && curW+gap+ww > w {
			flush()
		}
		if ww > w {
			if curW > 0 {
				flush()
			}
			switch {
			case IsLink(word) && long == KeepLinks:
				lines = append(lines, word)
				continue
			case IsLink(word):
				lines = append(lines, ansi.Truncate(word, w, "…"))
				continue
			}
			parts := strings.Split(ansi.Hardwrap(word, w, false), "\n")
			lines = append(lines, parts[:len(parts)-1]...)
			word = parts[len(parts)-1]
			ww = ansi.StringWidth(word)
		}
		if curW > 0 {
			cur.WriteString(strings.Repeat(" ", gap))
			curW += gap
		}
		cur.WriteString(word)
		curW += ww
	}
	if curW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// words yields the words of text with the number of spaces before each.
func words(text string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		gap := 0
		for text != "" {
			i := strings.IndexFunc(text, func(r rune) bool { return r != ' ' && r != '\t' && r != '\n' })
			if i < 0 {
				return
			}
			gap, text = i, text[i:]
			j := strings.IndexAny(text, " \t\n")
			if j < 0 {
				j = len(text)
			}
			if !yield(max(gap, 1), text[:j]) {
				return
			}
			text = text[j:]
		}
	}
}

// IsLink reports whether a word (trailing punctuation and brackets aside)
// is a URL or an e-mail address.
func IsLink(word string) bool {
	w := strings.Trim(word, "()[]<>\"'.,;:!?")
	switch {
	case strings.Contains(w, "://"), strings.HasPrefix(w, "www."), strings.HasPrefix(w, "mailto:"):
		return true
	}
	user, domain, ok := strings.Cut(w, "@")
	dot := strings.LastIndexByte(domain, '.')
	return ok && user != "" && dot > 0 && dot < len(domain)-1 && !strings.ContainsAny(domain, "@/")
}
