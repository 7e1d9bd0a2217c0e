package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim/load"
)

// openTables is two tables at open tables, each with one move.
const openTables = `
[scenario]
id = "open_tables"
title = "Open tables"
turns = 2
scored = false
open_tables = true

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

// TestWindowOpenTables: at open tables no hand-over screen comes between the sides, and the
// next table's turn screen lists the order the first table gave.
func TestWindowOpenTables(t *testing.T) {
	sc, err := load.Load("open_tables.toml", []byte(openTables))
	if err != nil {
		t.Fatal(err)
	}
	a := NewApp(sc, Options{SavePath: filepath.Join(t.TempDir(), "save.jsonl")})
	t.Cleanup(a.Close)
	r := newRig(t, NewLibrary(a), 1280, 800)
	r.frames(2)
	r.click("start")
	r.click("continue") // the common briefing
	if _, ok := r.mgr.Scene().(*handover); ok {
		t.Fatal("a hand-over screen at open tables")
	}
	r.click("continue") // the port's briefing
	r.click("tab:orders")
	r.clickPrefix("move:")
	r.clickPrefix("order:")
	r.click("submit")
	if _, ok := r.mgr.Scene().(*handover); ok {
		t.Fatal("a hand-over screen between the tables at open tables")
	}
	r.click("continue") // the water's briefing
	tu, ok := r.mgr.Scene().(*turn)
	if !ok || sc.Sides[tu.sd].ID != "water" {
		t.Fatalf("on %T, want the water's turn", r.mgr.Scene())
	}
	if txt := flat(textOf(r.driver)); !strings.Contains(txt, "Port: Port operations plays Activate the plan") {
		t.Errorf("the water's turn does not list the port's order:\n%s", txt)
	}
	r.shot("open-tables")
}
