package serve

import (
	"crypto/sha256"
	"encoding/json"
	"math"
	"slices"
	"time"

	"ttx/session"
	"ttx/sim"
)

var timeZero time.Time

// secs is n seconds.
func secs(n int) time.Duration { return time.Duration(n) * time.Second }

// wireSnapshot is the plain data of a sight as a seat is sent it: never the seed, not even to
// the white cell (it would tell every roll to come), and no roll finer than its words give it
// ("rolled 0.734"). A roll is a chain of splitmix64 finalisers of the seed, each of which can be
// undone: an exact roll would give the seed away among 2,048 guesses.
func wireSnapshot(v *sim.Sight) sim.Snapshot {
	sn := sim.SnapshotOf(v)
	sn.Seed = 0
	for i := range sn.Results { // SnapshotOf's own slice: the sight's results are untouched
		sn.Results[i].Roll = math.Round(sn.Results[i].Roll*1000) / 1000
	}
	return sn
}

// snapshot is seat st's message for the current step: its view, who played the sides it may
// know of (players), and for a team its legal orders (with their chances as its view gives them), its drafts and whether it has submitted.
func (g *Game) snapshot(st seat) *Message {
	v := sim.View(g.sess.State, st.side)
	sn := wireSnapshot(v)
	m := &Message{Type: MsgSnapshot, Step: len(g.sess.State.History()) - 1, View: &sn, Paused: g.paused,
		Players: g.players(st)}
	// What a seat knows grows (an asset traced, an inject fired): its copy of the scenario comes
	// again with the first snapshot after it changed.
	ss := sim.SeatScenarioOf(v)
	if b, err := json.Marshal(ss); err == nil {
		h := sha256.Sum256(b)
		if old, ok := g.scen[st.name]; ok && old != h {
			m.Scenario = ss
		}
		g.scen[st.name] = h
	}
	if !g.deadline.IsZero() {
		m.Deadline = g.deadline.UnixMilli()
	}
	if segs := g.sc.SegmentsOf(g.sess.State.Turn); len(segs) > 0 && !g.sess.State.Over {
		m.Segment = &SegmentInfo{Name: segs[g.segment].Name, Index: g.segment, Count: len(segs)}
	}
	if st.side == sim.Facilitator {
		// Every table's answers, for the review of the white cell and of the observers of its
		// view (their report is the facilitator's) and for the list of the answers on their
		// screens, with every key question put to a table this turn, which the seat's copy of
		// the scenario lacks.
		m.Answers = slices.Clone(g.sess.Answers)
		m.Questions = g.everyQuestion()
	}
	if st.side >= 0 {
		// A team's seat and the observers of its view: the key questions put to the team and
		// its answers, and no other table's.
		ids, texts := g.sc.QuestionsFor(g.sess.State, st.side, g.sess.State.Turn)
		for i := range ids {
			m.Questions = append(m.Questions, Question{ID: ids[i], Text: texts[i]})
		}
		for _, a := range g.sess.Answers {
			if a.Side == g.sc.Sides[st.side].ID {
				m.Answers = append(m.Answers, a)
			}
		}
	}
	if st.role == RoleTeam {
		m.Drafts = g.sess.Pending[st.side]
		m.Submitted = g.sess.Done[st.side]
		if !v.Over && g.sess.Seats[st.side] == session.SeatPerson {
			for _, c := range session.LegalChoices(v) {
				m.Legal = append(m.Legal, LegalOrder{Order: c.Order, Chance: c.Chance, Cost: c.Cost})
			}
		}
	}
	return m
}

// everyQuestion returns the key questions put to any table in the current turn, in the
// scenario's order, each with the tables it is put to.
func (g *Game) everyQuestion() []Question {
	st, turn := g.sess.State, g.sess.State.Turn
	ids, texts := g.sc.QuestionsFor(st, sim.Facilitator, turn)
	qs := make([]Question, len(ids))
	for i := range ids {
		qs[i] = Question{ID: ids[i], Text: texts[i]}
	}
	for sd, d := range g.sc.Sides {
		asked, _ := g.sc.QuestionsFor(st, sd, turn)
		for i := range qs {
			if slices.Contains(asked, qs[i].ID) {
				qs[i].To = append(qs[i].To, d.ID)
			}
		}
	}
	return qs
}

// sendSnapshot sends seat st's snapshot to c.
func (g *Game) sendSnapshot(c *conn, st seat) { c.push(encode(g.snapshot(st))) }

// broadcast sends every connected seat its snapshot of the current step.
func (g *Game) broadcast() {
	for _, st := range g.seats {
		g.resend(st)
	}
	g.presence()
}

// resend sends seat st its snapshot of the current step: to its connection, or to every
// observer sharing its link.
func (g *Game) resend(st seat) {
	if c := g.conns[st.name]; c != nil {
		g.sendSnapshot(c, st)
	}
	if st.role == RoleObserver {
		var b []byte // one view for every observer of the seat
		for c := range g.watchers {
			if c.seat == st.name {
				if b == nil {
					b = encode(g.snapshot(st))
				}
				c.push(b)
			}
		}
	}
}

// resendAnswers sends the seats told side sd's answers their snapshot again, after the team
// answered: the white cell and the observers of its view (every table's) and the observers of
// sd's view (its own); the team itself has the answer by its ack.
func (g *Game) resendAnswers(sd int) {
	for _, st := range g.seats {
		if st.role != RoleTeam && (st.side == sim.Facilitator || st.side == sd) {
			g.resend(st)
		}
	}
}

// resendSeated sends again, after side sd was handed over, the snapshot of every seat it
// changed, within the turn and not at the next step: sd's team (its legal orders come with it,
// a side a person plays, or no longer do, a policy's) and the observers of its view, whose
// players name sd's, and the white cell and the observers of its view, whose players name
// every side's. No other seat is told who plays sd (players), so no other seat's changed.
func (g *Game) resendSeated(sd int) {
	for _, st := range g.seats {
		if st.side == sd || st.side == sim.Facilitator {
			g.resend(st)
		}
	}
}

// presence tells every connected seat who is connected and which teams have submitted; the
// white cell is also told how many orders each team has drafted. Which policy plays a team's
// side goes only to the seats told who plays it (see resendSeated): its own team and the
// observers of its view, and the observers of the white cell's.
func (g *Game) presence() {
	all := g.seatsNow(false)
	told := make(map[int][]byte) // by the side whose view a seat reads
	of := func(name string) []byte {
		st, ok := g.seatOf(name)
		if !ok {
			st.side = len(g.sc.Sides) // a seat not (or no longer) in the game: told no policy
		}
		b, ok := told[st.side]
		if !ok {
			b = encode(&Message{Type: MsgPresence, Seats: g.policiesFor(st.side, all)})
			told[st.side] = b
		}
		return b
	}
	for name, c := range g.conns {
		if name != "white" {
			c.push(of(name))
		}
	}
	for c := range g.watchers {
		c.push(of(c.seat))
	}
	g.presenceWhite()
}

// policiesFor returns the seats of all as a seat reading side sd's view is told them: the
// policy playing a team's side only for its own side, every side's for sim.Facilitator's
// view. Another side a policy plays is told as ready once every team of people is, as a team
// of people that decides last would be: not ready from the start of each turn, which no team
// of people is, nor still deciding once every team's orders are in, since the turn waits for
// no policy but to think.
func (g *Game) policiesFor(sd int, all []Presence) []Presence {
	if sd == sim.Facilitator {
		return all
	}
	ps := slices.Clone(all)
	ready := g.sess.Ready()
	for i, st := range g.seats {
		if st.role == RoleTeam && st.side != sd && ps[i].Policy != "" {
			ps[i].Policy, ps[i].Ready = "", ready
		}
	}
	return ps
}

// presenceWhite tells the white cell alone who is connected and how far each team is: a
// team's draft goes to it, and to no other seat (the others would learn when a team drafts).
func (g *Game) presenceWhite() {
	if c := g.conns["white"]; c != nil {
		c.push(encode(&Message{Type: MsgPresence, Seats: g.seatsNow(true)}))
	}
}

// seatsNow returns every seat's presence; drafts adds each team's count of draft orders.
func (g *Game) seatsNow(drafts bool) []Presence {
	var ps []Presence
	for _, st := range g.seats {
		p := Presence{Seat: st.name, Role: st.role, Online: g.conns[st.name] != nil}
		if st.role == RoleObserver {
			for c := range g.watchers {
				if c.seat == st.name {
					p.Count++
				}
			}
			p.Online = p.Count > 0
		}
		if st.role == RoleTeam {
			p.Ready = g.sess.Done[st.side]
			if seat := g.sess.Seats[st.side]; seat != session.SeatPerson {
				p.Policy = string(seat)
			}
			if drafts {
				p.Drafts = len(g.sess.Pending[st.side])
			}
		}
		ps = append(ps, p)
	}
	return ps
}
