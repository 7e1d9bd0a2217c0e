package serve

import (
	"context"
	"testing"
	"time"

	"ttx/sim"
)

// TestRollsTellNoSeed: a roll is sim.Draw(seed, turn, actor, move, 0), a chain of splitmix64
// finalisers, each of which can be undone; so an exact roll gives away all but its eleven
// lowest bits of the hash, and undoing the chain from each of the 2,048 hashes left gives the
// seed among 2,048 guesses, which a second roll picks out. A hostile team (or anyone at the
// white cell's observers' screen) that inverts the rolls it is sent must not find the seed: it
// would know every hidden truth and every roll to come.
func TestRollsTellNoSeed(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	const seed = 918273645
	s := serveGame(t, Config{Scenario: sc, Seed: seed, Policies: map[string]string{"red": "random", "green": "random"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	blue, err := Join(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	observer, err := Join(ctx, s.links["observer"])
	if err != nil {
		t.Fatal(err)
	}
	start := until(t, ctx, blue, isSnap)
	until(t, ctx, observer, isSnap)
	blue.Send(ctx, Message{Type: MsgSubmit, Turn: 1, Orders: firstLegal(start)})
	for seat, c := range map[string]*Client{"blue": blue, "observer": observer} {
		m := until(t, ctx, c, func(m Message) bool { return isSnap(m) && m.Step == 1 })
		rolls := 0
		for _, r := range m.View.Results {
			if r.Roll == 0 {
				continue // veiled, or no roll
			}
			rolls++
			a, mv := sc.Actor(r.Order.Actor), sc.Move(r.Order.Move)
			for _, guess := range seedsOfRoll(r.Roll, 1, a, mv) {
				if guess == seed {
					t.Fatalf("%s worked out the seed from the roll of %s (%v)", seat, r.Order, r.Roll)
				}
			}
		}
		if rolls == 0 {
			t.Fatalf("%s was sent no roll to try: %+v", seat, m.View.Results)
		}
	}
}

// seedsOfRoll returns every seed whose Draw(seed, turn, actor, move, 0) could be roll: the
// roll's hash has roll's 53 bits and any 11 below them, and each finaliser of the chain undone
// leads back to one seed.
func seedsOfRoll(roll float64, turn, actor, move int) []uint64 {
	top := uint64(roll*(1<<53)) << 11
	var out []uint64
	for low := range uint64(1 << 11) {
		h := unmix(top | low)                                  // Dice ^ 0 (the draw's index)
		h = unmix(h) ^ uint64(int64(move))*0x94d049bb133111eb  // TurnDice.Of: the move
		h = unmix(h) ^ uint64(int64(actor))*0xbf58476d1ce4e5b9 // and the actor
		out = append(out, unmix(h)^uint64(int64(turn))*0x9e3779b97f4a7c15)
	}
	if sim.Draw(out[0], turn, actor, move, 0) != float64(top>>11)/(1<<53) {
		panic("seedsOfRoll does not undo sim.Draw")
	}
	return out
}

// unmix undoes the splitmix64 finaliser.
func unmix(z uint64) uint64 {
	z = unshift(z, 31)
	z *= inverse(0x94d049bb133111eb)
	z = unshift(z, 27)
	z *= inverse(0xbf58476d1ce4e5b9)
	z = unshift(z, 30)
	return z - 0x9e3779b97f4a7c15
}

// unshift undoes z ^= z >> s.
func unshift(z uint64, s uint) uint64 {
	x := z
	for range 64 / s {
		x = z ^ x>>s
	}
	return x
}

// inverse returns the inverse of odd m modulo 2⁶⁴ (Newton's iteration).
func inverse(m uint64) uint64 {
	x := m
	for range 6 {
		x *= 2 - m*x
	}
	return x
}
