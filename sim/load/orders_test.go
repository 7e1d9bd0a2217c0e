package load_test

import (
	"reflect"
	"strings"
	"testing"

	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// badOrders are orders files of mini that must be refused, with (the start of) an error each
// must give (file:line:col: key: message).
var badOrders = []struct {
	name, src, want string
}{
	{"deep", "x = " + strings.Repeat("[", 300000) + strings.Repeat("]", 300000) + "\n",
		"deep:1:13: x: inline tables and arrays nested more than 8 deep"},
	{"backslash", "scenario = \"mini\\", "backslash:1:17: scenario: invalid escape"},
	{"unknown key", "[[order]]\nturn = 1\nactor = \"firm\"\nmove = \"trace\"\nwhen = 2\n",
		"unknown key:5:1: order[0].when: unknown key when"},
	{"other scenario", "scenario = \"campaign\"\n", `other scenario:1:12: scenario: orders for scenario "campaign", not "mini"`},
	{"turn", "[[order]]\nturn = 99\nactor = \"firm\"\nmove = \"trace\"\n",
		"turn:2:8: order[0].turn: turn 99 is outside the game's weeks 1..4"},
	{"no move", "[[order]]\nturn = 1\nactor = \"firm\"\n", "no move:1:1: order[0]: an order needs actor and move"},
	{"key case", "[[order]]\nTurn = 1\nactor = \"firm\"\nmove = \"trace\"\n",
		"key case:2:1: order[0].Turn: unknown key Turn; did you mean turn?"},
	{"key case twice", "[[Order]]\nturn = 1\nactor = \"firm\"\nmove = \"trace\"\n[[order]]\nturn = 99\nactor = \"firm\"\nmove = \"trace\"\n",
		"key case twice:6:8: order[0].turn: turn 99 is outside the game's weeks 1..4"},
	{"unknown actor", "[[order]]\nturn = 1\nactor = \"frim\"\nmove = \"trace\"\n",
		"unknown actor:3:9: order[0].actor: unknown actor \"frim\"; did you mean firm?"},
	{"unknown move", "[[order]]\nturn = 1\nactor = \"firm\"\nmove = \"takedwon\"\ntarget = \"relay\"\n",
		"unknown move:4:8: order[0].move: unknown move \"takedwon\"; did you mean takedown?"},
	{"unknown target", "[[order]]\nturn = 1\nactor = \"firm\"\nmove = \"takedown\"\ntarget = \"rely\"\n",
		"unknown target:5:10: order[0].target: unknown asset \"rely\"; did you mean relay?"},
	{"unknown side", "[[order]]\nturn = 1\nside = \"bleu\"\nactor = \"firm\"\nmove = \"trace\"\n",
		"unknown side:3:8: order[0].side: unknown side \"bleu\"; did you mean blue?"},
	{"unknown argument", "[[order]]\nturn = 1\nactor = \"blue_state\"\nmove = \"accuse\"\narg = \"red_grup\"\n",
		"unknown argument:5:7: order[0].arg: unknown actor \"red_grup\"; did you mean red_group?"},
	{"unknown ballot", "[[order]]\nturn = 1\nactor = \"blue_state\"\nmove = \"vote\"\ntarget = \"sanction\"\narg = \"yess\"\n",
		"unknown ballot:6:7: order[0].arg: unknown ballot \"yess\"; did you mean yes? (one of abstain, yes, no)"},
	{"incident", "[[order]]\nturn = 2\nactor = \"firm\"\nmove = \"investigate\"\ntarget = \"incident1\"\n",
		"incident:5:10: order[0].target: \"incident1\" is not an incident: write incident_N, N from 1 (the side's Nth incident)"},
	{"not its actor", "[[order]]\nturn = 1\nside = \"red\"\nactor = \"firm\"\nmove = \"trace\"\n",
		"not its actor:4:9: order[0].actor: firm is blue's, not red's: a side orders only its own actors"},
	{"misspelt", "[[order]]\nturn = 1\nactr = \"firm\"\nmove = \"trace\"\n",
		"misspelt:3:1: order[0].actr: unknown key actr; did you mean actor?"},
	// A value of the wrong type hides no other problem: the ids of its order and of the
	// others are checked all the same.
	{"typed turn", typedOrders, "typed turn:3:9: order[0].actor: unknown actor \"frim\"; did you mean firm?"},
	{"typed param", typedOrders, "typed param:8:8: order[1].move: unknown move \"trac\"; did you mean trace?"},
	{"typed, both", typedOrders, "typed, both:2:8: order[0].turn: expected an integer, not a string\n" +
		"typed, both:3:9: order[0].actor: unknown actor \"frim\"; did you mean firm?\n" +
		"typed, both:8:8: order[1].move: unknown move \"trac\"; did you mean trace?\n" +
		"typed, both:9:9: order[1].param: expected an integer, not a string"},
}

// typedOrders has values of the wrong type beside misspelt ids.
const typedOrders = "[[order]]\nturn = \"one\"\nactor = \"frim\"\nmove = \"trace\"\n[[order]]\nturn = 1\nactor = \"firm\"\nmove = \"trac\"\nparam = \"x\"\n"

// TestOrdersRefused: an orders file that is malformed, nests too deep, names another scenario
// or a turn outside the game or a side, actor, move, target or argument the scenario does not
// have, or has a key of another case (beside the key itself, too) or misspelt (with the key
// or id it may mean) is refused, with the same errors each time, with its position, quickly (nesting is refused before decoding, as a
// scenario's is).
func TestOrdersRefused(t *testing.T) {
	sc := scentest.Mini(t, "../testdata")
	for _, c := range badOrders {
		_, err := load.Orders(c.name, []byte(c.src), sc)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Orders = %.300v\nwant among its errors %q", c.name, err, c.want)
			continue
		}
		for range 15 { // the same errors every time
			if _, again := load.Orders(c.name, []byte(c.src), sc); again == nil || again.Error() != err.Error() {
				t.Errorf("%s: Orders gave %.300v, then %.300v", c.name, err, again)
				break
			}
		}
	}
}

// FuzzOrders reads arbitrary bytes as an orders file of mini: never a panic, every error on
// one line at a position inside the file, the same answer twice, and each order read lands in a
// turn of the game.
func FuzzOrders(f *testing.F) {
	sc := scentest.Mini(f, "../testdata")
	for _, c := range badOrders {
		f.Add([]byte(c.src))
	}
	f.Add([]byte("[[order]]\nturn = 2\nside = \"blue\"\nactor = \"firm\"\nmove = \"trace\"\ntarget = \"x\"\nparam = -3\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		turns, err := load.Orders("o.toml", src, sc)
		turns2, err2 := load.Orders("o.toml", src, sc)
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) || !reflect.DeepEqual(turns, turns2) {
			t.Fatalf("Orders gave %v, %v, then %v, %v", turns, err, turns2, err2)
		}
		if err == nil {
			if len(turns) != sc.Turns {
				t.Fatalf("%d turns of orders, the game has %d", len(turns), sc.Turns)
			}
			return
		}
		checkErrors(t, err, map[string]int{"o.toml": lineCount(src)})
	})
}
