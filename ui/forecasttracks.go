package ui

import (
	"fmt"

	"ttx/sim"
	"ttx/sim/batch"
)

// TrackSpread is where one track ends in a forecast's rollouts: what a discussion exercise's
// forecast shows instead of who wins, since it keeps no score.
type TrackSpread struct {
	Actor, Track int
	Label        string  // the actor's name and the track's label
	Min, Max     int64   // the track's range
	Start        int64   // its value when the scenario starts
	Mean         float64 // over the rollouts
	Lo, Mid, Hi  float64 // the 10th, 50th and 90th percentiles
}

// trackSpreads returns the spread of every track that moved in the rollouts of sum and that
// its side may see (its own actors' tracks and public ones), in the scenario's order.
func trackSpreads(sum *batch.Summary) []TrackSpread {
	sc, nt := sum.Sc, sum.Sc.NT()
	var out []TrackSpread
	for k := range sum.Tracks {
		a, t := k/nt, k%nt
		d := &sum.Tracks[k]
		if d.N == 0 || !seesTrack(sc, sum.Side, a, t) {
			continue
		}
		start := sc.Actors[a].Tracks[t]
		if d.Min() == d.Max() && int64(d.Min()) == start {
			continue // it never moved
		}
		td := &sc.Tracks[t]
		out = append(out, TrackSpread{Actor: a, Track: t, Label: trackLabel(sc, a, t),
			Min: td.Min, Max: td.Max, Start: start, Mean: d.Mean(),
			Lo: d.Quantile(0.1), Mid: d.Quantile(0.5), Hi: d.Quantile(0.9)})
	}
	return out
}

// trackLabel names track t of actor a in a forecast: the actor's name and the track's label.
func trackLabel(sc *sim.Scenario, a, t int) string {
	lbl := sc.Tracks[t].Label
	if lbl == "" {
		lbl = sc.Tracks[t].ID
	}
	return sc.Actors[a].Name + " · " + lbl
}

// seesTrack reports whether side sd (sim.Facilitator: all) sees track t of actor a.
func seesTrack(sc *sim.Scenario, sd, a, t int) bool {
	return sd < 0 || sc.Actors[a].Side == sd || sc.Tracks[t].Public
}

// Text is the spread in words, e.g. "mean 6.4 (5–8)": the mean, then the 10th and 90th
// percentiles.
func (t TrackSpread) Text() string {
	return fmt.Sprintf("mean %s (%s–%s)", batch.Num(t.Mean), batch.Num(t.Lo), batch.Num(t.Hi))
}

// About says what a track's row means, for the line under the cursor.
func (t TrackSpread) About() string {
	return fmt.Sprintf("%s: from %d at the start to a mean of %s; 8 rollouts in 10 end between %s and %s (range %d–%d).",
		t.Label, t.Start, batch.Num(t.Mean), batch.Num(t.Lo), batch.Num(t.Hi), t.Min, t.Max)
}

// forecastRowCount is how many rows a forecast of sc by side sd needs room for: every named
// outcome and side and a draw when the scenario keeps a score; else its named outcomes, the
// end, and every track the side sees that could move, up to maxTrackRows.
func forecastRowCount(sc *sim.Scenario, sd int) int {
	if sc.Scored() {
		return len(sc.Outcomes) + len(sc.Sides) + 1
	}
	n := 0
	for a := range sc.Actors {
		for t := range sc.Tracks {
			if seesTrack(sc, sd, a, t) && sc.Tracks[t].Min < sc.Tracks[t].Max {
				n++
			}
		}
	}
	return len(sc.Outcomes) + 1 + min(n, maxTrackRows)
}

// maxTrackRows bounds the track rows a forecast panel makes room for.
const maxTrackRows = 12
