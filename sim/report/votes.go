package report

import (
	"slices"
	"strings"

	"ttx/sim"
)

// votes lists every tally seat by seat: the member, its side, its ballot, whether it holds a
// veto and used it, and whether it voted by its side's order or by the scenario's stance (in a
// side's report, "?" for another side's member).
func (b *builder) votes() {
	sc := b.sc
	tabledBy := make([]string, len(sc.Resolutions))
	for _, p := range b.hist {
		for _, e := range p.Events {
			switch e.Kind {
			case sim.EvTabled:
				tabledBy[e.Res] = b.actorNames([]int{int(e.Actor)})
			case sim.EvTally:
				b.r.Votes = append(b.r.Votes, b.vote(p, e, tabledBy[e.Res]))
			}
		}
	}
}

// vote is the tally e of the turn that made p.
func (b *builder) vote(p *sim.State, e sim.Event, tabledBy string) Vote {
	sc := b.sc
	rd := &sc.Resolutions[e.Res]
	body := &sc.Bodies[rd.Body]
	v := Vote{Turn: b.turnName(int(e.Turn)), Title: rd.Title, Body: body.Name, Threshold: body.Threshold,
		Result: e.Code, Passed: e.Code == sim.ResStatusNames[sim.Passed], TabledBy: tabledBy}
	var vetoes []string
	for _, st := range e.Seats {
		row := SeatRow{Member: sc.Actors[st.Actor].Name, Side: b.sideName(sc.Actors[st.Actor].Side),
			Ballot: sim.BallotNames[st.Ballot], By: "stance", HasVeto: slices.Contains(body.Vetoes, st.Actor),
			Veto: st.Veto}
		switch sd := sc.Actors[st.Actor].Side; {
		case b.as >= 0 && sd >= 0 && sd != b.as:
			// Whether another side ordered its member's ballot is not the side's to know: its
			// view holds its own orders' results alone, so "stance" would be a guess.
			row.By = "?"
		case ordered(p, st.Actor, int(e.Res)):
			row.By = "order"
			v.HasOrders = true
		default:
			v.HasStance = true
		}
		switch st.Ballot {
		case sim.Yes:
			v.Yes++
		case sim.No:
			v.No++
		default:
			v.Abstain++
		}
		if st.Veto {
			v.Vetoed = true
			vetoes = append(vetoes, row.Member)
		}
		v.Seats = append(v.Seats, row)
	}
	v.VetoedBy = strings.Join(vetoes, ", ")
	return v
}

// ordered reports whether actor a cast a ballot on resolution res by an order that succeeded in
// the turn that made p.
func ordered(p *sim.State, a, res int) bool {
	sc := p.Sc
	for _, r := range p.Results {
		m := sc.Move(r.Order.Move)
		if r.OK && m >= 0 && sc.Moves[m].Arg == sim.ArgBallot && sc.Actor(r.Order.Actor) == a &&
			sc.Resolution(r.Order.Target) == res {
			return true
		}
	}
	return false
}
