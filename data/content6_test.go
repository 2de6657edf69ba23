package data

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEmbeddedFourthRecheck pins the findings of the fourth whole-file
// re-check (data/AUDIT.md §22): TikTok's US venture was announced on Thursday
// 22 January 2026 and is shown from the end of that day, not a day later; and
// the Section 122 deadline, known from the proclamation of 20 February 2026,
// says what the proclamation set, not what the customs guidance of
// 24 February said.
func TestEmbeddedFourthRecheck(t *testing.T) {
	ds := embeddedData(t)
	ny := newYork(t)
	// 1. TikTok: ByteDance said on Thursday 22 January that the venture was set up (Reuters,
	// CNA); TASS reported the sign-off that day. At 6 a.m. on the 23rd in New York it is known.
	morning := ds.AsOf(time.Date(2026, 1, 23, 6, 0, 0, 0, ny))
	if _, ok := morning.Event("tiktok-deal-closes"); !ok {
		t.Errorf("tiktok-deal-closes: not shown on the morning of 23 January, after the announcement of 22 January")
	}
	if is, ok := morning.Issue("tiktok"); !ok || len(is.Statuses) == 0 || is.Statuses[len(is.Statuses)-1].Event != "tiktok-deal-closes" {
		t.Errorf("tiktok: the status of the venture's establishment should be known on the morning of 23 January (issue shown: %v)", ok)
	}
	if _, ok := ds.AsOf(time.Date(2026, 1, 22, 12, 0, 0, 0, ny)).Event("tiktok-deal-closes"); ok {
		t.Errorf("tiktok-deal-closes: shown during 22 January, before the end of its day")
	}
	// 2. Section 122: from 20 February the deadline may say only what the proclamation said.
	dl, ok := ds.Deadline("section-122-2026-07")
	if !ok {
		t.Fatal("section-122-2026-07: missing")
	}
	if !strings.Contains(dl.What, "proclamation of 20 February") || strings.Contains(strings.ToLower(dl.What), "customs") {
		t.Errorf("section-122-2026-07: what should give the proclamation's instants, not the customs guidance of 24 February: %s", dl.What)
	}
	if !slices.Contains(dl.Sources, "s295") {
		t.Errorf("section-122-2026-07: s295 (Thompson Hine on the proclamation) should back it: %v", dl.Sources)
	}
	if src, ok := ds.Source("s295"); !ok || src.Kind != "analysis" {
		t.Errorf("s295: want an analysis source: %+v", src)
	}
}
