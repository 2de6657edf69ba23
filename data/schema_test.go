package data

import (
	"os"
	"strings"
	"testing"
)

// TestSchemaExample keeps the example in SCHEMA.md valid: a user copying it
// must get a file that loads.
func TestSchemaExample(t *testing.T) {
	doc, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```toml\n")
	if !ok {
		t.Fatal("SCHEMA.md has no ```toml example")
	}
	example, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("SCHEMA.md's example is not closed")
	}
	ds, err := Load("SCHEMA.md example", []byte(example))
	if err != nil {
		t.Fatalf("the example does not load:\n%v", err)
	}
	if len(ds.Rounds) != 1 || len(ds.Deadlines) != 2 || ds.Meta.Schema != 2 {
		t.Fatalf("example loaded %d rounds and %d deadlines of schema %d, want 1, 2 and 2",
			len(ds.Rounds), len(ds.Deadlines), ds.Meta.Schema)
	}
	if is := ds.Issues[0]; len(is.Statuses) != 3 || len(is.Positions) != 2 || is.Status != "suspended" {
		t.Fatalf("example issue: %d statuses, %d positions, status %s", len(is.Statuses), len(is.Positions), is.Status)
	}
}

// TestSchema1Fixture keeps a full schema 1 file (the embedded data as it
// was before schema 2) loading as it always did.
func TestSchema1Fixture(t *testing.T) {
	ds, err := LoadFile("testdata/schema1.toml")
	if err != nil {
		t.Fatal(err)
	}
	if ds.Meta.Schema != 1 || len(ds.Sources) != 91 || len(ds.Events) != 38 || len(ds.Issues) != 12 {
		t.Fatalf("schema %d, %d sources, %d events, %d issues", ds.Meta.Schema, len(ds.Sources), len(ds.Events), len(ds.Issues))
	}
	for _, is := range ds.Issues {
		if is.Status == "" || is.US == "" || is.Statuses != nil {
			t.Errorf("issue %s: status %q, us %q, %d status entries", is.ID, is.Status, is.US, len(is.Statuses))
		}
	}
	if got := ds.Meta.Coverage(); got != ds.Meta.Checked {
		t.Errorf("coverage %v, want checked %v", got, ds.Meta.Checked)
	}
}
