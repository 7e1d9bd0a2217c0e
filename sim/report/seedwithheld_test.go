package report

import (
	"strconv"
	"strings"
	"testing"

	"ttx/sim"
)

// TestSeenReportSeedWithheld: the facilitator's report of the views a network seat received
// (the white cell's window on a served exercise, whose frames hold no seed) says that the seed
// is withheld, as it read "seed 0"; built from the game, it gives the seed.
func TestSeenReportSeedWithheld(t *testing.T) {
	s, h, notes := game(t, nil, true)
	var views []*sim.State
	for _, v := range sim.HistoryView(s, sim.Facilitator) {
		st := *v.State
		st.Seed = 0 // as the wire carries it
		views = append(views, &st)
	}
	wire := h
	wire.Seed = 0
	doc := markdown(t)(BuildSeen(views, sim.Facilitator, wire, notes))
	for _, want := range []string{" · seed withheld · ", "| Seed | withheld: it stays on the server, and the exercise's log holds it |"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the report of the white cell's views does not say %q", want)
		}
	}
	if strings.Contains(doc, "seed 0") || strings.Contains(doc, "| Seed | 0 |") {
		t.Error("the report of the white cell's views gives seed 0")
	}
	full := markdown(t)(Build(s, h, notes))
	if s.Seed == 0 || strings.Contains(full, "withheld") || !strings.Contains(full, "| Seed | "+strconv.FormatUint(s.Seed, 10)+" |") {
		t.Errorf("the report of the game does not give its seed %d", s.Seed)
	}
}
