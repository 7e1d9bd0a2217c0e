package policy

import (
	"os"
	"slices"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/load"
)

// readsScores is mini with a move's condition, an inject's condition and the end condition
// reading the sides' scores: every turn of it must be scored.
func readsScores(t *testing.T) *sim.Scenario {
	t.Helper()
	b, err := os.ReadFile("../testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	for _, r := range [][2]string{
		{`when = "target.status == 'active'"`, `when = "target.status == 'active' and side.red.score < 2"`},
		{`when = "flow.stolen > 0"`, `when = "flow.stolen > 0 or side.blue.score > 3"`},
		{`when = "actor.red_group.exposure >= 50"`, `when = "actor.red_group.exposure >= 50 or side.red.score > 2.5"`},
	} {
		if !strings.Contains(src, r[0]) {
			t.Fatalf("mini no longer has %s", r[0])
		}
		src = strings.Replace(src, r[0], r[1], 1)
	}
	sc, err := load.Load("reads_scores.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestRolloutScoresAsPlay: a rollout, whose turns leave their scores to its last state when no
// expression reads a score (sim.Unscored), ends in the state Play reaches with the same Random
// policies, scores included, after any number of turns: for every library scenario, and for
// mini made to read scores, whose every turn is scored. A turn of an unscored state that does
// not end the game leaves its scores stale, and says so.
func TestRolloutScoresAsPlay(t *testing.T) {
	scs := append(scentest.All(t, "../testdata"), readsScores(t))
	stale := 0
	for _, sc := range scs {
		reads := sc.File == "reads_scores.toml"
		if sc.ScoresUnread == reads {
			t.Errorf("%s: ScoresUnread = %v, want %v", sc.ID, sc.ScoresUnread, !reads)
		}
		var r Roller
		for seed := uint64(1); seed <= 6; seed++ {
			pols := make([]Policy, len(sc.Sides))
			for i := range pols {
				pols[i] = Random{Seed: seed}
			}
			for _, depth := range []int{1, 2, 3, 0} {
				want := Play(sim.New(sc, seed), pols, depth, nil)
				got := r.Play(sim.New(sc, seed), seed, depth)
				if got.Stale() || got.Turn != want.Turn || got.Over != want.Over || got.Outcome != want.Outcome ||
					!slices.Equal(got.Scores, want.Scores) || sim.Checksum(got) != sim.Checksum(want) {
					t.Fatalf("%s seed %d depth %d: rollout ends at turn %d scores %v (stale %v), Play at turn %d scores %v",
						sc.ID, seed, depth, got.Turn, got.Scores, got.Stale(), want.Turn, want.Scores)
				}
			}
			s := sim.Unscored(sim.New(sc, seed))
			n := sim.ResolveChoicesInto(nil, s, nil)
			switch {
			case n.Over && n.Stale():
				t.Errorf("%s seed %d: a turn that ends the game leaves its scores stale", sc.ID, seed)
			case !n.Over && n.Stale() == reads:
				t.Errorf("%s seed %d: an unscored turn's Stale() = %v", sc.ID, seed, n.Stale())
			case n.Stale():
				stale++
			}
		}
	}
	if stale == 0 {
		t.Error("no unscored turn left its scores stale")
	}
}
