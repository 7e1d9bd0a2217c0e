package report

import (
	"fmt"
	"slices"
	"strings"

	"ttx/sim"
)

// incidents sets out each incident's truth (true authors, infrastructure, planted evidence), its
// public attributions, each side's confidence in each suspect after every turn, and each side's
// leading suspect at the end against the truth.
func (b *builder) incidents() {
	sc := b.sc
	for i, inc := range b.s.Incidents {
		in := Incident{N: i + 1, Turn: b.turnName(inc.Turn),
			Authors: b.actorNames(inc.Authors), Victims: b.actorNames(inc.Victims), Via: "none",
			Planted: "none", KnownTo: b.sideNames(inc.Known), Public: inc.Public, Judged: true}
		switch {
		case b.as >= 0 && inc.Public:
			in.KnownTo = "all sides"
		case b.as >= 0:
			// A side's view says only that it knows: who else does is not its to know.
			in.KnownTo = b.sc.Sides[b.as].Name + "; other sides: not yours to know"
		}
		if b.as >= 0 {
			in.Planted = "unknown" // a side's view holds no planted evidence, its own incidents' neither
		}
		if inc.Move >= 0 {
			in.Move = sc.Moves[inc.Move].Name
		} else {
			// A side's report of an incident it did not author: what it saw, not the truth.
			in.Move, in.Authors, in.Via, in.Planted, in.Judged = sc.Observations[inc.Obs].Text, "unknown", "unknown", "unknown", false
		}
		if len(inc.Via) > 0 {
			var vs []string
			for _, x := range inc.Via {
				vs = append(vs, fmt.Sprintf("%s (owned by %s)", sc.Assets[x].Name, b.actorNames(sc.Assets[x].Owners)))
			}
			in.Via = strings.Join(vs, "; ")
		}
		if len(inc.Planted) > 0 {
			var ps []string
			for _, p := range inc.Planted {
				ps = append(ps, fmt.Sprintf("%s (strength %d)", sc.Actors[p.Actor].Name, p.Strength))
			}
			in.Planted = strings.Join(ps, "; ")
		}
		for _, p := range b.hist {
			for _, e := range p.Events {
				if e.Kind == sim.EvAttribution && int(e.Incident) == i {
					in.Accusations = append(in.Accusations, Accusation{Turn: b.turnName(int(e.Turn)),
						By: b.actorNames([]int{int(e.Actor)}), Accused: b.actorNames([]int{int(e.Arg)}),
						Correct: slices.Contains(inc.Authors, int(e.Arg)), Judged: in.Judged})
				}
			}
		}
		in.Confidence = b.confidence(i)
		if in.Judged {
			in.Verdicts = b.verdicts(i)
		}
		b.r.Incidents = append(b.r.Incidents, in)
	}
}

// confidence is the table of each side's confidence in each suspect of incident i after every
// turn since it opened, for the sides that did not author it; rows of true authors are marked.
func (b *builder) confidence(i int) Table {
	sc := b.sc
	t := Table{Columns: []string{"Side", "Suspect"}}
	var from []*sim.State
	for k, p := range b.samples {
		if len(p.Incidents) > i {
			from = append(from, p)
			t.Columns = append(t.Columns, b.labels[k])
		}
	}
	authors := b.s.Incidents[i].Authors
	for sd := range sc.Sides {
		if b.authorSide(&b.s.Incidents[i], sd) || !b.shows(sd) {
			continue
		}
		conf := make([][]string, len(sc.Actors)) // per suspect, per sample
		for k, p := range from {
			cands, cs := p.Confidence(sd, i)
			for j, a := range cands {
				if conf[a] == nil {
					conf[a] = make([]string, len(from))
					for n := range conf[a] {
						conf[a][n] = "—"
					}
				}
				conf[a][k] = percent(cs[j])
			}
		}
		for a, cells := range conf {
			if cells == nil {
				continue
			}
			name := sc.Actors[a].Name
			mark := slices.Contains(authors, a)
			if mark {
				name += " (true author)"
			}
			t.Rows = append(t.Rows, Row{Cells: append([]string{sc.Sides[sd].Name, name}, cells...), Mark: mark})
		}
	}
	return t
}

// verdicts is, for each side that knows of incident i and did not author it, its leading suspect
// at the end of the game.
func (b *builder) verdicts(i int) []Verdict {
	sc := b.sc
	inc := &b.s.Incidents[i]
	var vs []Verdict
	for sd := range sc.Sides {
		if inc.Known&sideBit(sd) == 0 || b.authorSide(inc, sd) || !b.shows(sd) {
			continue
		}
		v := Verdict{Side: sc.Sides[sd].Name, Suspect: "—", Confidence: "—"}
		cands, conf := b.s.Confidence(sd, i)
		if len(cands) > 0 {
			v.Evidence = true
			best := 0
			for j := range cands {
				if conf[j] > conf[best] {
					best = j
				}
			}
			var tops []int
			for j, a := range cands {
				if conf[j] == conf[best] {
					tops = append(tops, a)
				}
			}
			v.Correct = true
			for _, a := range tops {
				v.Correct = v.Correct && slices.Contains(inc.Authors, a)
			}
			v.Tied = len(tops) > 1 && !v.Correct
			v.Suspect, v.Confidence = b.actorNames(tops), percent(conf[best])
		}
		vs = append(vs, v)
	}
	return vs
}

// authorSide reports whether side sd controls a true author of inc.
func (b *builder) authorSide(inc *sim.Incident, sd int) bool {
	for _, a := range inc.Authors {
		if b.sc.Actors[a].Side == sd {
			return true
		}
	}
	return false
}
