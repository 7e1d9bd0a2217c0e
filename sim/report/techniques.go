package report

import (
	"slices"
	"strings"

	"ttx/sim"
)

// Technique is one MITRE ATT&CK technique the exercise's moves stand for, and how often it was
// exercised: orders of its moves that were tried (not refused) and that succeeded.
type Technique struct {
	ID, Moves        string
	Tried, Succeeded int
}

// techniques is the coverage table: every technique a move of the scenario lists, with the
// orders of its moves tried and succeeded over the game. A side's report names only the moves it
// may play or that are public, and counts only the orders it saw by move: its own and public
// ones (another side's order is seen as its observation, not its move).
func (b *builder) techniques() {
	sc := b.sc
	byID := map[string]*Technique{}
	var ids []string
	for mv := range sc.Moves {
		m := &sc.Moves[mv]
		for _, id := range m.Techniques {
			t := byID[id]
			if t == nil {
				t = &Technique{ID: id}
				byID[id] = t
				ids = append(ids, id)
			}
			if b.as < 0 || b.plays(mv) { // a side's report names only the moves it knows
				if t.Moves != "" {
					t.Moves += ", "
				}
				t.Moves += m.Name
			}
		}
	}
	for _, p := range b.hist {
		for _, e := range p.Events {
			if e.Kind != sim.EvOrder || e.Move < 0 || e.Code == "" {
				continue
			}
			switch e.Code {
			case "ok", "chance", "failed", "non-finite":
			default:
				continue // refused before it was tried
			}
			for _, id := range sc.Moves[e.Move].Techniques {
				byID[id].Tried++
				if e.Code == "ok" {
					byID[id].Succeeded++
				}
			}
		}
	}
	slices.SortFunc(ids, strings.Compare)
	for _, id := range ids {
		if t := byID[id]; t.Moves != "" || t.Tried > 0 {
			b.r.Techniques = append(b.r.Techniques, *t)
		}
	}
}

// plays reports whether the report's side has an actor that may play move mv.
func (b *builder) plays(mv int) bool {
	for _, a := range b.sc.Sides[b.as].Actors {
		if slices.Contains(b.sc.CanPlay[a], mv) {
			return true
		}
	}
	return b.sc.Moves[mv].Visibility == sim.VisPublic
}
