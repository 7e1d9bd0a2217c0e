package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"ttx/session"
	"ttx/sim"
	"ttx/sim/record"
)

func init() {
	register("fire", "fire an inject by hand into an order log, as the white cell's window does", fireCmd)
}

func fireCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("fire", "LOG INJECT [flags]", "Fires the inject with id INJECT by hand into the game of an order log, now, as the white\ncell's \"Fire an inject now\" does: a step of the game (an inject entry, docs/logs.md) after\nthe log's last, which replay, resume and the report read as the window's. The inject must\nbe one that has not fired, in a game not over. The log is checked (it must replay) and\nwritten again with its hash chain; what the inject did is printed as ttx run prints it.", stdout)
	scen := fs.String("scenario", "", "the scenario file (default: the file named in the log, from the log's folder)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) != 2 {
		return usageFail(fs, "%s", wantArgs("the log and the id of the inject to fire", len(pos)))
	}
	if refuseServed("fire", pos[0], stderr) {
		return exitInvalid
	}
	l, s, code := replayFile("fire", pos[0], *scen, stderr)
	if s == nil {
		return code
	}
	sc, id := s.Sc, pos[1]
	if s.Over {
		fmt.Fprintf(stderr, "ttx fire: %s: the %s is over (%s %d, outcome %s): no inject fires any more\n",
			pos[0], sc.Noun(), sc.TurnLabel, s.Turn, s.Outcome)
		return exitInvalid
	}
	i := sc.Inject(id)
	if i < 0 {
		fmt.Fprintf(stderr, "ttx fire: %s: %v (%s)\n", id, session.NoSuchInject(sc, id), unfired(s))
		return exitUsage
	}
	if t := s.Fired[i]; t != 0 {
		fmt.Fprintf(stderr, "ttx fire: %s: %q fired in %s %d: an inject fires once (%s)\n", id, sc.Injects[i].Title, sc.TurnLabel, t, unfired(s))
		return exitUsage
	}
	n := sim.Fire(s, i)
	addStep(l, record.Entry{Type: "inject", Turn: s.Turn, Inject: id, Checksum: record.Sum(n)})
	if code := writeLogFile("fire", pos[0], l, stderr); code != exitOK {
		return code
	}
	fmt.Fprintf(stdout, "%s: %q fired (%s %d)\n", pos[0], sc.Injects[i].Title, sc.TurnLabel, s.Turn)
	heading := n.Turn // under the line above, not a heading of its own
	account(stdout, sim.View(n, sim.Facilitator), &heading)
	return exitOK
}

// unfired lists the ids of the injects of the game of s that have not fired: those ttx fire
// takes, as the window's list of injects to fire has them.
func unfired(s *sim.State) string {
	var ids []string
	for i, in := range s.Sc.Injects {
		if s.Fired[i] == 0 {
			ids = append(ids, in.ID)
		}
	}
	if len(ids) == 0 {
		return "every inject of the scenario has fired"
	}
	return "injects not fired yet: " + strings.Join(ids, ", ")
}

// addStep adds the step e to the log after its last step (a turn, an inject or an override),
// before the entries that change nothing in the game (notes, answers, seats), where a log
// written from a game has its steps.
func addStep(l *record.Log, e record.Entry) {
	at := 0
	for k, o := range l.Entries {
		switch o.Type {
		case "turn", "inject", "override":
			at = k + 1
		}
	}
	l.Entries = slices.Insert(l.Entries, at, e)
}
