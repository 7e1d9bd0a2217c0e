package ui

import (
	"bytes"
	"fmt"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/sim"
	"ttx/sim/report"
)

// ReviewText is the after-action review as Markdown: outcome and scores,
// the timeline of every event by turn, each side's decisions with their
// rationale and result, and the observer notes.
func ReviewText(s *Session) string {
	return reviewText(s.Sc, sim.HistoryView(s.State, sim.Facilitator), sim.Facilitator, fmt.Sprintf(", seed %d", s.State.Seed), s.Notes)
}

// reviewText is the review of what side sd saw at each step (views), with seed (what to say of
// it) and the notes. A team's review scores only its own side, whose score alone it knows.
func reviewText(sc *sim.Scenario, views []*sim.Sight, sd int, seed string, notes []Note) string {
	st := views[len(views)-1]
	var b strings.Builder
	fmt.Fprintf(&b, "# After-action review: %s\n\n", sc.Title)
	fmt.Fprintf(&b, "Scenario `%s`%s, %s %d of %d", sc.ID, seed, sc.TurnLabel, st.Turn, sc.Turns)
	if st.Over {
		fmt.Fprintf(&b, ", over: outcome **%s**", st.Outcome)
	}
	b.WriteString(".\n\n")
	if sc.Scored() { // a discussion exercise keeps no score
		b.WriteString("## Scores\n\n")
		for i, d := range sc.Sides {
			if sd < 0 || sd == i {
				fmt.Fprintf(&b, "- %s: %.1f\n", d.Name, st.Scores[i])
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("## Timeline\n\n")
	for _, p := range views {
		for _, e := range p.Events {
			fmt.Fprintf(&b, "- %s %d: %s\n", sc.TurnLabel, e.Turn, sim.Describe(sc, e))
		}
	}
	b.WriteString("\n## Decisions\n\n")
	for i, p := range views {
		if p.Step.Kind != sim.StepTurn || i == 0 {
			continue
		}
		for _, r := range p.Results {
			why := r.Order.Rationale
			if why == "" {
				why = "no rationale given"
			}
			side := r.Order.Side
			if r.Side >= 0 && r.Side < len(sc.Sides) {
				side = sc.Sides[r.Side].Name
			}
			fmt.Fprintf(&b, "- %s %d, %s: %s — %s (%s)\n", sc.TurnLabel, views[i-1].Turn, side, r.Order.String(), r.Code(), why)
		}
	}
	b.WriteString("\n## Observer notes\n\n")
	if len(notes) == 0 {
		b.WriteString("None.\n")
	}
	for _, n := range notes {
		inj := ""
		if n.Inject != "" {
			inj = " (after inject " + n.Inject + ")"
		}
		fmt.Fprintf(&b, "- %s %d%s: %s\n", sc.TurnLabel, n.Turn, inj, n.Text)
	}
	return b.String()
}

// ExportReview writes sim/report's after-action report of the session, as
// one self-contained HTML page, to path atomically.
func ExportReview(s *Session, path string) error {
	l := s.Log()
	r, err := report.Build(s.State, l.Header, append(l.Notes(), l.Answers()...))
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := r.HTML(&b); err != nil {
		return err
	}
	return atomicfile.Write(path, b.Bytes())
}

// maxSeries is the most lines a track chart draws.
const maxSeries = 8

// TrackSeries returns, for track t, the value each actor had after each
// step of the game: the actors whose value changed, in actor order, at most
// maxSeries of them (or the first actors, when none changed).
func TrackSeries(s *Session, t int) []Series { return trackSeries(s.Sc, s.State.History(), t) }

// trackSeries is TrackSeries over the states h, one a step.
func trackSeries(sc *sim.Scenario, h []*sim.State, t int) []Series {
	var moved, still []Series
	for a, d := range sc.Actors {
		se := Series{Label: d.Name, Color: SideColor(sc, d.Side)}
		changed := false
		for _, p := range h {
			v := float64(p.Track(a, t))
			changed = changed || (len(se.Values) > 0 && v != se.Values[0])
			se.Values = append(se.Values, v)
		}
		if changed {
			moved = append(moved, se)
		} else {
			still = append(still, se)
		}
	}
	if len(moved) == 0 {
		moved = still
	}
	return moved[:min(len(moved), maxSeries)]
}

// ScoreSeries returns each side's score after each step.
func ScoreSeries(s *Session) []Series { return scoreSeries(s.Sc, s.State.History(), sim.Facilitator) }

// scoreSeries is ScoreSeries over the states h, one a step, of every side (sd < 0) or side sd.
func scoreSeries(sc *sim.Scenario, h []*sim.State, sd int) []Series {
	var out []Series
	for i, d := range sc.Sides {
		if sd >= 0 && i != sd {
			continue
		}
		se := Series{Label: d.Name, Color: SideColor(sc, i)}
		for _, p := range h {
			se.Values = append(se.Values, p.Scores[i])
		}
		out = append(out, se)
	}
	return out
}
