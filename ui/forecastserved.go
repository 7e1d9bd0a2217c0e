package ui

import (
	"ttx/session"
	"ttx/sim"
)

// A seat of a served exercise holds no rules to roll the game out with: the server makes its
// forecast from the seat's own view (the white cell's: the whole state; a team's: its view,
// with what it cannot see guessed) and sends the figures, which the window shows in the same
// panel as a hot seat's.

// Show makes figs the forecast's figures, stopping any rollouts it runs: a served exercise's
// window shows the figures the server sends.
func (f *Forecaster) Show(figs Figures) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.cancel != nil {
		f.cancel()
		f.cancel = nil
	}
	f.key = forecastKey{}
	f.gen++
	f.figs = figs
}

// followForecast asks the server for the forecast of the current step, unless it did, and
// shows the latest that came in f. It reports whether the exercise makes forecasts.
func (a *App) followForecast(f *Forecaster) bool {
	fs, ok := a.ex.(session.Forecasts)
	if !ok || !fs.CanForecast() {
		return false
	}
	fs.AskForecast()
	if fc, ok := fs.Forecast(); ok {
		f.Show(servedFigures(a.Sc, fc, len(a.ex.Views(a.seat))-1))
	}
	return true
}

// servedFigures are the figures of a forecast the server sent, as FiguresOf makes them of a
// summary: a bar for every named outcome and side, a draw or an unfinished game only when some
// rollout ended so. They are done when the forecast is of step, the current one.
func servedFigures(sc *sim.Scenario, fc session.Forecast, step int) Figures {
	f := Figures{Games: fc.Games, Target: fc.Games, Done: fc.Step == step, Pols: []string{ForecastPolicies[0]}}
	for _, s := range fc.Shares {
		sd := sc.Side(s.Outcome)
		named := sd >= 0
		for _, o := range sc.Outcomes {
			named = named || o.ID == s.Outcome
		}
		if !named && s.Games == 0 {
			continue
		}
		f.Bars = append(f.Bars, OutcomeBar{Outcome: s.Outcome, Label: outcomeLabel(sc, s.Outcome), Side: sd,
			Games: s.Games, P: s.P, Lo: s.Lo, Hi: s.Hi})
	}
	return f
}

// canForecast reports whether the window's served exercise makes forecasts for its seat.
func (a *App) canForecast() bool {
	fs, ok := a.ex.(session.Forecasts)
	return ok && fs.CanForecast()
}
