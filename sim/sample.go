package sim

// Sample returns a whole state consistent with what the side of v knows: one guess at what it
// cannot see, for a policy's or a forecast's rollouts. Hidden truths are drawn afresh from their
// chances; the dice are keyed by seed, not by the game's seed; tracks the side cannot see read
// as in the scenario file (as in the view), and so do the values of assets it knows but cannot
// see the value of (which the view shows as none); assets it does not know hold nothing; the other sides are taken to know the assets the
// file lets them know plus what they have been shown with v's side; flow totals are what the
// side sees; scores are scored anew. A facilitator's sight gives the whole state, truths
// included, with only the dice changed.
func Sample(v *Sight, seed uint64) *State { return SampleInto(nil, v, seed) }

// SampleInto is Sample in dst's storage (nil: new storage), for a policy that guesses turn
// after turn: the state dst held is overwritten. dst must not be v's state.
func SampleInto(dst *State, v *Sight, seed uint64) *State {
	if dst == v.State {
		panic("sim: a sample into its own sight's state")
	}
	n := v.State.cloneInto(dst)
	n.Prev, n.Results, n.Events = nil, nil, nil
	n.Seed = seed
	if v.Side == Facilitator {
		return n
	}
	sc := n.Sc
	bit := sideBit(v.Side)
	for i, t := range sc.Truths {
		n.Truth[i] = Draw(seed, 0, -1, -1-i, 0) < t.Chance
	}
	for x := range sc.Assets {
		n.Known[x] |= AllSides &^ sc.Assets[x].HiddenFrom &^ bit
		switch {
		case !v.Knows(x):
			n.Value[x] = 0 // an asset the side does not know of: its worth is as unknown as it is
		case !v.SeesValue(x):
			n.Value[x] = sc.Assets[x].Value // the view shows none: guess the file's (the seat's scenario has it)
		}
	}
	for i := range sc.Injects {
		in := &sc.Injects[i]
		if n.Fired[i] == 0 && !in.When.Set() && in.Turn > 0 && in.Turn <= n.Turn {
			n.Fired[i] = in.Turn // it was due, so it fired, unseen
		}
	}
	held, transit := n.Held()
	n.Flow = FlowTotals{Stolen: held + transit}
	n.score()
	return n
}
