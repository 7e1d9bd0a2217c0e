package serve

import (
	"ttx/session"
	"ttx/sim/record"
)

var _ session.Players = (*Remote)(nil)

// Played is a stretch of turns, From to To, in which one player played a side, as the game's
// log says it (record.Players): Player is a policy's name, orders:FILE, "person" (a team), or
// "" where the log names none (a side people played throughout). Before any turn is played it
// is the player the log's header names, for turn 1.
type Played struct {
	Side   string `json:"side"`
	Player string `json:"player,omitempty"`
	From   int    `json:"from"`
	To     int    `json:"to"`
}

// players is who played the sides seat st may know of, for which turns: a team's seat and its
// observers' only the team's own side, as the team's own report names only its own players
// (report.BuildAs); the white cell's view every side.
func (g *Game) players(st seat) []Played {
	var out []Played
	for sd, d := range g.sc.Sides {
		if st.side >= 0 && sd != st.side {
			continue
		}
		for _, x := range g.sess.Players(sd) {
			out = append(out, Played{Side: d.ID, Player: x.Player, From: x.From, To: x.To})
		}
	}
	return out
}

// Played returns who played side sd for which turns so far, as the server last said it (the
// game's log: record.Players), and false when the seat is not told of sd: a team's seat of any
// side but its own.
func (r *Remote) Played(sd int) ([]record.Stretch, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sc == nil || sd < 0 || sd >= len(r.sc.Sides) {
		return nil, false
	}
	var out []record.Stretch
	for _, p := range r.players {
		if p.Side == r.sc.Sides[sd].ID {
			out = append(out, record.Stretch{Player: p.Player, From: p.From, To: p.To})
		}
	}
	return out, len(out) > 0
}
