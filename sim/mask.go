package sim

import "slices"

// Mask answers what a side's legality checks would answer in its view, from the true state
// itself, for a policy that needs only which of its candidates are legal (a rollout's Random):
// making the view (a copy of the state, redacted) would cost more than the checks.
//
// The checks run on the true state, its assets redacted as in the view (a few dozen values,
// where the view copies and redacts every track, incident and piece of evidence), with the
// expressions' watch on (Ctx.Watch): a check that reads nothing the side cannot see reads the
// values its view holds, so it answers as it would in the view. A check that reads anything
// hidden (another side's hidden track, a truth, a score, a draft, an inject not addressed to
// it) is made again in the side's view, which the mask then makes (once a turn, on demand).
// An incident target is the side's number of the incident, as in its view; the checks read the
// incident it numbers. Nothing read on the
// true state leaves the mask but whether a candidate is legal, its parameter (which, like the
// rest, comes from the view whenever it rests on anything hidden), and the number of incidents
// the side knows: TestMaskMatchesView checks that every candidate gets the view's answer.
//
// A Mask is reused from turn to turn (Reset); it is not safe for concurrent use.
type Mask struct {
	s    *State // the true state
	bare Sight  // st, seen as the side through the watch: never leaves the package
	st   State  // the true state, but for its assets: those of the side's view
	view *Sight // where View makes the side's view
	made bool   // whether view holds the view of bare's state
	inc  []int  // inc[k] is the index in the state of the side's incident k

	// The storage of st's assets.
	status        []Status
	known, traced []uint64
	value, dirty  []int64
}

// Reset makes m side sd's mask of s (sd is a side, not the Facilitator, who sees the state
// itself), its view (when one is needed) to be made in view's storage, and returns m. view
// must not be s's own sight.
func (m *Mask) Reset(s *State, sd int, view *Sight) *Mask {
	m.s = s
	na := len(s.Value) // redactAssets writes every value of the five
	m.status = slices.Grow(m.status[:0], na)[:na]
	m.known = slices.Grow(m.known[:0], na)[:na]
	m.traced = slices.Grow(m.traced[:0], na)[:na]
	m.value = slices.Grow(m.value[:0], na)[:na]
	m.dirty = slices.Grow(m.dirty[:0], na)[:na]
	m.st = *s
	m.st.Status, m.st.Known, m.st.Traced, m.st.Value, m.st.Dirty = m.status, m.known, m.traced, m.value, m.dirty
	m.bare = Sight{State: &m.st, Side: sd, mask: m}
	m.bare.redactAssets(s)
	m.view, m.made = view, false
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
		ViewInto(m.view, m.s, m.bare.Side)
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
