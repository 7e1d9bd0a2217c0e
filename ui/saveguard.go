package ui

import (
	"os"
	"slices"
	"strings"

	"ttx/session"
	"ttx/sim"
)

// saveGuard remembers a file as the window last left it, and the game as it was then: the file
// at the save path, writing a game's log there (Ctrl+S) or loading one from it (Ctrl+L), or the
// report the review exported (X). With it Ctrl+S and the export ask before replacing a file the
// window did not write for the game in play, or one that holds steps the game has undone since
// (undone), and Ctrl+L, the window's close button and undo
// (Ctrl+Z) ask before dropping what the game in play has not saved.
type saveGuard struct {
	sess    *Session         // the game the file holds; nil before the first save or load
	file    os.FileInfo      // the file just after the window wrote or read it
	state   *sim.State       // the game's state then
	notes   int              // the notes it had then (notes are only ever added)
	answers []session.Answer // its answers then
}

// mark records that the file at path, as info describes it, now holds game s as it stands.
func (g *saveGuard) mark(s *Session, info os.FileInfo) {
	*g = saveGuard{sess: s, file: info, state: s.State, notes: len(s.Notes), answers: append([]session.Answer(nil), s.Answers...)}
}

// wrote records that the window has just written game s to the file at path (when it can
// still find it there).
func (g *saveGuard) wrote(s *Session, path string) {
	if info, err := os.Stat(path); err == nil {
		g.mark(s, info)
	}
}

// holds reports whether the file at path is still the one the window last wrote or loaded for
// game s: the same file, unchanged since (no other program has written or replaced it).
func (g *saveGuard) holds(s *Session, path string) bool {
	if g.sess != s || g.file == nil {
		return false
	}
	now, err := os.Stat(path)
	return err == nil && os.SameFile(now, g.file) && now.Size() == g.file.Size() && now.ModTime().Equal(g.file.ModTime())
}

// asksToReplace reports whether a save of game s to path must ask first: a file is there (not
// a device or a pipe, which a save writes through) that the window did not write or load for
// s, or that has changed since it did, or that holds steps s has undone since (undone: a "Save
// and undo" kept the step there). A save to a new file, or over the window's own last save of
// the same game that holds nothing the game has dropped, goes ahead.
func (g *saveGuard) asksToReplace(s *Session, path string) bool {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() {
		return false // nothing there to lose, or the save itself says what is wrong
	}
	return !g.holds(s, path) || !g.undone(s, path).none()
}

// undone counts the steps that the file at path holds, as the window last wrote or loaded it
// for game s, and that s no longer has: steps undone since, unless the game has played each
// again as the file holds it (sameStep). Nothing when the file does not hold s's last save or
// load.
func (g *saveGuard) undone(s *Session, path string) unsaved {
	var u unsaved
	if !g.holds(s, path) {
		return u
	}
	saved, game := g.state.History(), s.State.History()
	n := 0
	for n < len(saved) && n < len(game) && sameStep(saved[n], game[n]) {
		n++
	}
	for _, p := range saved[n:] {
		u.add(p.Step.Kind)
	}
	return u
}

// sameStep reports whether states a and b, at the same place in their games' histories, came of
// the same step as a log writes it: the same turn's orders (rationales included), inject or
// override, leading to the same state.
func sameStep(a, b *sim.State) bool {
	if a == b {
		return true
	}
	return a.Step == b.Step && slices.EqualFunc(a.Results, b.Results, func(x, y sim.Result) bool { return x.Order == y.Order }) &&
		sim.Checksum(a) == sim.Checksum(b)
}

// unsaved counts what game s holds that the file at path does not, as far as the window knows:
// everything since the start when the file does not hold the game's last save or load.
func (g *saveGuard) unsaved(s *Session, path string) unsaved {
	var base saveGuard
	if g.holds(s, path) {
		base = *g
	}
	var u unsaved
	inSave := map[*sim.State]bool{}
	for p := base.state; p != nil; p = p.Prev {
		inSave[p] = true
	}
	for p := s.State; p != nil && !inSave[p]; p = p.Prev {
		u.add(p.Step.Kind)
	}
	u.notes = max(len(s.Notes)-base.notes, 0)
	u.answers = answersChanged(base.answers, s.Answers)
	return u
}

// lastUnsaved counts game s's last step (a turn resolved, an inject fired or an override), which
// an undo drops, when the file at path does not hold it: it is in no save unless the file holds
// the game's last save or load (holds) and the step is in that. Nothing at the game's start.
func (g *saveGuard) lastUnsaved(s *Session, path string) unsaved {
	last := s.State
	if last.Prev == nil {
		return unsaved{}
	}
	if g.holds(s, path) {
		for p := g.state; p != nil; p = p.Prev {
			if p == last {
				return unsaved{}
			}
		}
	}
	var u unsaved
	u.add(last.Step.Kind)
	return u
}

// answersChanged counts the questions whose answer differs between was and now (given,
// changed or withdrawn).
func answersChanged(was, now []session.Answer) int {
	type key struct{ side, question string }
	text := func(as []session.Answer) map[key]string {
		m := map[key]string{}
		for _, a := range as {
			m[key{a.Side, a.Question}] = a.Text
		}
		return m
	}
	before, after := text(was), text(now)
	n := 0
	for k, t := range after {
		if before[k] != t {
			n++
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			n++
		}
	}
	return n
}

// unsaved is what a game holds that its save does not: the turns resolved, injects fired and
// overrides made by hand since the save, the notes added and the answers given or changed.
type unsaved struct{ turns, injects, overrides, notes, answers int }

// none reports whether everything is saved.
func (u unsaved) none() bool { return u == unsaved{} }

// add counts a step of kind k: a turn resolved, an inject fired or an override.
func (u *unsaved) add(k int) {
	switch k {
	case sim.StepTurn:
		u.turns++
	case sim.StepInject:
		u.injects++
	case sim.StepOverride:
		u.overrides++
	}
}

// String says what is not saved, e.g. "2 turns, 1 inject and 3 notes".
func (u unsaved) String() string {
	var parts []string
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, itoa(n)+" "+many)
		}
	}
	add(u.turns, "turn", "turns")
	add(u.injects, "inject fired", "injects fired")
	add(u.overrides, "override", "overrides")
	add(u.notes, "note", "notes")
	add(u.answers, "answer", "answers")
	if len(parts) == 0 {
		return "nothing"
	}
	return listed(parts)
}

// listed joins parts as words do: "a", "a and b", "a, b and c".
func listed(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
