package ui

import (
	"testing"

	"github.com/truce-dev/truce/model"
)

// TestSourcesNewestFirst orders by date, newest first, ranges by their
// first day, ties in the data's order.
func TestSourcesNewestFirst(t *testing.T) {
	in := []model.Source{{ID: "a", Date: "2025-05-11/12"}, {ID: "b", Date: "2025-10-26"}, {ID: "c", Date: "2025-08"},
		{ID: "d", Date: "2025-10-26"}, {ID: "e", Date: "2025-08-03"}}
	got := ""
	for _, s := range SourcesNewestFirst(in) {
		got += s.ID
	}
	if got != "bdeca" {
		t.Errorf("order %q, want bdeca", got)
	}
}
