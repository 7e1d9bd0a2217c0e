package ui

import (
	"strings"
	"testing"

	"ttx/sim"
)

// TestFeedFiredByHand: an inject the white cell fires by hand came when it was fired, not at
// its scheduled time: the feed, the water utility's and the white cell's, heads it "fired by
// hand" with no clock (as the report gives it), and keeps the clock of an inject that fired on
// its schedule.
func TestFeedFiredByHand(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	s := NewSession(sc, 1)
	s.Fire(sc.Inject("spread_water")) // scheduled for round 2 at 1h, fired in round 1
	water := sc.Side("water")
	for _, sd := range []int{water, sim.Facilitator} {
		var hand, sched string
		for _, f := range Feed(sc, s.Views(sd), sd) {
			switch f.Inject {
			case sc.Inject("spread_water"):
				hand = f.Heading()
			case sc.Inject("loader_water"):
				sched = f.Heading()
			}
		}
		if want := "Inject: " + sc.Injects[sc.Inject("spread_water")].Title + " · fired by hand"; hand != want {
			t.Errorf("side %d: the inject fired by hand is headed %q, want %q", sd, hand, want)
		}
		if !strings.HasSuffix(sched, " · Mon 2 Mar 08:00") {
			t.Errorf("side %d: the inject fired on its schedule is headed %q, want its clock", sd, sched)
		}
	}
}
