package load

import (
	"slices"
	"testing"

	"ttx/sim"
)

// scoreChain has three sides, each of whose score reads the next one's, written in the file
// before it: a scores twice b's score, b's is c's plus 1, and c's is the turn.
const scoreChain = `[scenario]
id = "chain"
title = "Chain"
turns = 3

[tracks.funds]
max = 10

[[side]]
id = "a"
name = "A"
[[side.objective]]
id = "double"
score = "side.b.score * 2"

[[side]]
id = "b"
name = "B"
[[side.objective]]
id = "next"
score = "side.c.score + 1"

[[side]]
id = "c"
name = "C"
[[side.objective]]
id = "clock"
score = "turn"

[[actor]]
id = "firm"
kind = "firm"
side = "a"
`

// TestScoreOrder: an objective that reads another side's score reads that side's score of the
// same turn, wherever the two sides stand in the file: the sides are scored in the order of
// their reads (c, b, a), in a whole turn and in a turn scored for one side alone.
func TestScoreOrder(t *testing.T) {
	sc, err := Load("chain.toml", []byte(scoreChain))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sc.ScoreOrder, []int{2, 1, 0}) {
		t.Fatalf("ScoreOrder = %v, want [2 1 0]", sc.ScoreOrder)
	}
	s := sim.New(sc, 1)
	for turn := 1; turn <= 2; turn++ {
		s = sim.Resolve(s, nil)
		c := float64(turn)
		if want := []float64{2 * (c + 1), c + 1, c}; !slices.Equal(s.Scores, want) {
			t.Errorf("after turn %d the scores are %v, want %v", turn, s.Scores, want)
		}
		prev := s.Prev
		if _, got := sim.ScoreChoicesInto(nil, prev, nil, 0); got != s.Scores[0] {
			t.Errorf("turn %d scored for a alone gives %v, want %v", turn, got, s.Scores[0])
		}
	}
	if got := scoreOrder([][]int{nil, {0}, {0, 1}}); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("sides that read only sides before them are scored in the order %v, not the file's", got)
	}
}
