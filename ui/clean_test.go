package ui

import (
	"strings"
	"testing"
	"unicode"
)

// TestIsUnsafeEveryRune checks the fast IsUnsafe against its definition,
// for every code point: controls (Cc), private use (Co), surrogates (Cs),
// the bidi controls and the zero-width characters.
func TestIsUnsafeEveryRune(t *testing.T) {
	special := func(r rune) bool {
		switch {
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return true
		case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x180e:
			return true
		}
		return false
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Cs, r) || special(r)
		if r == unicode.ReplacementChar {
			want = false
		}
		if got := IsUnsafe(r); got != want {
			t.Fatalf("IsUnsafe(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestCleanKeepsText: clean text is returned as it is (wide, accented),
// and hostile text loses exactly its controls.
func TestCleanKeepsText(t *testing.T) {
	for _, s := range []string{"He Lifeng 何立峰 Hà Lập Phong", "plain", "Ünïcödé — “quotes”"} {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q", s, got)
		}
	}
	if got := Clean("a\x1b]0;x\x07b\u202ec\td\u200de\n"); got != "abc de " {
		t.Errorf("Clean(hostile) = %q", got)
	}
	if got := CleanBlock("a\nb\u0085c"); !strings.Contains(got, "\n") || strings.ContainsRune(got, 0x85) {
		t.Errorf("CleanBlock = %q", got)
	}
}
