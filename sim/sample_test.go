package sim_test

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestSampleGuessesUnseenValues: a guess gives an asset whose value the side cannot see the
// value of the scenario file (a theft target is worth robbing in a guess, as far as the side
// knows), whatever its true value now; an asset it can see keeps the value it sees.
func TestSampleGuessesUnseenValues(t *testing.T) {
	sc := scentest.Mini(t, "testdata")
	unseen := 0
	for seed := range uint64(20) {
		s := sim.New(sc, seed)
		for !s.Over {
			for sd := range sc.Sides {
				v := sim.View(s, sd)
				g := sim.Sample(v, seed+7)
				for x := range sc.Assets {
					want := v.Value[x]
					if !v.SeesValue(x) {
						want = sc.Assets[x].Value
						unseen++
					}
					if g.Value[x] != want {
						t.Fatalf("seed %d turn %d side %s: a guess gives %s the value %d, want %d (true %d)",
							seed, s.Turn, sc.Sides[sd].ID, sc.Assets[x].ID, g.Value[x], want, s.Value[x])
					}
				}
			}
			s = sim.Resolve(s, scentest.Orders(s, scentest.NewStream(seed, nil), false))
		}
	}
	if unseen == 0 {
		t.Fatal("no side ever failed to see an asset's value: the test checks nothing")
	}
}

// TestSampleGuessesNothingOfUnknownAssets: an asset hidden from the side is worth nothing in
// its guesses (the file's value is not the side's to know), so no forecast or policy of the side
// turns on it.
func TestSampleGuessesNothingOfUnknownAssets(t *testing.T) {
	sc := scentest.Load(t, "testdata/markers.toml")
	x := sc.Asset("mkredhiddenasset")
	s := sim.New(sc, 1)
	for sd, want := range map[int]int64{sc.Side("blue"): 0, sc.Side("green"): 0, sc.Side("red"): 7654321} {
		if got := sim.Sample(sim.View(s, sd), 9).Value[x]; got != want {
			t.Errorf("side %s guesses the hidden server holds %d, want %d", sc.Sides[sd].ID, got, want)
		}
	}
}

// TestSampleIntoIsSample: a guess made in storage that held another guess (of another side,
// turn, game or scenario) is the guess Sample makes in new storage, slice for slice (a nil
// slice and an empty one alike), on random games of every library scenario.
func TestSampleIntoIsSample(t *testing.T) {
	var buf *sim.State
	guesses := 0
	for _, sc := range scentest.All(t, "testdata") {
		for seed := range uint64(3) {
			s := sim.New(sc, seed)
			for !s.Over {
				for sd := range sc.Sides {
					v := sim.View(s, sd)
					want := sim.Sample(v, seed+11)
					buf = sim.SampleInto(buf, v, seed+11)
					if a, b, ok := sameSight(t, &sim.Sight{State: buf, Side: sd}, &sim.Sight{State: want, Side: sd}); !ok {
						t.Fatalf("%s seed %d turn %d side %s: SampleInto guesses\n%s\nSample guesses\n%s",
							sc.ID, seed, s.Turn, sc.Sides[sd].ID, a, b)
					}
					guesses++
				}
				s = sim.Resolve(s, scentest.Orders(s, scentest.NewStream(seed, nil), false))
			}
		}
	}
	if guesses == 0 {
		t.Fatal("no guess made: the test checks nothing")
	}
}
