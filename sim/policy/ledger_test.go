package policy

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestLedgerFollowsStolenValue: red steals into its wallet, then launders it to an exchange it
// does not own, where its view shows no stolen value; the ledger, reading only red's views,
// holds there what the engine holds once it has arrived, and a guess completed by it holds it
// too. A cash-out that succeeds there empties it.
func TestLedgerFollowsStolenValue(t *testing.T) {
	sc := scentest.Mini(t, "../testdata")
	red, otc := sc.Side("red"), sc.Asset("otc")
	order := func(move, target string) []sim.Order {
		return []sim.Order{{Side: "red", Actor: "red_group", Move: move, Target: target}}
	}
	var s *sim.State
	for seed := uint64(1); ; seed++ {
		if seed > 50 {
			t.Fatal("no heist succeeded in 50 seeds")
		}
		s = sim.Resolve(sim.New(sc, seed), order("heist", "exchange"))
		if s.Dirty[sc.Asset("wallet")] > 0 {
			break
		}
	}
	var l ledger
	l.reset(sc)
	l.update(sim.View(s, red))
	s = sim.Resolve(s, order("launder", "wallet_otc"))
	v := sim.View(s, red)
	if v.SeesValue(otc) {
		t.Fatal("red sees the exchange's stolen value: the test needs an asset it cannot see")
	}
	l.update(v)
	s = sim.Resolve(s, nil) // the hop's delay: it arrives this turn
	v = sim.View(s, red)
	l.update(v)
	if s.Dirty[otc] == 0 || l.held[otc] != s.Dirty[otc] || v.Dirty[otc] != 0 {
		t.Fatalf("the exchange holds %d stolen, red's view %d, the ledger %d", s.Dirty[otc], v.Dirty[otc], l.held[otc])
	}
	g := sim.Sample(v, 3)
	l.apply(v, g)
	if g.Dirty[otc] != s.Dirty[otc] {
		t.Errorf("a guess completed by the ledger holds %d at the exchange, want %d", g.Dirty[otc], s.Dirty[otc])
	}
	s = sim.Resolve(s, order("cashout", "otc"))
	if !s.Results[0].OK {
		t.Fatalf("cash-out: %v", s.Results[0].Reason)
	}
	l.update(sim.View(s, red))
	if l.held[otc] != 0 {
		t.Errorf("after a cash-out the ledger holds %d at the exchange", l.held[otc])
	}
}
