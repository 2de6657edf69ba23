package data

import (
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

// maxSuggest is the longest word, in bytes, that suggest considers.
const maxSuggest = 100

// suggest returns the candidate closest to word by edit distance (optimal
// string alignment: insertions, deletions, substitutions and swaps of
// neighbours, by rune), if it is within max(2, len(word)/3) edits. Ties go
// to the earliest candidate.
func suggest(word string, candidates []string) (string, bool) {
	if len(word) > maxSuggest {
		return "", false // too long to be a typo of an id; not worth the work
	}
	n := utf8.RuneCountInString(word)
	limit := max(2, n/3)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if m := utf8.RuneCountInString(c); max(m-n, n-m) >= bestDist || c == word {
			continue
		}
		if dist := edlib.OSADamerauLevenshteinDistance(word, c); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best, best != ""
}

// Suggest returns the candidate closest to word by edit distance (with
// transpositions), if it is within max(2, len(word)/3) edits; the command
// line uses it for misspelt commands, flags and view names.
func Suggest(word string, candidates []string) (string, bool) { return suggest(word, candidates) }
