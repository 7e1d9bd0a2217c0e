package serve

import (
	"maps"
	"slices"

	"ttx/session"
)

// The optional abilities of session's exercises that a remote seat has: the white cell's
// seating (session.Seating), the log and the reports (session.Files), the forecast
// (session.Forecasts), and an observer's read-only seat (session.Watcher).
var (
	_ session.Seating   = (*Remote)(nil)
	_ session.Files     = (*Remote)(nil)
	_ session.Forecasts = (*Remote)(nil)
	_ session.Watcher   = (*Remote)(nil)
)

// Seats returns every seat's presence as last told (the white cell is also told each team's
// count of draft orders).
func (r *Remote) Seats() []session.SeatStatus {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]session.SeatStatus, 0, len(r.seats))
	for _, p := range r.seats {
		out = append(out, session.SeatStatus{Seat: p.Seat, Role: p.Role, Online: p.Online, Ready: p.Ready,
			Drafts: p.Drafts, Count: p.Count, Policy: p.Policy})
	}
	return out
}

// Reissue asks the server for a new token for seat (the white cell); the new link comes by
// Links, and the old token stops working.
func (r *Remote) Reissue(seat string) { r.op(Message{Type: MsgReissue, Side: seat}) }

// Links returns the links reissued to this window, by seat.
func (r *Remote) Links() map[string]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return maps.Clone(r.links)
}

// SetSeat asks the server to hand side sd to a policy, or back to its team ("person").
func (r *Remote) SetSeat(sd int, policy string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sc != nil && sd >= 0 && sd < len(r.sc.Sides) {
		r.send(Message{Type: MsgSeat, Side: r.sc.Sides[sd].ID, Policy: policy})
	}
}

// Fetch asks the server for the order log (the white cell, once the game is over) or the
// seat's report; it comes by Fetched.
func (r *Remote) Fetch(kind string) {
	switch kind {
	case session.FileLog:
		r.op(Message{Type: MsgGetLog})
	case session.FileReport:
		r.op(Message{Type: MsgGetRep})
	}
}

// Fetched returns the files the server has sent, oldest first.
func (r *Remote) Fetched() []session.File {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.files)
}

// fileName names a file fetched: the scenario's id, the team's side for a team, and what it is.
func (r *Remote) fileName(what string) string {
	name := "ttx"
	if r.sc != nil && r.sc.ID != "" {
		name = r.sc.ID
	}
	if r.seat.Role == RoleTeam {
		name += "-" + r.seat.Side
	}
	return name + "-" + what
}

// CanForecast reports whether the server lets the seat ask for forecasts (its welcome says).
func (r *Remote) CanForecast() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seat.Forecasts
}

// AskForecast asks the server for the forecast of the current step, unless it was asked or the
// seat may not ask.
func (r *Remote) AskForecast() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if step := len(r.hist) - 1; r.seat.Forecasts && r.fcAsked != step {
		r.fcAsked = step
		r.send(Message{Type: MsgGetFc})
	}
}

// Forecast returns the latest forecast the server sent, made from the seat's view alone.
func (r *Remote) Forecast() (session.Forecast, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.forecast == nil {
		return session.Forecast{}, false
	}
	return *r.forecast, true
}

// ReadOnly reports whether the seat is an observer's: it reads and writes notes, nothing more.
func (r *Remote) ReadOnly() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seat.Role == RoleObserver
}
