package sim_test

import (
	"reflect"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestQuietResults checks, on random games of every scenario (garbage orders mixed in), that a
// quiet state resolves each turn to the same state and results as the state itself: the same
// order, side, outcome, chance, roll and reason code for every order, only what a rollout does
// not read spared (the reasons' details: a failed roll's reason is the zero ErrChance, the
// result holding its chance and roll; whether the failure rests on what the side cannot see,
// as nothing is watched), and no events.
func TestQuietResults(t *testing.T) {
	rolls := 0
	for _, sc := range scentest.All(t, "testdata") {
		for g := range 4 {
			r := scentest.NewStream(uint64(g), nil)
			s := sim.New(sc, uint64(g))
			for !s.Over {
				orders := scentest.Orders(s, r, true)
				want := sim.Resolve(s, orders)
				got := sim.ResolveInto(nil, sim.Quiet(s), orders)
				if sim.Checksum(got) != sim.Checksum(want) {
					t.Fatalf("%s game %d turn %d: the quiet state resolves to another state", sc.ID, g, s.Turn)
				}
				if len(got.Events) != 0 || len(got.Results) != len(want.Results) {
					t.Fatalf("%s game %d turn %d: %d events and %d results, want none and %d", sc.ID, g, s.Turn,
						len(got.Events), len(got.Results), len(want.Results))
				}
				for i, w := range want.Results {
					q := got.Results[i]
					if q.Order != w.Order || q.Side != w.Side || q.OK != w.OK || q.Chance != w.Chance ||
						q.Roll != w.Roll || q.Code() != w.Code() {
						t.Fatalf("%s game %d turn %d: quiet result %+v, want %+v", sc.ID, g, s.Turn, q, w)
					}
					if ch, ok := w.Reason.(sim.ErrChance); ok {
						rolls++
						if ch.Chance != w.Chance || ch.Roll != w.Roll || q.Reason != (sim.ErrChance{}) {
							t.Fatalf("%s game %d turn %d: failed roll %+v, quiet %+v", sc.ID, g, s.Turn, w, q)
						}
					}
				}
				s = want
			}
		}
	}
	if rolls == 0 {
		t.Fatal("no failed roll checked")
	}
}

// TestQuietClearsOrders checks that a quiet turn in indices, resolved into the storage of a
// state whose results named orders, leaves no order in its results, whichever one field of an
// order was set.
func TestQuietClearsOrders(t *testing.T) {
	sc := scentest.Mini(t, "testdata")
	s := sim.New(sc, 1)
	var cs []sim.ActorChoice
	for a := range sc.Actors {
		cs = append(cs, sim.ActorChoice{Actor: a, Choice: sim.Choice{Move: 0, Target: -1, Arg: -1}})
	}
	nf := reflect.TypeFor[sim.Order]().NumField()
	for f := range nf {
		dst := sim.ResolveChoicesInto(nil, s, cs)
		for i := range dst.Results {
			dst.Results[i].Order = sim.Order{} // field f alone set
			fv := reflect.ValueOf(&dst.Results[i].Order).Elem().Field(f)
			switch fv.Kind() {
			case reflect.String:
				fv.SetString("x")
			case reflect.Int:
				fv.SetInt(1)
			default:
				t.Fatalf("order field %s of kind %s", reflect.TypeFor[sim.Order]().Field(f).Name, fv.Kind())
			}
		}
		got := sim.ResolveChoicesInto(dst, sim.Quiet(s), cs)
		for i, r := range got.Results {
			if r.Order != (sim.Order{}) {
				t.Fatalf("field %d: quiet result %d names order %+v", f, i, r.Order)
			}
		}
	}
}
