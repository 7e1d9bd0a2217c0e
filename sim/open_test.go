package sim_test

import (
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

// openTable is two tables, each with an actor whose readiness (a track only its own table sees)
// a move raises; OPEN is replaced by the scenario's open_tables.
const openTable = `
[scenario]
id = "open_table"
title = "Open table"
turns = 2
OPEN

[tracks.readiness]
min = 0
max = 10
default = 3

[[side]]
id = "port"
name = "Port"

[[side]]
id = "water"
name = "Water"

[[actor]]
id = "port_ops"
name = "Port operations"
kind = "org"
side = "port"

[[actor]]
id = "water_ops"
name = "Water operations"
kind = "org"
side = "water"

[[move]]
id = "activate_plan"
name = "Activate the plan"
by = { kinds = ["org"] }
on_success = [{ add = "self.readiness", by = "1" }]
`

// TestOpenTables: at open tables a side sees the other tables' orders in full (actor, move,
// outcome), and still not the tracks of theirs it cannot see; at closed tables it sees nothing
// of them.
func TestOpenTables(t *testing.T) {
	for _, open := range []bool{false, true} {
		key := ""
		if open {
			key = "open_tables = true"
		}
		sc, err := load.Load("open_table.toml", []byte(strings.Replace(openTable, "OPEN", key, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if sc.Open != open {
			t.Fatalf("open_tables = %v loads as Open %v", open, sc.Open)
		}
		s := sim.Resolve(sim.New(sc, 1), []sim.Order{
			{Side: "port", Actor: "port_ops", Move: "activate_plan"},
			{Side: "water", Actor: "water_ops", Move: "activate_plan"},
		})
		water, readiness := sc.Actor("water_ops"), sc.Track("readiness")
		v := sim.View(s, sc.Side("port"))
		var seen *sim.Event
		for i, e := range v.Events {
			if e.Kind != sim.EvOrder || int(e.Actor) == sc.Actor("port_ops") {
				continue
			}
			seen = &v.Events[i]
			for _, d := range e.Deltas {
				if d.Actor == water && d.Track == readiness {
					t.Errorf("open %v: the port sees the water's readiness change: %+v", open, d)
				}
			}
		}
		switch {
		case open && (seen == nil || int(seen.Actor) != water || int(seen.Move) != sc.Move("activate_plan") || seen.Code != "ok"):
			t.Errorf("at open tables the port sees the water's order as %+v, want it in full", seen)
		case !open && seen != nil:
			t.Errorf("at closed tables the port sees the water's order: %+v", *seen)
		}
		if got := v.Track(water, readiness); got != 3 {
			t.Errorf("open %v: the port reads the water's readiness as %d, want the file's 3", open, got)
		}
		if open {
			if d := sim.Describe(sc, *seen); !strings.Contains(d, "Water operations") || !strings.Contains(d, "Activate the plan") {
				t.Errorf("at open tables the port reads the water's order as %q", d)
			}
		}
	}
}
