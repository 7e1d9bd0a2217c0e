package load

import (
	"math/rand/v2"
	"testing"

	"ttx/sim"
)

// TestStrongest checks the incident's evidence field against a plain sum per accused, on
// random evidence lists that point at up to 12 actors (past the short list's 8).
func TestStrongest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		s := &sim.State{}
		for range r.IntN(80) {
			s.Evidence = append(s.Evidence, sim.Evidence{Incident: int32(r.IntN(3)), Accused: int32(r.IntN(1 + trial%12)),
				Strength: int64(r.IntN(9)), Side: int32(r.IntN(3)), Public: r.IntN(4) == 0})
		}
		x := &sim.Ctx{S: s, Side: r.IntN(3)}
		for i := range 3 {
			sums := map[int]int64{}
			for _, e := range s.Evidence {
				if int(e.Incident) == i && (e.Public || int(e.Side) == x.Side) {
					sums[int(e.Accused)] += e.Strength
				}
			}
			want := int64(0)
			for _, w := range sums {
				want = max(want, w)
			}
			if got := strongest(x, i); got != want {
				t.Fatalf("trial %d, incident %d: strongest = %d, want %d (%d accused)", trial, i, got, want, len(sums))
			}
		}
	}
}
