package widget

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/truce-dev/truce/ui"
)

// The one matcher of truce's searches: a tab's `/` search and the lookup
// across every tab rank with it. It folds case, accents and tone marks
// (Fold), ignores the spaces between words ("helifeng" finds He Lifeng),
// drops pinyin tone numbers ("li3 cheng2gang1"), keeps Chinese characters,
// and ranks a record by where the query matched.

// Rank says how well a record answers a query; higher is better. Inside a
// name a term may match anywhere; in the rest of a record's text, only at
// the start of a word.
type Rank int

// The ranks, worst first.
const (
	// NoMatch: some term is nowhere in the record.
	NoMatch Rank = iota
	// Elsewhere: every term starts a word of the record's text.
	Elsewhere
	// Related: every term starts a word of what relates the record to
	// others (a person's rounds attended).
	Related
	// NameContains: every term is inside one of the record's names.
	NameContains
	// WordPrefix: every term starts a word of one name ("li ch" for Li
	// Chenggang).
	WordPrefix
	// NamePrefix: a name starts with the query, spaces aside ("lich"), or
	// every term is a whole word of a name ("bessent" for Scott Bessent).
	NamePrefix
	// ExactName: the query is one of the record's names, spaces aside.
	ExactName
)

// Query is a search as the matcher compares it.
type Query struct {
	// Terms are the folded words of the query.
	Terms []string
	// Compact is the terms joined with no space: "he lifeng" → "helifeng".
	Compact string
}

// ParseQuery folds a typed query into terms.
func ParseQuery(q string) Query {
	terms := Terms(q)
	for i, t := range terms {
		terms[i] = dropTones(t)
	}
	return Query{Terms: terms, Compact: compact(strings.Join(terms, ""))}
}

// Empty reports whether the query has no term.
func (q Query) Empty() bool { return len(q.Terms) == 0 }

// Terms splits a query into folded search terms; a record matches when it
// holds every term.
func Terms(query string) []string {
	return strings.Fields(Fold(ui.Clean(query)))
}

// MatchAll reports whether every term starts a word of the folded text
// ("lon" finds London, not "belongs"; a term in Chinese, written without
// spaces, may start anywhere). A term in the plural also matches its
// singular ("soybeans" finds "soybean").
func MatchAll(folded string, terms []string) bool {
	for _, t := range terms {
		if !startsWord(folded, t) && !startsWord(folded, singular(t)) {
			return false
		}
	}
	return true
}

// containsAll reports whether the folded text holds every term anywhere
// (inside a name: "enggang" finds Chenggang).
func containsAll(folded string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(folded, t) && !strings.Contains(folded, singular(t)) {
			return false
		}
	}
	return true
}

// startsWord reports whether t occurs in text at the start of a word: at
// the start, after a rune that is no letter or digit, or next to a Chinese
// character.
func startsWord(text, t string) bool {
	if t == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(t)
	anywhere := isHan(first)
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], t)
		if j < 0 {
			return false
		}
		p := i + j
		if prev, _ := utf8.DecodeLastRuneInString(text[:p]); p == 0 || anywhere || notWordRune(prev) || isHan(prev) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[p:])
		i = p + size
	}
	return false
}

// isHan reports a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// compactText is folded text with its spaces taken out, and where each of
// its words starts: "he lifeng" finds "He Lifeng" in prose, and "lich"
// does not find "public hearing".
type compactText struct {
	s      string
	starts []int // byte offsets in s where a word starts
}

// newCompactText compacts folded text, keeping its word starts.
func newCompactText(folded string) compactText {
	var b strings.Builder
	var starts []int
	inWord := false
	for _, r := range folded {
		if notWordRune(r) {
			inWord = false
			continue
		}
		if !inWord || isHan(r) {
			starts = append(starts, b.Len())
		}
		inWord = true
		b.WriteRune(r)
	}
	return compactText{s: b.String(), starts: starts}
}

// hasWordStart reports whether q occurs in the compact text starting at a
// word's start.
func (c compactText) hasWordStart(q string) bool {
	if q == "" {
		return false
	}
	for i := 0; i < len(c.s); {
		j := strings.Index(c.s[i:], q)
		if j < 0 {
			return false
		}
		if _, ok := slices.BinarySearch(c.starts, i+j); ok {
			return true
		}
		_, size := utf8.DecodeRuneInString(c.s[i+j:])
		i += j + size
	}
	return false
}

// singular drops an English plural ending from a term of four letters or
// more: "soybeans" → "soybean", "tariffs" → "tariff", "taxes" → "tax".
func singular(t string) string {
	if len(t) < 4 {
		return t
	}
	for _, end := range []string{"ches", "shes", "xes", "ses"} {
		if strings.HasSuffix(t, end) {
			return t[:len(t)-2]
		}
	}
	if strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
		return t[:len(t)-1]
	}
	return t
}

// dropTones removes pinyin tone numbers from a term made only of
// syllables, each with a vowel and followed by a digit 1–5 ("cheng2gang1"
// → "chenggang"); any other term is kept as it is ("g20", "q2", "3").
func dropTones(t string) string {
	prevLetter, vowel, tones := false, false, false
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			prevLetter = true
			vowel = vowel || strings.ContainsRune("aeiouvü", r)
		case r >= '1' && r <= '5' && prevLetter && vowel:
			prevLetter, vowel, tones = false, false, true
		default:
			return t // not pinyin: "g20", "q2" (a syllable has a vowel), "3"
		}
	}
	if !tones {
		return t
	}
	return strings.Map(func(r rune) rune {
		if r >= '1' && r <= '5' {
			return -1
		}
		return r
	}, t)
}

// compact keeps the letters and digits of folded text: what "ignoring the
// spaces" compares.
func compact(folded string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, folded)
}

// Record is what the matcher knows of one record, folded once.
type Record struct {
	names   []string // folded names
	compact []string // the names, compact
	words   []string // the words of the names
	related string   // folded related text
	relC    compactText
	text    string // folded: names, related and the rest
	textC   compactText
	display []string // the names and their words as written, for suggestions
}

// NewRecord folds a record's names (the first is how it is shown), the
// text relating it to others, and the rest of its text.
func NewRecord(names []string, related, text string) Record {
	var r Record
	for _, n := range names {
		n = ui.Clean(n)
		f := Fold(n)
		if strings.TrimSpace(f) == "" {
			continue
		}
		r.names = append(r.names, f)
		r.compact = append(r.compact, compact(f))
		r.words = append(r.words, strings.FieldsFunc(f, notWordRune)...)
		r.display = append(r.display, n)
		r.display = append(r.display, strings.FieldsFunc(n, notWordRune)...)
	}
	r.related = Fold(ui.Clean(related))
	r.relC = newCompactText(r.related)
	r.text = strings.Join(r.names, " ") + " " + r.related + " " + Fold(ui.Clean(text))
	r.textC = newCompactText(r.text)
	return r
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Rank says how well the record answers q (NoMatch for an empty query).
func (r *Record) Rank(q Query) Rank {
	if q.Empty() {
		return NoMatch
	}
	best := NoMatch
	for i, c := range r.compact {
		switch {
		case q.Compact != "" && c == q.Compact:
			return ExactName
		case q.Compact != "" && strings.HasPrefix(c, q.Compact), wholeWords(r.names[i], q.Terms):
			best = max(best, NamePrefix)
		case wordPrefixes(r.names[i], q.Terms):
			best = max(best, WordPrefix)
		case containsAll(r.names[i], q.Terms) || q.Compact != "" && strings.Contains(c, q.Compact):
			best = max(best, NameContains)
		}
	}
	switch {
	case best > NoMatch:
		return best
	case MatchAll(r.related, q.Terms) || r.relC.hasWordStart(q.Compact):
		return Related
	case MatchAll(r.text, q.Terms) || r.textC.hasWordStart(q.Compact):
		return Elsewhere
	}
	return NoMatch
}

// wholeWords reports whether every term is a whole word of the folded name.
func wholeWords(name string, terms []string) bool {
	words := strings.FieldsFunc(name, notWordRune)
	for _, t := range terms {
		if !slices.Contains(words, t) {
			return false
		}
	}
	return true
}

// wordPrefixes reports whether every term starts some word of the folded
// name.
func wordPrefixes(name string, terms []string) bool {
	words := strings.FieldsFunc(name, notWordRune)
	for _, t := range terms {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, t) }) {
			return false
		}
	}
	return true
}

// Suggest returns the name, or the word of a name, closest to a query that
// matched nothing ("bessnet" → "Bessent"), or "" when none is close: at
// most a third of the query's letters differ (a swap of two neighbours
// counts once).
func Suggest(q Query, records []*Record) string {
	n := utf8.RuneCountInString(q.Compact)
	if n < 3 || n > maxSuggest {
		return "" // too short to guess from, or too long to be a typo of a name
	}
	limit := max(1, n/3)
	best, bestD := "", limit+1
	for _, r := range records {
		for _, d := range r.display {
			c := compact(Fold(d))
			if m := utf8.RuneCountInString(c); c == "" || max(m-n, n-m) >= bestD {
				continue // empty, or too far apart in length to be within reach
			}
			if dist := edlib.OSADamerauLevenshteinDistance(q.Compact, c); dist < bestD {
				best, bestD = d, dist
			}
		}
	}
	return best
}

// maxSuggest is the longest query, in runes, that gets a "did you mean": a
// longer one is no misspelt name, and comparing it with every name on every
// keystroke would cost.
const maxSuggest = 40
