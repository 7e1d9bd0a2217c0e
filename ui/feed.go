package ui

import (
	"strings"

	"ttx/sim"
)

// FeedText is a side's feed: the injects it was told and the events it
// saw, each with its turn, newest last, from what it saw at each step (Exercise.Views). The facilitator (sd < 0) also sees
// each inject's discussion questions and expected action.
func FeedText(sc *sim.Scenario, views []*sim.Sight, sd int) string {
	var b strings.Builder
	for _, v := range views {
		for _, e := range v.Events {
			b.WriteString(sc.TurnLabel + " " + itoa(e.Turn) + " · " + sim.Describe(sc, e) + "\n")
			if sd < 0 && e.Kind == sim.EvInject && e.Inject >= 0 {
				in := sc.Injects[e.Inject]
				for _, q := range in.Questions {
					b.WriteString("      ? " + q + "\n")
				}
				if in.Expected != "" {
					b.WriteString("      expected: " + in.Expected + "\n")
				}
			}
		}
	}
	if b.Len() == 0 {
		return "Nothing has happened yet."
	}
	return b.String()
}
