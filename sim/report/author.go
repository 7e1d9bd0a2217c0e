package report

import "strings"

// noteAuthor names a note's author for the reader: a note sent over the network has its seat
// as author, which the log keeps as the seat's name (ttx serve's "white", "observer" and
// "observer-SIDE", never a side's id, which may be neither), and the report names the seat as
// the server's links do: the white cell, the observers, the observers of a table. Any other
// author (an observer's name given to ttx note) is kept as written.
func (b *builder) noteAuthor(a string) string {
	switch a {
	case "white":
		return "White cell"
	case "observer":
		return "Observers"
	}
	if id, ok := strings.CutPrefix(a, "observer-"); ok {
		if sd := b.sc.Side(id); sd >= 0 {
			return "Observers of " + b.sc.Sides[sd].Name
		}
	}
	return a
}
