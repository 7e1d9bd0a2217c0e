package load_test

import (
	"path"
	"testing"

	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// BenchmarkLoad loads each library scenario and mini: parse, check, compile every expression.
func BenchmarkLoad(b *testing.B) {
	for _, src := range scentest.Sources(b, "../testdata") {
		b.Run(path.Base(src.Name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src.Data)))
			for b.Loop() {
				if _, err := load.Load(src.Name, src.Data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
