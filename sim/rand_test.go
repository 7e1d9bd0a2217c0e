package sim

import "testing"

// TestTurnDiceIsDiceOf checks that the dice drawn through a turn's dice (TurnDice) are those
// of DiceOf's formula, which every roll of the engine and draw of a policy rests on.
func TestTurnDiceIsDiceOf(t *testing.T) {
	ref := func(seed uint64, turn, actor, move int) Dice { // DiceOf as it was first written
		h := seed
		h = mix(h ^ uint64(int64(turn))*0x9e3779b97f4a7c15)
		h = mix(h ^ uint64(int64(actor))*0xbf58476d1ce4e5b9)
		h = mix(h ^ uint64(int64(move))*0x94d049bb133111eb)
		return Dice(h)
	}
	for _, seed := range []uint64{0, 1, 7, 0x706f6c6963790001, 1<<64 - 1} {
		for turn := -1; turn < 30; turn++ {
			td := TurnDiceOf(seed, turn)
			for actor := -3; actor < 20; actor++ {
				for _, move := range []int{-4, -1, 0, 1, 5, 40} {
					want := ref(seed, turn, actor, move)
					if got := td.Of(actor, move); got != want {
						t.Fatalf("TurnDiceOf(%d, %d).Of(%d, %d) = %d, want %d", seed, turn, actor, move, got, want)
					}
					if got := DiceOf(seed, turn, actor, move); got != want {
						t.Fatalf("DiceOf(%d, %d, %d, %d) = %d, want %d", seed, turn, actor, move, got, want)
					}
				}
			}
		}
	}
}
