package report

import (
	"fmt"
	"strings"

	"ttx/sim"
	"ttx/sim/record"
)

// Areas of the findings.
const (
	areaObjectives  = "Objectives"
	areaAttribution = "Attribution"
	areaFlows       = "Value flows"
	areaVotes       = "Diplomacy and votes"
	areaOrders      = "Orders and resources"
)

// findings derives strengths and areas for improvement from the data: objectives advanced or
// not, leading suspects and public attributions against the truth, stolen value frozen against
// value cashed out, resolutions passed or failed, and orders refused.
func (b *builder) findings() {
	r := b.r
	good := func(area, side, format string, args ...any) {
		r.Strengths = append(r.Strengths, Finding{Area: area, Side: side, Text: fmt.Sprintf(format, args...)})
	}
	// bad records an area for improvement with its corrective action, made from the finding
	// itself: what to do, about what, in this game.
	bad := func(area, side, action, format string, args ...any) {
		r.Improvements = append(r.Improvements, Finding{Area: area, Side: side,
			Text: fmt.Sprintf(format, args...), Action: action})
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
				bad(areaObjectives, sd.Name, b.objectiveAction(sd, o.Text), "%s lost ground on “%s” (score %s → %s).", sd.Name, o.Text, num(o.Start), num(o.Final))
			default:
				bad(areaObjectives, sd.Name, b.objectiveAction(sd, o.Text), "%s made no progress on “%s” (score stayed at %s).", sd.Name, o.Text, num(o.Final))
			}
		}
	}

	// Attribution: each side's leading suspect and each public attribution against the truth.
	for _, in := range r.Incidents {
		for _, v := range in.Verdicts {
			switch {
			case !v.Evidence:
				bad(areaAttribution, v.Side, fmt.Sprintf("Task an investigator on incident %d as soon as it is known (%s, %s).", in.N, in.Move, in.Turn),
					"%s knew of incident %d (%s, %s) but found no evidence; the true author was %s.",
					v.Side, in.N, in.Move, in.Turn, in.Authors)
			case v.Tied:
				bad(areaAttribution, v.Side, fmt.Sprintf("Look for evidence that tells %s apart on incident %d before naming anyone.", v.Suspect, in.N),
					"%s could not tell the suspects of incident %d apart (%s at %s each); the true author was %s.",
					v.Side, in.N, v.Suspect, v.Confidence, in.Authors)
			case v.Correct:
				good(areaAttribution, v.Side, "%s leading suspect for incident %d was a true author (%s, %s).",
					possessive(v.Side), in.N, v.Suspect, v.Confidence)
			default:
				why := ""
				act := fmt.Sprintf("Seek a second, independent source on incident %d before settling on %s.", in.N, v.Suspect)
				if in.Planted != "none" {
					why = " Evidence had been planted against " + in.Planted + "."
					act = fmt.Sprintf("Test the evidence against %s on incident %d for planting (a false flag) before trusting it.", in.Planted, in.N)
				} else if in.Via != "none" {
					why = " The operation ran through shared infrastructure: " + in.Via + "."
					act = fmt.Sprintf("Discount evidence found on shared infrastructure (%s) on incident %d; look for evidence off it.", in.Via, in.N)
				}
				bad(areaAttribution, v.Side, act, "%s leading suspect for incident %d was %s (%s); the true author was %s.%s",
					possessive(v.Side), in.N, v.Suspect, v.Confidence, in.Authors, why)
			}
		}
		for _, a := range in.Accusations {
			if a.Correct {
				good(areaAttribution, a.By, "%s publicly and correctly attributed incident %d to %s (%s).", a.By, in.N, a.Accused, a.Turn)
			} else {
				bad(areaAttribution, a.By, fmt.Sprintf("Agree the confidence %s needs before a public attribution; review the call on incident %d against %s.", a.By, in.N, a.Accused),
					"%s publicly attributed incident %d to %s (%s); the true author was %s.",
					a.By, in.N, a.Accused, a.Turn, in.Authors)
			}
		}
	}

	// Flows: frozen against cashed out (the totals: not a side's report's, which has none).
	if f := r.Flows; f != nil && f.Turns != nil {
		t := f.Total
		share := func(v int64) string { return percent(float64(v) / float64(t.Stolen)) }
		if t.FrozenTotal > 0 {
			good(areaFlows, "", "%d of %d stolen was frozen (%s).", t.FrozenTotal, t.Stolen, share(t.FrozenTotal))
		} else {
			bad(areaFlows, "", fmt.Sprintf("Trace the route of the %d stolen from the first hop and arrange freezes with the exchanges before it arrives.", t.Stolen),
				"None of the %d stolen was frozen.", t.Stolen)
		}
		if t.CashedTotal > 0 {
			bad(areaFlows, "", fmt.Sprintf("Watch and press the cash-out venues: %d left the trail there.", t.CashedTotal),
				"%d of %d stolen was cashed out (%s).", t.CashedTotal, t.Stolen, share(t.CashedTotal))
		}
	}

	// Votes: the tabling side's resolution passed, was vetoed, or fell short.
	for _, v := range r.Votes {
		switch {
		case v.Passed:
			good(areaVotes, v.TabledBy, "“%s” passed in %s (%d yes of %d needed).", v.Title, v.Turn, v.Yes, v.Threshold)
		case v.Vetoed:
			bad(areaVotes, v.TabledBy, fmt.Sprintf("Before tabling “%s” again, talk to %s; prepare a fallback outside the body.", v.Title, v.VetoedBy),
				"“%s” was vetoed by %s in %s (%d yes).", v.Title, v.VetoedBy, v.Turn, v.Yes)
		default:
			bad(areaVotes, v.TabledBy, fmt.Sprintf("Lobby for the %d more yes votes “%s” needs before tabling it again.", max(1, v.Threshold-v.Yes), v.Title),
				"“%s” failed in %s: %d yes of %d needed.", v.Title, v.Turn, v.Yes, v.Threshold)
		}
	}

	// Orders: refused orders, by side and reason.
	b.refusals(bad)
	r.Derived = b.derivedFrom()
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
	b.observed()
}

// refusals reports each side's refused orders, counted by reason.
func (b *builder) refusals(bad func(area, side, action, format string, args ...any)) {
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
			bad(areaOrders, name, fmt.Sprintf("Make sure %s's seat gives orders every turn: a person at the keyboard, or a policy.", name), "%s gave no orders.", name)
			continue
		}
		refused := 0
		var parts []string
		for k, c := range codes[sd] {
			refused += counts[sd][k]
			parts = append(parts, fmt.Sprintf("%s ×%d", c, counts[sd][k]))
		}
		if refused > 0 {
			bad(areaOrders, name, fmt.Sprintf("Go through the conditions and costs behind %s refused orders (%s) with the team.", possessive(name), strings.Join(parts, ", ")),
				"%d of %s %d orders were refused (%s).", refused, possessive(name), total[sd], strings.Join(parts, ", "))
		}
	}
}

// objectiveAction is the corrective action for an objective of side sd that did not advance:
// look again at the side's decisions of the game, counted, with the first reason it gave.
func (b *builder) objectiveAction(sd Side, objective string) string {
	n, why := 0, ""
	for _, t := range b.r.Timeline {
		for _, d := range t.Decisions {
			if d.Side == sd.Name {
				n++
				if why == "" && d.Rationale != "" {
					why = d.Rationale
				}
			}
		}
	}
	act := fmt.Sprintf("In the hot wash, go through %s %d decisions for the ones that bore on “%s”, and what would have moved it.", possessive(sd.Name), n, objective)
	if why != "" {
		act += fmt.Sprintf(" Start from its first stated reason: “%s”.", why)
	}
	return act
}

// observed adds the observers' categorised notes to the findings: a strength to the strengths,
// every other category to the areas for improvement, with the note's capabilities as its area
// and its corrective action (or one to agree) in the improvement plan. A note with no
// capability has no area (the plan's Capability column reads "—"): its category, said once at
// the head of its text, does not stand in for one.
func (b *builder) observed() {
	r := b.r
	for _, n := range r.Notes {
		if n.Category == "" {
			continue
		}
		area := n.Tags
		text := n.Text
		if n.Category != "Strength" && n.Category != "Area for improvement" {
			text = n.Category + ": " + text
		}
		text += " (" + n.Turn
		if n.Author != "" {
			text += ", observed by " + n.Author
		}
		text += ")"
		if n.Category == "Strength" {
			r.Strengths = append(r.Strengths, Finding{Area: area, Text: text})
			continue
		}
		action := n.Action
		if action == "" {
			action = "To agree in the hot wash: the observers raised it without a proposal."
		}
		r.Improvements = append(r.Improvements, Finding{Area: area, Text: text, Action: action,
			Owner: n.Owner, Due: n.Due, Observed: true})
	}
	for _, f := range r.Improvements {
		if r.Scored || f.Observed {
			r.Plan = append(r.Plan, f)
		}
	}
	b.observations()
}

// observations groups the observers' notes by category, in record.Categories' order, the
// notes given none last.
func (b *builder) observations() {
	r := b.r
	group := func(name, cat string) {
		var ns []Note
		for _, n := range r.Notes {
			if n.Category == cat {
				ns = append(ns, n)
			}
		}
		if len(ns) > 0 {
			r.Observations = append(r.Observations, Observations{Category: name, Notes: ns})
		}
	}
	for _, c := range record.Categories {
		group(record.CategoryNames[c], record.CategoryNames[c])
	}
	group("Other notes", "")
}

// derivedFrom says what the findings are drawn from: the game's data the scenario can bring
// about (see applies) and the observers' notes; in a side's handout only what the side may
// know, which is none of the observers' notes.
func (b *builder) derivedFrom() string {
	r, sc := b.r, b.sc
	var parts []string
	objectives := false
	for _, sd := range sc.Sides {
		objectives = objectives || len(sd.Objectives) > 0
	}
	add := func(ok bool, part, own string) {
		switch {
		case !ok:
		case b.as >= 0:
			parts = append(parts, own)
		default:
			parts = append(parts, part)
		}
	}
	add(r.Scored && objectives, "objectives advanced or not", "its objectives advanced or not")
	add(applies(sc, "attribution"), "attribution against the truth", "its attribution against the truth where it may know the truth")
	add(b.as < 0 && applies(sc, "flows"), "stolen value frozen against value cashed out", "")
	add(applies(sc, "votes"), "votes", "the votes on its resolutions")
	add(true, "refused orders", "its refused orders")
	list := parts[len(parts)-1]
	switch len(parts) {
	case 1:
	case 2:
		list = parts[0] + " and " + list
	default:
		list = strings.Join(parts[:len(parts)-1], ", ") + ", and " + list
	}
	if b.as >= 0 {
		return "Derived from what " + r.As + " saw: " + list + "."
	}
	return "Derived from the game's data (" + list + ") and from the observers' categorised notes."
}
