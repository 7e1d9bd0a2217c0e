package sim_test

import (
	"os"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

func loadMini(t *testing.T) *sim.Scenario {
	t.Helper()
	data, err := os.ReadFile("testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load("testdata/mini.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func TestChanceFromTheSidesView(t *testing.T) {
	sc := loadMini(t)
	s := sim.New(sc, 1)
	red := sim.View(s, sc.Side("red"))
	// intrude: 0.2 + 0.1 * capability 7.
	if p, ok := sim.Chance(red, sim.Order{Actor: "red_group", Move: "intrude", Target: "firm"}); !ok || p < 0.8999 || p > 0.9001 {
		t.Errorf("Chance(intrude) = %v, %v, want 0.9, true", p, ok)
	}
	// heist has a constant chance of 0.6.
	if p, ok := sim.Chance(red, sim.Order{Actor: "red_group", Move: "heist", Target: "exchange"}); !ok || p != 0.6 {
		t.Errorf("Chance(heist) = %v, %v, want 0.6, true", p, ok)
	}
	// A move without a chance always succeeds.
	if p, ok := sim.Chance(red, sim.Order{Actor: "red_state", Move: "lobby", Target: "neutral"}); !ok || p != 1 {
		t.Errorf("Chance(lobby) = %v, %v, want 1, true", p, ok)
	}
	blue := sim.View(s, sc.Side("blue"))
	// Blue does not know the relay exists, nor controls red's actors.
	for _, o := range []sim.Order{
		{Actor: "firm", Move: "takedown", Target: "relay"},
		{Actor: "red_group", Move: "intrude", Target: "firm"},
		{Actor: "firm", Move: "no_such_move"},
	} {
		if p, ok := sim.Chance(blue, o); ok {
			t.Errorf("Chance(blue, %v) = %v, true, want false", o, p)
		}
	}
}
