package serve

import (
	"context"
	"runtime"

	"ttx/session"
	"ttx/sim"
	"ttx/sim/batch"
)

// ForecastRuns is how many rollouts a forecast sent to a seat plays.
const ForecastRuns = 1000

// forecastJob is a seat's forecast: the state the last one was made from and its message, and
// whether one is being made.
type forecastJob struct {
	state *sim.State
	msg   []byte
	busy  bool
	again bool // asked for again while busy: make it anew if the state moved on meanwhile
}

// forecastDone is a forecast made, on its way back to the game's goroutine.
type forecastDone struct {
	seat  string
	state *sim.State
	fc    *session.Forecast
}

// noTeamForecasts is why a team's get_forecast is refused when team forecasts are off
// (Config.TeamForecasts, which ttx serve --team-forecasts sets). It is sent to the team, so it
// says what is true from the team's side and names no flag of the server's command line.
const noTeamForecasts = "the white cell has not let teams ask for forecasts in this exercise"

// mayForecast reports whether seat st may ask for forecasts: the white cell's seat and the
// observers of its view always, a team's seat and the observers of its view when
// Config.TeamForecasts is set.
func (g *Game) mayForecast(st seat) bool {
	return st.side == sim.Facilitator || g.teamForecasts
}

// askForecast answers a seat's get_forecast: the forecast of the current step if it has been
// made, else it starts making it (on other goroutines, so the game does not wait) and sends it
// when made. One forecast is made at a time for a seat.
func (g *Game) askForecast(c *conn, st seat) {
	j := g.forecasts[st.name]
	if j == nil {
		j = &forecastJob{}
		g.forecasts[st.name] = j
	}
	s := g.sess.State
	switch {
	case j.state == s && j.msg != nil:
		c.push(j.msg)
	case j.busy:
		j.again = true
	default:
		j.busy, j.again = true, false
		go g.makeForecast(st, s)
	}
}

// makeForecast plays the rollouts of seat st's forecast from s and hands it to the game.
func (g *Game) makeForecast(st seat, s *sim.State) {
	fc, err := ForecastOf(g.ctx, sim.View(s, st.side), ForecastRuns)
	if err != nil {
		fc = nil // cancelled: the game is stopping
	}
	select {
	case g.reqs <- request{kind: reqForecast, fc: &forecastDone{seat: st.name, state: s, fc: fc}}:
	case <-g.ctx.Done():
	}
}

// forecastMade sends a forecast made to its seat, and makes it anew if it was asked for again
// and the game has moved on.
func (g *Game) forecastMade(d *forecastDone) {
	j := g.forecasts[d.seat]
	j.busy = false
	if d.fc == nil {
		return
	}
	d.fc.Step = len(d.state.History()) - 1
	j.state, j.msg = d.state, encode(&Message{Type: MsgForecast, Forecast: d.fc})
	st, _ := g.seatOf(d.seat)
	if c := g.conns[d.seat]; c != nil {
		c.push(j.msg)
	}
	for c := range g.watchers {
		if c.seat == d.seat {
			c.push(j.msg)
		}
	}
	if j.again && d.state != g.sess.State {
		j.busy, j.again = true, false
		go g.makeForecast(st, g.sess.State)
	}
}

// ForecastOf forecasts the rest of the game from sight v alone: the rollouts start from the
// whole state for the white cell's sight, and from guesses at what it cannot see for a side's
// (sim.Sample), so a team's forecast rests on nothing but its own view.
func ForecastOf(ctx context.Context, v *sim.Sight, runs int) (*session.Forecast, error) {
	f := batch.Forecast{Side: v.Side, Runs: runs, Seed: 1, Workers: max(1, runtime.NumCPU()/2)}
	sum, err := f.Run(ctx, v.State)
	if err != nil {
		return nil, err
	}
	out := &session.Forecast{Games: sum.Games}
	for i, name := range sum.OutcomeNames {
		p, lo, hi := sum.Prob(name)
		out.Shares = append(out.Shares, session.Share{Outcome: name, Games: sum.Outcomes[i], P: p, Lo: lo, Hi: hi})
	}
	return out, nil
}
