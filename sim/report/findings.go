package report

import (
	"fmt"
	"strings"

	"ttx/sim"
)

// Areas of the findings, with the corrective action suggested for an area for improvement.
const (
	areaObjectives  = "Objectives"
	areaAttribution = "Attribution"
	areaFlows       = "Value flows"
	areaVotes       = "Diplomacy and votes"
	areaOrders      = "Orders and resources"
)

var actions = map[string]string{
	areaObjectives:  "In the hot wash, trace which decisions could have moved this objective; rehearse them in the next exercise.",
	areaAttribution: "Task investigators on every incident against the side; weigh evidence from shared infrastructure and possible imitation before attributing.",
	areaFlows:       "Trace the laundering route earlier and arrange freezes with exchanges before the value arrives.",
	areaVotes:       "Lobby undecided and veto-holding members before tabling; prepare a fallback if the resolution fails.",
	areaOrders:      "Review the costs and conditions of the moves with the team; check resources before ordering.",
}

// findings derives strengths and areas for improvement from the data: objectives advanced or
// not, leading suspects and public attributions against the truth, stolen value frozen against
// value cashed out, resolutions passed or failed, and orders refused.
func (b *builder) findings() {
	r := b.r
	good := func(area, side, format string, args ...any) {
		r.Strengths = append(r.Strengths, Finding{Area: area, Side: side, Text: fmt.Sprintf(format, args...)})
	}
	bad := func(area, side, format string, args ...any) {
		r.Improvements = append(r.Improvements, Finding{Area: area, Side: side,
			Text: fmt.Sprintf(format, args...), Action: actions[area]})
	}

	// Objectives: advanced, held or lost over the game.
	for _, sd := range r.Sides {
		if !r.Scored {
			break // a discussion exercise: its findings are its observations, not scores
		}
		for _, o := range sd.Objectives {
			switch {
			case o.Final > o.Start:
				good(areaObjectives, sd.Name, "%s advanced “%s” (score %s → %s).", sd.Name, o.Text, num(o.Start), num(o.Final))
			case o.Final < o.Start:
				bad(areaObjectives, sd.Name, "%s lost ground on “%s” (score %s → %s).", sd.Name, o.Text, num(o.Start), num(o.Final))
			default:
				bad(areaObjectives, sd.Name, "%s made no progress on “%s” (score stayed at %s).", sd.Name, o.Text, num(o.Final))
			}
		}
	}

	// Attribution: each side's leading suspect and each public attribution against the truth.
	for _, in := range r.Incidents {
		for _, v := range in.Verdicts {
			switch {
			case !v.Evidence:
				bad(areaAttribution, v.Side, "%s knew of incident %d (%s, %s) but found no evidence; the true author was %s.",
					v.Side, in.N, in.Move, in.Turn, in.Authors)
			case v.Tied:
				bad(areaAttribution, v.Side, "%s could not tell the suspects of incident %d apart (%s at %s each); the true author was %s.",
					v.Side, in.N, v.Suspect, v.Confidence, in.Authors)
			case v.Correct:
				good(areaAttribution, v.Side, "%s leading suspect for incident %d was a true author (%s, %s).",
					possessive(v.Side), in.N, v.Suspect, v.Confidence)
			default:
				why := ""
				if in.Planted != "none" {
					why = " Evidence had been planted against " + in.Planted + "."
				} else if in.Via != "none" {
					why = " The operation ran through shared infrastructure: " + in.Via + "."
				}
				bad(areaAttribution, v.Side, "%s leading suspect for incident %d was %s (%s); the true author was %s.%s",
					possessive(v.Side), in.N, v.Suspect, v.Confidence, in.Authors, why)
			}
		}
		for _, a := range in.Accusations {
			if a.Correct {
				good(areaAttribution, a.By, "%s publicly and correctly attributed incident %d to %s (%s).", a.By, in.N, a.Accused, a.Turn)
			} else {
				bad(areaAttribution, a.By, "%s publicly attributed incident %d to %s (%s); the true author was %s.",
					a.By, in.N, a.Accused, a.Turn, in.Authors)
			}
		}
	}

	// Flows: frozen against cashed out.
	if f := r.Flows; f != nil {
		t := f.Total
		share := func(v int64) string { return percent(float64(v) / float64(t.Stolen)) }
		if t.FrozenTotal > 0 {
			good(areaFlows, "", "%d of %d stolen was frozen (%s).", t.FrozenTotal, t.Stolen, share(t.FrozenTotal))
		} else {
			bad(areaFlows, "", "None of the %d stolen was frozen.", t.Stolen)
		}
		if t.CashedTotal > 0 {
			bad(areaFlows, "", "%d of %d stolen was cashed out (%s).", t.CashedTotal, t.Stolen, share(t.CashedTotal))
		}
	}

	// Votes: the tabling side's resolution passed, was vetoed, or fell short.
	for _, v := range r.Votes {
		switch {
		case v.Passed:
			good(areaVotes, v.TabledBy, "“%s” passed in %s (%d yes of %d needed).", v.Title, v.Turn, v.Yes, v.Threshold)
		case v.Vetoed:
			bad(areaVotes, v.TabledBy, "“%s” was vetoed by %s in %s (%d yes).", v.Title, v.VetoedBy, v.Turn, v.Yes)
		default:
			bad(areaVotes, v.TabledBy, "“%s” failed in %s: %d yes of %d needed.", v.Title, v.Turn, v.Yes, v.Threshold)
		}
	}

	// Orders: refused orders, by side and reason.
	b.refusals(bad)
	if b.as >= 0 {
		// A side's handout: its own findings.
		keep := func(fs []Finding) []Finding {
			var out []Finding
			for _, f := range fs {
				if f.Side == r.As {
					out = append(out, f)
				}
			}
			return out
		}
		r.Strengths, r.Improvements = keep(r.Strengths), keep(r.Improvements)
	}
}

// refusals reports each side's refused orders, counted by reason.
func (b *builder) refusals(bad func(area, side, format string, args ...any)) {
	sc := b.sc
	n := len(sc.Sides)
	total := make([]int, n)
	codes := make([][]string, n)
	counts := make([][]int, n)
	for _, p := range b.hist {
		for _, r := range p.Results {
			if r.Side < 0 || r.Side >= n {
				continue
			}
			total[r.Side]++
			c := r.Code()
			if c == "ok" || c == "chance" {
				continue
			}
			k := sim.Lookup(codes[r.Side], c)
			if k < 0 {
				codes[r.Side] = append(codes[r.Side], c)
				counts[r.Side] = append(counts[r.Side], 0)
				k = len(codes[r.Side]) - 1
			}
			counts[r.Side][k]++
		}
	}
	for sd := range n {
		name := sc.Sides[sd].Name
		if total[sd] == 0 && b.r.TurnsPlayed > 0 {
			bad(areaOrders, name, "%s gave no orders.", name)
			continue
		}
		refused := 0
		var parts []string
		for k, c := range codes[sd] {
			refused += counts[sd][k]
			parts = append(parts, fmt.Sprintf("%s ×%d", c, counts[sd][k]))
		}
		if refused > 0 {
			bad(areaOrders, name, "%d of %s %d orders were refused (%s).", refused, possessive(name), total[sd], strings.Join(parts, ", "))
		}
	}
}
