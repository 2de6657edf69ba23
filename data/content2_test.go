package data

import (
	"testing"

	"github.com/truce-dev/truce/model"
)

// TestEmbeddedSourcesHonest checks the embedded data against the schema 2
// rules of issue #13 explicitly: no source URL on a non-public host, and
// every confirmed record backed by two independent sources that are not
// weak. The schema 1 file the program embeds today predates those rules.
func TestEmbeddedSourcesHonest(t *testing.T) {
	ds := embeddedData(t)
	if ds.Meta.Schema < 2 {
		t.Skip("the embedded data is schema 1: the URL and confidence rules apply from schema 2")
	}
	for _, s := range ds.Sources {
		if s.URL != "" {
			if msg := checkURL(s.URL); msg != "" {
				t.Errorf("source %s: %s", s.ID, msg)
			}
		}
	}
	keys := model.GroupKeys(ds.Sources)
	group := map[string]string{}
	for i, s := range ds.Sources {
		if !s.Kind.IsWeak() {
			group[s.ID] = keys[i]
		}
	}
	check := func(what string, s model.Sourced) {
		if s.Confidence != model.Confirmed {
			return
		}
		seen := map[string]bool{}
		for _, id := range s.Sources {
			if g, ok := group[id]; ok {
				seen[g] = true
			}
		}
		if len(seen) < 2 {
			t.Errorf("%s is confirmed on %v", what, s.Sources)
		}
	}
	for _, p := range ds.People {
		check("person "+p.ID, p.Sourced)
	}
	for _, r := range ds.Rounds {
		check("round "+r.ID, r.Sourced)
		for _, a := range r.Attendance {
			check("attendance "+r.ID+"/"+a.Person, a.Sourced)
		}
	}
	for _, e := range ds.Events {
		check("event "+e.ID, e.Sourced)
	}
	for _, is := range ds.Issues {
		check("issue "+is.ID, is.Sourced)
		for _, e := range is.Statuses {
			check("status of "+is.ID, e.Sourced)
		}
		for _, e := range is.Positions {
			check("position on "+is.ID, e.Sourced)
		}
	}
	for _, dl := range ds.Deadlines {
		check("deadline "+dl.ID, dl.Sourced)
	}
	for _, x := range ds.Discrepancies {
		check("discrepancy "+x.ID, x.Sourced)
	}
}
