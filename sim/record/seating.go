package record

import (
	"slices"
	"strings"
)

// Person is the player a seat entry names for a side a team played (a person, not a policy).
const Person = "person"

// Stretch is a run of turns, From to To, in which one player played a side.
type Stretch struct {
	// Player is who played the side as the log names it: a policy's name, orders:FILE, Person,
	// or "" when the log names none (the header names no player for a side people played).
	Player   string
	From, To int
}

// AddSeat adds a seat entry: side was played by player from turn on, until the side's next seat
// entry. Like notes and answers it changes nothing in the game and goes before the end entry.
func (l *Log) AddSeat(turn int, side, player string) {
	l.insert(Entry{Type: "seat", Turn: turn, Side: side, Player: player})
}

// Seatings returns the log's seat entries in the order written.
func (l *Log) Seatings() []Entry { return l.ofType("seat") }

// Annotations returns the entries that change nothing in the game, as the after-action report
// takes them: the notes, then the answers, then the seat entries, each in the order written.
func (l *Log) Annotations() []Entry {
	return slices.Concat(l.Notes(), l.Answers(), l.Seatings())
}

// Players returns who played side in turns 1 to turns, as stretches of turns in order, from the
// header h and the seat entries among entries (the others are skipped): a seat entry names the
// player from its turn until the side's next seat entry; the turns before the side's first, and
// every turn of a side with none (as in every log written before seat entries were), are the
// header's player (its SIDE=POLICY, "" when it names none). Nothing when turns is 0.
func Players(h Header, entries []Entry, side string, turns int) []Stretch {
	head := ""
	for _, p := range h.Policies {
		if id, who, ok := strings.Cut(p, "="); ok && id == side {
			head = who
		}
	}
	var seats []Entry
	for _, e := range entries {
		if e.Type == "seat" && e.Side == side {
			seats = append(seats, e)
		}
	}
	slices.SortStableFunc(seats, func(a, b Entry) int { return a.Turn - b.Turn })
	return Stretches(turns, func(t int) string {
		who := head
		for _, e := range seats {
			if e.Turn <= t {
				who = e.Player
			}
		}
		return who
	})
}

// Stretches groups turns 1 to turns into stretches of the same player, who(t) for turn t.
func Stretches(turns int, who func(t int) string) []Stretch {
	var out []Stretch
	for t := 1; t <= turns; t++ {
		p := who(t)
		if n := len(out); n > 0 && out[n-1].Player == p {
			out[n-1].To = t
			continue
		}
		out = append(out, Stretch{Player: p, From: t, To: t})
	}
	return out
}
