package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/serve"
	"ttx/session"
)

// TestReportNamesEachSeating: a log of ttx run whose blue ttx run played from an orders file
// reports blue as played from the file, as it always has; resumed on a server (which gives
// blue to a team) and played on by the team, it reports blue as played from the file for the
// weeks ttx run played and by the team for the weeks after, in the facilitator's report and
// blue's own (red's names only red's player); red, which greedy played throughout, is reported
// as before. The report named orders:FILE for every week, the team's included.
func TestReportNamesEachSeating(t *testing.T) {
	sc, err := readScenario(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// The orders file beside the log, named without a character Markdown escapes.
	plan, err := os.ReadFile("../../sim/report/testdata/mini_orders.toml")
	if err != nil {
		t.Fatal(err)
	}
	orders := filepath.Join(dir, "plan.toml")
	if err := os.WriteFile(orders, plan, 0o600); err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(dir, "run.jsonl")
	if code, _, errOut := ttxMain("run", "-q", "--turns", "2", "--orders", orders, "--policy", "red=greedy", "--log", log, miniFile); code != exitOK {
		t.Fatal(errOut)
	}
	aar := func(args ...string) string {
		t.Helper()
		out := filepath.Join(dir, "aar.md")
		if code, _, errOut := ttxMain(append([]string{"report", log, "-o", out}, args...)...); code != exitOK {
			t.Fatal(errOut)
		}
		md, _ := os.ReadFile(out)
		return string(md)
	}
	// The log as ttx run wrote it reports as it always has: one player a side.
	if md, want := aar(), "| **Blue** | orders:"+orders+" |"; !strings.Contains(md, want) {
		t.Errorf("the report of ttx run's log has no row %q:\n%s", want, sidesTable(md))
	}
	if _, err := serve.NewGame(serve.Config{Scenario: sc, Save: log, Resume: true, NewLinks: true, Base: "http://host:8080/"}); err != nil {
		t.Fatal(err)
	}
	// The server plays weeks 3 and 4: blue's team gives no orders, greedy plays red.
	s, err := session.LoadSession(sc, log)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := s.Resolve(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Save(log); err != nil {
		t.Fatal(err)
	}
	blue, red := "| **Blue** | orders:"+orders+", weeks 1–2; team, weeks 3–4 |", "| **Red** | greedy |"
	for _, c := range []struct {
		as        string
		want, not []string
	}{
		{"", []string{blue, red}, nil},
		{"blue", []string{blue}, []string{red}},
		{"red", []string{red}, []string{"plan.toml"}},
	} {
		var md string
		if c.as == "" {
			md = aar()
		} else {
			md = aar("--as", c.as)
		}
		for _, want := range c.want {
			if !strings.Contains(md, want) {
				t.Errorf("the report (--as %q) of the resumed log has no row %q:\n%s", c.as, want, sidesTable(md))
			}
		}
		for _, not := range c.not {
			if strings.Contains(md, not) {
				t.Errorf("the report --as %s of the resumed log has %q, another side's player", c.as, not)
			}
		}
	}
}

// sidesTable returns the lines of a Markdown report that name a side's player, for a failure.
func sidesTable(md string) string {
	var rows []string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "| **") {
			rows = append(rows, l)
		}
	}
	return strings.Join(rows, "\n")
}
