package batch

import (
	"fmt"
	"io"
	"strings"

	"ttx/sim"
)

// Flagged reports whether any side of any mix is flagged (Balance.Flag); an unsettled side
// (Balance.Unsettled) is not.
func Flagged(bs []Balance) bool {
	for i := range bs {
		for sd := range bs[i].Wins {
			if bs[i].Flag(sd) != "" {
				return true
			}
		}
	}
	return false
}

// WriteBalance prints what a balance check of sc found: a table of each side's share of wins
// in each mix with its 95% interval, the sides flagged and those unsettled, and the moves each side that won at
// least MinAlways games of a mix ordered in every one of them.
func WriteBalance(w io.Writer, sc *sim.Scenario, bs []Balance) error {
	b := &strings.Builder{}
	cell := func(bl *Balance, sd int) string {
		p, lo, hi := bl.Share(sd)
		mark := ""
		switch {
		case bl.Flag(sd) != "":
			mark = " !"
		case bl.Unsettled(sd) != "":
			mark = " ?"
		}
		return fmt.Sprintf("%5.1f%% [%3.0f–%3.0f]%s", 100*p, 100*lo, 100*hi, mark)
	}
	width := len("100.0% [100–100] !")
	mixW := len("mix")
	for i := range bs {
		mixW = max(mixW, len(bs[i].Mix.Name))
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) }
	fmt.Fprintf(b, "%s — wins: the highest score at the end, alone; 95%% intervals in %%\n", sc.ID)
	fmt.Fprintf(b, "! under %.0f%% or over %.0f%%, the whole interval with it; ? the share only (too few games to tell)\n\n",
		100*FlagLow, 100*FlagHigh)
	fmt.Fprintf(b, "%s  %5s", pad("mix", mixW), "games")
	for _, sd := range sc.Sides {
		fmt.Fprintf(b, "  %s", pad(sd.ID, width))
	}
	b.WriteString("  draws\n")
	for i := range bs {
		bl := &bs[i]
		fmt.Fprintf(b, "%s  %5d", pad(bl.Mix.Name, mixW), bl.Games)
		for sd := range sc.Sides {
			fmt.Fprintf(b, "  %s", pad(cell(bl, sd), max(width, len(sc.Sides[sd].ID))))
		}
		fmt.Fprintf(b, "  %5d\n", bl.Draws)
	}
	flagged := listSides(b, sc, bs, (*Balance).Flag, "flagged:")
	if !flagged {
		fmt.Fprintf(b, "\nflagged: none (no side's interval lies wholly under %.0f%% or over %.0f%% of a mix)\n", 100*FlagLow, 100*FlagHigh)
	}
	listSides(b, sc, bs, (*Balance).Unsettled, "unsettled (too few games to tell from luck; more games would settle it):")
	fmt.Fprintf(b, "\nmoves a winning side ordered in every game it won (sides with %d wins or more):\n", MinAlways)
	listed := false
	for i := range bs {
		for sd := range sc.Sides {
			if bs[i].Wins[sd] < MinAlways {
				continue
			}
			listed = true
			ids := make([]string, len(bs[i].Always[sd]))
			for k, m := range bs[i].Always[sd] {
				ids[k] = sc.Moves[m].ID
			}
			moves := strings.Join(ids, ", ")
			if moves == "" {
				moves = "none"
			}
			fmt.Fprintf(b, "  %s, %s (%d wins): %s\n", bs[i].Mix.Name, sc.Sides[sd].ID, bs[i].Wins[sd], moves)
		}
	}
	if !listed {
		b.WriteString("  none\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// listSides writes, under head, each side of each mix for which why gives a reason, with its
// share of wins and interval spelled out, and reports whether there was one.
func listSides(b *strings.Builder, sc *sim.Scenario, bs []Balance, why func(*Balance, int) string, head string) bool {
	listed := false
	for i := range bs {
		for sd := range sc.Sides {
			f := why(&bs[i], sd)
			if f == "" {
				continue
			}
			if !listed {
				b.WriteString("\n" + head + "\n")
				listed = true
			}
			p, lo, hi := bs[i].Share(sd)
			fmt.Fprintf(b, "  %s: %s wins %.1f%% of %d games (95%% interval %.1f%% to %.1f%%), %s\n",
				bs[i].Mix.Name, sc.Sides[sd].ID, 100*p, bs[i].Games, 100*lo, 100*hi, f)
		}
	}
	return listed
}
