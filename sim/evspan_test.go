package sim_test

import (
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestEvidenceOnHoldsAll: the part of the evidence EvidenceOn gives for an incident holds every
// piece of evidence on it, in the true state of every turn and in every side's view of it (whose
// incidents and evidence are numbered anew), and in a state made from the wire, which keeps no
// span: on random games of every library scenario. An expression that sums an incident's
// evidence reads only that part.
func TestEvidenceOnHoldsAll(t *testing.T) {
	check := func(t *testing.T, what string, s *sim.State) int {
		t.Helper()
		spans := 0
		for i := range s.Incidents {
			want, got := 0, 0
			for _, e := range s.Evidence {
				if int(e.Incident) == i {
					want++
				}
			}
			part := s.EvidenceOn(i)
			for _, e := range part {
				if int(e.Incident) == i {
					got++
				}
			}
			if got != want {
				t.Fatalf("%s: incident %d has %d pieces of evidence, %d of them in EvidenceOn's %d", what, i, want, got, len(part))
			}
			if len(part) < len(s.Evidence) {
				spans++
			}
		}
		return spans
	}
	pieces, spans := 0, 0
	for _, sc := range scentest.All(t, "testdata") {
		for seed := uint64(1); seed <= 6; seed++ {
			r := scentest.NewStream(seed*977, nil)
			for s := sim.New(sc, seed); ; s = sim.Resolve(s, scentest.Orders(s, r, true)) {
				spans += check(t, sc.ID+" true state", s)
				pieces += len(s.Evidence)
				for sd := range sc.Sides {
					v := sim.View(s, sd)
					spans += check(t, sc.ID+" view", v.State)
					sn := sim.SnapshotOf(v)
					check(t, sc.ID+" from the wire", sn.Sight(v.Sc).State)
				}
				if s.Over {
					break
				}
			}
		}
	}
	if pieces == 0 || spans == 0 {
		t.Fatalf("%d pieces of evidence, %d incidents read from less than all of it: the test saw nothing", pieces, spans)
	}
}
