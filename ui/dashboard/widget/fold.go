package widget

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form search compares: lower case, accents and other
// combining marks removed (NFD, then drop Mn), a few letters with strokes
// mapped to their base (đ→d, ø→o, ł→l). Chinese characters are kept, so
// "何" finds 何立峰 and "ha lap" finds Hà Lập Phong.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// foldRune folds one rune to zero or more runes.
func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		return string(unicode.ToLower(r))
	}
	switch r {
	case 'đ', 'Đ':
		return "d"
	case 'ø', 'Ø':
		return "o"
	case 'ł', 'Ł':
		return "l"
	case 'ß':
		return "ss"
	case 'æ', 'Æ':
		return "ae"
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		b.WriteRune(unicode.ToLower(d))
	}
	return b.String()
}

// matchSpans returns the byte ranges of s (unfolded) where any term matches
// the folded text, merged and in order. It folds rune by rune so that a
// match maps back to whole runes of the original, whatever the accents.
func matchSpans(s string, terms []string) [][2]int {
	if len(terms) == 0 || s == "" {
		return nil
	}
	var folded strings.Builder
	var src []int // src[i]: byte offset in s of the rune that made folded byte i
	for i, r := range s {
		f := foldRune(r)
		folded.WriteString(f)
		for range len(f) {
			src = append(src, i)
		}
	}
	fs := folded.String()
	marks := make([]bool, len(s)+1)
	for _, t := range terms {
		for from := 0; from < len(fs); {
			j := strings.Index(fs[from:], t)
			if j < 0 {
				break
			}
			start := src[from+j]
			last := src[from+j+len(t)-1]
			_, size := utf8.DecodeRuneInString(s[last:])
			end := last + size
			for k := start; k < end; k++ {
				marks[k] = true
			}
			from += j + max(len(t), 1)
		}
	}
	var spans [][2]int
	for i := 0; i < len(s); {
		if !marks[i] {
			i++
			continue
		}
		j := i
		for j < len(s) && marks[j] {
			j++
		}
		spans = append(spans, [2]int{i, j})
		i = j
	}
	return spans
}
