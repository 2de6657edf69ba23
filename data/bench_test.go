package data

import (
	"testing"

	"github.com/BurntSushi/toml"
)

func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(embedded)))
	for b.Loop() {
		if _, err := Embedded(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadSynthetic(b *testing.B) {
	src := Synthetic(10_000, 1_000, 200, 500)
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Load("synthetic.toml", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSynthetic is the TOML parser alone on the synthetic file,
// to show how much of BenchmarkLoadSynthetic is decoding and validation.
func BenchmarkParseSynthetic(b *testing.B) {
	src := string(Synthetic(10_000, 1_000, 200, 500))
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		var raw map[string]any
		if _, err := toml.Decode(src, &raw); err != nil {
			b.Fatal(err)
		}
	}
}
