package report

import (
	"fmt"
	"slices"

	"ttx/sim"
)

// maxLines is the most actors drawn on one track chart: those whose track moved the most.
const maxLines = 8

// sampledWhen says, in a chart's description, when its points are: its first at the start
// (before turn 1 is played), then one at the end of every turn.
const sampledWhen = "at the start, then after every turn"

// charts makes the report's charts: the sides' scores, the stolen value, each incident's
// confidence in its true authors, and each track that changed. Their images are drawn when
// they are wanted (RenderCharts): the window draws its charts from their data.
func (b *builder) charts() error {
	sc := b.sc
	x, xs := b.xAxis()
	add := func(id, title, alt, y string, ss []Series, yMin, yMax float64, integer bool) error {
		if len(ss) == 0 {
			return nil
		}
		b.r.Charts = append(b.r.Charts, Chart{ID: id, Title: title, Alt: alt, X: b.labels, XLabel: x, YLabel: y,
			Series: ss, YMin: yMin, YMax: yMax, Integer: integer, ticks: xs})
		return nil
	}

	var ss []Series
	for i, d := range sc.Sides {
		if !b.shows(i) || !b.r.Scored {
			continue
		}
		y := b.sampled(func(p *sim.State) float64 { return p.Scores[i] })
		y[0] = b.first.Scores[i] // from where the tracks start, before turn 1's injects
		ss = append(ss, Series{Name: d.Name, Color: hexColour(d.Color, colour(i)), Y: y})
	}
	if err := add("scores", "Scores", "each side's total score "+sampledWhen, "score (points)", ss, 0, 0, false); err != nil {
		return err
	}

	if b.r.Flows != nil && b.r.Flows.Turns != nil { // a side's flows have no totals to chart
		held := func(p *sim.State) float64 { h, _ := p.Held(); return float64(h) }
		transit := func(p *sim.State) float64 { _, t := p.Held(); return float64(t) }
		ss = []Series{
			{Name: "stolen", Color: colour(6), Dashed: true, Y: b.sampled(func(p *sim.State) float64 { return float64(p.Flow.Stolen) })},
			{Name: "held", Color: colour(3), Y: b.sampled(held)},
			{Name: "in transit", Color: colour(1), Y: b.sampled(transit)},
			{Name: "frozen", Color: colour(0), Y: b.sampled(func(p *sim.State) float64 { return float64(p.Flow.Frozen) })},
			{Name: "fees", Color: colour(4), Y: b.sampled(func(p *sim.State) float64 { return float64(p.Flow.Fees) })},
			{Name: "cashed out", Color: colour(2), Y: b.sampled(func(p *sim.State) float64 { return float64(p.Flow.Cashed) })},
		}
		if err := add("flows", "Stolen value", "stolen value held, in transit, frozen, paid in fees and cashed out, "+sampledWhen, "value (scenario's units)", ss, 0, 0, true); err != nil {
			return err
		}
	}

	for i := range b.s.Incidents {
		if !b.r.Incidents[i].Judged {
			continue // confidence in the true authors: not the side's to know
		}
		ss = b.confidenceSeries(i)
		title := fmt.Sprintf("Incident %d: confidence in the true author(s)", i+1)
		alt := fmt.Sprintf("each side's confidence that %s authored incident %d, after every turn", b.r.Incidents[i].Authors, i+1)
		if err := add(fmt.Sprintf("incident-%d", i+1), title, alt, "confidence (0 to 1)", ss, 0, 1, false); err != nil {
			return err
		}
	}

	for t, d := range sc.Tracks {
		ss = b.trackSeries(t)
		alt := "each actor whose track changed, " + sampledWhen
		if len(ss) == maxLines {
			alt = fmt.Sprintf("the %d actors whose track changed most, %s", maxLines, sampledWhen)
		}
		y := fmt.Sprintf("track points (%d to %d)", d.Min, d.Max) // the title names the track
		if err := add("track-"+d.ID, "Track: "+d.Label, alt, y, ss, 0, 0, true); err != nil {
			return err
		}
	}
	return nil
}

// xAxis returns the charts' x axis label and the label of each sample (the start, then the
// end of each turn played): the turn's number, and under it the exercise time when the
// scenario has a clock (the day when a turn lasts whole days, else the weekday and time).
func (b *builder) xAxis() (string, []string) {
	sc := b.sc
	if sc.Span == 0 {
		return "start, then end of each " + sc.TurnLabel + " (turn number)", b.labels
	}
	xs := make([]string, len(b.labels))
	for k, l := range b.labels {
		m, _ := sc.ClockAt(k+1, 0) // the end of turn k is the start of turn k+1
		at := m.Weekday + " " + m.Time
		if sc.Span%86400 == 0 {
			at = m.Weekday + " " + m.Date
		}
		xs[k] = l + "\n" + at
	}
	return "start, then end of each " + sc.TurnLabel + " (turn number and exercise time)", xs
}

// sampled evaluates f at the start and after every turn.
func (b *builder) sampled(f func(p *sim.State) float64) []float64 {
	ys := make([]float64, len(b.samples))
	for k, p := range b.samples {
		ys[k] = f(p)
	}
	return ys
}

// confidenceSeries is, for each side that did not author incident i and found or saw evidence on
// it, its confidence in the incident's true authors, from the first turn it had evidence.
func (b *builder) confidenceSeries(i int) []Series {
	authors := b.s.Incidents[i].Authors
	var ss []Series
	for sd, d := range b.sc.Sides {
		if b.authorSide(&b.s.Incidents[i], sd) || !b.shows(sd) {
			continue
		}
		s := Series{Name: d.Name, Color: hexColour(d.Color, colour(sd)), Start: -1}
		for k, p := range b.samples {
			if len(p.Incidents) <= i {
				continue
			}
			cands, conf := p.Confidence(sd, i)
			if len(cands) == 0 && s.Start < 0 {
				continue
			}
			if s.Start < 0 {
				s.Start = k
			}
			v := 0.0
			for j, a := range cands {
				if slices.Contains(authors, a) {
					v += conf[j]
				}
			}
			s.Y = append(s.Y, v)
		}
		if s.Start >= 0 {
			ss = append(ss, s)
		}
	}
	return ss
}

// trackSeries is track t of the actors whose value of it changed during the game, at most
// maxLines of them (those that moved most), in actor order. Each starts, as the tracks table
// does, from the scenario's value where the report's reader may see it: before the injects of
// turn 1, which have fired in the game's first state.
func (b *builder) trackSeries(t int) []Series {
	type moved struct{ actor, span int }
	var ms []moved
	for a := range b.sc.Actors {
		lo, hi := b.startTrack(a, t), b.startTrack(a, t)
		for _, p := range b.samples {
			lo, hi = min(lo, p.Track(a, t)), max(hi, p.Track(a, t))
		}
		if hi > lo {
			ms = append(ms, moved{a, int(hi - lo)})
		}
	}
	slices.SortStableFunc(ms, func(x, y moved) int { return y.span - x.span })
	ms = ms[:min(len(ms), maxLines)]
	slices.SortFunc(ms, func(x, y moved) int { return x.actor - y.actor })
	var ss []Series
	for k, m := range ms {
		y := b.sampled(func(p *sim.State) float64 { return float64(p.Track(m.actor, t)) })
		y[0] = float64(b.startTrack(m.actor, t))
		ss = append(ss, Series{Name: b.sc.Actors[m.actor].Name, Color: colour(k), Y: y})
	}
	return ss
}

// startTrack is actor a's track t at the start as the tracks table gives it: the scenario's
// value, where the report's reader may see the track (a handout: its own side's and public
// tracks), else the game's first state's as the reader was shown it.
func (b *builder) startTrack(a, t int) int64 {
	sc := b.sc
	if !sc.HasTrack(a, t) || b.as >= 0 && sc.Actors[a].Side != b.as && !sc.Tracks[t].Public {
		return b.samples[0].Track(a, t)
	}
	return sc.Actors[a].Tracks[t]
}
