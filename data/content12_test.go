package data

import (
	"strings"
	"testing"
)

// TestEmbeddedNamesSayOnlyWhatWasKnown pins AUDIT §29: a title or name
// says only what was known when its record became known (SCHEMA.md). The
// deadline set on 12 May 2025 was called "First truce expires", which
// foretold a second; the issue shown from April 2025 was called "The
// tariff truce and its extension", before there was a truce or an
// extension.
func TestEmbeddedNamesSayOnlyWhatWasKnown(t *testing.T) {
	ds := embeddedData(t)
	dl, ok := ds.Deadline("truce-2025-08-12")
	if !ok || strings.Contains(strings.ToLower(dl.Title), "first") {
		t.Errorf("truce-2025-08-12: %q should not say it is the first", dl.Title)
	}
	is, ok := ds.Issue("truce-extension")
	if !ok || strings.Contains(strings.ToLower(is.Name), "truce") || strings.Contains(strings.ToLower(is.Name), "extension") {
		t.Errorf("truce-extension: %q names what came later than its first entry", is.Name)
	}
}
