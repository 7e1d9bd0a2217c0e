package report

import (
	"fmt"
	"strings"

	"ttx/sim"
	"ttx/sim/record"
)

// Build works out the report of the game that led to s (a replayed state, with its history),
// played as the log header h says, with the log's observer notes, the tables' answers to the
// key questions and who played a side for which turns (its "note", "answer" and "seat" entries,
// record.Log.Annotations): the facilitator's report, which sees everything.
func Build(s *sim.State, h record.Header, notes []record.Entry) (*Report, error) {
	return buildAs(s, h, notes, sim.Facilitator)
}

// BuildAs works out side sd's own report of the game that led to s: a handout for the team,
// made only from what it saw (sim.View of every state of the game). It has no seed, no hash of
// the scenario file (a digest of all the team may not read, against which a guess could be
// checked) nor its path, no hidden truths, no other side's briefing, objectives, scores or player,
// no other side's orders but those it was shown (among the turn's events, as it saw them), no injects the team was not told, no expected responses, no observer notes, no true authors
// of incidents the team did not author and no verdicts against them. Nor does it say what its
// views do not hold as if they did: who else was told an inject, saw an order, knows an
// incident or traces an asset; how another side's member cast its ballot; the stolen value's
// totals, or an asset's values the side did not see ("?"); planted evidence. Of answers (the
// log's annotations) it reads only the side's own answers and who played the side.
func BuildAs(s *sim.State, sd int, h record.Header, answers []record.Entry) (*Report, error) {
	if sd < 0 || sd >= len(s.Sc.Sides) {
		return nil, fmt.Errorf("no side %d", sd)
	}
	var views []*sim.State
	for _, p := range s.History() {
		views = append(views, sim.View(p, sd).State)
	}
	return BuildSeen(views, sd, h, answers)
}

// BuildSeen is BuildAs from what side sd saw: its view of every step of the game, in order (as
// a network seat receives them; sim.View of each state of the history). The views are not
// changed. A facilitator's seat (sd is sim.Facilitator) gets the facilitator's report of the
// states, with the notes and answers; of views with no seed (a network seat's: no frame holds
// it), and h none either, it says that the seed is withheld.
func BuildSeen(views []*sim.State, sd int, h record.Header, answers []record.Entry) (*Report, error) {
	if len(views) == 0 {
		return nil, fmt.Errorf("no states")
	}
	sc := views[0].Sc
	if sd < sim.Facilitator || sd >= len(sc.Sides) {
		return nil, fmt.Errorf("no side %d", sd)
	}
	var prev *sim.State
	for _, p := range views {
		v := *p // linked to its step before, for the history
		v.Prev = prev
		prev = &v
	}
	if sd == sim.Facilitator {
		r, err := buildAs(prev, h, answers, sd)
		if err == nil && r.Seed == 0 && h.Seed == 0 {
			r.SeedWithheld = true // a network seat's views: no frame holds the seed
		}
		return r, err
	}
	h.Seed, h.Hash = 0, ""
	// The side's own answers and who played it: the notes, other sides' answers and who played
	// them are not its to read.
	var own []record.Entry
	for _, a := range answers {
		if (a.Type == "answer" || a.Type == "seat") && a.Side == sc.Sides[sd].ID {
			own = append(own, a)
		}
	}
	return buildAs(prev, h, own, sd)
}

func buildAs(s *sim.State, h record.Header, notes []record.Entry, as int) (*Report, error) {
	b := newBuilder(s)
	b.as = as
	b.first = b.samples[0]
	if as < 0 {
		b.first = sim.Unfired(b.hist[0])
	}
	sc := b.sc
	r := &Report{
		Title: sc.Title, ScenarioID: sc.ID, Summary: sc.Summary, Briefing: sc.Briefing,
		Sources: sc.Sources, File: h.File, Hash: h.Hash, Seed: s.Seed,
		TurnLabel: capital(sc.TurnLabel), Turns: sc.Turns, TurnsPlayed: len(b.samples) - 1,
		Over: s.Over, Outcome: s.Outcome,
	}
	b.r = r
	r.Scored = sc.Scored()
	if r.File == "" {
		r.File = sc.File
	}
	if as >= 0 {
		// Nor where the scenario file lies: its name can tell what it holds.
		r.As, r.Seed, r.File, r.Hash = sc.Sides[as].Name, 0, "", ""
	}
	for _, o := range sc.Outcomes {
		if o.ID == s.Outcome {
			r.OutcomeText = o.Text
		}
	}
	if r.OutcomeText == "" && s.Over {
		switch i := sc.Side(s.Outcome); {
		case i >= 0:
			r.OutcomeText = sc.Sides[i].Name + " has the highest score."
		case s.Outcome == "draw":
			r.OutcomeText = "No side has the highest score."
		case s.Outcome == sim.Ended:
			r.OutcomeText = "The exercise ran its course (it keeps no score)."
		}
	}
	b.sides(h, notes)
	b.schedule()
	for i, t := range sc.Truths {
		if as < 0 {
			r.Truths = append(r.Truths, Truth{ID: t.ID, Text: t.Text, Value: s.Truth[i]})
		}
	}
	b.timeline(notes)
	b.answers(notes)
	b.votes()
	b.flows()
	b.incidents()
	b.scores()
	b.tracks()
	b.injects()
	b.techniques()
	b.findings()
	b.sections()
	if err := b.charts(); err != nil {
		return nil, err
	}
	return r, nil
}

// builder holds what the parts of a report share.
type builder struct {
	sc   *sim.Scenario
	s    *sim.State
	hist []*sim.State
	// samples are the state at the start and after every turn played; labels name them.
	samples []*sim.State
	labels  []string
	// first is the state the scores start from, as the tracks do (startTrack): the scenario's,
	// before the injects of turn 1 (sim.Unfired); in a side's report the game's first state as
	// the side was shown it (what turn 1's injects did before it is not the side's to know).
	first *sim.State
	all   uint64 // the visibility bits of every side
	// as is the side whose report this is (BuildAs), or sim.Facilitator.
	as int
	r  *Report
}

func newBuilder(s *sim.State) *builder {
	b := &builder{sc: s.Sc, s: s, hist: s.History()}
	b.samples = []*sim.State{b.hist[0]}
	b.labels = []string{"start"}
	for _, p := range b.hist[1:] {
		if p.Step.Kind == sim.StepTurn {
			b.samples = append(b.samples, p)
			b.labels = append(b.labels, fmt.Sprint(p.Prev.Turn))
		}
	}
	b.all = 1<<uint(len(b.sc.Sides)) - 1
	return b
}

// sides lists the teams, who played them (the log's policies and seat entries, among notes),
// their actors and objectives.
func (b *builder) sides(h record.Header, notes []record.Entry) {
	sc, first := b.sc, b.first
	for i, d := range sc.Sides {
		if !b.shows(i) {
			continue
		}
		sd := Side{ID: d.ID, Name: d.Name, Briefing: d.Briefing, Player: b.players(h, notes, d.ID),
			Start: first.Scores[i], Final: b.s.Scores[i]}
		for _, a := range d.Actors {
			sd.Actors = append(sd.Actors, sc.Actors[a].Name)
		}
		for _, o := range d.Objectives {
			sd.Objectives = append(sd.Objectives, Objective{Text: o.Text,
				Start: objective(first, o), Final: objective(b.s, o)})
		}
		b.r.Sides = append(b.r.Sides, sd)
	}
}

// shows reports whether the report shows side i's own matters (briefing, objectives, scores,
// orders, confidence): always in the facilitator's, only its own in a side's.
func (b *builder) shows(i int) bool { return b.as < 0 || i == b.as }

// objective evaluates an objective's score in state s.
func objective(s *sim.State, o sim.ObjectiveDef) float64 {
	return o.Score.Eval(&sim.Ctx{S: s, Self: -1, Target: -1, Arg: -1, Side: -1})
}

// turnName names turn t ("Week 3"; "Round 1 · Mon 2 Mar 06:00" with an exercise clock).
func (b *builder) turnName(t int) string { return b.turnAt(t, 0) }

// turnAt names turn t and, with an exercise clock, the time secs into it ("Round 1 · Mon 2 Mar
// 06:30").
func (b *builder) turnAt(t int, secs int64) string {
	if at := b.sc.Clock(t, secs); at != "" {
		return fmt.Sprintf("%s %d · %s", b.r.TurnLabel, t, at)
	}
	return fmt.Sprintf("%s %d", b.r.TurnLabel, t)
}

// secret says who saw something with visibility vis, an order or event the other sides did
// not see: "secret: Red", or "" when every side saw it.
func (b *builder) secret(vis uint64) string { return b.reached(vis, "secret: ", "seen by no side") }

// toldTo says which sides an inject was told to, when not all: "told to: Port authority". An
// inject for some tables is the script, not a secret kept from the others.
func (b *builder) toldTo(vis uint64) string { return b.reached(vis, "told to: ", "told to no side") }

// askedOf says which sides a key question was put to, when not all: "asked of: Water utility".
func (b *builder) askedOf(vis uint64) string { return b.reached(vis, "asked of: ", "asked of no side") }

// reached says who something with visibility vis reached, in the facilitator's report: word
// and the sides' names, none when it reached no side, "" when it reached every side.
func (b *builder) reached(vis uint64, word, none string) string {
	if b.as >= 0 {
		return "" // who else saw it is not the side's to know
	}
	if vis&b.all == b.all {
		return ""
	}
	if vis&b.all == 0 {
		return none
	}
	return word + b.sideNames(vis)
}

// sideNames names the sides in a visibility mask, in side order.
func (b *builder) sideNames(vis uint64) string {
	if vis&b.all == b.all {
		return "all sides"
	}
	var ns []string
	for i, d := range b.sc.Sides {
		if vis&(1<<uint(i)) != 0 {
			ns = append(ns, d.Name)
		}
	}
	if len(ns) == 0 {
		return "no side"
	}
	return strings.Join(ns, ", ")
}

// sideName names side i, or "no side".
func (b *builder) sideName(i int) string {
	if i < 0 {
		return "no side"
	}
	return b.sc.Sides[i].Name
}

// actorNames names actors, in the order given.
func (b *builder) actorNames(as []int) string {
	if len(as) == 0 {
		return "none"
	}
	ns := make([]string, len(as))
	for i, a := range as {
		ns[i] = b.sc.Actors[a].Name
	}
	return strings.Join(ns, ", ")
}

// num formats a score.
func num(v float64) string {
	if v == 0 {
		v = 0 // not -0
	}
	return fmt.Sprintf("%.4g", v)
}

// possessive returns name's possessive: "Blue's", "Investigators'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// percent formats a share as a whole percentage.
func percent(v float64) string { return fmt.Sprintf("%.0f%%", 100*v) }

// capital returns s with its first letter in upper case.
func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
