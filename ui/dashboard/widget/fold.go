package widget

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form search compares: lower case, accents and other
// combining marks removed (NFD, then drop Mn), a few letters with strokes
// mapped to their base (đ→d, ø→o, ł→l). Chinese characters are kept, so
// "何" finds 何立峰 and "ha lap" finds Hà Lập Phong.
func Fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = appendFold(b, r)
	}
	return string(b)
}

// appendFold appends one rune folded to zero or more runes to b.
func appendFold(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return utf8.AppendRune(b, unicode.ToLower(r))
	}
	switch r {
	case 'đ', 'Đ':
		return append(b, 'd')
	case 'ø', 'Ø':
		return append(b, 'o')
	case 'ł', 'Ł':
		return append(b, 'l')
	case 'ß':
		return append(b, "ss"...)
	case 'æ', 'Æ':
		return append(b, "ae"...)
	}
	var in [utf8.UTFMax]byte
	var out [4 * utf8.UTFMax]byte
	dec := norm.NFD.Append(out[:0], in[:utf8.EncodeRune(in[:], r)]...)
	for len(dec) > 0 {
		d, size := utf8.DecodeRune(dec)
		dec = dec[size:]
		if !unicode.Is(unicode.Mn, d) {
			b = utf8.AppendRune(b, unicode.ToLower(d))
		}
	}
	return b
}

// matchSpans returns the byte ranges of s (unfolded) where any term matches
// the folded text, merged and in order.
func matchSpans(s string, terms []string) [][2]int {
	var f spanFinder
	return f.find(s, terms)
}

// spanFinder finds where terms match a text (see find), in buffers it keeps:
// once they have grown, finding allocates nothing.
type spanFinder struct {
	folded []byte
	src    []int // src[i]: byte offset in the text of the rune that made folded byte i
	marks  []bool
	spans  [][2]int
}

// find returns the byte ranges of s (unfolded) where any term matches the
// folded text, merged and in order; valid until the next call. It folds
// rune by rune so that a match maps back to whole runes of the original,
// whatever the accents.
func (f *spanFinder) find(s string, terms []string) [][2]int {
	if len(terms) == 0 || s == "" {
		return nil
	}
	f.folded, f.src = f.folded[:0], f.src[:0]
	for i, r := range s {
		n := len(f.folded)
		f.folded = appendFold(f.folded, r)
		for range len(f.folded) - n {
			f.src = append(f.src, i)
		}
	}
	fs := f.folded
	f.marks = append(f.marks[:0], make([]bool, len(s)+1)...)
	marks := f.marks
	for _, t := range terms {
		for from := 0; from < len(fs); {
			j := bytes.Index(fs[from:], []byte(t))
			if j < 0 {
				break
			}
			start := f.src[from+j]
			last := f.src[from+j+len(t)-1]
			_, size := utf8.DecodeRuneInString(s[last:])
			end := last + size
			for k := start; k < end; k++ {
				marks[k] = true
			}
			from += j + max(len(t), 1)
		}
	}
	f.spans = f.spans[:0]
	for i := 0; i < len(s); {
		if !marks[i] {
			i++
			continue
		}
		j := i
		for j < len(s) && marks[j] {
			j++
		}
		f.spans = append(f.spans, [2]int{i, j})
		i = j
	}
	if len(f.spans) == 0 {
		return nil
	}
	return f.spans
}
