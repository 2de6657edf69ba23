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
	if len(ds.Rounds) != 1 || len(ds.Deadlines) != 1 {
		t.Fatalf("example loaded %d rounds and %d deadlines, want 1 and 1", len(ds.Rounds), len(ds.Deadlines))
	}
}
