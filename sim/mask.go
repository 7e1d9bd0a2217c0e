package sim

// Mask answers what a side's legality checks would answer in its view, from the true state
// itself, for a policy that needs only which of its candidates are legal (a rollout's Random):
// making the view (a copy of the state, redacted) would cost more than the checks.
//
// The checks run on the true state itself with the expressions' watch on (Ctx.Watch): its
// assets are read as the side sees them, each at its read (AssetStatus, AssetValue,
// AssetTraced: the view's redaction of that one asset; the view copies the state and redacts
// every asset, track, incident and piece of evidence), and a read of anything else the side
// cannot see is noted. A check that read nothing hidden read the values its view holds, so it
// answers as it would in the view. A check that read anything hidden (another side's hidden
// track, a truth, a score, a draft, an inject not addressed to it) is made again in the side's
// view, which the mask then makes (once a turn, on demand). An incident target is the side's
// number of the incident, as in its view; the checks read the incident it numbers. Nothing
// read on the true state leaves the mask but whether a candidate is legal, its parameter
// (which, like the rest, comes from the view whenever it rests on anything hidden), and the
// number of incidents the side knows: TestMaskMatchesView checks that every candidate gets the
// view's answer.
//
// A Mask is reused from turn to turn (Reset); it is not safe for concurrent use.
type Mask struct {
	bare Sight  // the true state, seen as the side through the watch: never leaves the package
	view *Sight // where View makes the side's view
	made bool   // whether view holds the view of the state
	inc  []int  // inc[k] is the index in the state of the side's incident k
}

// Reset makes m side sd's mask of s (sd is a side, not the Facilitator, who sees the state
// itself), its view (when one is needed) to be made in view's storage, and returns m. view
// must not be s's own sight.
func (m *Mask) Reset(s *State, sd int, view *Sight) *Mask {
	// Written field by field, and the pointers only when they change: a mask lives in the
	// heap, where each pointer written costs a write barrier while the collector marks.
	if m.bare.State != s {
		m.bare.State = s
	}
	if m.bare.mask != m {
		m.bare.mask = m
	}
	m.bare.Side = sd
	if m.view != view {
		m.view = view
	}
	m.made = false
	m.inc = m.inc[:0]
	for _, l := range s.Learned {
		if l.Side == sd {
			m.inc = append(m.inc, l.Incident)
		}
	}
	return m
}

// View returns the side's view of the state (ViewInto), made the first time it is asked for.
func (m *Mask) View() *Sight {
	if !m.made {
		ViewInto(m.view, m.bare.State, m.bare.Side)
		m.made = true
	}
	return m.view
}

// Side returns the side whose mask m is.
func (m *Mask) Side() int { return m.bare.Side }

// Scenario returns the scenario of the game.
func (m *Mask) Scenario() *Scenario { return m.bare.Sc }

// Turn returns the turn of the state, which every side sees.
func (m *Mask) Turn() int { return m.bare.Turn }

// Incidents returns the number of incidents the side knows: those of its view.
func (m *Mask) Incidents() int { return len(m.inc) }
