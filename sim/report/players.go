package report

import (
	"fmt"
	"strings"

	"ttx/internal/words"
	"ttx/sim/record"
)

// players says who played side in the turns played, from the log's header h and its seat
// entries among notes (record.Players): the one player of every turn as the header names it
// ("not recorded" when it names none, as for a side people played), or each player with its
// turns when the side changed hands: "orders:plan.toml, weeks 1–3; team, weeks 4–8".
func (b *builder) players(h record.Header, notes []record.Entry, side string) string {
	st := record.Players(h, notes, side, len(b.samples)-1)
	if len(st) == 0 {
		st = record.Players(h, nil, side, 1) // no turn played: the header's player
	}
	if len(st) == 1 {
		switch st[0].Player {
		case "":
			return "not recorded"
		case record.Person:
			return "team"
		}
		return st[0].Player
	}
	label := strings.ToLower(b.r.TurnLabel)
	var parts []string
	for _, x := range st {
		who := x.Player
		if who == "" || who == record.Person {
			who = "team"
		}
		turns := fmt.Sprintf("%s %d", label, x.From)
		if x.To > x.From {
			turns = fmt.Sprintf("%s %d–%d", words.Plural(label), x.From, x.To)
		}
		parts = append(parts, who+", "+turns)
	}
	return strings.Join(parts, "; ")
}
