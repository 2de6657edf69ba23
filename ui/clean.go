package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Clean makes a string from the data safe to draw on one line: escape
// sequences (CSI, OSC, DCS, …) are removed, control characters (C0, C1, DEL)
// become nothing or a space, bidirectional overrides and zero-width
// characters that make widths lie are dropped, and invalid UTF-8 becomes
// U+FFFD. Newlines and tabs become single spaces.
func Clean(s string) string { return clean(s, false) }

// CleanBlock is Clean that keeps newlines, for paragraphs.
func CleanBlock(s string) string { return clean(s, true) }

func clean(s string, keepNewlines bool) string {
	if isPlainASCII(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.ContainsAny(s, "\x1b\u009b\u009d\u0090") {
		s = ansi.Strip(s)
	}
	if !needsCleaning(s, keepNewlines) {
		return s // printable text with wide or accented letters: as it is
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case IsUnsafe(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsCleaning reports whether s holds a rune clean would change.
func needsCleaning(s string, keepNewlines bool) bool {
	for _, r := range s {
		if r == '\n' && keepNewlines {
			continue
		}
		if r == '\t' || r == '\r' || r == '\n' || IsUnsafe(r) {
			return true
		}
	}
	return false
}

// isPlainASCII reports whether s is printable ASCII only: the common case,
// returned as is without allocating.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// IsUnsafe reports whether r must not reach a terminal as it is: C0 and C1
// controls, DEL, bidirectional embeddings, overrides, isolates and marks,
// zero-width characters, and private-use or surrogate code points.
func IsUnsafe(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7f, r >= 0xa0 && r < 0x061c:
		return false // printable ASCII, Latin, Greek, Cyrillic…: the common case, decided at once
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true // C0, DEL, C1 controls
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c:
		return true // bidirectional embeddings, overrides, isolates, marks
	case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x180e:
		return true // zero-width space, joiners, word joiner, BOM
	case r == utf8.RuneError:
		return false // shown as the replacement character
	case r >= 0xd800 && r <= 0xdfff: // surrogates (Cs)
		return true
	case r >= 0xe000 && r <= 0xf8ff, r >= 0xf0000 && r <= 0xffffd, r >= 0x100000 && r <= 0x10fffd: // private use (Co); Cc is all above
		return true
	}
	return false
}
