package batch

import (
	"fmt"
	"io"
	"strings"

	"ttx/sim"
)

// Flagged reports whether any side of any mix is flagged (Balance.Flag).
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
// in each mix with its 95% interval, the sides flagged, and the moves each side that won at
// least MinAlways games of a mix ordered in every one of them.
func WriteBalance(w io.Writer, sc *sim.Scenario, bs []Balance) error {
	b := &strings.Builder{}
	cell := func(bl *Balance, sd int) string {
		p, lo, hi := bl.Share(sd)
		mark := ""
		if bl.Flag(sd) != "" {
			mark = " !"
		}
		return fmt.Sprintf("%5.1f%% [%3.0f–%3.0f]%s", 100*p, 100*lo, 100*hi, mark)
	}
	width := len("100.0% [100–100] !")
	mixW := len("mix")
	for i := range bs {
		mixW = max(mixW, len(bs[i].Mix.Name))
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) }
	fmt.Fprintf(b, "%s — wins: the highest score at the end, alone; 95%% intervals in %%; ! under %.0f%% or over %.0f%%\n\n",
		sc.ID, 100*FlagLow, 100*FlagHigh)
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
	flagged := false
	for i := range bs {
		for sd := range sc.Sides {
			f := bs[i].Flag(sd)
			if f == "" {
				continue
			}
			if !flagged {
				b.WriteString("\nflagged:\n")
				flagged = true
			}
			p, lo, hi := bs[i].Share(sd)
			fmt.Fprintf(b, "  %s: %s wins %.1f%% of %d games (95%% interval %.1f%% to %.1f%%), %s\n",
				bs[i].Mix.Name, sc.Sides[sd].ID, 100*p, bs[i].Games, 100*lo, 100*hi, f)
		}
	}
	if !flagged {
		fmt.Fprintf(b, "\nflagged: none (every side wins %.0f%% to %.0f%% of every mix)\n", 100*FlagLow, 100*FlagHigh)
	}
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
