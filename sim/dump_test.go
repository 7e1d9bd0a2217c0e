package sim_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

// dumpFixture loads a case fixture.
func dumpFixture(t testing.TB, name string) *sim.Scenario {
	t.Helper()
	p := casesDir + "/fixtures/" + name
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load(p, src)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestDump checks that Dump shows what changed, the same way every time.
func TestDump(t *testing.T) {
	sc := dumpFixture(t, "flows.toml")
	play := func() *sim.State {
		s := sim.New(sc, 1)
		s = sim.Resolve(s, []sim.Order{
			{Actor: "firm", Move: "trace", Target: "coop_exchange"},
			{Actor: "red_group", Move: "heist", Target: "bank"},
			{Actor: "red_group", Move: "launder", Target: "wallet_coop"},
		})
		return sim.Resolve(s, []sim.Order{{Actor: "red_group", Move: "cashout", Target: "coop_exchange"}})
	}
	s := play()
	got := sim.Dump(s)
	for _, want := range []string{
		"turn 3 over false outcome - seed 1\n",
		"  red_state: wmd 0→25\n",
		"  bank: active known all traced none value 900 dirty 0\n",
		"  coop_exchange: active known all traced blue value 0 dirty 0\n",
		"flow: stolen 100 held 0 transit 0 frozen 49 fees 2 cashed 49\n",
		"  incident_1: turn 1 move heist authors red_group victims bank_owner via none planted none known red attributed none public false\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Dump(after heist, hop, freeze, cashout) lacks %q; got:\n%s", want, got)
		}
	}
	if strings.Contains(got, "coop:") {
		t.Errorf("Dump shows the unchanged tracks of coop:\n%s", got)
	}
	if again := sim.Dump(play()); again != got {
		t.Errorf("Dump of the same game twice differs:\n%s\n---\n%s", got, again)
	}
	if start := sim.Dump(sim.New(sc, 1)); start == got {
		t.Errorf("Dump(start) = Dump(after two turns) = %s", got)
	}
}

// Dump prints a state one fact a line: here the vote fixture after a vetoed resolution.
func ExampleDump() {
	src, _ := os.ReadFile("testdata/cases/fixtures/council.toml")
	sc, err := load.Load("council.toml", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := sim.New(sc, 1)
	s = sim.Resolve(s, []sim.Order{{Actor: "us", Move: "table_sanction"}})
	fmt.Print(sim.Dump(s))
	// Output:
	// turn 2 over false outcome - seed 1
	// scores: west=0,east=0
	// truths: none
	// fired: none
	// tracks (changed since the start):
	//   us: funds 5→4
	// assets:
	// flow: stolen 0 held 0 transit 0 frozen 0 fees 0 cashed 0
	// incidents:
	// evidence:
	// resolutions:
	//   sanction: failed by us due 1 yes 9 no 3 abstain 3 vetoed true
	//   inquiry: draft by - due 0 yes 0 no 0 abstain 0 vetoed false
	//   motion: draft by - due 0 yes 0 no 0 abstain 0 vetoed false
}
