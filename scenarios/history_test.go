package scenarios_test

import (
	"os"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// replayHistory plays a scenario with a historical orders file: the sides the file scripts follow
// it, the others give no orders, so only the record's moves shape the result.
func replayHistory(t *testing.T, scenario, orders string, seed uint64) *sim.State {
	t.Helper()
	data, ok := scenarios.Read(scenario)
	if !ok {
		t.Fatalf("scenario %s is not embedded", scenario)
	}
	sc, err := load.Load(scenario, data)
	if err != nil {
		t.Fatalf("load %s: %v", scenario, err)
	}
	src, err := os.ReadFile(orders)
	if err != nil {
		t.Fatal(err)
	}
	turns, err := load.Orders(orders, src, sc)
	if err != nil {
		t.Fatalf("load %s: %v", orders, err)
	}
	script := &policy.Script{Turns: turns}
	pols := make([]policy.Policy, len(sc.Sides))
	for i, has := range script.Sides(sc) {
		pols[i] = policy.Pass{}
		if has {
			pols[i] = script
		}
	}
	s := sim.New(sc, seed)
	s = policy.Play(s, pols, 0, func(s *sim.State) {
		for _, r := range s.Results {
			// Dice and conditions that depend on them (evidence found) may go either way;
			// anything else means the script no longer fits the scenario.
			if c := r.Code(); c != "ok" && c != "chance" && c != "condition" {
				t.Errorf("turn %d: scripted order %v refused: %v", s.Prev.Turn, r.Order, r.Reason)
			}
		}
		if err := sim.Check(s); err != nil {
			t.Fatalf("turn %d: %v", s.Prev.Turn, err)
		}
	})
	return s
}

// TestRenewal2024FailsByVeto reproduces the 28 March 2024 vote on the Panel of Experts'
// mandate: 13 in favour, Russia against, China abstaining; the draft fails by Russia's veto.
func TestRenewal2024FailsByVeto(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		s := replayHistory(t, "security_council", "history/renewal_2024.toml", seed)
		sc := s.Sc
		var tally *sim.Event
		for _, p := range s.History() {
			for i := range p.Events {
				if e := &p.Events[i]; e.Kind == sim.EvTally && sc.Resolutions[e.Res].ID == "panel_renewal" && tally == nil {
					tally = e
				}
			}
		}
		if tally == nil {
			t.Fatalf("seed %d: no vote on panel_renewal", seed)
		}
		var yes, no, abst int
		for _, seat := range tally.Seats {
			id := sc.Actors[seat.Actor].ID
			switch seat.Ballot {
			case sim.Yes:
				yes++
			case sim.No:
				no++
				if id != "russia" || !seat.Veto {
					t.Errorf("seed %d: %s votes no (veto %v), want only Russia, with a veto", seed, id, seat.Veto)
				}
			default:
				abst++
				if id != "china" {
					t.Errorf("seed %d: %s abstains, want only China", seed, id)
				}
			}
		}
		if yes != 13 || no != 1 || abst != 1 || tally.Code != "failed" {
			t.Fatalf("seed %d: tally %d-%d-%d %s, want 13-1-1 failed", seed, yes, no, abst, tally.Code)
		}
	}
}

// TestBybit2025FreezesAFewPercent launders a Bybit-sized theft (about USD 1.5 bn) the way it was
// reported and checks that, with exchanges freezing as reported, a few percent is frozen
// (about 3% in the record) and that every unit stays accounted for.
func TestBybit2025FreezesAFewPercent(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		s := replayHistory(t, "stolen_crypto", "history/bybit_2025.toml", seed)
		f := s.Flow
		if f.Stolen < 1400 || f.Stolen > 1600 {
			t.Fatalf("seed %d: stolen %d, want a Bybit-sized theft near 1500", seed, f.Stolen)
		}
		share := float64(f.Frozen) / float64(f.Stolen)
		if share < 0.02 || share > 0.04 {
			t.Errorf("seed %d: frozen %d of %d stolen (%.1f%%), want about 3%%", seed, f.Frozen, f.Stolen, 100*share)
		}
	}
}

// TestRegionalOutagePlaysAsPlanned plays the discussion exercise with the orders its master
// scenario events list expects (each inject's expected player action): every order is carried
// out, the exercise ends with no score, and the round-2 cascade spares the operators that cut
// their office networks off in round 1, so every service is back by the end of play.
func TestRegionalOutagePlaysAsPlanned(t *testing.T) {
	s := replayHistory(t, "regional_outage", "history/regional_outage_msel.toml", 2026)
	sc := s.Sc
	if sc.Scored() || s.Outcome != "ended" {
		t.Errorf("scored %t, outcome %q; want a discussion exercise that ends with no score", sc.Scored(), s.Outcome)
	}
	n := 0
	for _, p := range s.History() {
		for _, r := range p.Results {
			n++
			if r.Code() != "ok" {
				t.Errorf("turn %d: %v: %s, want every expected action carried out (a decision has no dice)", p.Prev.Turn, r.Order, r.Code())
			}
		}
	}
	if n < 16 {
		t.Errorf("%d orders resolved, want the script's 16", n)
	}
	for _, id := range []string{"port_authority", "water_utility", "grid"} {
		if v := s.Track(sc.Actor(id), sc.Track("service")); v < 7 {
			t.Errorf("%s delivers %d/10 at the end of play, want at least 7", id, v)
		}
	}
	if s.Track(sc.Actor("city_eoc"), sc.Track("cell")) != 1 {
		t.Error("the joint coordination cell is not open at the end")
	}
}

// TestAlbania2022GradedResponse replays the responses to the 2022 attack on Albania's government
// on the principals' ladders: the severing of relations reads as its rung in the feed, nobody
// climbs to covert or military force, the package passes and the crisis does not spiral.
func TestAlbania2022GradedResponse(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		s := replayHistory(t, "principals_game", "history/albania_2022.toml", seed)
		sc := s.Sc
		severed := false
		for _, p := range s.History() {
			for _, e := range p.Events {
				if strings.Contains(sim.Describe(sc, e), "Diplomatic response at level 7 — Sever diplomatic relations: succeeds") {
					severed = true
				}
			}
		}
		if !severed {
			t.Errorf("seed %d: the feed does not show relations severed at rung 7", seed)
		}
		if st := s.Res[sc.Resolution("package")].Status; st != sim.Passed {
			t.Errorf("seed %d: the package is %v, want passed", seed, st)
		}
		if e := s.Track(sc.Actor("adversary"), sc.Track("escalation")); e >= 40 || s.Outcome == "spiral" {
			t.Errorf("seed %d: escalation %d, outcome %s; the record's restraint should not spiral", seed, e, s.Outcome)
		}
	}
}
