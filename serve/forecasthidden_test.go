package serve

import (
	"context"
	"testing"
	"time"
)

// TestTeamForecastAfterAHiddenStep: with team forecasts on, a team asks for its forecast after
// the white cell fired by hand an inject told to another team, and again after it overrode a
// track of another side's that the team cannot see: each time the forecast comes, of that step.
// The forecast starts from the team's view, whose step names no inject or track it may not
// read; it was viewed again as if it did, and the panic (index out of range) stopped the server,
// every seat's game with it.
func TestTeamForecastAfterAHiddenStep(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, TeamForecasts: true})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	defer white.Close()
	blue, _ := seated(t, ctx, s.links["blue"])
	defer blue.Close()
	for step, op := range []Message{
		{Type: MsgFire, Inject: "mkredinjectid"},
		{Type: MsgOverride, Actor: "red_group", Track: "secretwork", Value: 321},
	} {
		if m := answered(t, ctx, white, op); m.Type != MsgAck {
			t.Fatalf("%s: %s %q", op.Type, m.Code, m.Reason)
		}
		until(t, ctx, blue, func(m Message) bool { return isSnap(m) && m.Step == step+1 })
		if _, err := blue.Send(ctx, Message{Type: MsgGetFc}); err != nil {
			t.Fatal(err)
		}
		fc := until(t, ctx, blue, func(m Message) bool { return m.Type == MsgForecast || m.Type == MsgReject })
		if fc.Type != MsgForecast || fc.Forecast.Step != step+1 || fc.Forecast.Games != ForecastRuns {
			t.Fatalf("after the %s, blue's forecast: %+v", op.Type, fc)
		}
	}
}
