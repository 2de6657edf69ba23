package ui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/truce-dev/truce/model"
)

// SourcesNewestFirst lists the sources by publication date, newest first
// (the dashboard's Sources tab and `truce print sources` agree). A range of
// days counts from its first day; a date given to the month only sorts
// after the days of that month; sources of the same date keep the data's
// order.
func SourcesNewestFirst(sources []model.Source) []*model.Source {
	out := make([]*model.Source, len(sources))
	for i := range sources {
		out[i] = &sources[i]
	}
	slices.SortStableFunc(out, func(a, b *model.Source) int {
		return cmp.Compare(sortDate(b.Date), sortDate(a.Date))
	})
	return out
}

// sortDate is the part of a source's date that orders it.
func sortDate(d string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(d), "/")
	return first
}
