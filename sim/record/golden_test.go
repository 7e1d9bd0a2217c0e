package record_test

import (
	"bytes"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
	"ttx/sim/policy"
	"ttx/sim/record"
)

var update = flag.Bool("update", false, "rewrite testdata/mini.golden.jsonl")

const golden = "testdata/mini.golden.jsonl"

// miniSeed and policySeed fix the golden game.
const (
	miniSeed   = 7
	policySeed = 11
)

// loadMiniAs loads sim/testdata/mini.toml under a stable name, so logs name the same file on
// every machine.
func loadMiniAs(t testing.TB) *sim.Scenario {
	t.Helper()
	data, err := os.ReadFile("../testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load("sim/testdata/mini.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// playLog plays mini with random policies and returns its log's bytes.
func playLog(t testing.TB, sc *sim.Scenario) []byte {
	t.Helper()
	pols := []policy.Policy{policy.Random{Seed: policySeed}, policy.Random{Seed: policySeed}}
	s := policy.Play(sim.New(sc, miniSeed), pols, 0, nil)
	if !s.Over {
		t.Fatalf("mini not over after Play: turn %d", s.Turn)
	}
	h := record.NewHeader(sc, miniSeed, []string{"blue=random", "red=random"})
	var b bytes.Buffer
	if err := record.Of(h, s).Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGoldenLog plays mini with a fixed seed and random policies and compares the order log
// byte for byte with testdata/mini.golden.jsonl (go test ./sim/record -update rewrites it).
func TestGoldenLog(t *testing.T) {
	got := playLog(t, loadMiniAs(t))
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test ./sim/record -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("log of mini (seed %d) =\n%s\nwant (%s)\n%s", miniSeed, got, golden, want)
	}
	if n := bytes.Count(got, []byte("\n")); n < 4 {
		t.Errorf("log has %d lines, want a header and several entries", n)
	}
}

// TestDeterminism plays the same game twice, and the library scenarios too: the same bytes.
func TestDeterminism(t *testing.T) {
	sc := loadMiniAs(t)
	if a, b := playLog(t, sc), playLog(t, sc); !bytes.Equal(a, b) {
		t.Errorf("two runs of mini differ:\n%s\n--\n%s", a, b)
	}
	for _, sc := range scentest.All(t, "../testdata") {
		var logs [2][]byte
		for i := range logs {
			pols := make([]policy.Policy, len(sc.Sides))
			for j := range pols {
				pols[j] = policy.Random{Seed: 3}
			}
			s := policy.Play(sim.New(sc, sc.Seed), pols, 0, nil)
			var b bytes.Buffer
			if err := record.Of(record.NewHeader(sc, sc.Seed, nil), s).Write(&b); err != nil {
				t.Fatal(err)
			}
			logs[i] = b.Bytes()
		}
		if !bytes.Equal(logs[0], logs[1]) {
			t.Errorf("%s: two runs give different logs", sc.ID)
		}
	}
}

func readGolden(t *testing.T) *record.Log {
	t.Helper()
	f, err := os.Open(golden)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := record.Read(f)
	if err != nil {
		t.Fatalf("Read(%s) = %v", golden, err)
	}
	return l
}

// TestGoldenReplays replays the golden log: no divergence, and the same end.
func TestGoldenReplays(t *testing.T) {
	sc := loadMiniAs(t)
	l := readGolden(t)
	s, d := record.Replay(sc, l)
	if d != nil {
		t.Fatalf("Replay(%s) diverges: %v", golden, d)
	}
	last := l.Entries[len(l.Entries)-1]
	if !s.Over || last.Type != "end" || s.Outcome != last.Outcome || record.Sum(s) != last.Checksum {
		t.Errorf("Replay(%s) ends at turn %d over %v outcome %q sum %s, log ends %+v", golden, s.Turn, s.Over, s.Outcome, record.Sum(s), last)
	}
	// Written again, the log is the same bytes.
	var b bytes.Buffer
	if err := l.Write(&b); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(golden)
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("Read then Write of %s changes it:\n%s", golden, b.Bytes())
	}
}

// TestTamperedLog changes one order of the golden log at a time: the replay must diverge at
// exactly the entry changed (never before, never after), and some change must diverge.
func TestTamperedLog(t *testing.T) {
	sc := loadMiniAs(t)
	diverged := 0
	l := readGolden(t)
	for i, e := range l.Entries {
		for j := range e.Orders {
			for _, change := range []func(o *sim.Order){
				func(o *sim.Order) { o.Actor = "nobody" },
				func(o *sim.Order) { o.Move = "no_such_move" },
			} {
				tl := readGolden(t)
				change(&tl.Entries[i].Orders[j])
				_, d := record.Replay(sc, tl)
				if d == nil {
					continue
				}
				diverged++
				if d.Entry != i || d.Turn != e.Turn {
					t.Errorf("order %d of entry %d changed: divergence at entry %d turn %d, want entry %d turn %d (%v)", j, i, d.Entry, d.Turn, i, e.Turn, d)
				}
				if want := "line " + itoa(i+2) + ": turn "; !strings.HasPrefix(d.Error(), want) || d.Line() != i+2 {
					t.Errorf("divergence reads %q, want it to start %q", d.Error(), want)
				}
			}
		}
	}
	if diverged == 0 {
		t.Errorf("no change to any order of %s made the replay diverge", golden)
	}
	// A changed checksum diverges at its entry too.
	tl := readGolden(t)
	k := len(tl.Entries) / 2
	tl.Entries[k].Checksum = "0000000000000000"
	if _, d := record.Replay(sc, tl); d == nil || d.Entry != k || d.Want != "0000000000000000" {
		t.Errorf("checksum of entry %d changed: Replay = %v, want divergence at entry %d", k, d, k)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestOtherScenarioRefused replays the golden log against other scenario files: refused before
// the first entry, naming the hash.
func TestOtherScenarioRefused(t *testing.T) {
	l := readGolden(t)
	data, _ := os.ReadFile("../testdata/mini.toml")
	edited, err := load.Load("sim/testdata/mini.toml", append(data, []byte("\n# edited\n")...))
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range append(scentest.All(t, "../testdata"), edited) {
		if sc.Hash == l.Header.Hash {
			continue // mini itself
		}
		s, d := record.Replay(sc, l)
		if d == nil || d.Entry != -1 || s != nil || !strings.Contains(d.Error(), "hash") {
			t.Errorf("Replay(%s, golden log) = %v, want refusal for another scenario hash", sc.ID, d)
		}
	}
}

// TestReadRefuses reads logs that are not logs.
func TestReadRefuses(t *testing.T) {
	good, _ := os.ReadFile(golden)
	lines := strings.SplitAfter(string(good), "\n")
	for _, c := range []struct{ name, log, want string }{
		{"empty", "", "empty log"},
		{"no header", lines[1], "line 1: not a ttx log header"},
		{"bad format", strings.Replace(lines[0], `"format":2`, `"format":99`, 1), "line 1: log format 99, this ttx reads 2"},
		{"format 1", strings.Replace(lines[0], `"format":2`, `"format":1`, 1), "line 1: log format 1, this ttx reads 2"},
		{"bad type", reseal(lines[0] + `{"type":"dance","turn":1,"checksum":"0"}` + "\n"), `line 2: unknown entry type "dance"`},
		{"bad json", lines[0] + "{\n", "line 2: "},
	} {
		_, err := record.Read(strings.NewReader(c.log))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Read(%s) = %v, want %s", c.name, err, c.want)
		}
	}
}
