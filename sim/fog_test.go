package sim_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/policy"
)

// wire returns everything a client playing side sd is sent at state p: its sight's snapshot
// and its seat's scenario, as JSON, and the feed's lines (Describe, here with the whole
// scenario, which can only show more than a client could).
func wire(tb testing.TB, p *sim.State, sd int) []byte {
	tb.Helper()
	v := sim.View(p, sd)
	var buf bytes.Buffer
	for _, x := range []any{sim.SnapshotOf(v), sim.SeatScenarioOf(v)} {
		b, err := json.Marshal(x)
		if err != nil {
			tb.Fatalf("json.Marshal of side %d's sight: %v", sd, err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	for _, e := range v.Events {
		buf.WriteString(sim.Describe(v.Sc, e))
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// marker is a secret's text and when a side may read it.
type marker struct {
	text string
	may  func(p *sim.State, sd int) bool
}

// markerize returns a copy of sc with a marker in every secret text, and the markers.
func markerize(sc *sim.Scenario) (*sim.Scenario, []marker) {
	m := *sc
	var ms []marker
	never := func(*sim.State, int) bool { return false }
	m.Sides = slices.Clone(sc.Sides)
	for i := range m.Sides {
		d := &m.Sides[i]
		own := func(_ *sim.State, sd int) bool { return sd == i }
		d.Briefing = fmt.Sprintf("MK:side%d:briefing:", i)
		ms = append(ms, marker{d.Briefing, own})
		d.Objectives = slices.Clone(d.Objectives)
		for j := range d.Objectives {
			d.Objectives[j].Text = fmt.Sprintf("MK:side%d:objective%d:", i, j)
			ms = append(ms, marker{d.Objectives[j].Text, own})
		}
	}
	m.Truths = slices.Clone(sc.Truths)
	for i := range m.Truths {
		m.Truths[i].Text = fmt.Sprintf("MK:truth%d:", i)
		ms = append(ms, marker{m.Truths[i].Text, never})
	}
	m.Injects = slices.Clone(sc.Injects)
	for i := range m.Injects {
		in := &m.Injects[i]
		told := func(p *sim.State, sd int) bool { return p.Fired[i] != 0 && in.To&(1<<uint(sd)) != 0 }
		in.Title, in.Text = fmt.Sprintf("MK:inject%d:title:", i), fmt.Sprintf("MK:inject%d:text:", i)
		in.Expected = fmt.Sprintf("MK:inject%d:expected:", i)
		in.Questions = []string{fmt.Sprintf("MK:inject%d:question:", i)}
		ms = append(ms, marker{in.Title, told}, marker{in.Text, told}, marker{in.Questions[0], told}, marker{in.Expected, never})
	}
	m.Questions = slices.Clone(sc.Questions)
	for i := range m.Questions {
		q := &m.Questions[i]
		put := func(p *sim.State, sd int) bool { return q.To&(1<<uint(sd)) != 0 && p.Turn >= q.Turn }
		q.Text = fmt.Sprintf("MK:question%d:", i)
		ms = append(ms, marker{q.Text, put})
	}
	m.Assets = slices.Clone(sc.Assets)
	for x := range m.Assets {
		if m.Assets[x].HiddenFrom == 0 {
			continue
		}
		m.Assets[x].Name = fmt.Sprintf("MK:asset%d:name:", x)
		ms = append(ms, marker{m.Assets[x].Name, func(p *sim.State, sd int) bool { return p.Known[x]&(1<<uint(sd)) != 0 }})
	}
	m.Moves = slices.Clone(sc.Moves)
	for mv := range m.Moves {
		d := &m.Moves[mv]
		if d.Visibility == sim.VisPublic {
			continue
		}
		plays := func(_ *sim.State, sd int) bool {
			for _, a := range sc.Sides[sd].Actors {
				if slices.Contains(sc.CanPlay[a], mv) {
					return true
				}
			}
			return false
		}
		d.Name, d.Text = fmt.Sprintf("MK:move%d:name:", mv), fmt.Sprintf("MK:move%d:text:", mv)
		ms = append(ms, marker{d.Name, plays}, marker{d.Text, plays})
	}
	m.Resolutions = slices.Clone(sc.Resolutions)
	for i := range m.Resolutions {
		d := &m.Resolutions[i]
		if d.DraftedBy < 0 {
			continue
		}
		seen := func(p *sim.State, sd int) bool {
			return sd == d.DraftedBy || p.Res[i].Status != sim.Draft || onAgenda(sc, i, sd)
		}
		d.Title, d.Text = fmt.Sprintf("MK:res%d:title:", i), fmt.Sprintf("MK:res%d:text:", i)
		ms = append(ms, marker{d.Title, seen}, marker{d.Text, seen})
	}
	for i := range sc.Sides {
		ms = append(ms, marker{rationale(i), func(_ *sim.State, sd int) bool { return sd == i }})
	}
	return &m, ms
}

// rationale is the marker in side sd's rationales.
func rationale(sd int) string { return fmt.Sprintf("MK:side%d:rationale:", sd) }

// markerGame plays sc with policy pol (random or greedy) for every side, each order carrying
// its side's rationale marker, the facilitator now and then firing an inject or overriding a
// track, and returns the last state.
func markerGame(sc *sim.Scenario, seed uint64, pol string) *sim.State {
	r := scentest.NewStream(seed, nil)
	s := sim.New(sc, seed)
	for !s.Over {
		switch r.Intn(10) {
		case 0:
			s = sim.Fire(s, r.Intn(len(sc.Injects)))
		case 1:
			a, t := r.Intn(len(sc.Actors)), r.Intn(sc.NT())
			s = sim.Override(s, a, t, sc.Tracks[t].Min+int64(r.Intn(int(min(sc.Tracks[t].Max-sc.Tracks[t].Min+1, 50)))))
		}
		var orders []sim.Order
		for sd := range sc.Sides {
			var p policy.Policy = policy.Random{Seed: seed}
			if pol == "greedy" {
				p = policy.Greedy{Seed: seed}
			}
			for _, o := range p.Orders(sim.View(s, sd)) {
				o.Rationale = rationale(sd)
				orders = append(orders, o)
			}
		}
		s = sim.Resolve(s, orders)
	}
	return s
}

// TestMarkers plays every library scenario and the engine's fixtures, with a marker in every
// secret, with random and greedy play, and checks that nothing a side is sent at any step, or
// after an undo, holds a marker it may not read, nor the seed.
func TestMarkers(t *testing.T) {
	seeds := 3
	if testing.Short() {
		seeds = 1
	}
	checked := 0
	for _, base := range scentest.All(t, "testdata") {
		sc, ms := markerize(base)
		for _, pol := range []string{"random", "greedy"} {
			for k := range seeds {
				seed := 918273645 + uint64(k)*7919
				end := markerGame(sc, seed, pol)
				states := append(end.History(), end.Undo())
				for _, p := range states {
					for sd := range sc.Sides {
						w := wire(t, p, sd)
						checked++
						if bytes.Contains(w, []byte(strconv.FormatUint(seed, 10))) {
							t.Fatalf("%s (%s, seed %d) turn %d: side %s is sent the seed", sc.ID, pol, seed, p.Turn, sc.Sides[sd].ID)
						}
						for _, m := range ms {
							if !m.may(p, sd) && bytes.Contains(w, []byte(m.text)) {
								t.Fatalf("%s (%s, seed %d) turn %d: side %s is sent %q:\n%s", sc.ID, pol, seed, p.Turn, sc.Sides[sd].ID, m.text, around(w, m.text))
							}
						}
					}
				}
			}
		}
	}
	if checked < 200 {
		t.Errorf("checked %d sights, want many", checked)
	}
	t.Logf("checked %d sights", checked)
}

// TestMarkerCheckCanFail gives the check the facilitator's wire as if a side were sent it: it
// must find other sides' markers.
func TestMarkerCheckCanFail(t *testing.T) {
	sc, ms := markerize(scentest.Mini(t, "testdata"))
	end := markerGame(sc, 1, "random")
	found := map[string]bool{}
	for _, p := range end.History() {
		w := wire(t, p, sim.Facilitator)
		for _, m := range ms {
			if !m.may(p, 0) && bytes.Contains(w, []byte(m.text)) {
				found[strings.Split(m.text, ":")[2]] = true
			}
		}
	}
	for _, k := range []string{"briefing", "objective0", "rationale", "name"} {
		if !found[k] {
			t.Errorf("the facilitator's wire shown to side 0: no %q marker found; the check cannot fail (found %v)", k, found)
		}
	}
}

// around returns the line of w that holds s, cut to a readable length around it.
func around(w []byte, s string) string {
	i := bytes.Index(w, []byte(s))
	lo, hi := max(0, i-200), min(len(w), i+len(s)+200)
	return string(w[lo:hi])
}
