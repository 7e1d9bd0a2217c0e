package report

import (
	"fmt"

	"ttx/sim"
)

// scores is the table of each side's total score and each of its objectives' scores at the
// start (b.first, as the tracks start) and after every turn.
func (b *builder) scores() {
	t := Table{Columns: append([]string{"Side", "Objective"}, b.labels...)}
	for i, d := range b.sc.Sides {
		if !b.shows(i) {
			continue
		}
		row := Row{Cells: []string{d.Name, "total"}, Mark: true}
		for _, p := range b.scoreSamples() {
			row.Cells = append(row.Cells, num(p.Scores[i]))
		}
		t.Rows = append(t.Rows, row)
		for _, o := range d.Objectives {
			row := Row{Cells: []string{d.Name, o.Text}}
			for _, p := range b.scoreSamples() {
				row.Cells = append(row.Cells, num(objective(p, o)))
			}
			t.Rows = append(t.Rows, row)
		}
	}
	b.r.Scores = t
}

// scoreSamples are the states the scores are given at: b.first, then the end of every turn.
func (b *builder) scoreSamples() []*sim.State {
	return append([]*sim.State{b.first}, b.samples[1:]...)
}

// tracks is the table of every actor's tracks at the start and the end ("start → end" where a
// track changed). The start is the scenario's: before the injects of turn 1, which have fired
// in the game's first state, so that a track those injects change reads as changed.
func (b *builder) tracks() {
	sc := b.sc
	t := Table{Columns: []string{"Actor", "Side"}}
	for _, d := range sc.Tracks {
		t.Columns = append(t.Columns, d.Label)
	}
	for a, d := range sc.Actors {
		row := Row{Cells: []string{d.Name, b.sideName(d.Side)}}
		for k := range sc.Tracks {
			if !sc.HasTrack(a, k) {
				row.Cells = append(row.Cells, "—") // its kind has no such track
				continue
			}
			if b.as >= 0 && d.Side != b.as && !sc.Tracks[k].Public {
				row.Cells = append(row.Cells, "?") // not the side's to see
				continue
			}
			from, to := b.startTrack(a, k), b.s.Track(a, k)
			if from == to {
				row.Cells = append(row.Cells, fmt.Sprint(to))
				continue
			}
			row.Cells = append(row.Cells, fmt.Sprintf("%d → %d", from, to))
		}
		t.Rows = append(t.Rows, row)
	}
	b.r.Tracks = t
}

// injects is the master scenario events list: every inject, when it fired, the expected player
// action and the facilitator's discussion questions.
func (b *builder) injects() {
	sc := b.sc
	byHand := b.firedByHand()
	for i, in := range sc.Injects {
		if !b.told(i) {
			continue // a side's report lists the injects it was told
		}
		j := Inject{ID: in.ID, Title: in.Title, Text: in.Text, To: b.sideNames(in.To),
			Expected: in.Expected, Questions: in.Questions, Fired: "not fired"}
		if b.as >= 0 {
			// Who else was told is not the side's to know: a seat is sent its injects alone.
			j.Expected, j.To = "", ""
		}
		if t := b.s.Fired[i]; t > 0 {
			// Its time in the turn, as the timeline gives it; one fired by hand fired when the
			// facilitator chose: the turn alone (neither its scheduled time nor the turn's start).
			j.Fired = b.turnAt(t, in.At)
			if byHand[i] {
				j.Fired = fmt.Sprintf("%s %d (by hand)", b.r.TurnLabel, t)
			}
		}
		b.r.Injects = append(b.r.Injects, j)
	}
}

// told reports whether the report lists inject i: every inject in the facilitator's, in a
// side's those that fired and were told to it.
func (b *builder) told(i int) bool {
	return b.as < 0 || b.s.Fired[i] != 0 && b.sc.Injects[i].To&sideBit(b.as) != 0
}

// firedByHand reports, for each inject, whether the facilitator fired it by hand.
func (b *builder) firedByHand() []bool {
	byHand := make([]bool, len(b.sc.Injects))
	for _, p := range b.hist {
		if p.Step.Kind == sim.StepInject && p.Step.Inject >= 0 && p.Step.Inject < len(byHand) {
			for _, e := range p.Events {
				if e.Kind == sim.EvInject {
					byHand[e.Inject] = true
				}
			}
		}
	}
	return byHand
}
