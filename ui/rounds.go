package ui

import (
	"time"

	"github.com/truce-dev/truce/model"
)

// RoundDays words a round's days in full for a reader in zone viewer (nil:
// where they were set): "Sat 10 May 2025 to Sun 11 May 2025", or "from Sat
// 10 May 2025" when its last day is unset (AsOf leaves it so while the
// round is in progress).
func RoundDays(start, end model.Instant, viewer *time.Location) string {
	if end.IsZero() {
		return "from " + FormatAt(start, viewer)
	}
	return FormatAt(start, viewer) + " to " + FormatAt(end, viewer)
}
