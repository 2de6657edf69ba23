package data

import (
	"bytes"
	"testing"
)

// TestEmbedded fails CI when the shipped data file stops validating.
func TestEmbedded(t *testing.T) {
	ds, err := Embedded()
	if err != nil {
		t.Fatalf("embedded data does not load:\n%v", err)
	}
	if ds.Meta.Title == "" || len(ds.Rounds) == 0 || len(ds.Sources) == 0 {
		t.Errorf("embedded data looks empty: %q, %d rounds, %d sources", ds.Meta.Title, len(ds.Rounds), len(ds.Sources))
	}
}

func TestRawIsACopy(t *testing.T) {
	a := Raw()
	if !bytes.Equal(a, embedded) {
		t.Fatal("Raw differs from the embedded file")
	}
	if len(a) > 0 {
		a[0] ^= 0xff
		if bytes.Equal(a, Raw()) {
			t.Fatal("Raw shares memory with the embedded file")
		}
	}
}

func TestFixtureLoads(t *testing.T) {
	if _, err := LoadFile("testdata/valid.toml"); err != nil {
		t.Fatal(err)
	}
}

func TestSyntheticLoads(t *testing.T) {
	ds, err := Load("synthetic.toml", Synthetic(300, 30, 6, 15))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Events) != 300 || len(ds.People) != 30 || len(ds.Rounds) != 6 || len(ds.Deadlines) != 15 {
		t.Errorf("got %d events, %d people, %d rounds, %d deadlines",
			len(ds.Events), len(ds.People), len(ds.Rounds), len(ds.Deadlines))
	}
}
