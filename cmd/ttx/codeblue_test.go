package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

const (
	codeBlueFile     = "testdata/code_blue.toml"
	codeBlueTabletop = "testdata/code_blue_tabletop.toml"
)

// TestCodeBlueUsesEveryMechanic: the fixture is what a new author writes from the reference
// alone, and it keeps using each mechanic the format offers, so that the walk through the
// commands below plays them all.
func TestCodeBlueUsesEveryMechanic(t *testing.T) {
	src, err := os.ReadFile(codeBlueFile)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load(codeBlueFile, src)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkSchema(compileSchema(t), src); err != nil {
		t.Errorf("%s does not match the schema: %v", codeBlueFile, err)
	}
	ops := map[sim.Op]bool{}
	params := map[int]bool{}
	hostile, costExpr := false, false
	for _, m := range sc.Moves {
		for _, e := range append(append([]sim.Effect{}, m.OnSuccess...), m.OnFailure...) {
			ops[e.Op] = true
		}
		params[m.Param.Kind] = true
		hostile = hostile || m.Hostile
		costExpr = costExpr || len(m.CostExprs) > 0
	}
	for _, in := range sc.Injects {
		for _, e := range in.Effects {
			ops[e.Op] = true
		}
	}
	for op, name := range sim.OpNames {
		if !ops[sim.Op(op)] {
			t.Errorf("no move or inject of %s has the effect %s", codeBlueFile, name)
		}
	}
	for what, ok := range map[string]bool{
		"a ladder parameter":  params[sim.ParamLadder],
		"an amount parameter": params[sim.ParamAmount],
		"a hostile move":      hostile,
		"a cost expression":   costExpr,
		"[kinds]":             sc.Kinds != nil,
		"a link":              len(sc.Links) > 0,
		"a truth":             len(sc.Truths) > 0,
		"a body":              len(sc.Bodies) > 0 && len(sc.Resolutions) > 0,
		"a key question":      len(sc.Questions) > 0,
		"a segment":           len(sc.Segments) > 0,
		"an outcome":          len(sc.Outcomes) > 0,
	} {
		if !ok {
			t.Errorf("%s has no %s", codeBlueFile, what)
		}
	}
}

// TestCodeBlueThroughTheCommands plays the fixture and its discussion variant through the
// commands a new author follows in the docs: validate, run with a log, replay, report, batch,
// forecast, and a table's answer to a key question.
func TestCodeBlueThroughTheCommands(t *testing.T) {
	code, out, errs := ttxMain("validate", codeBlueFile, codeBlueTabletop)
	if code != exitOK || !strings.Contains(out, "ok (code_blue: Code Blue, 8 days, 4 sides") ||
		!strings.Contains(out, "ok (code_blue_tabletop:") {
		t.Fatalf("validate = %d\n%s%s", code, out, errs)
	}
	dir := t.TempDir()
	log := filepath.Join(dir, "game.jsonl")
	if code, out, errs := ttxMain("run", codeBlueFile, "--seed", "3", "--log", log); code != exitOK || !strings.Contains(out, "== Outcome ==") {
		t.Fatalf("run = %d\n%s%s", code, out, errs)
	}
	if code, out, errs := ttxMain("replay", log); code != exitOK || !strings.Contains(out, "replay matches") {
		t.Errorf("replay = %d\n%s%s", code, out, errs)
	}
	md := filepath.Join(dir, "aar.md")
	if code, out, errs := ttxMain("report", log, "-o", md); code != exitOK {
		t.Errorf("report = %d\n%s%s", code, out, errs)
	}
	rep, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	for _, sec := range []string{"Votes", "Value flows", "Attribution against the truth", "Objectives and tracks"} {
		if !strings.Contains(string(rep), ". "+sec+"\n") {
			t.Errorf("the report has no section %s", sec)
		}
	}
	code, out, errs = ttxMain("batch", codeBlueFile, "--runs", "40", "--workers", "1")
	if code != exitOK || !strings.Contains(out, "code_blue — 40 games") || !strings.Contains(out, "list_crew") {
		t.Errorf("batch = %d\n%s%s", code, out, errs)
	}
	code, out, errs = ttxMain("forecast", log, "--runs", "20", "--at", "2", "--workers", "1")
	if code != exitOK || !strings.Contains(out, "forecast from day 3") {
		t.Errorf("forecast = %d\n%s%s", code, out, errs)
	}

	// The discussion variant: no score, the exercise clock, and the tables' answers.
	tlog := filepath.Join(dir, "tabletop.jsonl")
	code, out, errs = ttxMain("run", codeBlueTabletop, "--log", tlog)
	if code != exitOK || !strings.Contains(out, "== Day 2 · Tue 5 May 06:00 ==") ||
		!strings.Contains(out, `inject "A sample on the leak site" at Tue 5 May 09:00`) || strings.Contains(out, "scores") {
		t.Fatalf("run of the discussion variant = %d\n%s%s", code, out, errs)
	}
	if code, out, errs := ttxMain("answer", tlog, "--side", "health", "--question", "lead", "The ministry's crisis cell"); code != exitOK {
		t.Fatalf("answer = %d\n%s%s", code, out, errs)
	}
	tmd := filepath.Join(dir, "tabletop.md")
	if code, out, errs := ttxMain("report", tlog, "-o", tmd); code != exitOK {
		t.Fatalf("report of the discussion variant = %d\n%s%s", code, out, errs)
	}
	if rep, err := os.ReadFile(tmd); err != nil || !strings.Contains(string(rep), "| Health ministry | The ministry's crisis cell |") {
		t.Errorf("the discussion report has no answer of the health ministry (%v)", err)
	}
}
