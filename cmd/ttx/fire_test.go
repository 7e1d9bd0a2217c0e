package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ttx/session"
	"ttx/sim"
	"ttx/sim/record"
)

// TestFire: ttx fire fires an inject by hand into a log as the white cell's window does: the log
// then replays, its game is the one a session that loaded the log and fired the inject holds
// (the same state and the same save), the inject step comes before the notes, and the report
// says it was fired by hand. It refuses, leaving the log as it was, an id the scenario lacks
// (with the id it may mean and those it may fire), an inject that has fired, and a game that
// is over. It prints the inject as fired by hand, with no time in the turn, as the report does.
func TestFire(t *testing.T) {
	const scen = "embedded:regional_outage.toml"
	dir := t.TempDir()
	log, before, over := filepath.Join(dir, "ex.jsonl"), filepath.Join(dir, "before.jsonl"), filepath.Join(dir, "over.jsonl")
	for _, c := range [][]string{
		{"run", scen, "-q", "--turns", "1", "--log", log},
		{"note", log, "--category", "gap", "Nobody called the utility."},
		{"run", scen, "-q", "--log", over},
	} {
		if code, _, errs := ttxMain(c...); code != exitOK {
			t.Fatalf("ttx %q = %d: %s", c, code, errs)
		}
	}
	orig, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(before, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	const left = "(injects not fired yet: vendor_report, leak_site, mutual_aid, hot_wash)"
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{log, "vendor_reprot"}, exitUsage, "ttx fire: vendor_reprot: the scenario has no such inject; did you mean vendor_report? " + left + "\n"},
		{[]string{log, "ransom_port"}, exitUsage, "ttx fire: ransom_port: \"Ransom note on the terminal screens\" fired in round 1: an inject fires once " + left + "\n"},
		{[]string{over, "hot_wash"}, exitInvalid, "ttx fire: " + over + ": the exercise is over (round 3, outcome ended): no inject fires any more\n"},
	} {
		code, out, errs := ttxMain(append([]string{"fire"}, c.args...)...)
		if code != c.code || out != "" || errs != c.want {
			t.Errorf("ttx fire %q = %d, %q, %q; want %d, %q", c.args, code, out, errs, c.code, c.want)
		}
	}
	if after, _ := os.ReadFile(log); string(after) != string(orig) {
		t.Fatal("a refused ttx fire changed the log")
	}

	// What it did is told as the report tells it: fired by hand, with no time in the turn (the
	// inject's scheduled one, at = "1h", is not when it came).
	code, out, errs := ttxMain("fire", log, "vendor_report")
	if code != exitOK || !strings.HasPrefix(out, log+": \"A vendor's report\" fired (round 2)\n  inject       inject \"A vendor's report\" fired by hand: A security vendor") ||
		!strings.Contains(out, "\n  expected     The tables go on with recovery") {
		t.Fatalf("ttx fire vendor_report = %d, %q, %q", code, out, errs)
	}
	if code, _, errs := ttxMain("replay", log); code != exitOK {
		t.Fatalf("ttx replay of the fired log = %d: %s", code, errs)
	}
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	l, err := record.Read(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, e := range l.Entries {
		types = append(types, e.Type)
	}
	if want := []string{"turn", "inject", "note"}; !slices.Equal(types, want) {
		t.Errorf("the fired log's entries are %v, want %v", types, want)
	}

	// The window's fire: a session loads the log as it was and fires the inject.
	sc, err := readScenario(scen)
	if err != nil {
		t.Fatal(err)
	}
	win, err := session.LoadSession(sc, before)
	if err != nil {
		t.Fatal(err)
	}
	win.Fire(sc.Inject("vendor_report"))
	got, err := session.LoadSession(sc, log)
	if err != nil {
		t.Fatal(err)
	}
	if got.State.Step.Kind != sim.StepInject || sim.Checksum(got.State) != sim.Checksum(win.State) {
		t.Errorf("the fired log's game (step %v) is not the window's", got.State.Step.Kind)
	}
	a, b := filepath.Join(dir, "window.jsonl"), filepath.Join(dir, "fired.jsonl")
	if err := win.Save(a); err != nil {
		t.Fatal(err)
	}
	if err := got.Save(b); err != nil {
		t.Fatal(err)
	}
	wa, _ := os.ReadFile(a)
	wb, _ := os.ReadFile(b)
	if string(wa) != string(wb) {
		t.Errorf("the window's save and the fired log's differ:\n%s\n---\n%s", wa, wb)
	}

	// Fired once, it is refused; the report has it fired by hand.
	if code, _, errs := ttxMain("fire", log, "vendor_report"); code != exitUsage || !strings.Contains(errs, "fired in round 2: an inject fires once (injects not fired yet: leak_site, mutual_aid, hot_wash)") {
		t.Errorf("ttx fire vendor_report again = %d, %q", code, errs)
	}
	md := filepath.Join(dir, "aar.md")
	if code, _, errs := ttxMain("report", log, "-o", md); code != exitOK {
		t.Fatalf("ttx report of the fired log = %d: %s", code, errs)
	}
	if r, _ := os.ReadFile(md); !strings.Contains(string(r), "Inject fired by hand: A vendor's report") {
		t.Error("the report of the fired log does not have the inject fired by hand")
	}
}
