package load_test

import (
	"path"
	"testing"

	"ttx/sim/internal/scentest"
)

// BenchmarkLoad loads each library scenario and mini: parse, check, compile every expression.
func BenchmarkLoad(b *testing.B) {
	for _, src := range scentest.Sources(b, "../testdata") {
		b.Run(path.Base(src.Name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src.Data)))
			for b.Loop() {
				if _, err := src.Load(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
