package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWrapKeepsLinksAndDates: dates never split at their hyphens, URLs and
// addresses never split at all (kept whole or cut with …), other long words
// break, and no line is wider than asked but a kept link.
func TestWrapKeepsLinksAndDates(t *testing.T) {
	url := "https://www.reuters.com/world/china/us-china-trade-talks-2025-10-26/"
	tests := []struct {
		text string
		w    int
		long LongWords
		want []string
	}{
		{"Reuters — US and China agree (2025-05-12)", 30, KeepLinks, []string{"Reuters — US and China agree", "(2025-05-12)"}},
		{"see " + url + " today", 30, KeepLinks, []string{"see", url, "today"}},
		{"see " + url, 30, CutLinks, []string{"see", ansi.Truncate(url, 30, "…")}},
		{"write to press@ustr.eop.gov now", 12, KeepLinks, []string{"write to", "press@ustr.eop.gov", "now"}},
		{strings.Repeat("x", 12), 5, KeepLinks, []string{"xxxxx", "xxxxx", "xx"}},
		{"何立峰 何立峰", 7, KeepLinks, []string{"何立峰", "何立峰"}},
		{"", 10, KeepLinks, []string{""}},
		{"2025-05-12  Geneva joint statement", 20, CutLinks, []string{"2025-05-12  Geneva", "joint statement"}},
		{"  a   b  ", 10, CutLinks, []string{"a   b"}},
	}
	for _, tt := range tests {
		got := Wrap(tt.text, tt.w, tt.long)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tt.text, tt.w, got, tt.want)
		}
		for _, ln := range got {
			if ansi.StringWidth(ln) > tt.w && !(tt.long == KeepLinks && IsLink(ln)) {
				t.Errorf("Wrap(%q, %d): %q is too wide", tt.text, tt.w, ln)
			}
		}
	}
}

// TestIsLink tells URLs and addresses from other words.
func TestIsLink(t *testing.T) {
	for word, want := range map[string]bool{
		"https://example.com/a": true, "(http://x.org).": true, "www.gov.cn": true, "mailto:a@b.c": true,
		"press@ustr.eop.gov": true, "a@b": false, "@handle": false, "2025-05-12": false, "and/or": false, "e.g.": false,
	} {
		if got := IsLink(word); got != want {
			t.Errorf("IsLink(%q) = %v, want %v", word, got, want)
		}
	}
}
