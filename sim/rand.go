package sim

// Draw returns a uniform number in [0, 1) derived only from its arguments: the seed, the turn,
// the actor, the move and the index of the draw within that order. No draw depends on another,
// so changing one order leaves the dice of every other order unchanged.
func Draw(seed uint64, turn, actor, move, index int) float64 {
	return DiceOf(seed, turn, actor, move).Draw(index)
}

// Dice are the draws of one seed, turn, actor and move: Dice(seed, turn, actor, move).Draw(i)
// is Draw(seed, turn, actor, move, i), for a caller that makes several draws of one order.
type Dice uint64

// DiceOf returns the dice of a seed, turn, actor and move.
func DiceOf(seed uint64, turn, actor, move int) Dice {
	return TurnDiceOf(seed, turn).Of(actor, move)
}

// TurnDice are the dice of one seed and turn: TurnDiceOf(seed, turn).Of(actor, move) is
// DiceOf(seed, turn, actor, move), for a caller that draws for many orders of one turn.
type TurnDice uint64

// TurnDiceOf returns the dice of a seed and turn.
func TurnDiceOf(seed uint64, turn int) TurnDice {
	return TurnDice(mix(seed ^ uint64(int64(turn))*0x9e3779b97f4a7c15))
}

// Of returns the dice of an actor and move of the turn.
func (t TurnDice) Of(actor, move int) Dice {
	h := mix(uint64(t) ^ uint64(int64(actor))*0xbf58476d1ce4e5b9)
	return Dice(mix(h ^ uint64(int64(move))*0x94d049bb133111eb))
}

// Draw returns draw number index.
func (d Dice) Draw(index int) float64 {
	h := mix(uint64(d) ^ uint64(int64(index))*0xd6e8feb86659fd93)
	return float64(h>>11) / (1 << 53)
}

// mix is the splitmix64 finaliser.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
