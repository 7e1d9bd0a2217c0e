package serve

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"ttx/sim"
	"ttx/sim/load"
)

// TestTeamForecastsOff: unless the white cell turns team forecasts on, a team's seat and the
// observers of its view are told in their welcome that they may not ask for forecasts, and a
// get_forecast of theirs is refused, in words of the white cell's choice that name none of the
// server's flags (it named ttx serve --team-forecasts, which a team never sees), and answered by
// no forecast; the white cell's seat and the observers of its view may ask, and get one. Turned
// on, the team's welcome says it may.
func TestTeamForecastsOff(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ask := func(s *server, seat string) (welcome, answer Message) {
		t.Helper()
		c, err := Join(ctx, s.links[seat])
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		welcome = until(t, ctx, c, func(m Message) bool { return m.Type == MsgWelcome })
		until(t, ctx, c, isSnap)
		id, err := c.Send(ctx, Message{Type: MsgGetFc})
		if err != nil {
			t.Fatal(err)
		}
		answer = until(t, ctx, c, func(m Message) bool {
			return m.Type == MsgForecast || (m.Type == MsgReject || m.Type == MsgAck) && m.ID == id
		})
		if answer.Type == MsgAck {
			answer = until(t, ctx, c, func(m Message) bool { return m.Type == MsgForecast })
		}
		return welcome, answer
	}
	off := serveGame(t, Config{Scenario: sc, Seed: 8})
	for _, seat := range []string{"blue", "observer-blue", "red"} {
		w, m := ask(off, seat)
		if w.Seat == nil || w.Seat.Forecasts {
			t.Errorf("%s: welcome %+v, want it to say the seat may not ask for forecasts", seat, w.Seat)
		}
		if m.Type != MsgReject || m.Code != RejRole || m.Reason != noTeamForecasts {
			t.Errorf("%s: get_forecast answered %s %s %q, want refused (role)", seat, m.Type, m.Code, m.Reason)
		}
		// The team never sees the server's command line: its refusal names no flag nor command.
		if strings.Contains(m.Reason, "--") || strings.Contains(m.Reason, "ttx") || !strings.Contains(m.Reason, "white cell") {
			t.Errorf("%s: get_forecast refused with %q, want the white cell's choice said without the server's flags", seat, m.Reason)
		}
	}
	for _, seat := range []string{"white", "observer"} {
		w, m := ask(off, seat)
		if w.Seat == nil || !w.Seat.Forecasts {
			t.Errorf("%s: welcome %+v, want it to say the seat may ask for forecasts", seat, w.Seat)
		}
		if m.Type != MsgForecast || m.Forecast == nil || m.Forecast.Games != ForecastRuns {
			t.Errorf("%s: get_forecast answered %s %q, want a forecast", seat, m.Type, m.Reason)
		}
	}
	on := serveGame(t, Config{Scenario: sc, Seed: 8, TeamForecasts: true})
	for _, seat := range []string{"blue", "observer-blue"} {
		w, m := ask(on, seat)
		if w.Seat == nil || !w.Seat.Forecasts || m.Type != MsgForecast {
			t.Errorf("team forecasts on: %s: welcome %+v, get_forecast answered %s %q", seat, w.Seat, m.Type, m.Reason)
		}
	}
}

// TestTeamForecastPlaysTheWholeRules shows why team forecasts are off unless turned on: an
// inject told only to red, still to come, changes blue's forecast, made from a view that is
// byte for byte the same in both games. What the rollouts play is the scenario's whole rules,
// not the part of them the team is sent.
func TestTeamForecastPlaysTheWholeRules(t *testing.T) {
	src, err := os.ReadFile("../sim/testdata/markers.toml")
	if err != nil {
		t.Fatal(err)
	}
	// Red's inject of turn 3 hands red's crew the outcome "inside".
	edited := bytes.Replace(src, []byte("to = [\"red\"]\n"),
		[]byte("to = [\"red\"]\neffects = [{ add = \"red_group.secretwork\", by = 50 }]\n"), 1)
	if bytes.Equal(edited, src) {
		t.Fatal("red's inject not found in the fixture")
	}
	a := fixture(t, "../sim/testdata/markers.toml")
	b, err := load.Load("markers-edited.toml", edited)
	if err != nil {
		t.Fatal(err)
	}
	blue := a.Side("blue")
	va, vb := sim.View(sim.New(a, 8), blue), sim.View(sim.New(b, 8), blue)
	if sa, sb := wireSnapshot(va), wireSnapshot(vb); !reflect.DeepEqual(sa, sb) ||
		!reflect.DeepEqual(sim.SeatScenarioOf(va), sim.SeatScenarioOf(vb)) {
		t.Fatal("blue is sent something different in the two games: the test shows nothing")
	}
	ctx := context.Background()
	fa, err := ForecastOf(ctx, va, 200)
	if err != nil {
		t.Fatal(err)
	}
	fb, err := ForecastOf(ctx, vb, 200)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(fa, fb) {
		t.Fatalf("blue's forecasts are the same in both games (%+v): team forecasts read only what the team is sent, and could be on by default", fa)
	}
}
