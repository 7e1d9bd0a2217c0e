package batch

import (
	"context"
	"reflect"
	"testing"
)

func TestWinner(t *testing.T) {
	for _, c := range []struct {
		scores []float64
		want   int
	}{
		{nil, -1},
		{[]float64{1}, 0},
		{[]float64{1, 3, 2}, 1},
		{[]float64{3, 1, 3}, -1},
		{[]float64{3, 3, 4}, 2},
	} {
		if got := Winner(c.scores); got != c.want {
			t.Errorf("Winner(%v) = %d, want %d", c.scores, got, c.want)
		}
	}
}

func TestAlwaysKeepsWhatEveryWinOrdered(t *testing.T) {
	a := always(nil, true, []bool{true, false, true, true})
	a = always(a, false, []bool{true, true, false, true})
	if want := []int{0, 3}; !reflect.DeepEqual(a, want) {
		t.Errorf("always = %v, want %v", a, want)
	}
	if a := always(nil, true, []bool{false}); a == nil || len(a) != 0 {
		t.Errorf("always of a win with no orders = %#v, want empty, not nil", a)
	}
}

func TestBalanceFlag(t *testing.T) {
	cases := []struct {
		wins, games     int
		flag, unsettled string
	}{
		{2, 100, "under 10%", ""}, // interval 0.6% to 7.0%
		{0, 40, "under 10%", ""},  // 0% to 8.8%
		{9, 100, "", "under 10%"}, // 4.8% to 16.4%: more games would tell
		{0, 4, "", "under 10%"},   // 0% to 49%: a search mix's default four games
		{10, 100, "", ""},
		{70, 100, "", ""},
		{71, 100, "", "over 70%"}, // 61.5% to 78.9%
		{4, 4, "", "over 70%"},    // 51% to 100%
		{80, 100, "over 70%", ""}, // 71.1% to 86.7%
		{0, 0, "", ""},            // no games: nothing to say
	}
	for _, c := range cases {
		b := Balance{Games: c.games, Wins: []int{c.wins}}
		if got := b.Flag(0); got != c.flag {
			t.Errorf("Flag(%d wins of %d) = %q, want %q", c.wins, c.games, got, c.flag)
		}
		if got := b.Unsettled(0); got != c.unsettled {
			t.Errorf("Unsettled(%d wins of %d) = %q, want %q", c.wins, c.games, got, c.unsettled)
		}
		if got := Flagged([]Balance{b}); got != (c.flag != "") {
			t.Errorf("Flagged(%d wins of %d) = %v, want %v", c.wins, c.games, got, c.flag != "")
		}
	}
}

// TestCheckBalanceAnyWorkers: the mixes of mini (search included) find the same with one
// worker and three, count every game once, and a side's always-moves are moves it ordered.
func TestCheckBalanceAnyWorkers(t *testing.T) {
	sc := mini(t)
	mixes := Mixes(sc, 24, 2)
	if len(mixes) != 2+len(sc.Sides) || mixes[2].Policies[0] != "search" || mixes[2].Policies[1] != "greedy" {
		t.Fatalf("Mixes = %+v", mixes)
	}
	one, err := CheckBalance(context.Background(), sc, 3, 1, mixes, nil)
	if err != nil {
		t.Fatal(err)
	}
	three, err := CheckBalance(context.Background(), sc, 3, 3, mixes, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(one, three) {
		t.Errorf("one worker:\n%+v\nthree:\n%+v", one, three)
	}
	for _, b := range one {
		n := b.Draws
		for sd, w := range b.Wins {
			n += w
			for _, m := range b.Always[sd] {
				if by := sc.Moves[m].ID; w == 0 || by == "" {
					t.Errorf("%s: side %d always ordered %s in %d wins", b.Mix.Name, sd, by, w)
				}
			}
		}
		if n != b.Mix.Games || b.Games != b.Mix.Games {
			t.Errorf("%s: %d wins and draws of %d games, want %d", b.Mix.Name, n, b.Games, b.Mix.Games)
		}
	}
	if _, err := CheckBalance(context.Background(), sc, 3, 1, []Mix{{Name: "bad", Policies: []string{"genius", "random"}, Games: 1}}, nil); err == nil {
		t.Error("CheckBalance with an unknown policy: no error")
	}
}
