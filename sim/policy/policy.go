// Package policy holds the players that are not people: each reads only its side's view
// (sim.View) and returns that side's orders for the turn.
package policy

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"ttx/sim"
)

// Policy chooses a side's orders from what the side sees. It keeps nothing of the view after
// Orders returns (Play reuses the view's storage the next turn).
type Policy interface {
	Orders(v *sim.Sight) []sim.Order
}

// salt separates a policy's draws from the engine's.
const salt = 0x706f6c6963790001

// Random plays, for each of its side's actors, one of the actor's legal orders or nothing,
// uniformly. Its draws are derived from its seed, the turn, the side and the actor, so it is
// reproducible.
type Random struct{ Seed uint64 }

// Orders implements Policy.
func (p Random) Orders(v *sim.Sight) []sim.Order { return p.appendOrders(v, nil) }

// spaces holds the scratch of Random's draws for callers that keep none.
var spaces = sync.Pool{New: func() any { return new(sim.Space) }}

// appendOrders appends the side's orders to out.
func (p Random) appendOrders(v *sim.Sight, out []sim.Order) []sim.Order {
	sp := spaces.Get().(*sim.Space)
	defer spaces.Put(sp)
	return p.appendOrdersWith(v, out, sp)
}

// appendOrdersWith is appendOrders with sp as scratch.
func (p Random) appendOrdersWith(v *sim.Sight, out []sim.Order, sp *sim.Space) []sim.Order {
	sideID := v.Sc.Sides[v.Side].ID
	for _, a := range v.Sc.Sides[v.Side].Actors {
		if c, ok := p.choose(v, a, sp); ok {
			o := sim.OrderOf(v.Sc, a, c)
			o.Side = sideID
			out = append(out, o)
		}
	}
	return out
}

// appendMasked appends the side's orders to out, drawing with sp through the side's mask: the
// orders of appendOrders with the side's view (it implements maskPolicy).
func (p Random) appendMasked(m *sim.Mask, out []sim.Order, sp *sim.Space) []sim.Order {
	var buf [64]sim.ActorChoice
	sc := m.Scenario()
	for _, c := range p.appendMaskedChoices(m, buf[:0], sp) {
		o := sim.OrderOf(sc, c.Actor, c.Choice)
		o.Side = sc.Sides[m.Side()].ID
		out = append(out, o)
	}
	return out
}

// appendChoices appends the side's orders to out in indices, drawing with sp: the orders of
// appendOrders.
func (p Random) appendChoices(v *sim.Sight, out []sim.ActorChoice, sp *sim.Space) []sim.ActorChoice {
	for _, a := range v.Sc.Sides[v.Side].Actors {
		if c, ok := p.choose(v, a, sp); ok {
			out = append(out, sim.ActorChoice{Actor: a, Choice: c})
		}
	}
	return out
}

// appendMaskedChoices is appendChoices with the candidates checked through the side's mask
// (the same orders, without making the view unless a check needs it).
func (p Random) appendMaskedChoices(m *sim.Mask, out []sim.ActorChoice, sp *sim.Space) []sim.ActorChoice {
	sd, td := m.Side(), p.dice(m.Turn())
	actors := m.Scenario().Sides[sd].Actors
	// The actors' dice and first draws, worked out together first (64 actors at a time): each
	// is a chain of multiplications that waits on the one before, and the chains of different
	// actors overlap when nothing else comes between them.
	var dice [64]sim.Dice
	var u0 [64]float64
	for len(actors) > 0 {
		some := actors[:min(len(actors), len(dice))]
		actors = actors[len(some):]
		for i, a := range some {
			dice[i] = td.Of(a, -1-sd) // sim.DiceOf(p.Seed^salt, turn, a, -1-sd)
		}
		for i := range some {
			u0[i] = dice[i].Draw(0)
		}
		for i, a := range some {
			if c, ok := p.draw(dice[i], u0[i], sp.ResetMask(m, a), sp); ok {
				out = append(out, sim.ActorChoice{Actor: a, Choice: c})
			}
		}
	}
	return out
}

// randomTries is how many candidates Random draws before it lists the legal choices.
const randomTries = 16

// choose returns actor a's choice, or false for nothing, drawn uniformly among the actor's
// legal choices and nothing, with sp as scratch.
func (p Random) choose(v *sim.Sight, a int, sp *sim.Space) (sim.Choice, bool) {
	d := p.dice(v.Turn).Of(a, -1-v.Side) // sim.DiceOf(p.Seed^salt, turn, a, -1-side)
	return p.draw(d, d.Draw(0), sp.Reset(v, a), sp)
}

// dice returns the policy's dice of a turn.
func (p Random) dice(turn int) sim.TurnDice { return sim.TurnDiceOf(p.Seed^salt, turn) }

// draw is choose once sp holds the actor's n candidates, with the actor's dice of the turn and
// their first draw, u0 (dice.Draw(0)).
//
// It draws by rejection: draw i (i < randomTries) picks uniformly one of the actor's
// candidates (sim.Space: a superset of its legal choices) or nothing; the first legal one, or
// nothing, is the choice. Each draw that is kept is uniform over the legal choices and nothing,
// since each of those had the same chance to be drawn. When every draw is refused, one more
// draw picks uniformly among the listed legal choices and nothing. The result is uniform
// either way, so the mixture of the two is too: the fallback changes only the cost, for
// actors with few legal choices among many candidates.
func (p Random) draw(dice sim.Dice, u0 float64, n int, sp *sim.Space) (sim.Choice, bool) {
	for i := range randomTries {
		u := u0
		if i > 0 {
			u = dice.Draw(i)
		}
		k := int(u * float64(n+1))
		if k >= n {
			return sim.Choice{}, false
		}
		if c, ok := sp.At(k); ok {
			return c, true
		}
	}
	var buf [64]sim.Choice
	cs := sp.AppendLegal(buf[:0]) // sim.Choices of the view, without making it unless need be
	k := int(dice.Draw(randomTries) * float64(len(cs)+1))
	if k < len(cs) {
		return cs[k], true
	}
	return sim.Choice{}, false
}

// Pass gives no orders.
type Pass struct{}

// Orders implements Policy.
func (Pass) Orders(*sim.Sight) []sim.Order { return nil }

// Names are the policies Parse knows.
var Names = []string{"random", "pass", "greedy", "search", "search:ROLLOUTS", "search:MILLISms"}

// Parse returns the policy of a name, seeded with seed: random, pass, greedy, search (with
// DefaultRollouts), search:N (N rollouts a turn) or search:Nms (a time budget of N
// milliseconds a turn, which needs a clock: see WithClock; without one it plays the default
// rollout budget).
func Parse(name string, seed uint64) (Policy, error) {
	name = strings.ToLower(name)
	base, arg, _ := strings.Cut(name, ":")
	switch {
	case name == "random":
		return Random{Seed: seed}, nil
	case name == "pass", name == "none":
		return Pass{}, nil
	case name == "greedy":
		return Greedy{Seed: seed}, nil
	case base == "search":
		p := &Search{Seed: seed}
		if arg == "" {
			return p, nil
		}
		ms := strings.HasSuffix(arg, "ms")
		n, err := strconv.Atoi(strings.TrimSuffix(arg, "ms"))
		if err != nil || n <= 0 || n > 1e7 {
			return nil, fmt.Errorf("policy %q: want search:ROLLOUTS or search:MILLISms with a positive number", name)
		}
		if ms {
			p.Millis = n
		} else {
			p.Rollouts = n
		}
		return p, nil
	}
	return nil, fmt.Errorf("unknown policy %q: use one of %s", name, strings.Join(Names, ", "))
}

// WithClock gives a policy with a time budget its clock (nanoseconds); other policies are
// returned as they are.
func WithClock(p Policy, clock func() int64) Policy {
	if s, ok := p.(*Search); ok && s.Millis > 0 {
		s.Clock = clock
	}
	return p
}

// Script plays the orders of a script file for the sides it has orders for.
type Script struct {
	// Turns[t] are the orders of turn t+1.
	Turns [][]sim.Order
}

// Orders implements Policy: the script's orders of this turn for the side's actors.
func (p *Script) Orders(v *sim.Sight) []sim.Order {
	if v.Turn < 1 || v.Turn > len(p.Turns) {
		return nil
	}
	var out []sim.Order
	for _, o := range p.Turns[v.Turn-1] {
		a := v.Sc.Actor(o.Actor)
		side := ""
		if a >= 0 && v.Sc.Actors[a].Side >= 0 {
			side = v.Sc.Sides[v.Sc.Actors[a].Side].ID
		}
		if a < 0 && o.Side == "" && v.Side == 0 {
			side = v.Sc.Sides[0].ID // an unknown actor is refused on the first side's turn
		}
		if o.Side == v.Sc.Sides[v.Side].ID || (o.Side == "" && side == v.Sc.Sides[v.Side].ID) {
			out = append(out, o)
		}
	}
	return out
}

// Sides reports which sides a script has orders for.
func (p *Script) Sides(sc *sim.Scenario) []bool {
	has := make([]bool, len(sc.Sides))
	for _, t := range p.Turns {
		for _, o := range t {
			if s := sc.Side(o.Side); s >= 0 {
				has[s] = true
			} else if a := sc.Actor(o.Actor); a >= 0 && sc.Actors[a].Side >= 0 {
				has[sc.Actors[a].Side] = true
			}
		}
	}
	return has
}
