package serve

import (
	"context"
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"ttx/session"
	"ttx/sim"
)

// TestForecastFromViewOnly: a team's forecast rests on its view alone. Two served games whose
// true states differ (another seed draws other hidden truths) but which look the same to blue
// send blue the same forecast, though the white cell's forecasts of them differ.
func TestForecastFromViewOnly(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	blue := sc.Side("blue")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	viewJSON := func(s *sim.State, sd int) string {
		sn := sim.SnapshotOf(sim.View(s, sd))
		sn.Seed = 0
		b, _ := json.Marshal(sn)
		return string(b)
	}
	fcOf := func(s *sim.State, sd int) *session.Forecast {
		fc, err := ForecastOf(ctx, sim.View(s, sd), 200)
		if err != nil {
			t.Fatal(err)
		}
		return fc
	}
	s1 := sim.New(sc, 1)
	other := uint64(0)
	for seed := uint64(2); seed < 60 && other == 0; seed++ {
		s2 := sim.New(sc, seed)
		if viewJSON(s1, blue) == viewJSON(s2, blue) && !reflect.DeepEqual(fcOf(s1, sim.Facilitator), fcOf(s2, sim.Facilitator)) {
			other = seed
		}
	}
	if other == 0 {
		t.Fatal("no seed gives a game blue cannot tell from seed 1's with another white forecast")
	}
	blueForecast := func(seed uint64) session.Forecast {
		s := serveGame(t, Config{Scenario: sc, Seed: seed, TeamForecasts: true})
		c, err := Join(ctx, s.links["blue"])
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		until(t, ctx, c, isSnap)
		c.Send(ctx, Message{Type: MsgGetFc})
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgForecast || m.Type == MsgReject })
		if m.Forecast == nil {
			t.Fatalf("seed %d: %s %s, want blue's forecast", seed, m.Type, m.Reason)
		}
		return *m.Forecast
	}
	if a, b := blueForecast(1), blueForecast(other); !reflect.DeepEqual(a, b) {
		t.Fatalf("blue's forecasts differ between games it cannot tell apart (seeds 1 and %d):\n%+v\n%+v", other, a, b)
	}
}

// TestForecastOverTheWire: a team asks for its forecast and gets the one made from its view at
// the current step, its shares adding up to one; the white cell's is made from the whole state.
func TestForecastOverTheWire(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, TeamForecasts: true})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, seat := range []string{"blue", "white"} {
		c, _ := seated(t, ctx, s.links[seat])
		c.Send(ctx, Message{Type: MsgGetFc})
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgForecast || m.Type == MsgReject })
		if m.Type != MsgForecast || m.Forecast == nil {
			t.Fatalf("%s: got %s %s, want a forecast", seat, m.Type, m.Reason)
		}
		fc := m.Forecast
		if fc.Games != ForecastRuns || fc.Step != 0 {
			t.Errorf("%s: forecast of %d games from step %d, want %d from step 0", seat, fc.Games, fc.Step, ForecastRuns)
		}
		sum := 0.0
		for _, sh := range fc.Shares {
			sum += sh.P
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Errorf("%s: shares add up to %v", seat, sum)
		}
		// The game made it from the seat's view of the state it serves.
		side := sim.Facilitator
		if seat == "blue" {
			side = sc.Side("blue")
		}
		want, err := ForecastOf(ctx, sim.View(s.g.sess.State, side), ForecastRuns)
		if err != nil {
			t.Fatal(err)
		}
		want.Step = 0
		if !reflect.DeepEqual(*fc, *want) {
			t.Errorf("%s: forecast over the wire\n%+v\nwant the one of its view\n%+v", seat, *fc, *want)
		}
		c.Close()
	}
}

// TestPresenceDraftsOnlyToWhite: the white cell is told how many orders a team has drafted,
// as soon as it drafts; no other seat is, and none learns when another team drafts.
func TestPresenceDraftsOnlyToWhite(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	red, _ := seated(t, ctx, s.links["red"])
	blue, start := seated(t, ctx, s.links["blue"])
	until(t, ctx, red, func(m Message) bool { return m.Type == MsgPresence && m.Seats[0].Online && m.Seats[1].Online })
	blue.Send(ctx, Message{Type: MsgDraft, Turn: 1, Orders: firstLegal(start)[:1]})
	until(t, ctx, blue, func(m Message) bool { return m.Type == MsgAck })
	drafts := func(m Message) int {
		for _, p := range m.Seats {
			if p.Seat == "blue" {
				return p.Drafts
			}
		}
		return -1
	}
	until(t, ctx, white, func(m Message) bool { return m.Type == MsgPresence && drafts(m) == 1 })
	// Red hears nothing of blue's draft: its next message is the answer to its own.
	red.Send(ctx, Message{Type: MsgGetRep})
	m := until(t, ctx, red, func(m Message) bool { return m.Type != MsgSnapshot })
	if m.Type != MsgReport {
		t.Fatalf("red was sent %s (%+v) after blue drafted, want nothing before its report", m.Type, m.Seats)
	}
}
