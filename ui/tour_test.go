package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

// oneRound is a discussion exercise of a single turn: the game is over as
// soon as every table has submitted.
const oneRound = `
[scenario]
id = "one_round"
title = "One round"
turns = 1
turn_label = "round"
start = "2026-03-02 09:00"
turn_span = "45m"
scored = false

[[side]]
id = "port"
name = "Port authority"

[[side]]
id = "water"
name = "Water utility"

[[actor]]
id = "port_ops"
kind = "org"
side = "port"

[[actor]]
id = "water_ops"
kind = "org"
side = "water"

[[move]]
id = "activate_plan"
name = "Activate the incident response plan"
by = { kinds = ["org"] }

[[inject]]
id = "ransom_note"
turn = 1
at = "10m"
text = "Screens at the port show a ransom note."

[[question]]
id = "lead"
turn = 1
text = "Who leads the response?"
`

// tourScreens runs the screenshot walk on sc in the real window and checks
// that no screen is blank, that the facilitator's note is listed, that a
// discussion exercise's facilitator and review show no scores, and that
// the walk reached every screen in want and the end of the game.
func tourScreens(t *testing.T, sc *sim.Scenario, want ...string) {
	t.Helper()
	needWindow(t)
	a := NewApp(sc, Options{SavePath: filepath.Join(t.TempDir(), "save.jsonl")})
	r := newRig(t, NewLibrary(a), 1280, 800)
	check := func(name string, d *driver) error {
		if n := distinctColours(d.Pixels(), 50); n < 20 {
			return fmt.Errorf("screen looks blank: %d colours", n)
		}
		if strings.HasSuffix(name, "-facilitator") && !strings.Contains(textOf(d), "observer note") {
			return fmt.Errorf("the note is not listed")
		}
		if !sc.Scored() && !strings.Contains(name, "library") && !strings.Contains(name, "briefing") {
			// The library and briefings show the scenario's own words (Harbour Blackout's
			// summary says "no score"); every other screen is the window's.
			for _, l := range d.Texts() {
				if w := scoreWord(strings.ReplaceAll(l, "no score", "")); w != "" {
					return fmt.Errorf("a discussion exercise's screen says %q: %q", w, l)
				}
			}
		}
		return nil
	}
	shots, err := tour(r.driver, check)
	if err != nil {
		t.Fatalf("tour stopped after %v: %v", shots, err)
	}
	for _, w := range want {
		found := false
		for _, s := range shots {
			found = found || strings.Contains(s, w)
		}
		if !found {
			t.Errorf("no %s screen in %v", w, shots)
		}
	}
	if !a.Sess.State.Over {
		t.Error("the game did not end")
	}
	if len(a.Sess.Notes) != 1 || a.Sess.Notes[0].Text != "observer note" {
		t.Errorf("notes = %+v, want the one observer note", a.Sess.Notes)
	}
}

// TestTourOneTurn walks a one-turn scenario: every table's orders end the
// game, so the closing hand-over leads to the facilitator's playback of that
// turn (a hot seat used to skip it and open the review), then the
// facilitator's screen and the review.
func TestTourOneTurn(t *testing.T) {
	sc, err := load.Load("one_round.toml", []byte(oneRound))
	if err != nil {
		t.Fatal(err)
	}
	tourScreens(t, sc, "library", "briefing", "handover-port", "orders-water", "handover-end", "resolution-end", "facilitator", "review")
}

// TestTourRegionalOutage walks the library's multi-table discussion exercise.
func TestTourRegionalOutage(t *testing.T) {
	tourScreens(t, loadScenario(t, "regional_outage.toml"), "library", "briefing", "orders", "resolution", "facilitator", "review")
}
