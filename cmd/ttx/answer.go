package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"ttx/session"
	"ttx/sim"
	"ttx/sim/record"
)

func init() {
	register("answer", "record a table's answer to a key question in an order log (or withdraw it)", answerCmd)
}

func answerCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("answer", "LOG --side SIDE --question ID [flags] TEXT", "Records a table's answer to a key question in an order log, as a table's answer typed in the\nwindow or sent over the network is kept: for an exercise run on paper, or typed up from the\ntables' sheets afterwards. The question is one the game put to the side: a [[question]]'s id,\nor INJECT#N for the N-th question of an inject that fired. The answer replaces the side's\nearlier answer to that question; an empty TEXT (\"\") withdraws it. TEXT is at most "+strconv.Itoa(session.AnswerMax)+"\ncharacters, as a team's answer sent to ttx serve must be. The log is checked (it must replay)\nand written again with its hash chain. The report sets the tables' answers side by side.", stdout)
	side := fs.String("side", "", "the side whose table answers (its id)")
	question := fs.String("question", "", "the id of the key question answered")
	turn := fs.Int("turn", 0, "the turn the question was put in (default: the turn the game put it to the side)")
	scen := fs.String("scenario", "", "the scenario file (default: the file named in the log, from the log's folder)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) != 2 {
		return usageFail(fs, "%s", wantArgs("the log and the answer's text (in quotes; \"\" withdraws the answer)", len(pos)))
	}
	text := strings.TrimSpace(pos[1])
	switch err := session.CheckAnswer(text); {
	case *side == "":
		return usageFail(fs, "name the side that answers with --side SIDE")
	case *question == "":
		return usageFail(fs, "name the question answered with --question ID")
	case err != nil:
		fmt.Fprintln(stderr, "ttx answer:", err) // the words, and the limit, of an answer sent to ttx serve
		return exitUsage
	}
	if refuseServed("answer", pos[0], stderr) {
		return exitInvalid
	}
	l, s, code := replayFile("answer", pos[0], *scen, stderr)
	if s == nil {
		return code
	}
	sc := s.Sc
	sd := sideArg(sc, *side)
	if sd < 0 {
		fmt.Fprintf(stderr, "ttx answer: --side %s: no such side (sides: %s)\n", *side, sideIDs(sc))
		return exitUsage
	}
	// The game has put questions up to s.Turn: the turn in play, or once over the last played.
	if given(fs, "turn") && (*turn < 1 || *turn > s.Turn) {
		fmt.Fprintf(stderr, "ttx answer: --turn %d: the log's %s has reached %s %d; give 1 to %d\n",
			*turn, sc.Noun(), sc.TurnLabel, s.Turn, s.Turn)
		return exitUsage
	}
	at, why := questionTurn(s, sd, *question, *turn)
	if at == 0 {
		fmt.Fprintf(stderr, "ttx answer: --question %s: %s\n", *question, why)
		return exitUsage
	}
	id := sc.Sides[sd].ID
	if !setAnswer(l, record.Entry{Type: "answer", Turn: at, Side: id, Question: *question, Answer: text}) {
		fmt.Fprintf(stdout, "%s: %s has no answer to %s to withdraw; the log is unchanged\n", pos[0], id, *question)
		return exitOK
	}
	if code := writeLogFile("answer", pos[0], l, stderr); code != exitOK {
		return code
	}
	what := "answer recorded"
	if text == "" {
		what = "answer withdrawn"
	}
	fmt.Fprintf(stdout, "%s: %s (%s, %s, %s %d)\n", pos[0], what, id, *question, sc.TurnLabel, at)
	return exitOK
}

// questionTurn returns the turn in which the game of s put question to side sd (sim.Scenario.
// QuestionsFor, as the window and the server ask it): in turn when it is not 0, else in the
// first turn from 1 to s.Turn that put it. It returns 0 and why when there is none, naming the
// questions that were put to the side.
func questionTurn(s *sim.State, sd int, question string, turn int) (int, string) {
	sc := s.Sc
	from, to := 1, s.Turn
	if turn != 0 {
		from, to = turn, turn
	}
	var put []string
	for t := from; t <= to; t++ {
		ids, _ := sc.QuestionsFor(s, sd, t)
		if slices.Contains(ids, question) {
			return t, ""
		}
		for _, id := range ids {
			if turn == 0 {
				id += " (" + sc.TurnLabel + " " + strconv.Itoa(t) + ")"
			}
			put = append(put, id)
		}
	}
	when := fmt.Sprintf("in %s %d", sc.TurnLabel, turn)
	if turn == 0 {
		when = fmt.Sprintf("by %s %d, where the log's %s stands", sc.TurnLabel, s.Turn, sc.Noun())
	}
	why := fmt.Sprintf("not put to %s %s", sc.Sides[sd].ID, when)
	if len(put) == 0 {
		return 0, why + "; it was put no question then"
	}
	return 0, why + "; put to it: " + strings.Join(put, ", ")
}

// setAnswer makes e the log's answer of e.Side to e.Question: it replaces the side's earlier
// answer to it, where it stood, or is added after the others; an empty e.Answer withdraws the
// answer (a log holds no answer withdrawn, see docs/logs.md). It reports whether the log changed.
func setAnswer(l *record.Log, e record.Entry) bool {
	same := func(o record.Entry) bool {
		return o.Type == "answer" && o.Side == e.Side && o.Question == e.Question
	}
	i := slices.IndexFunc(l.Entries, same)
	switch {
	case i < 0 && e.Answer == "":
		return false
	case i < 0:
		l.AddAnswer(e.Turn, e.Side, e.Question, e.Answer)
		return true
	}
	rest := slices.DeleteFunc(l.Entries[i+1:], same)
	if e.Answer == "" {
		l.Entries = append(l.Entries[:i], rest...)
	} else {
		l.Entries = append(append(l.Entries[:i], e), rest...)
	}
	return true
}
