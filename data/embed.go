// Package data loads and validates the TOML file of the 2025 US–China trade
// negotiations: the copy embedded in the program, or a file the user gives.
// Every problem in a file is reported at once, with its key path (and line
// where known), so that a data editor can fix them in one pass.
package data

import (
	"bytes"
	_ "embed"

	"github.com/truce-dev/truce/model"
)

// EmbeddedName is the file name shown in errors about the embedded data.
const EmbeddedName = "talks.toml"

//go:embed talks.toml
var embedded []byte

// Raw returns a copy of the embedded data file.
func Raw() []byte { return bytes.Clone(embedded) }

// Embedded loads the data file compiled into the program.
func Embedded() (*model.Dataset, error) { return Load(EmbeddedName, embedded) }
