package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// fastSources returns every file the fast decoder is held to the format library on: the
// library scenarios (and the text each variant is loaded as), the engine's fixtures and rule
// cases, and the loader's test files, valid and invalid. library is set for those it must read.
func fastSources(tb testing.TB) (srcs []scentest.Source, library map[string]bool) {
	tb.Helper()
	library = map[string]bool{}
	for _, src := range scentest.Sources(tb, "../testdata") {
		srcs = append(srcs, src)
		if !strings.HasPrefix(src.Name, scenarios.Prefix) {
			continue
		}
		library[src.Name] = true
		merged, err := load.Spliced(src.Name, src.Data, scenarios.ReadBase)
		if err != nil {
			tb.Fatalf("Spliced(%s) = %v", src.Name, err)
		}
		if merged != nil {
			name := src.Name + " (spliced)"
			srcs = append(srcs, scentest.Source{Name: name, Data: merged})
			library[name] = true
		}
	}
	for _, dir := range []string{"../testdata/cases", "testdata"} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".toml") {
				return err
			}
			b, err := os.ReadFile(path)
			srcs = append(srcs, scentest.Source{Name: path, Data: b})
			return err
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return srcs, library
}

// TestFastDecode holds the fast decoder to the format library: every file it reads decodes to
// the same File with the same order of tables, and it reads every library scenario.
func TestFastDecode(t *testing.T) {
	srcs, library := fastSources(t)
	read := 0
	for _, src := range srcs {
		ok, diff := load.FastDiff(src.Data)
		if diff != "" {
			t.Errorf("%s: %s", src.Name, diff)
		}
		if !ok && library[src.Name] {
			t.Errorf("%s: the fast decoder does not read this library scenario", src.Name)
		}
		if ok {
			read++
		}
	}
	t.Logf("the fast decoder read %d of %d files", read, len(srcs))
	if read < len(library) {
		t.Errorf("read %d files, fewer than the %d library scenarios", read, len(library))
	}
}

// fastSeeds are small files that touch each thing the fast decoder reads, for the fuzzer to
// start from.
var fastSeeds = []string{
	"[scenario]\nid = \"a\\u00e9\\U0001F600\\t\\\"\\\\\"\nturns = 1_000 # turns\nseed = -0\n",
	"[scenario]\nbriefing = \"\"\"\n  a \\\n   b\"\"\"\nsummary = '''\nraw \\n'''\ntitle = 'x'\n",
	"[tracks.a]\nmin = -5\n[tracks]\nb = { max = 1, label = \"B\" }\n[kinds.k]\ntracks = [\"a\", \"b\",]\n",
	"tracks = { a = {}, b = { public = true } }\n[[side]]\nid = 'x'\n[[side.objective]]\nscore = 1.5e3\n[[side]]\n",
	"[[link]]\nfee = 1\n[[link]]\nfee = 0.5E-2\n[[move]]\n[move.by]\nsides = [ # who\n  \"a\",\n]\n",
	"[[move]]\non_success = [{ add = \"x\", by = 2 }, { set = \"y\", to = true, if = \"z\" }]\ncost = { funds = 3 }\n",
	"[[body]]\nyes_at = 0.5\nmembers = []\n[[outcome]]\nwhen = false\n[end]\nwhen = -1.25e+2\n",
}

// FuzzFastDecode holds the fast decoder to the format library on any input: whatever it reads
// must decode to the same File with the same order of tables.
func FuzzFastDecode(f *testing.F) {
	srcs, _ := fastSources(f)
	for _, src := range srcs {
		f.Add(src.Data)
	}
	for _, s := range fastSeeds {
		f.Add([]byte(s))
	}
	for _, e := range fastEdges {
		f.Add([]byte(e.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > load.MaxFileSize {
			return
		}
		if _, diff := load.FastDiff(src); diff != "" {
			t.Fatal(diff)
		}
	})
}

// fastEdges are files at the edges of what the fast decoder reads, each with whether it reads
// it; what it reads must decode as the format library decodes it.
var fastEdges = []struct {
	src  string
	read bool
}{
	{"[scenario]\nturns = -0\nseed = +0\n", true},
	{"[scenario]\nseed = 9223372036854775807\n", true},
	{"[scenario]\nseed = -9223372036854775808\n", true},
	{"[scenario]\nseed = 9223372036854775808\n", false},
	{"[[link]]\nfee = 1e1_0\n[[link]]\nfee = 1_0.0_1E-0_1\n[[link]]\nfee = -0e0\n", true},
	{"[[link]]\nfee = 1e-400\n[[link]]\nfee = 3.14159265358979323846264338327950288\n", true},
	{"[[link]]\nfee = 1e400\n", false},
	{"[[link]]\nfee = 9007199254740991\n", true},
	{"[[link]]\nfee = 9007199254740992\n", false}, // past the integers a float holds exactly
	{"[scenario]\ntitle = \"\\u0000\"\n", true},
	{"[scenario]\ntitle = \"\\uD800\"\n", false},
	{"[scenario]\ntitle = \"\\U00110000\"\n", false},
	{"[scenario]\ntitle = \"\\e\\x41\"\n", false},
	{"[scenario]\ntitle = \"a\\\tb\"\n", false},
	{"[scenario]\ntitle = \"\t\"\nid = '\t'\n", true},
	{"[scenario]\ntitle = \"\"\"\\\n  \"\"\"\nid = \"\"\"\\\\\n\"\"\"\n", true},
	{"[scenario]\ntitle = \"\"\"a\\  \n\n  b\\\n\"\"\"\nid = \"\"\" \\\t\n x\"\"\"\n", true},
	{"[scenario]\ntitle = \"\"\"a\\ b\"\"\"\n", false},
	{"[scenario]\ntitle = \"\"\"\"a\"\"\"\nid = ''''a'''\n", true},
	{"[scenario]\ntitle = \"\"\"a\"\"\"\"\n", false}, // the format library reads a"
	{"[scenario]\ntitle = '''\n'''\nid = \"\"\"\n\"\"\"\n", true},
	{"[tracks.b]\n[tracks.a]\n[tracks]\n", true},
	{"[ tracks . a ] # x\n  min=1#y\n[[ side ]]\n", true},
	{"[kinds.x]\ntracks=[]\n[kinds.y]\ntracks=[]\n[kinds]\nz={tracks=[]}\n", true},
	{"[[move]]\n[move.by]\n[[move]]\n[move.param.cost]\nx=1\n[move.param]\nmin=1\n", true},
	{"[scenario]\n id='x'", true},
	{"[tracks]\n[tracks]\n", false},
	{"[tracks]\na={}\n[tracks.a]\n", false},
	{"tracks = {a={}}\n[tracks]\n", false},
	{"[[side]]\n[side]\n", false},
	{"[side]\n[[side]]\n", false},
	{"[[side]]\nobjective=[]\n[[side.objective]]\n", false},
	{"[[move]]\nby={}\n[move.by]\n", false},
	{"[[move]]\n[move.param.cost]\n[move.param]\n[move.param]\n", false},
	{"[scenario]\nid=\"a\"\nid=\"b\"\n", false},
	{"[scenario.x]\n", false},
	{"[scenario]\nID=\"x\"\n", false}, // the format library matches keys regardless of case
	{"[ [side]]\n", false},
	{"[tracks.a]min=1\n", false},
	{"[scenario]\nid = 'x' 'y'\n", false},
	{"[scenario]\nid =\n'x'\n", false},
	{"[scenario]\r\nid=\"x\"\r\n", false},
	{"\ufeff[scenario]\n", false},
	{"[scenario]\nid='x'\n#\x01\n", false},
	{"[scenario]\nseed=0x10\n", false},
	{"[scenario]\nseed=1979-05-27\n", false},
	{"[scenario]\nseed=07:32:00\n", false},
	{"[[outcome]]\nwhen=inf\n", false},
	{"[[outcome]]\nwhen=nan\n", false},
	{"[scenario]\nid.x='x'\n", false},
	{"[scenario]\n\"id\"='x'\n", false},
	{"[[actor]]\ntracks = {a=1,}\n", false},
	{"[[actor]]\ntracks = {a=1\n}\n", false},
	{"[[actor]]\ntags = [,]\n", false},
}

// TestFastEdges checks what the fast decoder reads and what it leaves to the format library,
// and that what it reads decodes as the library decodes it.
func TestFastEdges(t *testing.T) {
	for _, s := range fastSeeds {
		ok, diff := load.FastDiff([]byte(s))
		if !ok || diff != "" {
			t.Errorf("FastDiff(%q) = %v, %s; want read, no difference", s, ok, diff)
		}
	}
	for _, e := range fastEdges {
		ok, diff := load.FastDiff([]byte(e.src))
		if ok != e.read || diff != "" {
			t.Errorf("FastDiff(%q) = %v, %s; want %v, no difference", e.src, ok, diff, e.read)
		}
	}
}
