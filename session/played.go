package session

import (
	"slices"
	"strings"

	"ttx/sim"
	"ttx/sim/policy"
	"ttx/sim/record"
)

// The log's header names who plays each side now; who played it in each turn is kept here, so
// that a log whose sides changed hands (a resume that gives a side to a team, --seat, the white
// cell's handover, a load in the window) says who played which turns (record.Players).

// named returns, per side, who the log's header names as its player: the policy that plays it,
// what the loaded log said of a side no session plays (kept), or "" for a person.
func (s *Session) named() []string {
	out := make([]string, len(s.Seats))
	for i, st := range s.Seats {
		switch {
		case st != SeatPerson:
			out[i] = string(st)
		case i < len(s.kept):
			out[i] = s.kept[i]
		}
	}
	return out
}

// playing returns, per side, who plays it now as a log names the player of a turn: its policy,
// or "" for a person (a person plays a side whose header entry is kept).
func (s *Session) playing() []string {
	out := make([]string, len(s.Seats))
	for i, st := range s.Seats {
		if st != SeatPerson {
			out[i] = string(st)
		}
	}
	return out
}

// playedTurn records that the current seats played turn t.
func (s *Session) playedTurn(t int) {
	s.unplayed(t)
	for len(s.played) < t-1 {
		s.played = append(s.played, nil) // not known: the header's player (seatEntries)
	}
	s.played = append(s.played, s.playing())
}

// unplayed forgets who played turn t and the turns after it (an undone turn).
func (s *Session) unplayed(t int) {
	if t >= 1 && len(s.played) >= t {
		s.played = s.played[:t-1]
	}
}

// seatEntries adds to l, whose header names head (named) and whose steps are the game's, a seat
// entry for each stretch of turns of a side that more than one player played, or that another
// player played than the header names: none when who played each side is what the header says,
// so that such a game's log is as it was before seat entries were.
func (s *Session) seatEntries(l *record.Log, head []string) {
	turns := turnsOf(l)
	type seat struct {
		turn, side int
		who        string
	}
	var seats []seat
	for sd := range s.Sc.Sides {
		for _, x := range s.seated(sd, turns, head) {
			seats = append(seats, seat{x.From, sd, x.Player})
		}
	}
	slices.SortStableFunc(seats, func(a, b seat) int { return a.turn - b.turn })
	for _, x := range seats {
		l.AddSeat(x.turn, s.Sc.Sides[x.side].ID, x.who)
	}
}

// seated returns the stretches of turns 1 to turns that seat entries give side sd, whose
// header names head[sd] (seatEntries): none when that player played them all, else each
// stretch with its player as the entry names it (record.Person for a person).
func (s *Session) seated(sd, turns int, head []string) []record.Stretch {
	st := record.Stretches(turns, func(t int) string {
		if t <= len(s.played) && s.played[t-1] != nil {
			return s.played[t-1][sd]
		}
		return head[sd]
	})
	if len(st) == 0 || len(st) == 1 && st[0].Player == head[sd] {
		return nil
	}
	for i := range st {
		if st[i].Player == "" {
			st[i].Player = record.Person
		}
	}
	return st
}

// Players returns who played side sd for which turns, as the game's log (Log) says it
// (record.Players of its header and seat entries), without writing the log: the player of each
// stretch of turns played, or, before any turn is played, the header's player of turn 1 (as
// the report names it). The player is "" where the log names none (a side people played
// throughout).
func (s *Session) Players(sd int) []record.Stretch {
	if sd < 0 || sd >= len(s.Sc.Sides) {
		return nil
	}
	head := s.named()
	turns := 0
	for p := s.State; p != nil; p = p.Prev {
		if p.Step.Kind == sim.StepTurn {
			turns++
		}
	}
	if st := s.seated(sd, turns, head); st != nil {
		return st
	}
	return record.Stretches(max(turns, 1), func(int) string { return head[sd] })
}

// loadPlayed sets who played each turn of l, a log of the game s holds, as the log says
// (record.Players): a person as "", a policy in lower case as seats name it.
func (s *Session) loadPlayed(l *record.Log) {
	turns := turnsOf(l)
	s.played = make([][]string, turns)
	for t := range s.played {
		s.played[t] = make([]string, len(s.Sc.Sides))
	}
	for sd, d := range s.Sc.Sides {
		for _, x := range record.Players(l.Header, l.Entries, d.ID, turns) {
			who := x.Player
			if who == record.Person {
				who = ""
			} else if _, err := policy.Parse(who, 0); err == nil {
				who = strings.ToLower(who)
			}
			for t := x.From; t <= x.To; t++ {
				s.played[t-1][sd] = who
			}
		}
	}
}

// turnsOf counts the turns l's steps played.
func turnsOf(l *record.Log) int {
	n := 0
	for _, e := range l.Entries {
		if e.Type == "turn" {
			n++
		}
	}
	return n
}
