package sim_test

import (
	"os"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

// rollsByOrder plays turns of orders from the start of sc with seed and returns, per turn, the
// roll of every order that was rolled, keyed by the order's text.
func rollsByOrder(t *testing.T, sc *sim.Scenario, seed uint64, turns [][]sim.Order) []map[string]float64 {
	t.Helper()
	s := sim.New(sc, seed)
	var out []map[string]float64
	for _, orders := range turns {
		s = sim.Resolve(s, orders)
		if err := sim.Check(s); err != nil {
			t.Fatalf("Check after turn %d: %v", s.Turn, err)
		}
		m := map[string]float64{}
		for _, r := range s.Results {
			if r.Reason == nil || r.Code() == "chance" {
				m[r.Order.String()] = r.Roll
			}
		}
		out = append(out, m)
	}
	return out
}

// TestRollsIndependent shows common random numbers: each order's roll is derived from (seed,
// turn, actor, move) alone, so changing one order, adding one, or playing a different turn
// before leaves every other order's roll unchanged.
func TestRollsIndependent(t *testing.T) {
	src, err := os.ReadFile("testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load("mini.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	o := func(actor, move, target string) sim.Order {
		return sim.Order{Actor: actor, Move: move, Target: target}
	}
	heist := o("red_group", "heist", "exchange")
	hunt := o("firm", "hunt", "")
	lobbyRed := o("red_state", "lobby", "neutral")
	lobbyBlue := o("blue_state", "lobby", "neutral")
	intrude := o("red_group", "intrude", "blue_state")
	trace := o("firm", "trace", "otc")

	base := [][]sim.Order{{heist, hunt, lobbyRed, lobbyBlue}, {heist, intrude, lobbyBlue}}
	variants := map[string][][]sim.Order{
		// The firm traces instead of hunting; the second turn is as in the base game.
		"one order changed": {{heist, trace, lobbyRed, lobbyBlue}, {heist, intrude, lobbyBlue}},
		// Red also intrudes on turn 1, and lobbies on turn 2.
		"one order added": {{heist, hunt, intrude, lobbyRed, lobbyBlue}, {lobbyRed, heist, intrude, lobbyBlue}},
		// The same orders submitted in another order.
		"orders reordered": {{lobbyBlue, lobbyRed, hunt, heist}, {lobbyBlue, intrude, heist}},
	}
	const seed = 7
	want := rollsByOrder(t, sc, seed, base)

	// The rolls are the documented draws, and not all alike (a constant draw would make the
	// comparisons below prove nothing).
	seen := map[float64]bool{}
	for turn, m := range want {
		if len(m) < 3 {
			t.Fatalf("turn %d: only %d orders were rolled: %v", turn+1, len(m), m)
		}
		for k, roll := range m {
			seen[roll] = true
			o, _ := caseParseOrder(k)
			d := sim.Draw(seed, turn+1, sc.Actor(o.Actor), sc.Move(o.Move), 0)
			if roll != d {
				t.Errorf("turn %d: roll of %s = %v, want Draw(seed, turn, actor, move, 0) = %v", turn+1, k, roll, d)
			}
		}
	}
	if len(seen) < 5 {
		t.Errorf("rolls of the base game = %v: fewer than 5 distinct values", want)
	}

	for name, turns := range variants {
		got := rollsByOrder(t, sc, seed, turns)
		compared := 0
		for turn := range want {
			for k, w := range want[turn] {
				g, ok := got[turn][k]
				if !ok {
					continue // the order was changed or not given in this variant
				}
				compared++
				if g != w {
					t.Errorf("%s: turn %d: roll of %s = %v, want %v (as in the base game)", name, turn+1, k, g, w)
				}
			}
		}
		if compared < 5 {
			t.Errorf("%s: only %d orders compared", name, compared)
		}
	}

	// Another seed rolls other dice.
	other := rollsByOrder(t, sc, seed+1, base)
	same := 0
	for k, w := range want[0] {
		if other[0][k] == w {
			same++
		}
	}
	if same == len(want[0]) {
		t.Errorf("seed %d and %d roll the same dice: %v", seed, seed+1, want[0])
	}
}
