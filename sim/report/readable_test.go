package report

import (
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/policy"
	"ttx/sim/record"
)

// TestReadableHTML: every table of the HTML report scrolls in its own box, so the page fits a
// 1280-pixel screen; the page opens on its summary, with the long parts folded in <details>.
func TestReadableHTML(t *testing.T) {
	_, _, page, _ := build(t, nil, true)
	if n, w := strings.Count(page, "<table>"), strings.Count(page, `<div class="wide"><table>`); n == 0 || n != w {
		t.Errorf("%d of %d tables scroll in their own box", w, n)
	}
	for _, id := range []string{"timeline", "votes", "flows", "attribution", "objectives", "discussion", "notes"} {
		if !strings.Contains(section(t, page, id), "<details><summary>") {
			t.Errorf("section %s is not folded", id)
		}
	}
	for _, id := range []string{"overview", "summary", "analysis"} {
		if strings.Contains(section(t, page, id), "<details>") {
			t.Errorf("the summary section %s is folded", id)
		}
	}
}

// TestImprovementPlanFromTheGame: the improvement plan's actions are made from the game's
// findings, not one sentence repeated: no side gets the same action twice.
func TestImprovementPlanFromTheGame(t *testing.T) {
	r := campaignReport(t)
	if len(r.Improvements) < 3 {
		t.Fatalf("%d areas for improvement; the test game should give more", len(r.Improvements))
	}
	seen := map[string]bool{}
	for _, f := range r.Improvements {
		k := f.Side + "\x00" + f.Action
		if seen[k] {
			t.Errorf("%s gets the action %q twice", f.Side, f.Action)
		}
		seen[k] = true
	}
}

// campaignReport plays the library's campaign at random and returns its report.
func campaignReport(t *testing.T) *Report {
	t.Helper()
	sc := scentest.Library(t, "campaign.toml")
	pols := make([]policy.Policy, len(sc.Sides))
	for i := range pols {
		pols[i], _ = policy.Parse("random", uint64(7+i))
	}
	s := policy.Play(sim.New(sc, 7), pols, 0, nil)
	r, err := Build(s, record.NewHeader(sc, 7, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
