package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"ttx/internal/words"
	"ttx/sim"
)

// schedule lays out, for the overview, the exercise's schedule turn by turn where the scenario
// has an exercise clock or timed segments (a discussion exercise): when each turn runs in
// exercise time, its segments with their lengths, and the injects at their times in it. The
// facilitator's report gives every turn and every inject (one that did not fire in the turn it
// was due, marked so); a side's gives the turns it reached and the injects it was told.
func (b *builder) schedule() {
	sc := b.sc
	if sc.Span == 0 && len(sc.Segments) == 0 {
		return
	}
	sch := &Schedule{}
	if sc.Span != 0 {
		sch.Clock = b.r.TurnLabel + " 1 starts " + sc.Clock(1, 0) + "; " + words.Count(sc.Turns, sc.TurnLabel) +
			" of " + sim.SpanText(sc.Span) + " each, to " + sc.Clock(sc.Turns+1, 0)
	}
	last := sc.Turns
	if b.as >= 0 {
		last = min(b.s.Turn, sc.Turns) // a side is not told the turns it did not reach
	}
	byHand := b.firedByHand()
	for t := 1; t <= last; t++ {
		st := ScheduleTurn{Turn: b.r.TurnLabel + " " + strconv.Itoa(t)}
		if sc.Span != 0 {
			st.Time = sc.Clock(t, 0) + " to " + sameDay(sc, t)
		}
		var segs []string
		var total int64
		for _, g := range sc.SegmentsOf(t) {
			segs = append(segs, g.Name+" "+sim.SpanText(g.Length))
			total += g.Length
			sch.Segments = true
		}
		st.Segments = strings.Join(segs, ", ")
		if len(segs) > 1 {
			st.Segments += " (" + sim.SpanText(total) + " in all)"
		}
		if sc.Span != 0 {
			st.Injects = b.scheduledInjects(t, byHand)
		}
		sch.Turns = append(sch.Turns, st)
	}
	b.r.Schedule = sch
}

// scheduledInjects lists the injects of turn t that the report shows, by their time in it: one
// that fired in t at its time ("Mon 06:30 Phishing wave"), or "(by hand)" when the facilitator
// fired it; in the facilitator's report, one due in t that did not fire then "(not fired)".
func (b *builder) scheduledInjects(t int, byHand []bool) []string {
	sc := b.sc
	var ins []int
	for i, in := range sc.Injects {
		fired := b.s.Fired[i]
		if b.told(i) && (fired == t || fired == 0 && in.Turn == t) {
			ins = append(ins, i)
		}
	}
	slices.SortStableFunc(ins, func(x, y int) int { return cmp.Compare(sc.Injects[x].At, sc.Injects[y].At) })
	var out []string
	for _, i := range ins {
		in := &sc.Injects[i]
		switch m, _ := sc.ClockAt(t, in.At); {
		case b.s.Fired[i] == 0:
			out = append(out, in.Title+" (not fired)")
		case byHand[i]:
			out = append(out, in.Title+" (by hand)")
		default:
			out = append(out, m.Weekday+" "+m.Time+" "+in.Title)
		}
	}
	return out
}

// sameDay returns the end of turn t (the start of the next) as its time alone when it falls on
// the turn's first day ("18:00"), else whole.
func sameDay(sc *sim.Scenario, t int) string {
	s, _ := sc.ClockAt(t, 0)
	e, _ := sc.ClockAt(t+1, 0)
	if s.Weekday == e.Weekday && s.Date == e.Date {
		return e.Time
	}
	return e.String()
}
