package main

import (
	"regexp"
	"strings"
	"testing"
)

// quietFile is a three-week game whose second week is quiet, with a named outcome and a truth.
const quietFile = "testdata/quiet.toml"

// TestRunTurnHeadings: every turn's lines sit under its own heading, a quiet turn included, and
// each turn ends with its own scores, by side name and rounded, before the next turn's heading.
func TestRunTurnHeadings(t *testing.T) {
	code, out, errs := ttxMain("run", quietFile, "--policy", "greedy")
	if code != exitOK {
		t.Fatalf("ttx run: exit %d: %s", code, errs)
	}
	heading := ""
	scored := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if h, ok := strings.CutPrefix(line, "== Week "); ok {
			if heading != "" && !scored[heading] {
				t.Errorf("week %s has no scores before the next heading:\n%s", heading, out)
			}
			heading = strings.TrimSuffix(h, " ==")
			continue
		}
		if s, ok := strings.CutPrefix(line, "  scores after week "); ok {
			week, _, _ := strings.Cut(s, ":")
			if week != heading {
				t.Errorf("the scores after week %s are under week %s's heading:\n%s", week, heading, out)
			}
			scored[week] = true
		}
	}
	for _, w := range []string{"1", "2", "3"} {
		if !scored[w] {
			t.Errorf("no scores after week %s (a quiet week keeps its heading):\n%s", w, out)
		}
	}
	if !strings.Contains(out, "scores after week 1: Defenders 3.67, Intruders 1.57\n") {
		t.Errorf("scores not by side name and rounded to two decimals:\n%s", out)
	}
	if regexp.MustCompile(`\d\.\d{3}`).MatchString(out) {
		t.Errorf("a number with more than two decimals:\n%s", out)
	}
}

// TestRunEnding: the account ends with the outcome's text, the final scores by side name and,
// for the facilitator only, the hidden truths as drawn.
func TestRunEnding(t *testing.T) {
	_, out, _ := ttxMain("run", quietFile, "--policy", "greedy")
	want := "\n== Outcome ==\noutcome: rich — Coastland ends richer than it began.\n" +
		"final scores: Defenders 4, Intruders 1.71\n" +
		"hidden truths:\n  secret_deal: false — Coastland and Inland have a secret deal.\n"
	if !strings.HasSuffix(out, want) {
		t.Errorf("ttx run ends\n%s\nwant it to end\n%s", lastLines(out, 6), want)
	}
	_, out, _ = ttxMain("run", quietFile, "--policy", "greedy", "--as", "red")
	if want := "outcome: rich — Coastland ends richer than it began.\nfinal scores: Intruders 1.71\n"; !strings.HasSuffix(out, want) {
		t.Errorf("ttx run --as red ends\n%s\nwant it to end\n%s", lastLines(out, 4), want)
	}
	if strings.Contains(out, "secret_deal") || strings.Contains(out, "Defenders 4") {
		t.Errorf("a team's account reveals the truth or another side's score:\n%s", out)
	}
	// An outcome by score names the side; -q prints the outcome line alone.
	code, out, _ := ttxMain("run", quietFile, "-q", "--seed", "3")
	if code != exitOK || out != "outcome: blue — the highest score: Defenders (3.33)\n" {
		t.Errorf("ttx run -q = %d, %q", code, out)
	}
}

func lastLines(s string, n int) string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(ls[max(0, len(ls)-n):], "\n")
}

// TestRunStartScoresAfterInjects: the scores printed before the first orders are those after
// turn 1's injects, and say so, since a report starts its scores before them (from the
// scenario's values): the campaign's first inject moves Washington's score. The start's scores
// name injects only when some fired.
func TestRunStartScoresAfterInjects(t *testing.T) {
	code, out, errs := ttxMain("run", "--turns", "1")
	if code != exitOK {
		t.Fatalf("ttx run: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "  scores at the start, after month 1's injects: ") {
		t.Errorf("the campaign's first scores are not said to follow month 1's injects:\n%s", out)
	}
	code, out, errs = ttxMain("run", quietFile, "--turns", "1")
	if code != exitOK {
		t.Fatalf("ttx run %s: exit %d: %s", quietFile, code, errs)
	}
	if strings.Contains(out, "inject ") != strings.Contains(out, "injects: ") {
		t.Errorf("%s: the start's scores name injects only when some fired:\n%s", quietFile, out)
	}
}
