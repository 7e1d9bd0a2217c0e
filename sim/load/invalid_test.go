package load_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"ttx/sim/load"
)

var update = flag.Bool("update", false, "rewrite the expected errors of testdata/invalid")

// TestInvalid loads every testdata/invalid/NAME.toml, which must fail, and compares every error
// line (file:line:col: key: message) with NAME.err; loaded again, it must fail the same way. With -update it rewrites the .err files;
// read every one of them afterwards: each message must say what is wrong and point at it.
func TestInvalid(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("found %d invalid files, want at least 20", len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".toml"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sc, err := load.Load(name, src)
			if err == nil {
				t.Fatalf("Load(%s) = %s, nil, want errors", name, sc.ID)
			}
			got := err.Error() + "\n"
			checkPositions(t, src, load.List(err))
			// The same file gives the same problems every time (a decoding that depends on
			// the order of a map's keys would not).
			for range 15 {
				if _, again := load.Load(name, src); again == nil || again.Error()+"\n" != got {
					t.Fatalf("Load(%s) gave\n%s\nthen\n%v", name, got, again)
				}
			}
			wantFile := strings.TrimSuffix(f, ".toml") + ".err"
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("Load(%s) errors =\n%s\nwant\n%s", name, got, want)
			}
		})
	}
}

// checkPositions checks that every error names a key and a line and column inside the file.
func checkPositions(t *testing.T, src []byte, errs load.Errors) {
	t.Helper()
	lines := strings.Split(string(src), "\n")
	for _, e := range errs {
		if e.Line < 1 || e.Line > len(lines) {
			t.Errorf("error %q: line %d, want 1..%d", e, e.Line, len(lines))
			continue
		}
		if n := len(lines[e.Line-1]); e.Col < 1 || e.Col > n+1 {
			t.Errorf("error %q: column %d, want 1..%d", e, e.Col, n+1)
		}
		if e.Key == "" {
			t.Errorf("error %q names no key", e)
		}
	}
}

// base is a small valid scenario the generated tests extend.
const base = `[scenario]
id = "gen"
title = "Generated"
turns = 3

[[side]]
id = "blue"
name = "Blue"

[[actor]]
id = "firm"
kind = "firm"
side = "blue"
`

func TestBaseLoads(t *testing.T) {
	if _, err := load.Load("base.toml", []byte(base)); err != nil {
		t.Fatalf("Load(base) = %v, want no error", err)
	}
}

func TestFileTooLarge(t *testing.T) {
	src := []byte(base + "# " + strings.Repeat("x", load.MaxFileSize) + "\n")
	_, err := load.Load("big.toml", src)
	want := fmt.Sprintf("big.toml: file is %d bytes, more than %d", len(src), load.MaxFileSize)
	if err == nil || err.Error() != want {
		t.Errorf("Load(big.toml) = %v, want %s", err, want)
	}
	// Just under the limit loads.
	src = []byte(base + "# " + strings.Repeat("x", load.MaxFileSize-len(base)-3) + "\n")
	if len(src) != load.MaxFileSize {
		t.Fatalf("made %d bytes, want %d", len(src), load.MaxFileSize)
	}
	if _, err := load.Load("limit.toml", src); err != nil {
		t.Errorf("Load(limit.toml) of %d bytes = %v, want no error", len(src), err)
	}
}

func TestTooManyMoves(t *testing.T) {
	gen := func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(base)
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "\n[[move]]\nid = \"m%d\"\nby = { kinds = [\"firm\"] }\n", i)
		}
		return b.Bytes()
	}
	if _, err := load.Load("ok.toml", gen(512)); err != nil {
		t.Errorf("Load of 512 moves = %v, want no error", err)
	}
	src := gen(513)
	_, err := load.Load("many.toml", src)
	// The error points at the first move past the limit.
	line := 1 + bytes.Count([]byte(base), []byte("\n")) + 1 + 512*4
	want := fmt.Sprintf("many.toml:%d:1: move[512]: too many move tables: 513, at most 512", line)
	if err == nil || err.Error() != want {
		t.Errorf("Load of 513 moves = %v, want %s", err, want)
	}
}

func TestExpressionTooLong(t *testing.T) {
	expr := "1" + strings.Repeat(" + 1", 250)
	src := base + "\n[[move]]\nid = \"m\"\nby = { kinds = [\"firm\"] }\nchance = \"" + expr + "\"\n"
	_, err := load.Load("long.toml", []byte(src))
	want := fmt.Sprintf("long.toml:18:11: move[0].chance: expression: expression is %d characters long, more than 1000", len(expr))
	if err == nil || err.Error() != want {
		t.Errorf("Load(long.toml) = %v, want %s", err, want)
	}
}

func TestTooManyNodes(t *testing.T) {
	expr := "1" + strings.Repeat("+1", 300) // short, but more nodes than allowed
	src := base + "\n[[move]]\nid = \"m\"\nby = { kinds = [\"firm\"] }\nchance = \"" + expr + "\"\n"
	_, err := load.Load("nodes.toml", []byte(src))
	want := "nodes.toml:18:11: move[0].chance: expression: expression is too complex: more than 200 syntax nodes"
	if err == nil || err.Error() != want {
		t.Errorf("Load(nodes.toml) = %v, want %s", err, want)
	}
}

// TestHostileFilesFast loads files made to be slow to check (once quadratic in the loader) at
// full size and at half size: each must be refused, and the work its refusal takes (bytes and
// allocations, which unlike time do not depend on the machine's load) must grow with the file
// no faster than linearly. BenchmarkLoadHostile times them.
func TestHostileFilesFast(t *testing.T) {
	head := base
	for _, c := range []struct {
		name string
		src  func(n int) string // the file at n repeats
		n    int
		want string
	}{
		{"brackets", func(n int) string { return strings.Repeat("[\n", n) }, load.MaxFileSize/2 - 1, "brackets:1:2: "},
		{"unknown tables", func(n int) string { return head + strings.Repeat("[[x]]\ny = 1\n", n) }, 80000, "unknown tables:14:1: x: unknown key x"},
		{"unknown keys", func(n int) string { return head + strings.Repeat("[[move]]\nid = \"m\"\nbogus = 1\n", n) }, 30000, "more than 100 unknown keys"},
	} {
		var work [2]struct{ bytes, allocs uint64 }
		for i, n := range []int{c.n / 2, c.n} {
			src := c.src(n)
			if len(src) > load.MaxFileSize {
				t.Fatalf("%s: %d bytes, over the limit", c.name, len(src))
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := load.Load(c.name, []byte(src))
			runtime.ReadMemStats(&after)
			work[i].bytes, work[i].allocs = after.TotalAlloc-before.TotalAlloc, after.Mallocs-before.Mallocs
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Load(%s) = %.200v, want %q", c.name, err, c.want)
			}
		}
		// Linear work doubles with the file; quadratic work quadruples.
		if r := float64(work[1].bytes) / float64(work[0].bytes); r > 2.8 {
			t.Errorf("%s: twice the file took %.2f times the bytes allocated (%d, %d)", c.name, r, work[0].bytes, work[1].bytes)
		}
		if r := float64(work[1].allocs) / float64(work[0].allocs+1); r > 2.8 {
			t.Errorf("%s: twice the file took %.2f times the allocations (%d, %d)", c.name, r, work[0].allocs, work[1].allocs)
		}
	}
}
