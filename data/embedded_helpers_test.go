package data

import (
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// embeddedData loads the embedded file for a test, failing it if the file
// does not load.
func embeddedData(t *testing.T) *model.Dataset {
	t.Helper()
	ds, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// newYork is the America/New_York zone, where most of the data's US
// records are dated.
func newYork(t *testing.T) *time.Location {
	t.Helper()
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	return ny
}
