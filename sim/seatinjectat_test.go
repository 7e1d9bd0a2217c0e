package sim_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestSeatInjectTimes: a seat's copy of the scenario, sent over the wire, has the time within
// its turn of each inject told to the seat that has fired, so the seat's feed gives the exercise
// time it came at as a hot seat's does (sc.Clock of its turn and at); an inject the seat is not
// told, or that has not fired, has no time in it, nor anything else. The white cell's copy has
// every inject's.
func TestSeatInjectTimes(t *testing.T) {
	sc := scentest.Library(t, "regional_outage.toml")
	port := sc.Side("port")
	told, other, later := sc.Inject("ransom_port"), sc.Inject("loader_water"), sc.Inject("leak_site")
	for _, i := range []int{told, other, later} {
		if sc.Injects[i].At == 0 {
			t.Fatalf("%s has no time in its turn: nothing tested", sc.Injects[i].ID)
		}
	}
	s := sim.New(sc, 1) // round 1's injects have fired
	if s.Fired[told] != 1 || s.Fired[other] != 1 || s.Fired[later] != 0 || sc.Injects[other].To&(1<<uint(port)) != 0 {
		t.Fatal("the scenario's injects are not as the test takes them: ransom_port told to the port, loader_water not, leak_site to come")
	}
	// wire is the scenario a client of the seat of side sd rebuilds from the JSON it is sent.
	wire := func(sd int) (*sim.SeatScenario, *sim.Scenario) {
		b, err := json.Marshal(sim.SeatScenarioOf(sim.View(s, sd)))
		if err != nil {
			t.Fatal(err)
		}
		var ss sim.SeatScenario
		if err := json.Unmarshal(b, &ss); err != nil {
			t.Fatal(err)
		}
		return &ss, ss.Scenario()
	}

	ss, cs := wire(port)
	v := sim.View(s, port)
	n := 0
	for _, e := range v.Events {
		if e.Kind != sim.EvInject {
			continue
		}
		n++
		hot, served := sc.Clock(int(e.Turn), sc.Injects[e.Inject].At), cs.Clock(int(e.Turn), cs.Injects[e.Inject].At)
		if hot == "" || served != hot {
			t.Errorf("the port's seat gives %s at %q, a hot seat at %q", sc.Injects[e.Inject].ID, served, hot)
		}
	}
	if n != 1 {
		t.Fatalf("the port saw %d injects, want 1 (ransom_port)", n)
	}
	if got, want := ss.Injects[told].At, sc.Injects[told].At; got != want {
		t.Errorf("the port's copy has ransom_port at %d s, want %d", got, want)
	}
	// Fog: another side's inject, and one the port is told but which has not fired, have no time.
	for _, i := range []int{other, later} {
		if in := ss.Injects[i]; !reflect.DeepEqual(in, sim.SeatInject{}) {
			t.Errorf("the port's copy has %s, which it was not told (yet): %+v", sc.Injects[i].ID, in)
		}
	}

	white, _ := wire(sim.Facilitator)
	for i := range sc.Injects {
		if got, want := white.Injects[i].At, sc.Injects[i].At; got != want {
			t.Errorf("the white cell's copy has %s at %d s, want %d", sc.Injects[i].ID, got, want)
		}
	}
}
