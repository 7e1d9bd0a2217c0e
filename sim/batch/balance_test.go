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
	b := Balance{Games: 100, Wins: []int{9, 10, 70, 71}}
	for sd, want := range []string{"under 10%", "", "", "over 70%"} {
		if got := b.Flag(sd); got != want {
			t.Errorf("Flag(%d wins of 100) = %q, want %q", b.Wins[sd], got, want)
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
