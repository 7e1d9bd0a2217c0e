package batch

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"ttx/sim"
)

// Summary is what a batch of games adds up to. It holds counts and exact distributions only,
// so summaries of disjoint games merge exactly (Merge) in any order.
type Summary struct {
	Sc    *sim.Scenario
	Games int
	// Outcomes[i] counts the games that ended with outcome OutcomeNames[i].
	OutcomeNames []string
	Outcomes     []int
	Turns        Dist
	Scores       []Dist // per side
	// Tracks has a distribution per actor*tracks + track; one of a track the actor's kind
	// lacks counts no game, as a rows file has no column for it (it never moves).
	Tracks []Dist
	Fired  []int // per inject: games in which it fired
	// Per resolution: games in which it ended passed, failed (voted down), or tabled and
	// not yet voted on.
	Passed, Failed, Pending []int
	// Side is the side whose forecast this is, or sim.Facilitator: Write lists only the injects
	// told to it and the resolutions it may know of, by id and title.
	Side int

	// has lists the tracks counted: actor*tracks + track for each track an actor has.
	has []int32
}

// Unfinished is the outcome name of a game stopped before it ended.
const Unfinished = "unfinished"

// NewSummary returns an empty summary for games of sc. The outcomes it knows are the named
// outcomes, then the sides and "draw" (or, unscored, "ended"), then "unfinished", in that order.
func NewSummary(sc *sim.Scenario) *Summary {
	s := &Summary{Sc: sc, Side: sim.Facilitator}
	add := func(n string) {
		if sim.Lookup(s.OutcomeNames, n) < 0 {
			s.OutcomeNames = append(s.OutcomeNames, n)
		}
	}
	for _, o := range sc.Outcomes {
		add(o.ID)
	}
	if sc.Scored() {
		for _, sd := range sc.Sides {
			add(sd.ID)
		}
		add("draw")
	} else {
		add(sim.Ended)
	}
	add(Unfinished)
	s.Outcomes = make([]int, len(s.OutcomeNames))
	s.Scores = make([]Dist, len(sc.Sides))
	s.Tracks = make([]Dist, len(sc.Actors)*sc.NT())
	for a := range sc.Actors {
		for _, t := range sc.TracksOf(a) { // a rows file's track columns
			s.has = append(s.has, int32(a*sc.NT()+t))
		}
	}
	s.Fired = make([]int, len(sc.Injects))
	s.Passed = make([]int, len(sc.Resolutions))
	s.Failed = make([]int, len(sc.Resolutions))
	s.Pending = make([]int, len(sc.Resolutions))
	return s
}

// Add counts one game. A row whose shape does not fit the scenario is an error.
func (s *Summary) Add(r *Row) error {
	sc := s.Sc
	if len(r.Scores) != len(sc.Sides) || len(r.Tracks) != len(s.Tracks) ||
		len(r.Fired) != len(sc.Injects) || len(r.Votes) != len(sc.Resolutions) {
		return fmt.Errorf("game %d: row does not fit scenario %s", r.Game, sc.ID)
	}
	name := r.Outcome
	if name == "" {
		name = Unfinished
	}
	i := sim.Lookup(s.OutcomeNames, name)
	if i < 0 {
		s.OutcomeNames = append(s.OutcomeNames, name)
		s.Outcomes = append(s.Outcomes, 0)
		i = len(s.Outcomes) - 1
	}
	s.Outcomes[i]++
	s.Games++
	s.Turns.Add(float64(r.Turns))
	for k, v := range r.Scores {
		s.Scores[k].Add(v)
	}
	for _, k := range s.has {
		// Many tracks end every game at one value: count those without a search.
		d, f := &s.Tracks[k], float64(r.Tracks[k])
		if len(d.Vals) == 1 && d.Vals[0] == f {
			d.Counts[0]++
			d.N++
			continue
		}
		d.Add(f)
	}
	for k, t := range r.Fired {
		if t != 0 {
			s.Fired[k]++
		}
	}
	for k, st := range r.Votes {
		switch st {
		case sim.Passed:
			s.Passed[k]++
		case sim.Failed:
			s.Failed[k]++
		case sim.Tabled:
			s.Pending[k]++
		}
	}
	return nil
}

// Merge adds the games of o, a summary of the same scenario.
func (s *Summary) Merge(o *Summary) {
	for i, n := range o.OutcomeNames {
		j := sim.Lookup(s.OutcomeNames, n)
		if j < 0 {
			s.OutcomeNames = append(s.OutcomeNames, n)
			s.Outcomes = append(s.Outcomes, 0)
			j = len(s.Outcomes) - 1
		}
		s.Outcomes[j] += o.Outcomes[i]
	}
	s.Games += o.Games
	s.Turns.Merge(&o.Turns)
	for i := range s.Scores {
		s.Scores[i].Merge(&o.Scores[i])
	}
	for i := range s.Tracks {
		s.Tracks[i].Merge(&o.Tracks[i])
	}
	for i := range s.Fired {
		s.Fired[i] += o.Fired[i]
	}
	for i := range s.Passed {
		s.Passed[i] += o.Passed[i]
		s.Failed[i] += o.Failed[i]
		s.Pending[i] += o.Pending[i]
	}
}

// Prob returns the share of games that ended with outcome name, and its 95% Wilson interval.
func (s *Summary) Prob(name string) (p, lo, hi float64) {
	k := 0
	if i := sim.Lookup(s.OutcomeNames, name); i >= 0 {
		k = s.Outcomes[i]
	}
	lo, hi = Wilson(k, s.Games, 1.96)
	if s.Games > 0 {
		p = float64(k) / float64(s.Games)
	}
	return p, lo, hi
}

// Write prints the summary as text: outcome frequencies with 95% Wilson intervals, score (when
// the scenario keeps one) and track distributions (tracks only where they vary or moved from the start), injects fired and
// votes. Each line names its id, then its numbers, then what people call it (the side's name,
// the actor's name and the track's label, the inject's title, the outcome's text); numbers are
// rounded to two decimals. The text depends only on the games counted, never on how they were
// split.
func (s *Summary) Write(w io.Writer) error {
	sc := s.Sc
	nt := sc.NT()
	// Names are padded to the longest, so columns line up.
	width := len("tracks that moved")
	grow := func(n string) { width = max(width, len(n)) }
	for _, n := range s.OutcomeNames {
		grow(n)
	}
	for _, sd := range sc.Sides {
		grow(sd.ID)
	}
	for k := range s.Tracks {
		if s.moved(k) {
			grow(sc.Actors[k/nt].ID + "." + sc.Tracks[k%nt].ID)
		}
	}
	for _, in := range sc.Injects {
		grow(in.ID)
	}
	for _, r := range sc.Resolutions {
		grow(r.ID)
	}
	name := func(n string) string { return n + strings.Repeat(" ", width-len(n)) }
	head := func(title, cols string) string { return "\n" + name(title) + "  " + cols + "\n" }
	b := &strings.Builder{}
	fmt.Fprintf(b, "%s — %d games\n", sc.ID, s.Games)
	b.WriteString(head("outcome", "  games   share   95% interval"))
	for i, n := range s.OutcomeNames {
		if s.Outcomes[i] == 0 && (n == Unfinished || n == "draw") {
			continue
		}
		p, lo, hi := s.Prob(n)
		fmt.Fprintf(b, "  %s %6d  %5.1f%%  [%5.1f%%, %5.1f%%]%s\n", name(n), s.Outcomes[i], 100*p, 100*lo, 100*hi, label(s.outcomeLabel(n)))
	}
	fmt.Fprintf(b, "\nturns played: %s\n", stats(&s.Turns))
	cols := "    mean       sd      min      p10      p50      p90      max"
	if sc.Scored() { // a discussion exercise keeps no score: its tracks tell how it went
		b.WriteString(head("scores", cols))
		for i := range s.Scores {
			fmt.Fprintf(b, "  %s %s%s\n", name(sc.Sides[i].ID), row(&s.Scores[i]), label(sc.Sides[i].Name))
		}
	}
	b.WriteString(head("tracks that moved", cols))
	for k := range s.Tracks {
		if s.moved(k) {
			a, t := &sc.Actors[k/nt], &sc.Tracks[k%nt]
			fmt.Fprintf(b, "  %s %s%s\n", name(a.ID+"."+t.ID), row(&s.Tracks[k]), label(a.Name+" "+trackLabel(t)))
		}
	}
	if len(sc.Injects) > 0 {
		b.WriteString(head("injects fired", "  games   share"))
		for i := range sc.Injects {
			if s.Side >= 0 && sc.Injects[i].To&(1<<uint(s.Side)) == 0 {
				continue // not told to the side: not the side's to know of
			}
			fmt.Fprintf(b, "  %s %6d  %5.1f%%%s\n", name(sc.Injects[i].ID), s.Fired[i], pct(s.Fired[i], s.Games), label(sc.Injects[i].Title))
		}
	}
	if len(sc.Resolutions) > 0 {
		// Each game counts in one column, headed by the status a rows file writes for it
		// (sim.ResStatusNames): passed, failed (voted down), tabled (not yet voted on) or draft
		// (never tabled); the share is of every game, as an outcome's, and "of votes" the share
		// of the votes held that passed (— when none was held).
		b.WriteString(head("votes", "  passed  failed   tabled    draft   share   95% interval  of votes"))
		for i := range sc.Resolutions {
			if d := sc.Resolutions[i].DraftedBy; s.Side >= 0 && d >= 0 && d != s.Side {
				continue // another side's draft, which the side may not know of
			}
			lo, hi := Wilson(s.Passed[i], s.Games, 1.96)
			draft := s.Games - s.Passed[i] - s.Failed[i] - s.Pending[i]
			ofVotes := "       —"
			if held := s.Passed[i] + s.Failed[i]; held > 0 {
				ofVotes = fmt.Sprintf("  %5.1f%%", pct(s.Passed[i], held))
			}
			fmt.Fprintf(b, "  %s %7d %7d %8d %8d  %5.1f%%  [%5.1f%%, %5.1f%%]  %s%s\n", name(sc.Resolutions[i].ID),
				s.Passed[i], s.Failed[i], s.Pending[i], draft, pct(s.Passed[i], s.Games), 100*lo, 100*hi, ofVotes, label(sc.Resolutions[i].Title))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// outcomeLabel is what people read for outcome name n: a named outcome's text, a side's name,
// or nothing for "draw" and "unfinished".
func (s *Summary) outcomeLabel(n string) string {
	for _, o := range s.Sc.Outcomes {
		if o.ID == n {
			return o.Text
		}
	}
	if i := s.Sc.Side(n); i >= 0 {
		return s.Sc.Sides[i].Name + " (highest score)"
	}
	return ""
}

// trackLabel is a track's label, or its id.
func trackLabel(t *sim.TrackDef) string {
	if t.Label != "" {
		return t.Label
	}
	return t.ID
}

// maxLabel is how many characters of a label a summary line shows.
const maxLabel = 60

// label returns a line's label after two spaces, on one line and cut to maxLabel characters.
func label(l string) string {
	l = strings.Join(strings.Fields(l), " ")
	if l == "" {
		return ""
	}
	if r := []rune(l); len(r) > maxLabel {
		l = strings.TrimRight(string(r[:maxLabel-1]), " ,;:.") + "…"
	}
	return "  " + l
}

// moved reports whether track k (actor*tracks + track) ever ended away from its start.
func (s *Summary) moved(k int) bool {
	d := &s.Tracks[k]
	nt := s.Sc.NT()
	return d.N > 0 && !(len(d.Vals) == 1 && int64(d.Vals[0]) == s.Sc.Actors[k/nt].Tracks[k%nt])
}

func pct(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(k) / float64(n)
}

func row(d *Dist) string {
	return fmt.Sprintf("%8s %8s %8s %8s %8s %8s %8s", Num(d.Mean()), Num(d.SD()), Num(d.Min()),
		Num(d.Quantile(0.1)), Num(d.Quantile(0.5)), Num(d.Quantile(0.9)), Num(d.Max()))
}

func stats(d *Dist) string {
	return fmt.Sprintf("mean %s, min %s, median %s, max %s", Num(d.Mean()), Num(d.Min()), Num(d.Quantile(0.5)), Num(d.Max()))
}

// Num formats a number for people: rounded to two decimals, without trailing zeros (27.55, not
// 27.549999999999997; 3, not 3.00).
func Num(v float64) string {
	r := math.Round(v*100) / 100
	if r == 0 || math.IsNaN(r) {
		r = 0 // not -0
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}
