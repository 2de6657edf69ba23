package data

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// TestEmbeddedContent checks the facts the dashboard is built around, so
// that an edit to talks.toml that loses one of them fails CI.
func TestEmbeddedContent(t *testing.T) {
	ds, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for i, city := range []string{"Geneva", "London", "Stockholm", "Madrid", "Kuala Lumpur"} {
		if ds.Rounds[i].City != city || ds.Rounds[i].Number != i+1 {
			t.Errorf("round %d = %s (%d), want %s", i+1, ds.Rounds[i].City, ds.Rounds[i].Number, city)
		}
		if _, ok := ds.EventOfRound(ds.Rounds[i].ID); !ok {
			t.Errorf("round %s has no event", ds.Rounds[i].ID)
		}
	}
	for _, id := range []string{"bessent", "greer", "he-lifeng", "li-chenggang", "trump", "xi", "lutnick", "wang-wentao", "liao-min", "vance", "rubio", "wang-yi"} {
		if _, ok := ds.Person(id); !ok {
			t.Errorf("person %q missing", id)
		}
	}
	he, _ := ds.Person("he-lifeng")
	if he.Native != "何立峰" || he.Pinyin == "" {
		t.Errorf("He Lifeng native/pinyin = %q/%q", he.Native, he.Pinyin)
	}
	for _, id := range []string{"rare-earths", "soybeans", "taiwan", "jimmy-lai", "export-blacklist", "tech-export-curbs", "fentanyl", "phase-one", "port-fees", "russia"} {
		if _, ok := ds.Issue(id); !ok {
			t.Errorf("issue %q missing", id)
		}
	}
	truce, ok := ds.Deadline("truce-2025-11-10")
	if !ok {
		t.Fatal("the 10 November truce deadline is missing")
	}
	want := time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC)
	if !truce.At.Time.Equal(want) || truce.At.IsDateOnly() {
		t.Errorf("truce expiry = %v, want %v exact", truce.At.Time.UTC(), want)
	}
	threat, ok := ds.Deadline("tariff-100-2025-11-01")
	if !ok || !threat.At.IsDateOnly() || threat.Outcome != model.OutcomeAverted {
		t.Errorf("the 1 November 100%% threat must be date-only and averted: %+v", threat)
	}
	kl := ds.AttendeesBySide("kuala-lumpur")
	if len(kl) != 2 || kl[0].Side != model.US || kl[1].Side != model.China {
		t.Errorf("Kuala Lumpur sides = %+v", kl)
	}
	if n := len(ds.DiscrepanciesOfSource("f003")); n < 5 {
		t.Errorf("F003 carries %d discrepancies, want at least 5", n)
	}
}
