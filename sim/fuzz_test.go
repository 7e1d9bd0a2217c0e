package sim_test

import (
	"fmt"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// fuzzStep is one step of a fuzzed game: a turn's orders, or a facilitator's action.
type fuzzStep struct {
	orders []sim.Order
	fire   int // inject to fire, when kind is 1
	actor  int // override, when kind is 2
	track  int
	value  int64
	kind   int // 0 turn, 1 fire, 2 override, 3 undo
}

// FuzzGame plays a game of a library scenario (or mini) from a fuzzed seed and byte stream:
// mostly legal orders chosen from each side's view, some garbage orders, and now and then the
// facilitator firing an inject, overriding a track or undoing a step. After every step the
// state must keep its invariants, every order must have a result, and every side's view must
// be computable; replaying the same steps must give the same checksums.
func FuzzGame(f *testing.F) {
	scs := scentest.All(f, "testdata")
	for i := range scs {
		f.Add(uint64(i), []byte{byte(i)})
		f.Add(uint64(1000+i), []byte{byte(i), 1, 2, 3, 250, 7, 9, 0, 0, 13})
	}
	f.Fuzz(func(t *testing.T, seed uint64, data []byte) {
		if len(data) == 0 {
			data = []byte{0}
		}
		sc := scs[int(data[0])%len(scs)]
		r := scentest.NewStream(seed, data[1:])
		s := sim.New(sc, seed)
		if err := sim.Check(s); err != nil {
			t.Fatalf("%s seed %d: New: %v", sc.ID, seed, err)
		}
		var steps []fuzzStep
		var sums []uint64
		for n := 0; !s.Over && n < 3*sc.Turns; n++ {
			st := fuzzStep{kind: 0}
			switch r.Intn(32) {
			case 0, 1:
				st = fuzzStep{kind: 1, fire: r.Intn(len(sc.Injects)+2) - 1}
			case 2, 3:
				st = fuzzStep{kind: 2, actor: r.Intn(len(sc.Actors)+2) - 1, track: r.Intn(sc.NT()+2) - 1,
					value: int64(r.Intn(4001)) - 2000}
			case 4:
				st = fuzzStep{kind: 3}
			default:
				st.orders = scentest.Orders(s, r, true)
			}
			prev := s
			s = fuzzApply(s, st)
			where := fmt.Sprintf("%s seed %d step %d (%v)", sc.ID, seed, n, st.kind)
			fuzzCheck(t, where, prev, s, st)
			steps = append(steps, st)
			sums = append(sums, sim.Checksum(s))
		}
		// The same steps give the same states.
		s = sim.New(sc, seed)
		for i, st := range steps {
			s = fuzzApply(s, st)
			if got := sim.Checksum(s); got != sums[i] {
				t.Fatalf("%s seed %d: replay of step %d: checksum %016x, first run %016x", sc.ID, seed, i, got, sums[i])
			}
		}
	})
}

func fuzzApply(s *sim.State, st fuzzStep) *sim.State {
	switch st.kind {
	case 1:
		return sim.Fire(s, st.fire)
	case 2:
		return sim.Override(s, st.actor, st.track, st.value)
	case 3:
		return s.Undo()
	}
	return sim.Resolve(s, st.orders)
}

// fuzzCheck checks the state after one step.
func fuzzCheck(t *testing.T, where string, prev, s *sim.State, st fuzzStep) {
	t.Helper()
	if err := sim.Check(s); err != nil {
		t.Fatalf("%s: Check = %v", where, err)
	}
	if st.kind == 0 {
		if len(s.Results) != len(st.orders) {
			t.Fatalf("%s: %d results for %d orders", where, len(s.Results), len(st.orders))
		}
		for i, res := range s.Results {
			if res.OK != (res.Reason == nil) {
				t.Fatalf("%s: result %d (%v): OK %v with reason %v", where, i, res.Order, res.OK, res.Reason)
			}
			if res.Order != st.orders[i] {
				t.Fatalf("%s: result %d is for %v, want %v", where, i, res.Order, st.orders[i])
			}
		}
		if !prev.Over && !s.Over && s.Turn != prev.Turn+1 {
			t.Fatalf("%s: turn %d after turn %d", where, s.Turn, prev.Turn)
		}
	}
	for sd := sim.Facilitator; sd < len(s.Sc.Sides); sd++ {
		v := sim.View(s, sd)
		for _, e := range v.Events {
			_ = sim.Describe(s.Sc, e)
		}
		if sd >= 0 {
			for _, o := range sim.Legal(v) {
				if o.Actor == "" || o.Move == "" {
					t.Fatalf("%s: side %d: legal order %+v without actor or move", where, sd, o)
				}
			}
		}
	}
}
