package load_test

import (
	"os"
	"strings"
	"testing"

	"ttx/sim/load"
)

// TestTurnWordsOfExercise: a turn outside a discussion exercise's turns, in its orders or in
// the scenario itself, is told in the scenario's words ("the exercise's rounds 1..2"), and a
// scored game's in its own ("the game's turns 1..4", TestOrdersRefused).
func TestTurnWordsOfExercise(t *testing.T) {
	src, err := os.ReadFile("../testdata/discussion.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load("discussion.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	_, err = load.Orders("o.toml", []byte("[[order]]\nturn = 3\nactor = \"port_ops\"\nmove = \"activate_plan\"\n"), sc)
	if want := "o.toml:2:8: order[0].turn: turn 3 is outside the exercise's rounds 1..2"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Orders = %v, want among its errors %q", err, want)
	}
	bad := strings.Replace(string(src), "turn = 2\nat = \"20m\"", "turn = 9\nat = \"20m\"", 1)
	if bad == string(src) {
		t.Fatal("the fixture's leak_site inject moved: the test no longer changes its turn")
	}
	_, err = load.Load("discussion.toml", []byte(bad))
	if want := "inject[1].turn: turn 9 is outside the exercise's rounds 1..2"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Load = %v, want among its errors %q", err, want)
	}
	bad = strings.Replace(strings.Replace(bad, "turns = 2\n", "turns = 0\n", 1), "turn = 9\n", "turn = 300\n", 1)
	_, err = load.Load("discussion.toml", []byte(bad))
	if want := "inject[1].turn: turn 300 is outside 1..200, the most rounds an exercise may have"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Load = %v, want among its errors %q", err, want)
	}
}
