package sim_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// leak is something a sight shows that its side may not know, tagged with its kind.
type leak struct{ kind, what string }

// leaks returns what sight v, computed from the true state p for side sd, shows that the side
// may not see: hidden assets (hidden from the side and not revealed) in events, statuses,
// values and flows; true authors of incidents the side took no part in; planted evidence;
// hidden truths; other sides' results, secret orders, drafts and scores; other sides' actors'
// hidden tracks, in the state or in event deltas; and any way back to the full history.
func leaks(p *sim.State, v *sim.Sight, sd int) []leak {
	sc := p.Sc
	bit := uint64(1) << uint(sd)
	var out []leak
	add := func(kind, format string, a ...any) { out = append(out, leak{kind, fmt.Sprintf(format, a...)}) }

	if v.Prev != nil {
		add("history", "the sight links to the state before it")
	}
	owns := func(x int) bool {
		for _, o := range sc.Assets[x].Owners {
			if sc.Actors[o].Side == sd {
				return true
			}
		}
		return false
	}
	hidden := func(x int) bool { return x >= 0 && p.Known[x]&bit == 0 }
	linkHidden := func(l int) bool { return l >= 0 && (hidden(sc.Links[l].From) || hidden(sc.Links[l].To)) }
	authorSide := func(inc *sim.Incident) bool {
		for _, a := range inc.Authors {
			if sc.Actors[a].Side == sd {
				return true
			}
		}
		return false
	}
	secretTrack := func(a, t int) bool { return sc.Actors[a].Side != sd && !sc.Tracks[t].Public }

	// Assets the side does not know.
	for x := range sc.Assets {
		if !hidden(x) {
			continue
		}
		if v.Known[x] != 0 {
			add("hidden asset", "asset %s: known bits %b", sc.Assets[x].ID, v.Known[x])
		}
		if v.Status[x] != sc.Assets[x].Status {
			add("hidden asset", "asset %s: status %s, the file says %s", sc.Assets[x].ID, v.Status[x], sc.Assets[x].Status)
		}
		if (v.Value[x] != 0 || v.Dirty[x] != 0) && !owns(x) && p.Traced[x]&bit == 0 {
			add("hidden asset", "asset %s: value %d dirty %d", sc.Assets[x].ID, v.Value[x], v.Dirty[x])
		}
	}
	for _, tr := range v.Transit {
		if linkHidden(tr.Link) {
			add("hidden asset", "value in transit on link %s, which touches an asset the side does not know", sc.Links[tr.Link].ID)
		}
	}
	if v.Flow != (sim.FlowTotals{}) {
		add("flows", "flow totals %+v", v.Flow)
	}
	for _, e := range v.Events {
		if hidden(int(e.Asset)) {
			add("hidden asset", "%s event names asset %s", e.Kind, sc.Assets[e.Asset].ID)
		}
		if linkHidden(int(e.Link)) {
			add("hidden asset", "%s event names link %s", e.Kind, sc.Links[e.Link].ID)
		}
		if e.Kind == sim.EvTheft && hidden(int(e.Target)) {
			add("hidden asset", "theft event names asset %s", sc.Assets[e.Target].ID)
		}
		if e.Kind == sim.EvOrder && e.Move >= 0 && e.Target >= 0 {
			switch sc.Moves[e.Move].Target {
			case sim.TargetAsset:
				if hidden(int(e.Target)) && !(e.Actor >= 0 && sc.Actors[e.Actor].Side == sd) {
					add("hidden asset", "order event targets asset %s", sc.Assets[e.Target].ID)
				}
			case sim.TargetLink:
				if linkHidden(int(e.Target)) && !(e.Actor >= 0 && sc.Actors[e.Actor].Side == sd) {
					add("hidden asset", "order event targets link %s", sc.Links[e.Target].ID)
				}
			}
		}
	}

	// True authors, planted evidence, evidence of others.
	known := 0
	for i := range p.Incidents {
		if p.Incidents[i].Known&bit != 0 {
			known++
		}
	}
	if len(v.Incidents) != known {
		add("incident", "%d incidents shown, the side knows %d", len(v.Incidents), known)
	}
	for k := range v.Incidents {
		vi := &v.Incidents[k]
		i := p.IncidentAt(sd, k)
		if i < 0 {
			continue
		}
		ti := &p.Incidents[i]
		if len(vi.Planted) > 0 {
			add("planted", "incident %d shows planted evidence %v", k+1, vi.Planted)
		}
		if !authorSide(ti) && (len(vi.Authors) > 0 || len(vi.Via) > 0 || vi.Move >= 0) {
			add("author", "incident %d shows authors %v via %v move %d", k+1, vi.Authors, vi.Via, vi.Move)
		}
		if vi.Known&^bit != 0 {
			add("incident", "incident %d shows who else knows it: %b", k+1, vi.Known)
		}
	}
	for _, ev := range v.Evidence {
		if int(ev.Side) != sd && !ev.Public {
			add("evidence", "evidence of side %d on incident %d", ev.Side, ev.Incident+1)
		}
	}
	for _, e := range v.Events {
		if e.Actor < 0 || sc.Actors[e.Actor].Side == sd {
			continue
		}
		switch e.Kind {
		case sim.EvIncident:
			if i := p.IncidentAt(sd, int(e.Incident)); i < 0 || !authorSide(&p.Incidents[i]) {
				add("author", "incident event names its author %s", sc.Actors[e.Actor].ID)
			}
		case sim.EvTheft, sim.EvHop:
			add("author", "%s event names actor %s", e.Kind, sc.Actors[e.Actor].ID)
		}
	}

	// Truths, results, orders, drafts, scores.
	for i, t := range v.Truth {
		if t {
			add("truth", "truth %s shows true", sc.Truths[i].ID)
		}
	}
	for _, r := range v.Results {
		if r.Side != sd {
			add("results", "result of side %d: %v", r.Side, r.Order)
		}
	}
	want := 0
	for _, e := range p.Events {
		if e.Vis&bit != 0 {
			want++
		}
	}
	if len(v.Events) != want {
		add("events", "%d events, the side was shown %d", len(v.Events), want)
	}
	for _, e := range v.Events {
		if e.Kind == sim.EvOrder && e.Actor >= 0 && sc.Actors[e.Actor].Side != sd && (e.Code == "ok" || e.Code == "chance") &&
			sc.Moves[e.Move].Visibility == sim.VisSide {
			add("orders", "secret order of %s: %s", sc.Actors[e.Actor].ID, sc.Moves[e.Move].ID)
		}
	}
	var legal []sim.Order
	if v.Side >= 0 {
		legal = sim.Legal(v)
	}
	for i := range v.Res {
		if p.Res[i].Status != sim.Draft || sc.Resolutions[i].DraftedBy == sd || onAgenda(sc, i, sd) {
			continue
		}
		id := sc.Resolutions[i].ID
		if v.Res[i] != (sim.ResState{By: -1}) || v.SeesResolution(i) {
			add("drafts", "draft %s of another side: %+v, seen %v", id, v.Res[i], v.SeesResolution(i))
		}
		for _, o := range legal {
			if m := sc.Move(o.Move); o.Target == id && sc.Moves[m].Target == sim.TargetResolution {
				add("drafts", "legal order %v names the draft %s of another side", o, id)
			}
		}
	}
	for i, x := range v.Scores {
		if i != sd && x != 0 {
			add("scores", "score of side %s: %g", sc.Sides[i].ID, x)
		}
	}
	for i, f := range v.Fired {
		if f != 0 && sc.Injects[i].To&bit == 0 {
			add("injects", "inject %s told to other sides shows fired", sc.Injects[i].ID)
		}
	}

	// Hidden tracks, in the state, in deltas and in an override step.
	nt := sc.NT()
	for a := range sc.Actors {
		for t := 0; t < nt; t++ {
			if secretTrack(a, t) && v.Track(a, t) != sc.Actors[a].Tracks[t] {
				add("hidden track", "%s.%s = %d, the file says %d", sc.Actors[a].ID, sc.Tracks[t].ID, v.Track(a, t), sc.Actors[a].Tracks[t])
			}
		}
	}
	for _, e := range v.Events {
		for _, d := range e.Deltas {
			if secretTrack(d.Actor, d.Track) {
				add("hidden track", "%s event shows %s.%s %d→%d", e.Kind, sc.Actors[d.Actor].ID, sc.Tracks[d.Track].ID, d.From, d.To)
			}
		}
	}
	if v.Step.Kind == sim.StepOverride && v.Step.Actor >= 0 && secretTrack(v.Step.Actor, v.Step.Track) && v.Step.Value != 0 {
		add("hidden track", "override step shows %s.%s = %d", sc.Actors[v.Step.Actor].ID, sc.Tracks[v.Step.Track].ID, v.Step.Value)
	}
	return out
}

// leakGames plays games of every library scenario and mini and calls f with each final state.
func leakGames(t *testing.T, seeds int, f func(s *sim.State)) {
	for _, sc := range scentest.All(t, "testdata") {
		for seed := uint64(1); seed <= uint64(seeds); seed++ {
			r := scentest.NewStream(seed*7919, nil)
			s := sim.New(sc, seed)
			for !s.Over {
				switch r.Intn(12) {
				case 0:
					s = sim.Fire(s, r.Intn(len(sc.Injects)))
				case 1:
					a, tr := r.Intn(len(sc.Actors)), r.Intn(sc.NT())
					s = sim.Override(s, a, tr, sc.Tracks[tr].Min+int64(r.Intn(int(min(sc.Tracks[tr].Max-sc.Tracks[tr].Min+1, 1000)))))
				}
				s = sim.Resolve(s, scentest.Orders(s, r, true))
			}
			f(s)
		}
	}
}

// TestViewLeaks plays many random games and checks, for every side and every state of the
// history, and for the state after an undo, that the side's view shows nothing it may not see.
func TestViewLeaks(t *testing.T) {
	seeds := 25
	if testing.Short() {
		seeds = 4
	}
	checked := 0
	leakGames(t, seeds, func(s *sim.State) {
		sc := s.Sc
		hist := s.History()
		for sd := range sc.Sides {
			views := sim.HistoryView(s, sd)
			if len(views) != len(hist) {
				t.Fatalf("%s: HistoryView has %d sights for %d states", sc.ID, len(views), len(hist))
			}
			for i, v := range views {
				checked++
				if ls := leaks(hist[i], v, sd); len(ls) > 0 {
					t.Fatalf("%s seed %d, state %d (turn %d), side %s sees:\n%s", sc.ID, s.Seed, i, hist[i].Turn, sc.Sides[sd].ID, leakList(ls))
				}
			}
			u := s.Undo()
			if ls := leaks(u, sim.View(u, sd), sd); len(ls) > 0 {
				t.Fatalf("%s seed %d, after undo, side %s sees:\n%s", sc.ID, s.Seed, sc.Sides[sd].ID, leakList(ls))
			}
		}
	})
	if checked < 100 {
		t.Errorf("checked %d sights, want many", checked)
	}
}

// TestLeakCheckCanFail gives the checks the facilitator's view, which shows everything, as if
// a side saw it: they must find the secrets of every kind the games produce.
func TestLeakCheckCanFail(t *testing.T) {
	kinds := map[string]int{}
	leakGames(t, 6, func(s *sim.State) {
		for _, p := range s.History() {
			for sd := range s.Sc.Sides {
				v := sim.View(p, sim.Facilitator)
				v.Prev = p.Prev // the facilitator's sight has no history either; give it one
				for _, l := range leaks(p, v, sd) {
					kinds[l.kind]++
				}
			}
		}
	})
	for _, k := range []string{"history", "hidden asset", "author", "planted", "truth", "results", "events",
		"orders", "drafts", "scores", "hidden track", "flows", "evidence", "incident"} {
		if kinds[k] == 0 {
			t.Errorf("the facilitator's view shown to a side: no %q leak found; the check cannot fail", k)
		}
	}
}

func leakList(ls []leak) string {
	var lines []string
	for _, l := range ls {
		lines = append(lines, "  "+l.kind+": "+l.what)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// onAgenda reports whether resolution i is on its body's agenda for side sd: voted the turn it is
// tabled, with a seat of the side in the body (its draft is then the side's to see).
func onAgenda(sc *sim.Scenario, i, sd int) bool {
	d := &sc.Resolutions[i]
	if d.VoteAfter != 0 {
		return false
	}
	for _, a := range sc.Bodies[d.Body].Members {
		if sc.Actors[a].Side == sd {
			return true
		}
	}
	return false
}
