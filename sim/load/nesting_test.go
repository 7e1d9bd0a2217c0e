package load

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// allocated runs f and returns the bytes and objects it allocated.
func allocated(f func()) (bytes, objects uint64) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc, m1.Mallocs - m0.Mallocs
}

// hostile returns files made to be slow or large to decode or to place errors in, each within
// the size limit, with the start of the error each must be refused with, and whether it must be
// refused before it is decoded (want is then the start of the error; otherwise a line of it).
func hostile() []struct {
	name, src, want string
	early           bool
} {
	head := "[scenario]\nid = \"h\"\nturns = 1\n"
	deepInline := func(n int) string {
		return head + "x = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n"
	}
	var many strings.Builder
	many.WriteString(head + "x = [")
	for range maxInlineTables + 1 {
		many.WriteString("{a=1},")
	}
	many.WriteString("]\n")
	dup := strings.Repeat("[[actor]]\nid = \"a\"\n", 20000) + "id = \"b\"\n"
	// The most the limits allow, up to the size limit: arrays as deep as allowed, and as many
	// inline tables as allowed, each as deep as allowed, then arrays.
	fill := func(b *strings.Builder, unit, end string) string {
		for b.Len()+len(unit)+len(end) < MaxFileSize {
			b.WriteString(unit)
		}
		b.WriteString(end)
		return b.String()
	}
	var arrays, inline strings.Builder
	arrays.WriteString(head + "x = [")
	inline.WriteString(head + "x = [")
	for range maxInlineTables / (maxNesting - 1) {
		inline.WriteString(strings.Repeat("{a=", maxNesting-1) + "1" + strings.Repeat("}", maxNesting-1) + ",")
	}
	nested := strings.Repeat("[", maxNesting-1) + "1" + strings.Repeat("]", maxNesting-1) + ","
	return []struct {
		name, src, want string
		early           bool
	}{
		{"inline 5000 deep", deepInline(5000), "inline 5000 deep:4:29: scenario.x: inline tables and arrays nested more than 8 deep", true},
		{"inline 200000 deep", deepInline(200000), "inline 200000 deep:4:29: scenario.x: inline tables and arrays nested more than 8 deep", true},
		{"arrays 500000 deep", head + "x = " + strings.Repeat("[", 500000) + strings.Repeat("]", 500000) + "\n", "arrays 500000 deep:4:13: scenario.x: inline tables and arrays nested more than 8 deep", true},
		{"header 5000 parts", "[" + strings.Repeat("a.", 4999) + "a]\nx = 1\n", "header 5000 parts:1:2: a: the table header has more than 8 dotted parts", true},
		{"header 300000 parts", "[[" + strings.Repeat("a.", 299999) + "a]]\n", "header 300000 parts:1:3: a: the table header has more than 8 dotted parts", true},
		{"key 300000 parts", head + strings.Repeat("b.", 299999) + "b = 1\n", "key 300000 parts:4:1: scenario.b: the key has more than 8 dotted parts", true},
		{"inline key 5000 parts", head + "x = { " + strings.Repeat("b.", 4999) + "b = 1 }\n", "inline key 5000 parts:4:7: scenario.x.b: the key has more than 8 dotted parts", true},
		{"many inline tables", many.String(), fmt.Sprintf("many inline tables:4:%d: scenario.x: more than %d inline tables in the file", 6+6*maxInlineTables, maxInlineTables), true},
		{"duplicate after 20000 tables", dup, "duplicate after 20000 tables:40001:1: actor[19999].id: duplicate key", false},
		{"arrays as deep as allowed", fill(&arrays, nested, "]\n"), "arrays as deep as allowed:4:1: scenario.x: unknown key x", false},
		{"inline tables as allowed", fill(&inline, nested, "]\n"), "inline tables as allowed:4:1: scenario.x: unknown key x", false},
	}
}

// TestHostileShapes: a file nested too deep, with keys of too many parts or too many inline
// tables is refused before it is decoded, with the place of the first excess, in memory
// proportional to nothing but the error (the format library took 1.2 GB for inline tables
// 5,000 deep, and the locator minutes for a header of 5,000 parts); a duplicate key after
// thousands of tables of one array is placed at its own table.
func TestHostileShapes(t *testing.T) {
	for _, c := range hostile() {
		if len(c.src) > MaxFileSize {
			t.Fatalf("%s: %d bytes, over the limit", c.name, len(c.src))
		}
		if c.early {
			var e *Error
			bytes, _ := allocated(func() { e = checkShape(c.name, c.src) })
			if e == nil || !strings.HasPrefix(e.Error(), c.want) {
				t.Errorf("checkShape(%s) = %v, want %s", c.name, e, c.want)
			}
			if bytes > 1<<20 {
				t.Errorf("checkShape(%s) allocated %d bytes, want under 1 MiB", c.name, bytes)
			}
		}
		var err error
		bytes, _ := allocated(func() { _, err = Load(c.name, []byte(c.src)) })
		if err == nil || (c.early && !strings.HasPrefix(err.Error(), c.want)) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%s) = %.300v, want %s", c.name, err, c.want)
		}
		if bytes > 256<<20 {
			t.Errorf("Load(%s) allocated %d MiB, want at most 256", c.name, bytes>>20)
		}
	}
}

// TestShapeNotFooled: brackets, braces, dots and quotes inside strings and comments, multi-line
// strings, quoted keys and values that span lines count for nothing, and the deepest nesting
// allowed passes.
func TestShapeNotFooled(t *testing.T) {
	deep := strings.Repeat("[", maxNesting) + strings.Repeat("]", maxNesting)
	parts := strings.TrimSuffix(strings.Repeat("k.", maxKeyParts), ".")
	for _, src := range []string{
		`a = "[[[[[[[[[[{{{{{{{{{{ \" [[[[[[[[[[ a.b.c.d.e.f.g.h.i.j"`,
		`a = '[[[[[[[[[[{{{{{{{{{{\'`,
		"a = \"\"\"\n[[[[[[[[[[ {{{{{{{{{{ \\\"\"\" \"\" \n[[[[[[[[[[\n\"\"\"\"\"",
		"a = '''\n{{{{{{{{{{\n[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j = 1\n'''''",
		"# [[[[[[[[[[ {{{{{{{{{{ a.b.c.d.e.f.g.h.i.j\na = 1 # {{{{{{{{{{",
		`"a.b.c.d.e.f.g.h.i.j" = 1`,
		`["a.b.c.d.e.f.g.h.i.j".'k.l.m.n.o.p.q.r.s']`,
		"a = [\n  [1, 2], # [[[[[[[[[[\n  \"]]]]]]]]]]\",\n]\nb = [[[[[[[[1]]]]]]]]",
		"a = " + deep + "\n" + parts + " = 1\n[" + parts + "]\nb = {" + parts + " = 1}",
		"a = " + strings.Repeat("{a=", maxNesting) + strings.Repeat("}", maxNesting),
	} {
		if e := checkShape("ok.toml", src); e != nil {
			t.Errorf("checkShape(%q) = %v, want nil", src, e)
		}
	}
}

// TestLocatorLinear: the places of a key of n parts under a header of n parts are found with a
// number of allocations linear in n (the locator looked every prefix up again from the top,
// which took minutes for 5,000 parts).
func TestLocatorLinear(t *testing.T) {
	objects := func(n int) uint64 {
		key := strings.TrimSuffix(strings.Repeat("a.", n), ".")
		l := newLocator([]byte("[" + key + "]\nx = 1\n"))
		k := strings.Split(key+".x", ".")
		var ps []string
		_, o := allocated(func() { ps = l.paths(k, 10) })
		if len(ps) != 1 || ps[0] != key+".x" {
			t.Fatalf("paths of %d parts = %.80q, want the key", n, ps)
		}
		return o
	}
	small, large := objects(500), objects(1000)
	if large > 3*small {
		t.Errorf("paths allocated %d objects for 500 parts and %d for 1000: want linear", small, large)
	}
}

// BenchmarkLoadHostile loads each of the hostile files of TestHostileShapes: those refused
// before decoding, and the worst the limits let through to the format library.
func BenchmarkLoadHostile(b *testing.B) {
	for _, c := range hostile() {
		b.Run(strings.ReplaceAll(c.name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				if _, err := Load(c.name, []byte(c.src)); err == nil {
					b.Fatal("loaded")
				}
			}
		})
	}
}
