package data

import (
	"errors"
	"os"
	"testing"
	"time"
)

// FuzzLoad checks that no input panics and that every input gives either a
// dataset, which AsOf can read at its known instants, or a *data.Error.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(mini))
	f.Add([]byte(mini2))
	for _, name := range []string{"testdata/valid.toml", "testdata/valid2.toml"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	for _, tc := range malformed {
		if len(tc.in) < 4096 {
			f.Add([]byte(tc.in))
		}
	}
	for _, tc := range malformed2 {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		ds, err := Load("fuzz.toml", in)
		if err == nil {
			if ds == nil {
				t.Fatal("nil dataset and nil error")
			}
			// Whatever loads can be read at any instant.
			ks := ds.KnownInstants()
			for i := 0; i < len(ks); i += max(1, len(ks)/8) {
				v := ds.AsOf(ks[i])
				_ = v.AsOf(ks[i].Add(-time.Second))
			}
			return
		}
		var de *Error
		if !errors.As(err, &de) || len(de.Problems()) == 0 || len(de.Problems()) > MaxProblems {
			t.Fatalf("error %T with %v", err, err)
		}
	})
}
