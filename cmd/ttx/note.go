package main

import (
	"errors"
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
	register("note", "add an observer's note to an order log (a strength, an area for improvement, …)", noteCmd)
}

func noteCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("note", "LOG [flags] TEXT", "Adds an observer's note to an order log, as the white cell's and observers' notes in the\nwindow or over the network are kept: with its category, the capabilities or objectives it\nconcerns, its author and a corrective action. TEXT is 1 to "+strconv.Itoa(session.NoteMax)+" characters, as a note sent to\nttx serve or typed in the window must be. The log is checked (it must replay) and written\nagain with its hash chain. The report lists notes by category and builds the improvement\nplan from them.", stdout)
	turn := fs.Int("turn", 0, "the turn the note is about (default: the log's last)")
	inject := fs.String("inject", "", "the id of the inject the note is about (one fired by the note's turn)")
	cat := fs.String("category", "", "the kind of observation: "+strings.Join(record.Categories, ", "))
	var tags multi
	fs.Var(&tags, "tag", "a capability or objective the note concerns (repeatable, at most "+strconv.Itoa(session.NoteTagsMax)+" times); owner:NAME and due:DATE give its corrective action's owner and due date in the improvement plan")
	author := fs.String("author", "", "who observed it")
	action := fs.String("action", "", "the corrective action it proposes (for the improvement plan; at most "+strconv.Itoa(session.NoteActionMax)+" characters)")
	scen := fs.String("scenario", "", "the scenario file (default: the file named in the log, from the log's folder)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) != 2 {
		return usageFail(fs, "%s", wantArgs("the log and the note's text (in quotes)", len(pos)))
	}
	text := strings.TrimSpace(pos[1])
	switch err := session.CheckNote(session.Note{Text: text, Tags: tags, Action: *action}); {
	case err != nil:
		fmt.Fprintln(stderr, "ttx note:", err) // the words, and the limits, of a note sent to ttx serve
		return exitUsage
	case *cat != "" && !slices.Contains(record.Categories, *cat):
		fmt.Fprintf(stderr, "ttx note: --category %s: one of %s\n", *cat, strings.Join(record.Categories, ", "))
		return exitUsage
	}
	if refuseServed("note", pos[0], stderr) {
		return exitInvalid
	}
	l, s, code := replayFile("note", pos[0], *scen, stderr)
	if s == nil {
		return code
	}
	last := 0
	for _, e := range l.Entries {
		last = max(last, e.Turn)
	}
	if !given(fs, "turn") {
		*turn = max(last, 1)
	}
	// A note is about a turn played or in play: the log's game stands at s.Turn (the turn to be
	// played next, or, once over, the last played).
	if *turn < 1 || *turn > s.Turn {
		fmt.Fprintf(stderr, "ttx note: --turn %d: the log's %s has reached %s %d; give 1 to %d\n",
			*turn, s.Sc.Noun(), s.Sc.TurnLabel, s.Turn, s.Turn)
		return exitUsage
	}
	if *inject != "" {
		if msg := injectFired(s, *inject, *turn); msg != "" {
			fmt.Fprintf(stderr, "ttx note: --inject %s: %s\n", *inject, msg)
			return exitUsage
		}
	}
	l.AddObservation(record.Entry{Turn: *turn, Inject: *inject, Note: text, Category: *cat, Tags: tags,
		Author: *author, Action: *action})
	if code := writeLogFile("note", pos[0], l, stderr); code != exitOK {
		return code
	}
	fmt.Fprintf(stdout, "%s: note added (%s %d)\n", pos[0], s.Sc.TurnLabel, *turn)
	return exitOK
}

// injectFired says why a note of turn turn cannot be about the inject with id in the game of
// s, "" when it can: session.NoteInject's words (the scenario has no such inject, with the id
// it may mean; the inject had not fired by that turn, or not at all in the log), with what to
// do about it in ttx note's flags.
func injectFired(s *sim.State, id string, turn int) string {
	_, err := session.NoteInject(s, sim.Facilitator, id, turn)
	var ie *session.InjectError
	switch {
	case err == nil:
		return ""
	case !errors.As(err, &ie):
		return err.Error()
	case ie.Later > 0:
		return fmt.Sprintf("%v: give --turn %d or later, or leave out --inject", ie, ie.Later)
	case ie.Unfired:
		return fmt.Sprintf("%v: leave out --inject, or give one that fired", ie)
	}
	return ie.Error()
}
