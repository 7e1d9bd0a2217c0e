package archcheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"runtime"
	"strconv"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// TestArchChecksums plays every scenario with random and greedy play for a few seeds and
// records, per state, the turn, sim.Checksum, every side's score as its bits, every order's
// result (code, chance and roll as bits) and a hash of the events. With $TTX_ARCHCHECK_OUT set
// it writes the record there, for CI to compare across architectures; $TTX_ARCHCHECK_SEEDS sets
// the seeds per scenario and policy (default 2). Every game is also played twice here, and must
// record the same both times.
func TestArchChecksums(t *testing.T) {
	seeds := 2
	if v := os.Getenv("TTX_ARCHCHECK_SEEDS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("TTX_ARCHCHECK_SEEDS=%q: want a positive number", v)
		}
		seeds = n
	}
	srcs := scentest.Sources(t, "../testdata")
	floats, err := os.ReadFile("testdata/floats.toml")
	if err != nil {
		t.Fatal(err)
	}
	srcs = append(srcs, scentest.Source{Name: "testdata/floats.toml", Data: floats})
	var out bytes.Buffer
	for _, src := range srcs {
		sc, err := load.Load(src.Name, src.Data)
		if err != nil {
			t.Fatalf("load.Load(%s):\n%v", src.Name, err)
		}
		for _, pol := range []string{"random", "greedy"} {
			for seed := uint64(1); seed <= uint64(seeds); seed++ {
				rec := play(sc, pol, seed)
				if again := play(sc, pol, seed); !bytes.Equal(rec, again) {
					t.Errorf("%s, %s, seed %d: two plays record differently", src.Name, pol, seed)
				}
				fmt.Fprintf(&out, "== %s %s seed %d\n", src.Name, pol, seed)
				out.Write(rec)
			}
		}
	}
	t.Logf("GOARCH=%s: %d bytes of record, fnv64a %016x", runtime.GOARCH, out.Len(), sum(out.Bytes()))
	if path := os.Getenv("TTX_ARCHCHECK_OUT"); path != "" {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// play plays one whole game, every side with the policy, and returns its record.
func play(sc *sim.Scenario, pol string, seed uint64) []byte {
	pols := make([]policy.Policy, len(sc.Sides))
	for i := range pols {
		switch pol {
		case "random":
			pols[i] = policy.Random{Seed: seed + uint64(i)}
		default:
			pols[i] = policy.Greedy{Seed: seed + uint64(i)}
		}
	}
	var b bytes.Buffer
	s := sim.New(sc, seed)
	record(&b, s)
	policy.Play(s, pols, 0, func(s *sim.State) { record(&b, s) })
	return b.Bytes()
}

// record writes one state's line: turn, checksum, scores, results, events' hash.
func record(b *bytes.Buffer, s *sim.State) {
	fmt.Fprintf(b, "%d %016x scores", s.Turn, sim.Checksum(s))
	for _, v := range s.Scores {
		fmt.Fprintf(b, " %016x", math.Float64bits(v))
	}
	b.WriteString(" results")
	for _, r := range s.Results {
		fmt.Fprintf(b, " %s:%016x:%016x", r.Code(), math.Float64bits(r.Chance), math.Float64bits(r.Roll))
	}
	ev, err := json.Marshal(s.Events)
	if err != nil {
		ev = []byte(err.Error())
	}
	fmt.Fprintf(b, " events %016x\n", sum(ev))
}

func sum(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}
