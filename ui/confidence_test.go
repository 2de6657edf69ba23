package ui

import (
	"testing"

	"github.com/truce-dev/truce/model"
)

// TestSourcedWord checks that a record with no cited source published yet
// does not read as weakly sourced, and that the others read as their level.
func TestSourcedWord(t *testing.T) {
	none := model.Sourced{Sources: []string{}, Confidence: model.Unconfirmed, NoSourceYet: true}
	if got := SourcedWord(none, Spelled); got != NoSourceYetWords {
		t.Errorf("SourcedWord(no source yet, Spelled) = %q, want %q", got, NoSourceYetWords)
	}
	if got := SourcedWord(none, Compact); got != "no source yet" {
		t.Errorf("SourcedWord(no source yet, Compact) = %q", got)
	}
	for _, c := range model.Confidences() {
		s := model.Sourced{Sources: []string{"s1"}, Confidence: c}
		for _, w := range []Wording{Compact, Spelled} {
			if got, want := SourcedWord(s, w), ConfidenceWord(c, w); got != want {
				t.Errorf("SourcedWord(%s, %d) = %q, want %q", c, w, got, want)
			}
		}
	}
}

// TestSourcedWordMerged checks that a record flagged NoSourceYet whose
// sources were merged with another's (a round's event) reads as its level.
func TestSourcedWordMerged(t *testing.T) {
	s := model.Sourced{Sources: []string{"s1"}, Confidence: model.Unconfirmed, NoSourceYet: true}
	if got := SourcedWord(s, Spelled); got != "unconfirmed" {
		t.Errorf("SourcedWord(flagged, with a source) = %q, want %q", got, "unconfirmed")
	}
}
