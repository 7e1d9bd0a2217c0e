package batch

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"ttx/sim/internal/scentest"
)

// FuzzRows reads arbitrary bytes as a rows file of mini, as `ttx merge` and `ttx report` read
// shards that come from other machines: ReadHeader and Read must end in rows, an error or
// io.EOF (once the checksum line matches) without panicking, an error at a line of the file naming a line within it.
func FuzzRows(f *testing.F) {
	sc := scentest.Mini(f, "../testdata")
	for _, csv := range []bool{false, true} {
		sp := Spec{Scenario: sc, Seed: 3, Runs: 3, Workers: 1}
		var b bytes.Buffer
		w, err := NewWriter(&b, sc, NewHeader(sp, []string{"blue=greedy"}), csv)
		if err != nil {
			f.Fatal(err)
		}
		if _, err := Run(context.Background(), sp, w.Write); err != nil {
			f.Fatal(err)
		}
		if err := w.Close(); err != nil {
			f.Fatal(err)
		}
		f.Add(b.String())
		f.Add(strings.Replace(b.String(), "\n", "\n\n", 2))
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Count(text, "\n") + 1
		_, rd, err := ReadHeader(strings.NewReader(text))
		for n := 0; err == nil; n++ {
			if n > lines {
				t.Fatalf("more rows than lines (%d)", lines)
			}
			_, err = rd.Read(sc)
		}
		if e, ok := err.(*Error); ok && (e.Line < 1 || e.Line > lines+1) {
			t.Fatalf("error at line %d of %d: %v", e.Line, lines, e)
		}
	})
}
