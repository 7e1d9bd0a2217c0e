package report

import (
	"strings"
	"testing"

	"ttx/sim"
)

// TestHandoutShowsOthersOrdersItSaw: a table's handout holds the other tables' orders it was
// shown during play, as it saw them, among the turn's events: the port saw the city open its
// joint coordination cell in round 1 (a public move that raised the port's own readiness, which
// its tracks table shows) and the CERT warn every sector in round 2, as `ttx run --as port`
// prints them. An order it was not shown (the water utility cutting its office network off) is
// not there, and the facilitator's report shows each order once, among the decisions.
func TestHandoutShowsOthersOrdersItSaw(t *testing.T) {
	s, h, entries := outageGame(t)
	port := s.Sc.Side("port")
	doc := markdown(t)(BuildAs(s, port, h, entries))
	for _, want := range []string{
		"| operations | order | City emergency operations centre plays Open a joint coordination cell: succeeds;",
		"| diplomacy | order | National CERT plays Warn every sector: succeeds;",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the port's handout lacks an order it saw: %q", want)
		}
	}
	if i := strings.Index(doc, "Open a joint coordination cell: succeeds"); i >= 0 && !strings.Contains(doc[i:i+300], "Port authority response readiness 3→4") {
		t.Errorf("the port's handout does not show what the cell did to its own readiness: %q", doc[i:i+300])
	}
	if strings.Contains(doc, "Water utility plays Cut the office network off") {
		t.Error("the port's handout shows the water utility's order, which the port was not shown")
	}
	// What the handout shows is what the port saw in play: every order event of its views.
	for _, p := range s.History() {
		for _, e := range sim.View(p, port).State.Events {
			if e.Kind == sim.EvOrder && !strings.Contains(doc, sim.Describe(s.Sc, e)) {
				t.Errorf("the port's handout lacks %q", sim.Describe(s.Sc, e))
			}
		}
	}
	full := markdown(t)(Build(s, h, entries))
	if n := strings.Count(full, "plays Open a joint coordination cell"); n != 1 {
		t.Errorf("the facilitator's report shows the city's order %d times, want once", n)
	}
}
