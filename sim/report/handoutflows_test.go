package report

import (
	"bytes"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
	"ttx/sim/record"
)

// TestHandoutFlows: a side's report of a game in which value was stolen has the flows the side
// saw (the thief its thefts), not "no value was stolen", and none of the secret totals: no
// per-turn table, no conservation line, no chart, and "?" for the values of assets it neither
// owned nor traced. A side that saw nothing move says so. The facilitator's report has it all.
func TestHandoutFlows(t *testing.T) {
	sc := scentest.Library(t, "stolen_crypto.toml")
	var s *sim.State
	for seed := uint64(1); seed <= 40; seed++ {
		if s = randomGame(sc, seed); s.Flow.Stolen > 0 {
			break
		}
	}
	if s.Flow.Stolen == 0 {
		t.Fatal("no game of 40 stole anything")
	}
	h := record.NewHeader(sc, s.Seed, nil)
	render := func(r *Report, err error) string {
		t.Helper()
		text := markdown(t)(r, err)
		return text[strings.Index(text, "Value flows"):strings.Index(text, "Attribution against the truth\n")]
	}
	full := render(Build(s, h, nil))
	if !strings.Contains(full, "Value was conserved") || !strings.Contains(full, "| theft |") {
		t.Fatalf("the facilitator's flows lack the totals or a theft:\n%s", full)
	}
	thief := sc.Side("pyongyang")
	for sd := range sc.Sides {
		r, err := BuildAs(s, sd, h, nil)
		flows := render(r, err)
		for _, bad := range []string{"No value was stolen", "Value was conserved", "Per week", "Stolen value”"} {
			if strings.Contains(flows, bad) {
				t.Errorf("%s's flows hold %q:\n%s", sc.Sides[sd].ID, bad, flows)
			}
		}
		if sd == thief && (r.Flows == nil || !strings.Contains(flows, "| theft |") || !strings.Contains(flows, "saw move") || !strings.Contains(flows, "| ? |")) {
			t.Errorf("the thief's flows lack its thefts, or show values it could not see:\n%s", flows)
		}
		var hb bytes.Buffer
		if err := r.HTML(&hb); err != nil {
			t.Fatal(err)
		}
		if html := hb.String(); strings.Contains(html, "Value was conserved") || strings.Contains(html, "No value was stolen") ||
			sd == thief && (!strings.Contains(html, ">theft<") || !strings.Contains(html, `<td class="n">?</td>`)) {
			t.Errorf("%s's HTML flows show the totals, deny the theft, or show values it could not see", sc.Sides[sd].ID)
		}
		if r.Flows != nil {
			for _, h := range r.Flows.Holdings {
				if h.TracedBy != "not by "+sc.Sides[sd].Name && h.TracedBy != sc.Sides[sd].Name+"; others: not yours to know" {
					t.Errorf("%s's report: %s traced by %q: who else traces it is not the side's to know", sc.Sides[sd].ID, h.Asset, h.TracedBy)
				}
			}
		}
		if r.Flows == nil && !strings.Contains(flows, sc.Sides[sd].Name+" saw no stolen value.") {
			t.Errorf("%s saw no flow and does not say so:\n%s", sc.Sides[sd].ID, flows)
		}
	}
}
