package record

import (
	"fmt"
	"slices"
	"strconv"

	"ttx/sim"
)

// Divergence is where a replay first differs from its log.
type Divergence struct {
	Entry     int // index of the entry, from 0; -1 for the header
	Turn      int
	Want, Got string
	Why       string
}

// Line returns the line of the log file the divergence is at, as Write numbers them: the header
// is line 1, entry i is line i+2.
func (d *Divergence) Line() int { return d.Entry + 2 }

// Reason says how the replay differs, without the line.
func (d *Divergence) Reason() string {
	why := d.Why
	if why == "" {
		why = fmt.Sprintf("checksum %s in the log, %s on replay", d.Want, d.Got)
	}
	if d.Entry < 0 {
		return why
	}
	return fmt.Sprintf("turn %d: %s", d.Turn, why)
}

func (d *Divergence) Error() string { return fmt.Sprintf("line %d: %s", d.Line(), d.Reason()) }

// Replay re-runs a log against its scenario and returns the final state, or the first
// divergence. A log that names no scenario hash, or another scenario file's, diverges before
// the first entry. Each step must come at the turn its entry names, nothing may follow the end
// of the game, and the end entry must give the outcome and scores of the replay. Notes are
// skipped; so are answers and seat entries, once the side they name (and an answer's question)
// is found.
func Replay(sc *sim.Scenario, l *Log) (*sim.State, *Divergence) {
	switch {
	case l.Header.Hash == "":
		return nil, &Divergence{Entry: -1, Why: "the log names no scenario hash"}
	case l.Header.Hash != sc.Hash:
		return nil, &Divergence{Entry: -1, Why: "the scenario file differs from the one the log was written with (hash " + short(l.Header.Hash) + ", file has " + short(sc.Hash) + ")"}
	}
	s := sim.New(sc, l.Header.Seed)
	ended := false
	for i, e := range l.Entries {
		if e.Type == "note" {
			continue
		}
		if e.Type == "answer" {
			if sc.Side(e.Side) < 0 || sc.QuestionText(e.Question) == "" {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "an answer of an unknown side or to an unknown question"}
			}
			continue
		}
		if e.Type == "seat" {
			if sc.Side(e.Side) < 0 {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "who played an unknown side " + strconv.Quote(e.Side)}
			}
			continue
		}
		if ended || (s.Over && e.Type != "end") {
			return s, &Divergence{Entry: i, Turn: e.Turn, Why: "the game is over, the log goes on"}
		}
		if e.Turn != s.Turn {
			return s, &Divergence{Entry: i, Turn: e.Turn, Why: fmt.Sprintf("the entry's turn is %d, the replay is at turn %d", e.Turn, s.Turn)}
		}
		switch e.Type {
		case "turn":
			s = sim.Resolve(s, e.Orders)
		case "inject":
			in := sc.Inject(e.Inject)
			if in < 0 {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "unknown inject " + strconv.Quote(e.Inject)}
			}
			s = sim.Fire(s, in)
		case "override":
			a, t := sc.Actor(e.Actor), sc.Track(e.Track)
			if a < 0 || t < 0 {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "unknown actor or track in override"}
			}
			s = sim.Override(s, a, t, e.Value)
		case "end":
			ended = true
			if !s.Over {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "the log says the game ended, the replay goes on"}
			}
			if e.Outcome != s.Outcome {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: fmt.Sprintf("outcome %q in the log, %q on replay", e.Outcome, s.Outcome)}
			}
			if !slices.Equal(e.Scores, s.Scores) {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: fmt.Sprintf("scores %v in the log, %v on replay", e.Scores, s.Scores)}
			}
		default:
			return s, &Divergence{Entry: i, Turn: e.Turn, Why: "unknown entry type " + strconv.Quote(e.Type)}
		}
		if got := Sum(s); got != e.Checksum {
			return s, &Divergence{Entry: i, Turn: e.Turn, Want: e.Checksum, Got: got}
		}
	}
	return s, nil
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
