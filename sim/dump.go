package sim

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump returns a readable account of everything a state holds, one fact a line, for tests and
// the facilitator: the turn and outcome, scores, hidden truths, fired injects, the tracks of
// each actor that differ from the scenario's start, every asset's status, knowledge, tracing
// and value, the value in transit and the flow totals, incidents, evidence and resolutions.
// The same state always gives the same text.
func Dump(s *State) string {
	sc := s.Sc
	var b strings.Builder
	line := func(format string, a ...any) {
		fmt.Fprintf(&b, format, a...)
		b.WriteByte('\n')
	}
	outcome := s.Outcome
	if outcome == "" {
		outcome = "-"
	}
	line("turn %d over %t outcome %s seed %d", s.Turn, s.Over, outcome, s.Seed)

	var parts []string
	for i, v := range s.Scores {
		parts = append(parts, sc.Sides[i].ID+"="+strconv.FormatFloat(v, 'g', -1, 64))
	}
	line("scores: %s", orNone(parts))
	parts = parts[:0]
	for i, v := range s.Truth {
		parts = append(parts, fmt.Sprintf("%s=%t", sc.Truths[i].ID, v))
	}
	line("truths: %s", orNone(parts))
	parts = parts[:0]
	for i, t := range s.Fired {
		if t != 0 {
			parts = append(parts, fmt.Sprintf("%s@%d", sc.Injects[i].ID, t))
		}
	}
	line("fired: %s", orNone(parts))

	line("tracks (changed since the start):")
	nt := sc.NT()
	for a := range sc.Actors {
		parts = parts[:0]
		for t := 0; t < nt; t++ {
			if v, v0 := s.Track(a, t), sc.Actors[a].Tracks[t]; v != v0 {
				parts = append(parts, fmt.Sprintf("%s %d→%d", sc.Tracks[t].ID, v0, v))
			}
		}
		if len(parts) > 0 {
			line("  %s: %s", sc.Actors[a].ID, strings.Join(parts, ", "))
		}
	}

	line("assets:")
	for x := range sc.Assets {
		line("  %s: %s known %s traced %s value %d dirty %d", sc.Assets[x].ID, s.Status[x],
			sideSet(sc, s.Known[x]), sideSet(sc, s.Traced[x]), s.Value[x], s.Dirty[x])
	}
	held, transit := s.Held()
	f := s.Flow
	line("flow: stolen %d held %d transit %d frozen %d fees %d cashed %d", f.Stolen, held, transit,
		f.Frozen, f.Fees, f.Cashed)
	for _, t := range s.Transit {
		line("  transit: %d along %s arrives turn %d", t.Amount, sc.Links[t.Link].ID, t.Arrive)
	}

	line("incidents:")
	for i, inc := range s.Incidents {
		var planted []string
		for _, p := range inc.Planted {
			planted = append(planted, fmt.Sprintf("%s:%d", sc.Actors[p.Actor].ID, p.Strength))
		}
		line("  %s: turn %d move %s authors %s victims %s via %s planted %s known %s attributed %s public %t",
			IncidentID(i), inc.Turn, sc.Moves[inc.Move].ID, actorIDs(sc, inc.Authors),
			actorIDs(sc, inc.Victims), assetIDs(sc, inc.Via), orNone(planted),
			sideSet(sc, inc.Known), sideSet(sc, inc.Attributed), inc.Public)
	}
	line("evidence:")
	for _, e := range s.Evidence {
		side := "-"
		if e.Side >= 0 {
			side = sc.Sides[e.Side].ID
		}
		line("  %s found on %s against %s strength %d public %t", side, IncidentID(int(e.Incident)),
			sc.Actors[e.Accused].ID, e.Strength, e.Public)
	}

	line("resolutions:")
	for i, r := range s.Res {
		by := "-"
		if r.By >= 0 {
			by = sc.Actors[r.By].ID
		}
		line("  %s: %s by %s due %d yes %d no %d abstain %d vetoed %t", sc.Resolutions[i].ID,
			ResStatusNames[r.Status], by, r.Due, r.Yes, r.No, r.Abst, r.Vetoed)
	}
	return b.String()
}

// sideSet names the sides in a side bitmask: "all", "none" or their ids.
func sideSet(sc *Scenario, m uint64) string {
	var ids []string
	all := true
	for i := range sc.Sides {
		if m&sideBit(i) != 0 {
			ids = append(ids, sc.Sides[i].ID)
		} else {
			all = false
		}
	}
	if all && len(ids) > 0 {
		return "all"
	}
	return orNone(ids)
}

func actorIDs(sc *Scenario, as []int) string {
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = sc.Actors[a].ID
	}
	return orNone(ids)
}

func assetIDs(sc *Scenario, xs []int) string {
	ids := make([]string, len(xs))
	for i, x := range xs {
		ids[i] = sc.Assets[x].ID
	}
	return orNone(ids)
}

// orNone joins words with commas, or says "none".
func orNone(ws []string) string {
	if len(ws) == 0 {
		return "none"
	}
	return strings.Join(ws, ",")
}
