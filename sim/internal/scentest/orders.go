package scentest

import (
	"ttx/sim"
)

// Stream is a reproducible source of choices: it reads the bytes it was given (a fuzzer's),
// then goes on with draws derived from its seed.
type Stream struct {
	b    []byte
	seed uint64
	n    int
}

// NewStream returns a stream that reads b, then draws from seed.
func NewStream(seed uint64, b []byte) *Stream { return &Stream{b: b, seed: seed} }

// Intn returns a choice in [0, n); 0 when n <= 0.
func (r *Stream) Intn(n int) int {
	if n <= 0 {
		return 0
	}
	r.n++
	if len(r.b) > 0 {
		v := int(r.b[0])
		r.b = r.b[1:]
		if n > 256 && len(r.b) > 0 {
			v = v<<8 | int(r.b[0])
			r.b = r.b[1:]
		}
		return v % n
	}
	return int(sim.Draw(r.seed, r.n, 0, 0, 0) * float64(n))
}

// Orders returns the orders every side gives this turn, chosen from what each side sees: for
// each actor of the side, often one of its legal orders (sim.LegalFor on the side's view); with
// garbage, sometimes an order the engine must refuse: unknown ids, another side's actor, a
// wrong target, argument or parameter, a duplicate, an actor no side controls.
func Orders(s *sim.State, r *Stream, garbage bool) []sim.Order {
	sc := s.Sc
	var out, buf []sim.Order
	for sd := range sc.Sides {
		v := sim.View(s, sd)
		side := sc.Sides[sd].ID
		for _, a := range sc.Sides[sd].Actors {
			buf = sim.LegalFor(v, a, buf[:0])
			if len(buf) > 0 && r.Intn(4) != 0 {
				o := buf[r.Intn(len(buf))]
				if r.Intn(2) == 0 {
					o.Side = side
				}
				out = append(out, o)
			}
			if garbage && r.Intn(6) == 0 {
				out = append(out, Garbage(sc, r, side, sc.Actors[a].ID, buf))
			}
		}
	}
	return out
}

// Garbage returns an order that is wrong in one way chosen by r: side is the ordering side,
// actor one of its actors and legal that actor's legal orders (maybe none).
func Garbage(sc *sim.Scenario, r *Stream, side, actor string, legal []sim.Order) sim.Order {
	o := sim.Order{Side: side, Actor: actor, Move: anyID(sc, r, "move")}
	if len(legal) > 0 {
		o = legal[r.Intn(len(legal))]
		o.Side = side
	}
	switch r.Intn(10) {
	case 0:
		o.Actor = "nobody"
	case 1:
		o.Move = "no_such_move"
	case 2:
		o.Target = anyID(sc, r, "")
	case 3:
		o.Target = []string{"", "ghost", "incident_0", "incident_999", "incident_x", "incident_1"}[r.Intn(6)]
	case 4:
		o.Arg = []string{"", "maybe", "nobody", "yes", "no", "abstain", anyID(sc, r, "actor")}[r.Intn(7)]
	case 5:
		o.Actor = anyID(sc, r, "actor") // maybe another side's, or no side's
	case 6:
		o.Side = "purple"
	case 7:
		o.Side = ""
		o.Actor = anyID(sc, r, "actor")
	case 8:
		o = sim.Order{Side: side, Actor: anyID(sc, r, "actor"), Move: anyID(sc, r, "move"),
			Target: anyID(sc, r, ""), Arg: anyID(sc, r, "")}
	default: // a duplicate or a plain copy, or one with a parameter out of range or not taken
		if r.Intn(3) == 0 {
			o.Param = []int{-1, 0, 1, 9, 17, 1<<30 + 1}[r.Intn(6)]
		}
	}
	return o
}

// anyID returns an id of the given kind ("actor", "move"), or of any kind for "".
func anyID(sc *sim.Scenario, r *Stream, kind string) string {
	var ids []string
	add := func(k string, n int, id func(int) string) {
		if kind == "" || kind == k {
			for i := 0; i < n; i++ {
				ids = append(ids, id(i))
			}
		}
	}
	add("actor", len(sc.Actors), func(i int) string { return sc.Actors[i].ID })
	add("move", len(sc.Moves), func(i int) string { return sc.Moves[i].ID })
	add("asset", len(sc.Assets), func(i int) string { return sc.Assets[i].ID })
	add("link", len(sc.Links), func(i int) string { return sc.Links[i].ID })
	add("resolution", len(sc.Resolutions), func(i int) string { return sc.Resolutions[i].ID })
	add("side", len(sc.Sides), func(i int) string { return sc.Sides[i].ID })
	if len(ids) == 0 {
		return "none"
	}
	return ids[r.Intn(len(ids))]
}
