package load_test

import (
	"strings"
	"testing"
	"unicode"

	"ttx/sim/load"
)

// checkErrors fails t unless every error of err (a load's, an orders file's) is at a line of
// its file (lines: how many each file has), is one line of printable text, and is not a panic
// the loader recovered (an internal error): what the fuzz targets ask of any input.
func checkErrors(t *testing.T, err error, lines map[string]int) {
	t.Helper()
	for _, e := range load.List(err) {
		n, ok := lines[e.File]
		if !ok || e.Line > n || e.Line < 0 || e.Col < 0 {
			t.Fatalf("error %q: not within %s (%d lines)", e, e.File, n)
		}
		if strings.IndexFunc(e.Msg, unicode.IsControl) >= 0 {
			t.Fatalf("error %q: not one line of printable text", e)
		}
		if strings.HasPrefix(e.Msg, "internal error") {
			t.Fatalf("the loader panicked: %v", e)
		}
	}
}

// lineCount returns the number of lines of src, as errors number them.
func lineCount(src []byte) int { return strings.Count(string(src), "\n") + 1 }
