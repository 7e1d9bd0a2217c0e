package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"ttx/sim"
	"ttx/sim/record"
)

// timeline lays out the game turn by turn: the turn's questions, the injects that fired, the
// facilitator's overrides, every order with its result and rationale, every other event, the
// observer notes and the scores at the end of the turn. A handout has the results of its own
// side's orders alone: another side's order it was shown (a public move, one that touched it,
// or as it observed it) is among the turn's events, as the side saw it.
func (b *builder) timeline(notes []record.Entry) {
	sc := b.sc
	last := b.s.Turn
	turns := make([]Turn, last)
	for i := range turns {
		turns[i] = Turn{N: i + 1, Label: b.turnName(i + 1)}
	}
	at := func(t int) *Turn { return &turns[min(max(t, 1), last)-1] }
	for _, q := range sc.Questions {
		// Asked at the start of its turn, which the game has reached (last is the turn in
		// play, or the last played).
		if q.Turn >= 1 && q.Turn <= last && (b.as < 0 || q.To&sideBit(b.as) != 0) {
			t := at(q.Turn)
			t.Questions = append(t.Questions, Question{Text: q.Text, AskedOf: b.askedOf(q.To)})
		}
	}
	for _, p := range b.hist {
		var decided []bool // the events shown with their orders among the decisions
		if p.Step.Kind == sim.StepTurn {
			t := at(p.Prev.Turn)
			t.Played = true
			t.Decisions, decided = b.decisions(p)
			for _, d := range t.Decisions {
				t.Rationale = t.Rationale || d.Rationale != ""
			}
			if b.r.Scored { // a discussion exercise keeps no score, not even one of 0 a round
				t.Scores = b.scoreLine(p)
			}
		}
		for i, e := range p.Events {
			switch e.Kind {
			case sim.EvOrder:
				// Shown with its order among the decisions, but for another side's in a handout,
				// which has no result of it.
				if b.as >= 0 && (decided == nil || !decided[i]) {
					at(int(e.Turn)).Events = append(at(int(e.Turn)).Events, b.line(e))
				}
			case sim.EvInject:
				in := &sc.Injects[e.Inject]
				f := InjectFire{Title: in.Title, Text: in.Text,
					To: b.sideNames(in.To), Expected: in.Expected, Questions: in.Questions,
					ByHand: p.Step.Kind == sim.StepInject, ToldTo: b.toldTo(e.Vis), at: in.At}
				if p.Step.Kind != sim.StepInject {
					f.At = sc.Clock(int(e.Turn), in.At) // one fired by hand fired when the facilitator chose
				}
				if b.as >= 0 {
					f.Expected, f.ToldTo, f.To = "", "", ""
				}
				at(int(e.Turn)).Injects = append(at(int(e.Turn)).Injects, f)
			case sim.EvOverride:
				at(int(e.Turn)).Facilitator = append(at(int(e.Turn)).Facilitator, b.line(e))
			default:
				at(int(e.Turn)).Events = append(at(int(e.Turn)).Events, b.line(e))
			}
		}
	}
	for _, n := range notes {
		switch n.Type {
		case "answer", "seat":
			continue // the answers' section (answers), who played a side: the sides' table (players)
		}
		t := at(n.Turn)
		caps, owner, due := noteTags(n.Tags)
		note := Note{Turn: t.Label, Inject: b.injectTitle(n.Inject), Text: n.Note,
			Category: record.CategoryNames[n.Category], Tags: strings.Join(caps, ", "), Author: b.noteAuthor(n.Author), Action: n.Action,
			Owner: owner, Due: due}
		t.Notes = append(t.Notes, note)
		b.r.Notes = append(b.r.Notes, note)
	}
	for _, t := range turns {
		// By exercise time: scripted injects at their time in the turn, those fired by hand
		// after them, each in the order it fired.
		slices.SortStableFunc(t.Injects, func(x, y InjectFire) int { return cmp.Compare(x.order(), y.order()) })
		if t.Played || len(t.Questions)+len(t.Injects)+len(t.Facilitator)+len(t.Events)+len(t.Notes) > 0 {
			b.r.Timeline = append(b.r.Timeline, t)
		}
	}
}

// injectTitle names the inject with id, or returns the id when the scenario has no such inject.
func (b *builder) injectTitle(id string) string {
	if i := b.sc.Inject(id); i >= 0 {
		return b.sc.Injects[i].Title
	}
	return id
}

// line describes an event as the facilitator sees it.
func (b *builder) line(e sim.Event) Line {
	l := Line{Kind: e.Kind.String(), Text: sim.Describe(b.sc, e), Secret: b.secret(e.Vis)}
	if e.Phase >= 0 {
		l.Phase = sim.Phase(e.Phase).String()
	}
	return l
}

// decisions lists the orders of the turn that made p, side by side in the order each side gave
// them, each with the event it made (for its effects and who saw it), and which of p's events
// they are.
func (b *builder) decisions(p *sim.State) ([]Decision, []bool) {
	sc := b.sc
	used := make([]bool, len(p.Events))
	type dec struct {
		side int
		d    Decision
	}
	var ds []dec
	for _, r := range p.Results {
		a, m := sc.Actor(r.Order.Actor), sc.Move(r.Order.Move)
		ev := -1
		for i, e := range p.Events {
			if !used[i] && e.Kind == sim.EvOrder && int(e.Actor) == a && int(e.Move) == m && e.Code == r.Code() {
				ev, used[i] = i, true
				break
			}
		}
		d := Decision{Side: r.Order.Side, Rationale: r.Order.Rationale, OK: r.OK, Chance: "—"}
		if r.Side >= 0 {
			d.Side = sc.Sides[r.Side].Name
		}
		if ev >= 0 {
			d.Text = sim.Describe(sc, p.Events[ev])
			d.Secret = b.secret(p.Events[ev].Vis)
		} else {
			d.Text = r.Order.String()
			d.Secret = b.secret(sideBit(r.Side))
		}
		switch code := r.Code(); code {
		case "ok":
			d.Result = "succeeded"
		case "chance":
			d.Result = "failed the roll"
		case sim.ErrVeiled{}.Code():
			d.Result = "failed"
		default:
			d.Result = "refused: " + r.Reason.Error()
		}
		switch {
		case r.Code() != "ok" && r.Code() != "chance" || r.Hidden && b.as >= 0:
		case r.Chance >= 1:
			d.Chance = "certain" // no roll could fail it: its draw says nothing
		default:
			d.Chance = fmt.Sprintf("%s (rolled %.2f)", percent(r.Chance), r.Roll)
		}
		side := r.Side
		if side < 0 {
			side = len(sc.Sides)
		}
		ds = append(ds, dec{side, d})
	}
	slices.SortStableFunc(ds, func(x, y dec) int { return x.side - y.side })
	out := make([]Decision, len(ds))
	for i, d := range ds {
		out[i] = d.d
	}
	return out, used
}

// scoreLine is the sides' scores in p, as text.
func (b *builder) scoreLine(p *sim.State) string {
	var parts []string
	for i, d := range b.sc.Sides {
		if b.shows(i) {
			parts = append(parts, d.Name+" "+num(p.Scores[i]))
		}
	}
	return strings.Join(parts, ", ")
}

// sideBit is the visibility bit of side i, 0 for none.
func sideBit(i int) uint64 {
	if i < 0 {
		return 0
	}
	return 1 << uint(i)
}
