package sim_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/batch"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// observable is a deliberately plain account of what side sd may observe of the true state p,
// written apart from View: its own and public tracks, the assets it knows (with the value the
// file starts them with, and their values where it owns or traces them), value in transit, injects told to it, the incidents it knows in full
// and in the order it learned of them, its own and public evidence, the resolutions it sees,
// its score, its results' orders and whether they succeeded, the true events it was shown,
// and the step. It says more than a side sees (true authors of its incidents, events
// unredacted), never less: two states with the same observable must give the side the same
// sight, byte for byte.
func observable(p *sim.State, sd int) string {
	sc := p.Sc
	bit := uint64(1) << uint(sd)
	var o []any
	o = append(o, p.Turn, p.Over, p.Outcome)
	nt := sc.NT()
	for a := range sc.Actors {
		for t := range nt {
			if sc.Actors[a].Side == sd || sc.Tracks[t].Public {
				o = append(o, p.Track(a, t))
			}
		}
	}
	for x := range sc.Assets {
		if p.Known[x]&bit == 0 {
			continue
		}
		o = append(o, x, p.Status[x], p.Traced[x]&bit, sc.Assets[x].Value) // the file's value comes with the asset
		owns := false
		for _, a := range sc.Assets[x].Owners {
			owns = owns || sc.Actors[a].Side == sd
		}
		if owns || p.Traced[x]&bit != 0 {
			o = append(o, p.Value[x], p.Dirty[x])
		}
	}
	o = append(o, p.Transit)
	for i, f := range p.Fired {
		if sc.Injects[i].To&bit != 0 {
			o = append(o, f)
		}
	}
	for k := 0; ; k++ {
		i := p.IncidentAt(sd, k)
		if i < 0 {
			break
		}
		o = append(o, p.Incidents[i])
	}
	for _, e := range p.Evidence {
		if int(e.Side) == sd || e.Public {
			o = append(o, e)
		}
	}
	for i, r := range p.Res {
		if r.Status != sim.Draft || sc.Resolutions[i].DraftedBy == sd || onAgenda(sc, i, sd) {
			o = append(o, i, r)
		}
	}
	o = append(o, p.Scores[sd], p.Step)
	for _, r := range p.Results {
		if r.Side == sd {
			o = append(o, r.Order, r.OK)
		}
	}
	for _, e := range p.Events {
		if e.Vis&bit != 0 {
			o = append(o, e)
		}
	}
	b, err := json.Marshal(o)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// perturbation changes, in game B, something side sd may not know: it returns B's start from
// A's, and extra orders for B's turns, or false when it has nothing to change.
type perturbation struct {
	name string
	// start returns B's first state from A's (a fresh copy it may change).
	start func(a *sim.State, r *scentest.Stream, sd int) (*sim.State, bool)
	// extra returns orders B plays beyond A's in a turn.
	extra func(b *sim.State, r *scentest.Stream, sd int) []sim.Order
}

var perturbations = []perturbation{
	{name: "a hidden truth flipped", start: func(a *sim.State, r *scentest.Stream, sd int) (*sim.State, bool) {
		if len(a.Truth) == 0 {
			return nil, false
		}
		b := sim.New(a.Sc, a.Seed)
		i := r.Intn(len(b.Truth))
		b.Truth[i] = !b.Truth[i]
		return b, true
	}},
	{name: "another side's hidden track changed", start: func(a *sim.State, r *scentest.Stream, sd int) (*sim.State, bool) {
		sc := a.Sc
		var cands [][2]int
		for x := range sc.Actors {
			for t := range sc.NT() {
				if sc.Actors[x].Side >= 0 && sc.Actors[x].Side != sd && !sc.Tracks[t].Public && sc.HasTrack(x, t) {
					cands = append(cands, [2]int{x, t})
				}
			}
		}
		if len(cands) == 0 {
			return nil, false
		}
		b := sim.New(sc, a.Seed)
		c := cands[r.Intn(len(cands))]
		tr := &sc.Tracks[c[1]]
		b.Tracks[sc.Slot(c[0], c[1])] = tr.Min + int64(r.Intn(int(min(tr.Max-tr.Min+1, 1000))))
		return b, true
	}},
	{name: "the worth of an asset the side does not know", start: func(a *sim.State, r *scentest.Stream, sd int) (*sim.State, bool) {
		sc := a.Sc
		var cands []int
		for x := range sc.Assets {
			if sc.Assets[x].HiddenFrom&(1<<uint(sd)) != 0 {
				cands = append(cands, x)
			}
		}
		if len(cands) == 0 {
			return nil, false
		}
		m := *sc
		m.Assets = slices.Clone(sc.Assets)
		m.Assets[cands[r.Intn(len(cands))]].Value += 1 + int64(r.Intn(5000))
		return sim.New(&m, a.Seed), true
	}},
	{name: "another side's extra orders", start: func(a *sim.State, r *scentest.Stream, sd int) (*sim.State, bool) {
		return sim.New(a.Sc, a.Seed), len(a.Sc.Sides) > 1
	}, extra: func(b *sim.State, r *scentest.Stream, sd int) []sim.Order {
		sc := b.Sc
		x := r.Intn(len(sc.Sides))
		if x == sd {
			return nil
		}
		v := sim.View(b, x)
		var out []sim.Order
		for _, a := range sc.Sides[x].Actors {
			if legal := sim.LegalFor(v, a, nil); len(legal) > 0 {
				out = append(out, legal[r.Intn(len(legal))])
			}
		}
		return out
	}},
}

// TestNonInterference plays pairs of games of every library scenario and fixture that differ
// only in something a side may not know (a hidden truth, another side's hidden track, another
// side's extra orders) and checks that wherever the side's observable account of the two true
// states is the same, what it is sent is the same, byte for byte.
func TestNonInterference(t *testing.T) {
	seeds := 6
	if testing.Short() {
		seeds = 2
	}
	compared := map[string]int{}
	for _, sc := range scentest.All(t, "testdata") {
		for _, pt := range perturbations {
			for sd := range sc.Sides {
				for k := range seeds {
					seed := uint64(1000*sd + k + 1)
					r := scentest.NewStream(seed, nil)
					a := sim.New(sc, seed)
					b, ok := pt.start(a, r, sd)
					if !ok {
						continue
					}
					for !a.Over && !b.Over {
						orders := scentest.Orders(a, r, false)
						a = sim.Resolve(a, orders)
						if pt.extra != nil {
							orders = append(orders, pt.extra(b, r, sd)...)
						}
						b = sim.Resolve(b, orders)
					}
					ha, hb := a.History(), b.History()
					forecast := k == 0 // one forecast a pair of games: rollouts cost
					for i := range min(len(ha), len(hb)) {
						if observable(ha[i], sd) != observable(hb[i], sd) {
							break // the side could tell the games apart from here on
						}
						compared[pt.name]++
						if forecast && ha[i].Turn >= 2 {
							forecast = false
							if fa, fb := forecastOf(t, ha[i], sd), forecastOf(t, hb[i], sd); fa != fb {
								t.Fatalf("%s, %s, seed %d, state %d: side %s cannot tell the games apart but its forecasts differ:\n%s\n%s",
									sc.ID, pt.name, seed, i, sc.Sides[sd].ID, fa, fb)
							}
							compared["forecasts"]++
						}
						wa, wb := wire(t, ha[i], sd), wire(t, hb[i], sd)
						if !bytes.Equal(wa, wb) {
							t.Fatalf("%s, %s, seed %d, state %d (turn %d): side %s cannot tell the games apart but is sent\n%s\nin one and\n%s\nin the other",
								sc.ID, pt.name, seed, i, ha[i].Turn, sc.Sides[sd].ID, firstDiff(wa, wb), firstDiff(wb, wa))
						}
					}
				}
			}
		}
	}
	want := 100
	if testing.Short() {
		want = 40
	}
	for _, pt := range perturbations {
		if compared[pt.name] < want {
			t.Errorf("%s: %d states compared, want many", pt.name, compared[pt.name])
		}
	}
	if compared["forecasts"] < want/4 {
		t.Errorf("%d forecasts compared, want many", compared["forecasts"])
	}
}

// forecastOf returns side sd's forecast of the rest of the game from p (a few short rollouts
// from its guesses), as JSON.
func forecastOf(tb testing.TB, p *sim.State, sd int) string {
	tb.Helper()
	f := batch.Forecast{Side: sd, Runs: 8, Seed: 3, Workers: 1, MaxTurns: 3}
	sum, err := f.Run(context.Background(), p)
	if err != nil {
		tb.Fatal(err)
	}
	sum.Sc = nil
	b, err := json.Marshal(sum)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// firstDiff returns a's text around the first byte where it differs from b.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo, hi := max(0, i-150), min(len(a), i+150)
	return "…" + string(a[lo:hi]) + "…"
}

// library loads a scenario of the embedded library.
func library(t *testing.T, name string) *sim.Scenario {
	t.Helper()
	b, ok := scenarios.Read(name)
	if !ok {
		t.Fatalf("no library scenario %s", name)
	}
	sc, err := load.Load(name, b)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestVictimDoesNotLearnTheAuthor: Gamaredon runs a Lazarus-like build against the aid network
// (a move seen by its target). The defenders see that something happened to their network,
// and nothing that names Gamaredon: not the actor, not the move only Gamaredon plays.
func TestVictimDoesNotLearnTheAuthor(t *testing.T) {
	sc := library(t, "shared_infrastructure.toml")
	blue := sc.Side("blue")
	for seed := uint64(1); seed <= 40; seed++ {
		s := sim.New(sc, seed)
		s = sim.Resolve(s, []sim.Order{{Actor: "gamaredon", Move: "lazarus_like_build", Target: "aid_network"}})
		if !s.Results[0].OK {
			continue
		}
		// What the defenders are sent of the turn's orders and incidents (the scenario's public
		// texts and injects name both groups).
		v := sim.View(s, blue)
		var b strings.Builder
		for _, e := range v.Events {
			if e.Kind == sim.EvOrder || e.Kind == sim.EvIncident {
				j, _ := json.Marshal(e)
				b.WriteString(string(j) + "\n" + sim.Describe(sc, e) + "\n")
			}
		}
		j, _ := json.Marshal(sim.SnapshotOf(v).Incidents)
		b.Write(j)
		w := b.String()
		for _, bad := range []string{"Gamaredon", "lazarus_like_build", "Lazarus-like build"} {
			if strings.Contains(w, bad) {
				t.Fatalf("seed %d: the defenders are sent %q:\n%s", seed, bad, around([]byte(w), bad))
			}
		}
		if len(v.Incidents) != 1 || v.Incidents[0].Move != -1 || len(v.Incidents[0].Authors) != 0 {
			t.Fatalf("seed %d: the defenders' incidents = %+v, want one with no move and no authors", seed, v.Incidents)
		}
		if !strings.Contains(w, "Humanitarian aid network") || !strings.Contains(w, "incident 1") {
			t.Fatalf("seed %d: the defenders are not told of the incident on their network:\n%s", seed, w)
		}
		return
	}
	t.Fatal("the build never succeeded in 40 seeds")
}

// TestLookalikeAuthorsLookAlike plays two games of the look-alike fixture: in one the red crew
// phishes the ministry, in the other the green crew, with moves seen alike; the ministry drills
// in the same phase in both. Its views must be the same at every step.
func TestLookalikeAuthorsLookAlike(t *testing.T) {
	sc := scentest.Load(t, "testdata/lookalike.toml")
	blue := sc.Side("blue")
	play := func(actor, move string) *sim.State {
		s := sim.New(sc, 5)
		s = sim.Resolve(s, []sim.Order{{Actor: actor, Move: move, Target: "ministry"}, {Actor: "ministry", Move: "drill"}})
		s = sim.Resolve(s, []sim.Order{{Actor: "ministry", Move: "drill"}})
		return s
	}
	a, b := play("red_crew", "red_phish"), play("green_crew", "green_phish")
	ha, hb := a.History(), b.History()
	for i := range ha {
		wa, wb := wire(t, ha[i], blue), wire(t, hb[i], blue)
		if !bytes.Equal(wa, wb) {
			t.Fatalf("state %d: the ministry can tell who phished it: it is sent\n%s\nin one game and\n%s\nin the other", i, firstDiff(wa, wb), firstDiff(wb, wa))
		}
	}
	if !strings.Contains(string(wire(t, a, blue)), "a phishing wave") {
		t.Fatal("the ministry is not told of the phishing wave")
	}
}

// TestOwnResultKeepsHiddenChance: Lazarus borrows tradecraft, whose chance rests on a hidden
// truth. Pyongyang's own result says whether it worked, and neither the chance nor the roll.
func TestOwnResultKeepsHiddenChance(t *testing.T) {
	sc := library(t, "shared_infrastructure.toml")
	py := sc.Side("pyongyang")
	seen := map[string]bool{}
	for seed := uint64(1); seed <= 30; seed++ {
		s := sim.New(sc, seed)
		s = sim.Resolve(s, []sim.Order{{Actor: "lazarus", Move: "copy_tradecraft"}})
		if !s.Results[0].Hidden {
			t.Fatalf("seed %d: the result of copy_tradecraft is not marked hidden", seed)
		}
		v := sim.View(s, py)
		r := v.Results[0]
		if r.Chance != 0 || r.Roll != 0 {
			t.Fatalf("seed %d: Pyongyang's result shows chance %v roll %v", seed, r.Chance, r.Roll)
		}
		w := string(wire(t, s, py))
		for _, bad := range []string{"0.800", "0.400", "0.8,", "0.4,"} {
			if strings.Contains(w, bad) {
				t.Fatalf("seed %d: Pyongyang is sent %q:\n%s", seed, bad, around([]byte(w), bad))
			}
		}
		seen[r.Code()] = true
	}
	if !seen["ok"] || !seen["failed"] {
		t.Errorf("codes seen %v, want both ok and failed", seen)
	}
}

// TestHandFiredInjectUnseen: the facilitator fires an inject told only to one side; the others'
// views of that step do not name it.
func TestHandFiredInjectUnseen(t *testing.T) {
	sc := scentest.Load(t, "testdata/markers.toml")
	in := sc.Inject("mkredinjectid")
	s := sim.Fire(sim.New(sc, 1), in)
	for sd := range sc.Sides {
		v := sim.View(s, sd)
		told := sc.Sides[sd].ID == "red"
		if told != (v.Step.Inject == in) {
			t.Errorf("side %s: the step names inject %d (told: %v)", sc.Sides[sd].ID, v.Step.Inject, told)
		}
		if w := wire(t, s, sd); !told && bytes.Contains(w, []byte("mkredinjectid")) {
			t.Errorf("side %s is sent the inject's id", sc.Sides[sd].ID)
		}
	}
}

// TestIncidentsNumberedBySide: a side sees only the incidents it knows, numbered without gaps
// in the order it learned of them, and its orders name them so.
func TestIncidentsNumberedBySide(t *testing.T) {
	sc := scentest.Load(t, "testdata/lookalike.toml")
	blue := sc.Side("blue")
	// Red phishes the ministry, then green: the ministry knows both, green only its own.
	s := sim.New(sc, 3)
	s = sim.Resolve(s, []sim.Order{{Actor: "red_crew", Move: "red_phish", Target: "ministry"}})
	s = sim.Resolve(s, []sim.Order{{Actor: "green_crew", Move: "green_phish", Target: "ministry"}})
	green := sc.Side("green")
	if v := sim.View(s, green); len(v.Incidents) != 1 {
		t.Fatalf("green sees %d incidents, want 1 (its own): %+v", len(v.Incidents), v.Incidents)
	}
	if v := sim.View(s, blue); len(v.Incidents) != 2 {
		t.Fatalf("blue sees %d incidents, want 2", len(v.Incidents))
	}
	w := string(wire(t, s, green))
	if strings.Contains(w, "incident 2") {
		t.Fatalf("green's feed numbers an incident 2 though it knows one:\n%s", w)
	}
	// Green's incident_1 is the true incident 2.
	if got := s.IncidentAt(green, 0); got != 1 {
		t.Fatalf("IncidentAt(green, 0) = %d, want 1", got)
	}
}
