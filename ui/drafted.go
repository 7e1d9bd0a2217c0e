package ui

import (
	"strings"

	"ttx/internal/words"
	"ttx/session"
)

// drafted is what a hot-seat game holds of the turn in play that no save keeps: the orders the
// teams have drafted or submitted and that are not resolved yet. A save is the order log, which
// keeps resolved turns; closing the window or loading a save (Ctrl+L) loses them.
type drafted struct {
	turn  string       // the turn in play, e.g. "month 2"
	sides []sideOrders // the sides with orders, in side order
}

// sideOrders is a side's orders for the turn in play: how many, and whether it submitted them.
type sideOrders struct {
	name      string
	orders    int
	submitted bool
}

// draftsOf returns the orders of game s's turn in play, by side played by a person (a policy's
// side has none until the turn resolves).
func draftsOf(s *Session) drafted {
	d := drafted{turn: strings.TrimSpace(s.Sc.TurnLabel + " " + itoa(s.State.Turn))}
	for sd, os := range s.Pending {
		if len(os) > 0 && sd < len(s.Seats) && s.Seats[sd] == session.SeatPerson {
			d.sides = append(d.sides, sideOrders{s.Sc.Sides[sd].Name, len(os), sd < len(s.Done) && s.Done[sd]})
		}
	}
	return d
}

// none reports whether no side has orders for the turn in play.
func (d drafted) none() bool { return len(d.sides) == 0 }

// String says whose orders they are, e.g. "Blue's 3 orders drafted and Red's 1 order submitted
// for month 2".
func (d drafted) String() string {
	var parts []string
	for _, s := range d.sides {
		n := words.Count(s.orders, "order")
		how := " drafted"
		if s.submitted {
			how = " submitted"
		}
		parts = append(parts, possessive(s.name)+" "+n+how)
	}
	if len(parts) == 0 {
		return "no orders"
	}
	return listed(parts) + " for " + d.turn
}

// possessive returns name's possessive: "Blue's", "Defenders'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// notKept is what the save and load questions say of the orders in play: a save does not keep
// them.
const notKept = "a save keeps only resolved turns, not the orders of the turn in play"

// goesOn is the status line's words after a question that would have lost lost and d is
// cancelled: "the game goes on at month 2 of 10, with 1 turn not saved and Blue's 3 orders
// drafted for month 2".
func goesOn(at string, lost unsaved, d drafted) string {
	var with []string
	if !lost.none() {
		with = append(with, lost.String()+" not saved")
	}
	if !d.none() {
		with = append(with, d.String())
	}
	s := "the game goes on at " + at
	if len(with) > 0 {
		s += ", with " + strings.Join(with, " and ")
	}
	return s
}
