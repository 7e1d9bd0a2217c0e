package ui

import (
	"fmt"
	"strings"

	"ttx/sim"
	"ttx/sim/batch"
)

// Figures are a forecast as the panel shows it: the outcome probabilities
// of the rollouts counted so far, each with its 95% Wilson interval.
type Figures struct {
	Games  int    // rollouts counted
	Target int    // rollouts the forecast will count in all
	Done   bool   // no more rollouts will come
	Err    string // why the forecast stopped early, if it did
	Pols   []string
	Bars   []OutcomeBar
	// Tracks is the spread of each track that moved, for a scenario that keeps no score (a
	// discussion exercise, whose forecast shows how things go, not who wins); nil otherwise.
	Tracks []TrackSpread
}

// OutcomeBar is one outcome's share of the rollouts.
type OutcomeBar struct {
	Outcome   string // the outcome's id, a side's id, "draw" or "unfinished"
	Label     string // what the panel calls it
	Side      int    // the side the outcome is a score lead of, or -1
	Games     int    // rollouts that ended so
	P, Lo, Hi float64
}

// FiguresOf returns the figures of a summary of rollouts towards target:
// a bar for every named outcome and every side, in the summary's order,
// and for a draw or an unfinished game only when some rollout ended so.
// The bars' shares add up to 1 when any rollout was counted. A scenario
// that keeps no score has no side's bar and draws, and gets the spread of
// its tracks (Tracks) that the summary's side sees.
func FiguresOf(sum *batch.Summary, target int, pols []string) Figures {
	sc := sum.Sc
	f := Figures{Games: sum.Games, Target: target, Pols: pols}
	for i, name := range sum.OutcomeNames {
		k := sum.Outcomes[i]
		sd := sc.Side(name)
		named := sd >= 0
		for _, o := range sc.Outcomes {
			named = named || o.ID == name
		}
		if !named && k == 0 {
			continue
		}
		p, lo, hi := sum.Prob(name)
		f.Bars = append(f.Bars, OutcomeBar{Outcome: name, Label: outcomeLabel(sc, name), Side: sd, Games: k, P: p, Lo: lo, Hi: hi})
	}
	if !sc.Scored() {
		f.Tracks = trackSpreads(sum)
	}
	return f
}

// outcomeLabel names an outcome for the panel: a scenario outcome's id in
// words, or for a side's id (the game ended with none of those and that
// side on top of the scores) "ahead: " and the side's name.
func outcomeLabel(sc *sim.Scenario, name string) string {
	for _, o := range sc.Outcomes {
		if o.ID == name {
			return strings.ReplaceAll(name, "_", " ")
		}
	}
	if sd := sc.Side(name); sd >= 0 {
		return "ahead: " + sc.Sides[sd].Name
	}
	return strings.ReplaceAll(name, "_", " ")
}

// outcomeText says what an outcome means: the scenario's text of it, or
// what a side's score lead or a draw is.
func outcomeText(sc *sim.Scenario, name string) string {
	for _, o := range sc.Outcomes {
		if o.ID == name {
			return o.Text
		}
	}
	switch sd := sc.Side(name); {
	case sd >= 0:
		return "no named outcome, and " + sc.Sides[sd].Name + " has the highest score."
	case name == "draw":
		return "no named outcome, and no side has the highest score."
	case name == batch.Unfinished:
		return "the rollout stopped before the game ended."
	}
	return name
}

// Total returns the sum of the bars' shares: 1 once rollouts are counted.
func (f Figures) Total() float64 {
	t := 0.0
	for _, b := range f.Bars {
		t += b.P
	}
	return t
}

// Status is the panel's line about the forecast's progress, e.g.
// "1,000 of 10,000 rollouts · refining".
func (f Figures) Status() string {
	switch {
	case f.Err != "":
		return fmt.Sprintf("%s rollouts · stopped: %s", thousands(f.Games), f.Err)
	case f.Games == 0:
		return "playing the first rollouts…"
	case f.Done:
		return thousands(f.Games) + " rollouts · done"
	}
	return fmt.Sprintf("%s of %s rollouts · refining…", thousands(f.Games), thousands(f.Target))
}

// BarText is a bar's figures as text, e.g. "31% (28–34%)".
func (b OutcomeBar) BarText() string {
	return fmt.Sprintf("%s (%s–%s)", pctText(b.P), pctNum(b.Lo), pctText(b.Hi))
}

// pctText prints a share as a whole percentage, or with one decimal below
// 10% so that small risks do not read as zero.
func pctText(p float64) string { return pctNum(p) + "%" }

func pctNum(p float64) string {
	if p >= 0.0005 && p < 0.095 {
		return fmt.Sprintf("%.1f", 100*p)
	}
	return fmt.Sprintf("%.0f", 100*p)
}

// thousands prints n with commas between groups of three digits.
func thousands(n int) string {
	s := itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
