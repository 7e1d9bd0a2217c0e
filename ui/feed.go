package ui

import (
	"strings"

	"ttx/sim"
)

// FeedEntry is one entry of a side's feed: an inject it was told, in full, or an event it saw.
type FeedEntry struct {
	Turn   int
	Inject int    // the inject's index, or -1 for an event
	Title  string // the inject's title; "" for an event
	Clock  string // when the inject came, in exercise time ("" without an exercise clock)
	// ByHand is set for an inject the white cell fired by hand: it came when the white cell
	// fired it, not at its scheduled time, which Clock then leaves out (as the report does).
	ByHand bool
	Text   string // the inject's whole text, or the event in words
	// Questions and Expected are the inject's discussion questions and the action expected of
	// the players: the facilitator's (sd < 0) only.
	Questions []string
	Expected  string
}

// Feed returns side sd's feed: one entry per inject it was told and per event it saw, oldest
// first, from what it saw at each step (Exercise.Views). An inject's text is whole, never cut.
func Feed(sc *sim.Scenario, views []*sim.Sight, sd int) []FeedEntry {
	var out []FeedEntry
	for _, v := range views {
		for _, e := range v.Events {
			if e.Kind != sim.EvInject || e.Inject < 0 || int(e.Inject) >= len(sc.Injects) {
				out = append(out, FeedEntry{Turn: int(e.Turn), Inject: -1, Text: sim.Describe(sc, e)})
				continue
			}
			in := &sc.Injects[e.Inject]
			f := FeedEntry{Turn: int(e.Turn), Inject: int(e.Inject), Title: in.Title, Text: strings.TrimSpace(in.Text)}
			f.ByHand = v.Step.Kind == sim.StepInject
			if !f.ByHand {
				f.Clock = sc.Clock(int(e.Turn), in.At)
			}
			if sd < 0 {
				f.Questions, f.Expected = in.Questions, in.Expected
			}
			out = append(out, f)
		}
	}
	return out
}

// Heading is the entry's first line: "Inject: TITLE · CLOCK" ("· fired by hand" for one the
// white cell fired), or the event.
func (f FeedEntry) Heading() string {
	if f.Inject < 0 {
		return f.Text
	}
	h := "Inject: " + f.Title
	switch {
	case f.ByHand:
		h += " · fired by hand"
	case f.Clock != "":
		h += " · " + f.Clock
	}
	return h
}

// FeedText is a side's feed as text: each entry with its turn, newest last, an inject's whole
// text under its heading. The facilitator (sd < 0) also sees each inject's discussion
// questions and expected action.
func FeedText(sc *sim.Scenario, views []*sim.Sight, sd int) string {
	var b strings.Builder
	for _, f := range Feed(sc, views, sd) {
		b.WriteString(sc.TurnLabel + " " + itoa(f.Turn) + " · " + f.Heading() + "\n")
		if f.Inject < 0 {
			continue
		}
		b.WriteString("      " + strings.Join(strings.Fields(f.Text), " ") + "\n")
		for _, q := range f.Questions {
			b.WriteString("      ? " + q + "\n")
		}
		if f.Expected != "" {
			b.WriteString("      expected: " + f.Expected + "\n")
		}
	}
	if b.Len() == 0 {
		return "Nothing has happened yet."
	}
	return b.String()
}

// turnHeading names turn t of sc, with its exercise time when it has a clock: "round 2 · Mon 2
// Mar 18:00".
func turnHeading(sc *sim.Scenario, t int) string {
	h := sc.TurnLabel + " " + itoa(t)
	if c := sc.Clock(t, 0); c != "" {
		h += " · " + c
	}
	return h
}
