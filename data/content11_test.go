package data

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// TestEmbeddedNinthRecheck pins the finding of the ninth whole-file re-check
// (data/AUDIT.md §27): s114 (News.Az, 9 October 2025, "citing foreign media")
// carries The Straits Times' story from Beijing of that day, not Xinhua's
// dispatch (s113), so it names The Straits Times in via. The rare-earth
// status and China's position of 9 October 2025, which cite both, rest on two
// stories, Xinhua's and The Straits Times', and stay confirmed.
func TestEmbeddedNinthRecheck(t *testing.T) {
	ds := embeddedData(t)
	s114, ok := ds.Source("s114")
	if !ok {
		t.Fatal("s114: missing")
	}
	if s114.Via != "The Straits Times" {
		t.Errorf("s114: via %q, want %q (its text is The Straits Times' story)", s114.Via, "The Straits Times")
	}
	if s114.CopyOf != "" {
		t.Errorf("s114: copy_of %q; it copies no source in the file", s114.CopyOf)
	}
	keys := model.GroupKeys(ds.Sources)
	group := map[string]string{}
	for i := range ds.Sources {
		group[ds.Sources[i].ID] = keys[i]
	}
	if group["s114"] == group["s113"] {
		t.Errorf("s114 and s113 counted as one story (%q)", group["s113"])
	}
	// Once both pages are known (the end of 10 October in Beijing), the
	// status and China's position of 9 October show as confirmed.
	at := time.Date(2025, 10, 11, 0, 0, 0, 0, time.UTC)
	is, ok := ds.AsOf(at).Issue("rare-earths")
	if !ok {
		t.Fatal("rare-earths: not known on 11 October 2025")
	}
	var status, position bool
	for _, e := range is.Statuses {
		if e.Event == "china-export-controls" {
			status = true
			if e.Confidence != model.Confirmed {
				t.Errorf("rare-earths status of 9 October 2025: %q, want confirmed", e.Confidence)
			}
		}
	}
	for _, p := range is.Positions {
		if p.Side == model.China && p.Event == "china-export-controls" {
			position = true
			if p.Confidence != model.Confirmed {
				t.Errorf("rare-earths China position of 9 October 2025: %q, want confirmed", p.Confidence)
			}
		}
	}
	if !status || !position {
		t.Errorf("rare-earths entries of 9 October 2025 missing on 11 October: status %v, position %v", status, position)
	}
}
