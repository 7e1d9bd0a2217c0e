package sim

// Legal returns every order the side of v could give this turn, as far as it can tell from what
// it sees: moves its actors may play, on targets it knows, that it can pay for and whose
// condition holds in its view. Orders come in a stable order: actor, move, target, argument.
func Legal(v *Sight) []Order {
	var out []Order
	for _, a := range v.Sc.Sides[v.Side].Actors {
		out = LegalFor(v, a, out)
	}
	return out
}

// LegalFor appends to out the legal orders of actor a.
func LegalFor(v *Sight, a int, out []Order) []Order {
	s, sc := v.State, v.Sc
	if s.Over {
		return out
	}
	for _, mv := range sc.CanPlay[a] {
		m := &sc.Moves[mv]
		if !v.affords(a, m) {
			continue
		}
		c := &Ctx{S: s, Self: a, Arg: -1, Side: v.Side, targetKind: m.Target, move: mv}
		add := func(t int, tid string) {
			c.Target = t
			if t >= 0 && s.TargetWhy(v.Side, a, mv, t) != "" {
				return
			}
			o := Order{Actor: sc.Actors[a].ID, Move: m.ID, Target: tid}
			switch m.Arg {
			case ArgActor:
				for x := range sc.Actors {
					c.Arg = x
					if m.When.Eval(c) {
						o.Arg = sc.Actors[x].ID
						out = append(out, o)
					}
				}
				c.Arg = -1
			case ArgBallot:
				if m.When.Eval(c) {
					for _, b := range []int{Yes, No, Abstain} {
						o.Arg = BallotNames[b]
						out = append(out, o)
					}
				}
			default:
				if m.When.Eval(c) {
					out = append(out, o)
				}
			}
		}
		switch m.Target {
		case TargetNone:
			add(-1, "")
		case TargetActor:
			for t := range sc.Actors {
				add(t, sc.Actors[t].ID)
			}
		case TargetAsset:
			for t := range sc.Assets {
				add(t, sc.Assets[t].ID)
			}
		case TargetLink:
			for t := range sc.Links {
				add(t, sc.Links[t].ID)
			}
		case TargetIncident:
			for t := range s.Incidents {
				add(t, IncidentID(t))
			}
		case TargetResolution:
			for t := range sc.Resolutions {
				add(t, sc.Resolutions[t].ID)
			}
		}
	}
	return out
}

// affords reports whether actor a can pay the move's cost.
func (v *Sight) affords(a int, m *MoveDef) bool {
	for _, ct := range m.Cost {
		if v.State.Track(a, ct.Track) < ct.Amount {
			return false
		}
	}
	return true
}
