package load

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

// campaign reads the library's campaign from its file (the scenarios package imports this one).
func campaign(tb testing.TB) []byte {
	data, err := os.ReadFile("../../scenarios/campaign.toml")
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestEnvSetsReused: a second load of a scenario takes the set the first gave back, and no
// more than maxEnvSets are kept however many scenarios are loaded.
func TestEnvSetsReused(t *testing.T) {
	data := campaign(t)
	sc, err := Load("campaign.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	names := envNames(sc)
	var first *envSet
	envSets.Lock()
	for _, s := range envSets.sets {
		if s.names == names {
			first = s
		}
	}
	envSets.Unlock()
	if first == nil || len(first.configs) == 0 {
		t.Fatalf("after a load, no set with configurations kept for its names")
	}
	if got := takeEnvSet(sc); got != first {
		t.Errorf("takeEnvSet after a load = a new set, want the one kept")
	} else {
		giveEnvSet(got)
	}
	for i := range maxEnvSets + 3 {
		src := fmt.Sprintf("[scenario]\nid = \"s\"\ntitle = \"S\"\nturns = 2\n[tracks.t%d]\n[[side]]\nid = \"a\"\nname = \"A\"\n", i)
		if _, err := Load("s.toml", []byte(src)); err != nil {
			t.Fatal(err)
		}
	}
	envSets.Lock()
	n := len(envSets.sets)
	envSets.Unlock()
	if n > maxEnvSets {
		t.Errorf("%d sets kept, want at most %d", n, maxEnvSets)
	}
}

// TestEnvSetsConcurrent loads the campaign on several goroutines at once (run with -race):
// each load uses its own set, and all load the same scenario.
func TestEnvSetsConcurrent(t *testing.T) {
	data := campaign(t)
	var wg sync.WaitGroup
	syms := make([]int, 4)
	for g := range syms {
		wg.Go(func() {
			for range 3 {
				sc, err := Load("campaign.toml", data)
				if err != nil {
					t.Error(err)
					return
				}
				syms[g] = len(sc.Syms)
			}
		})
	}
	wg.Wait()
	for g := range syms {
		if syms[g] != syms[0] || syms[0] == 0 {
			t.Errorf("loads on goroutines made %v symbols, want the same number, not 0", syms)
			break
		}
	}
}

// BenchmarkLoadCold loads the campaign as the first load of a program does: without the
// environments kept by earlier loads.
func BenchmarkLoadCold(b *testing.B) {
	data := campaign(b)
	b.ReportAllocs()
	for b.Loop() {
		envSets.Lock()
		envSets.sets = nil
		envSets.Unlock()
		if _, err := Load("campaign.toml", data); err != nil {
			b.Fatal(err)
		}
	}
}
