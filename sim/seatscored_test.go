package sim_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

// TestSeatOfAScoredGameWithoutObjectives: in a scored game, a side with no objectives of its
// own is told that the game keeps a score (its copy of the scenario is Scored), yet its seat
// holds no objective of another side, nor another side's score. A discussion exercise's seats,
// and those of a scenario no side of which has an objective, are told it keeps none.
func TestSeatOfAScoredGameWithoutObjectives(t *testing.T) {
	data, err := os.ReadFile("testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	redObjective := "[[side.objective]]\nid = \"fund\"\ntext = \"Cash out\"\nscore = \"actor.red_state.wmd / 10\"\n"
	if !strings.Contains(string(data), redObjective) {
		t.Fatal("mini.toml's red objective has changed: the test needs it")
	}
	sc, err := load.Load("mini.toml", []byte(strings.Replace(string(data), redObjective, "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	blue, red := sc.Side("blue"), sc.Side("red")
	if !sc.Scored() || len(sc.Sides[red].Objectives) != 0 {
		t.Fatal("the test scenario is not a scored game in which red has no objective")
	}
	s := sim.Override(sim.New(sc, 1), sc.Actor("red_group"), sc.Track("exposure"), 3)
	if s.Scores[blue] == 0 {
		t.Fatal("blue never scores: the test cannot show its score kept from red")
	}
	v := sim.View(s, red)
	ss := sim.SeatScenarioOf(v)
	seat := ss.Scenario()
	if ss.Unscored || !seat.Scored() {
		t.Error("red's seat is told the game keeps no score, as if it were a discussion exercise")
	}
	if seat.Noun() != "game" {
		t.Errorf("red's seat calls the game an %q", seat.Noun())
	}
	for i, d := range seat.Sides {
		if len(d.Objectives) != 0 {
			t.Errorf("red's seat holds %s's objectives", sc.Sides[i].ID)
		}
	}
	if v.Scores[blue] != 0 {
		t.Errorf("red's view holds blue's score %v", v.Scores[blue])
	}
	b, err := json.Marshal(ss)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"Expose the groups", "actor.red_group.exposure"} {
		if strings.Contains(string(b), secret) {
			t.Errorf("red's seat scenario holds blue's objective %q", secret)
		}
	}
	if own := sim.SeatScenarioOf(sim.View(s, blue)).Scenario(); !own.Scored() || len(own.Sides[blue].Objectives) != 1 {
		t.Error("blue's seat is not told its own objective of a scored game")
	}

	for name, edit := range map[string]func(string) string{
		"scored = false": func(src string) string {
			return strings.Replace(src, "[scenario]\n", "[scenario]\nscored = false\n", 1)
		},
		"no side has an objective": func(src string) string {
			src = strings.Replace(src, redObjective, "", 1)
			return strings.Replace(src, "[[side.objective]]\nid = \"expose\"\ntext = \"Expose the groups\"\nscore = \"actor.red_group.exposure + actor.grey_group.exposure\"\n", "", 1)
		},
	} {
		sc, err := load.Load("mini.toml", []byte(edit(string(data))))
		if err != nil {
			t.Fatal(err)
		}
		if sc.Scored() {
			t.Fatalf("%s: the scenario keeps a score", name)
		}
		for sd := range sc.Sides {
			if sim.SeatScenarioOf(sim.View(sim.New(sc, 1), sd)).Scenario().Scored() {
				t.Errorf("%s: %s's seat is told the game keeps a score", name, sc.Sides[sd].ID)
			}
		}
	}
}
