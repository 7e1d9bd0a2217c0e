package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ttx/sim"
)

// TestSideIDAnyCase: a side id given on the command line is read in any case, as the
// scenario's id (lower case by its format), as policy and seat names are: --policy RED=greedy,
// run's and report's --as Blue, forecast's --side BLUE and serve's --seat Red= were refused as
// no such side. A side named twice in two cases is named twice; an unknown side is refused with
// the scenario's side ids.
func TestSideIDAnyCase(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "run.jsonl")
	code, out, errOut := ttxMain("run", "--turns", "1", "--policy", "RED=greedy", "--log", log, miniFile)
	if code != exitOK {
		t.Fatal(errOut)
	}
	if !strings.Contains(out, "  Red: greedy\n") {
		t.Errorf("ttx run --policy RED=greedy prints\n%s\nwant red played by greedy", out)
	}
	if got, want := readHeader(t, log).Header.Policies, []string{"blue=random", "red=greedy"}; !slices.Equal(got, want) {
		t.Errorf("the header's policies are %q, want %q", got, want)
	}

	// The same account, report and forecast in any case of the side's id.
	same := func(args ...string) {
		t.Helper()
		var outs []string
		for _, id := range []string{"blue", "Blue", "BLUE"} {
			a := slices.Clone(args)
			a[slices.Index(a, "SIDE")] = id
			if i := slices.Index(a, "OUT"); i >= 0 {
				a[i] = filepath.Join(dir, id, "report.md")
				os.Mkdir(filepath.Dir(a[i]), 0o700)
			}
			code, out, errOut := ttxMain(a...)
			if code != exitOK {
				t.Fatalf("ttx %s = %d, %q", strings.Join(a, " "), code, errOut)
			}
			if i := slices.Index(args, "OUT"); i >= 0 {
				b, err := os.ReadFile(a[i])
				if err != nil {
					t.Fatal(err)
				}
				out = string(b)
			}
			outs = append(outs, out)
		}
		if outs[1] != outs[0] || outs[2] != outs[0] {
			t.Errorf("ttx %s prints other things for blue, Blue and BLUE", strings.Join(args, " "))
		}
	}
	same("run", "--turns", "2", "--as", "SIDE", miniFile)
	same("report", log, "--as", "SIDE", "-o", "OUT")
	same("forecast", log, "--runs", "4", "--workers", "1", "--side", "SIDE")
	if _, out, _ := ttxMain("report", log, "--as", "BLUE", "-o", filepath.Join(dir, "r.md")); !strings.Contains(out, ": blue's report of mini written to ") {
		t.Errorf("ttx report --as BLUE prints %q, want it to name side blue as the scenario does", out)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "--policy", "red=random", "--policy", "Red=greedy", miniFile}, "side red is given twice"},
		{[]string{"run", "--policy", "green=greedy", miniFile}, "no such side green (sides: blue, red)"},
		{[]string{"run", "--as", "Green", miniFile}, "no such side (sides: blue, red)"},
		{[]string{"report", log, "--as", "Green", "-o", filepath.Join(dir, "r.md")}, "no such side (sides: blue, red)"},
		{[]string{"forecast", log, "--side", "Green"}, "no such side (sides: blue, red)"},
		// An address no one can listen on: seats taken, the command fails there.
		{[]string{"serve", "--addr", "127.0.0.1:99999", "--seat", "Red=greedy", "--seat", "red=person", miniFile}, "side red is seated twice"},
		{[]string{"serve", "--addr", "127.0.0.1:99999", "--seat", "Green=greedy", miniFile}, "with SIDE one of blue, red"},
	} {
		if code, _, errOut := ttxMain(c.args...); code != exitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("ttx %s = %d, %q; want %d and %q", strings.Join(c.args, " "), code, errOut, exitUsage, c.want)
		}
	}
	code, _, errOut = ttxMain("serve", "--addr", "127.0.0.1:99999", "--seat", "RED=greedy", miniFile)
	if code != exitInvalid || strings.Contains(errOut, "--seat") {
		t.Errorf("ttx serve --seat RED=greedy = %d, %q; want the seat taken and the address refused (%d)", code, errOut, exitInvalid)
	}
}

// TestSideArg: an exact id wins over one in another case, and an id that takes its case to tell
// two sides apart (a scenario made without the loader) names neither.
func TestSideArg(t *testing.T) {
	sc := &sim.Scenario{Sides: []sim.SideDef{{ID: "blue"}, {ID: "Red"}, {ID: "red"}}}
	for id, want := range map[string]int{"blue": 0, "BLUE": 0, "Red": 1, "red": 2, "RED": -1, "green": -1, "": -1} {
		if got := sideArg(sc, id); got != want {
			t.Errorf("sideArg(%q) = %d, want %d", id, got, want)
		}
	}
}
