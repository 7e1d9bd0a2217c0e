package sim_test

import (
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestSharedIncidentInViews: an incident the hospital shares with the CERT reaches the CERT's
// view, numbered as the CERT's first incident, with the sharing in its events and without
// the authors or any evidence it has not found; the allies, who were not told, see neither the
// incident nor the sharing.
func TestSharedIncidentInViews(t *testing.T) {
	sc := scentest.Load(t, "testdata/cases/fixtures/sharing.toml")
	s := sim.New(sc, 1)
	s = sim.Resolve(s, []sim.Order{{Actor: "gang", Move: "ransom", Target: "hospital"}})
	s = sim.Resolve(s, []sim.Order{{Actor: "hospital", Move: "tell_cert", Target: "incident_1"}})
	if !s.Results[0].OK {
		t.Fatalf("tell_cert: %v", s.Results[0].Reason)
	}
	cert := sim.View(s, sc.Side("cert"))
	if len(cert.Incidents) != 1 || len(cert.Incidents[0].Authors) != 0 || len(cert.Evidence) != 0 {
		t.Fatalf("the CERT's view holds incidents %+v and evidence %+v, want the one shared, without its authors or evidence", cert.Incidents, cert.Evidence)
	}
	if got := cert.Incidents[0].Victims; len(got) != 1 || got[0] != sc.Actor("hospital") {
		t.Errorf("the CERT sees victims %v, want the hospital", got)
	}
	shared := false
	for _, e := range cert.Events {
		if e.Kind == sim.EvReveal {
			shared = true
			if d := sim.Describe(sc, e); d != "hospital shares incident 1" {
				t.Errorf("the CERT reads %q", d)
			}
		}
	}
	if !shared {
		t.Error("the CERT's view has no event of the sharing")
	}
	allies := sim.View(s, sc.Side("allies"))
	if len(allies.Incidents) != 0 {
		t.Errorf("the allies see %d incidents, want none", len(allies.Incidents))
	}
	for _, e := range allies.Events {
		if e.Kind == sim.EvReveal || strings.Contains(sim.Describe(sc, e), "incident") {
			t.Errorf("the allies see %q", sim.Describe(sc, e))
		}
	}
}
