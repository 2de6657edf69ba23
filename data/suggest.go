package data

// maxSuggest is the longest word, in bytes, that suggest considers.
const maxSuggest = 100

// suggest returns the candidate closest to word by edit distance (with
// transpositions), if it is within max(2, len(word)/3) edits. Ties go to
// the earliest candidate.
func suggest(word string, candidates []string) (string, bool) {
	if len(word) > maxSuggest {
		return "", false // too long to be a typo of an id; not worth the work
	}
	w := []rune(word)
	limit := max(2, len(w)/3)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		cr := []rune(c)
		if abs(len(cr)-len(w)) >= bestDist || c == word {
			continue
		}
		if dist := editDistance(w, cr); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best, best != ""
}

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of adjacent runes.
func editDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Suggest returns the candidate closest to word by edit distance (with
// transpositions), if it is within max(2, len(word)/3) edits; the command
// line uses it for misspelt commands, flags and view names.
func Suggest(word string, candidates []string) (string, bool) { return suggest(word, candidates) }
