package batch

import (
	"regexp"
	"strings"
	"testing"
)

// TestSummaryLabels: every line of a summary that names an id names what people call it too,
// and numbers are rounded to two decimals; the rows file's header carries the labels.
func TestSummaryLabels(t *testing.T) {
	sc := library(t)[0] // mini
	rows, sum := runText(t, Spec{Scenario: sc, Seed: 3, Runs: 30, Workers: 1}, true)
	for _, want := range []string{
		"  blue ", "  Blue\n", // a side: its id, its numbers, its name
		"red_group.exposure", "red_group exposure\n", // a track: the actor's name and the track's label
	} {
		if !strings.Contains(sum, want) {
			t.Errorf("the summary lacks %q:\n%s", want, sum)
		}
	}
	if m := regexp.MustCompile(`\d\.\d{3}`).FindString(sum); m != "" {
		t.Errorf("the summary has %q, more than two decimals:\n%s", m, sum)
	}
	head, _, _ := strings.Cut(rows, "\n")
	if !strings.Contains(head, `"labels":{"sides":{"blue":"Blue","red":"Red"}`) {
		t.Errorf("the rows header has no labels: %s", head)
	}
	if Num(27.549999999999997) != "27.55" || Num(-0.001) != "0" || Num(3) != "3" {
		t.Errorf("Num = %s, %s, %s; want 27.55, 0, 3", Num(27.549999999999997), Num(-0.001), Num(3))
	}
}
