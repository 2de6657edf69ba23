package data

import "testing"

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
