package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
	"ttx/session"
)

// buildNotes adds the observer notes to col: the note input (Enter adds
// it), the inject the note will be tied to (the latest fired unless the
// facilitator clicks through to another, or to none), and the notes so far.
func (f *facilitator) buildNotes(w *Widgets, col *widget.Container) {
	th, a := w.Theme, f.app
	col.AddChild(w.Label("Observer notes", th.Head, assets.Text))
	nr := w.Row(6)
	f.note = w.Input("note", "what did you observe?", 320, f.addNote)
	takeRefusedNote(a.Ex(), f.note)
	nr.AddChild(f.note, w.Button("note", "Add note", -1, f.addNote))
	col.AddChild(nr)
	col.AddChild(w.Item("note-tie", "Note on: "+f.tieLabel(), panelWidth, f.nextTie))
	for _, n := range a.Ex().NoteList() {
		about := ""
		if in := a.Sc.Inject(n.Inject); in >= 0 {
			about = " · " + a.Sc.Injects[in].Title
		}
		col.AddChild(w.Note(fmt.Sprintf("%s %d%s: %s", a.Sc.TurnLabel, n.Turn, about, n.Text), panelWidth))
	}
}

// noteTie returns the inject the next note is tied to, or -1.
func (f *facilitator) noteTie() int {
	i, _ := f.tied()
	return i
}

// tied returns the inject the next note is tied to (-1 for none), and
// whether it is so as the latest fired: by default, or because the
// inject chosen was undone.
func (f *facilitator) tied() (int, bool) {
	fired := f.app.Ex().FiredInjects()
	if f.tie == -1 || (f.tie >= 0 && slices.Contains(fired, f.tie)) {
		return f.tie, false
	}
	if len(fired) == 0 {
		return -1, true
	}
	return fired[0], true
}

// tieLabel says what the next note is tied to.
func (f *facilitator) tieLabel() string {
	i, latest := f.tied()
	if i < 0 {
		return "no inject"
	}
	label := f.app.Sc.Injects[i].Title
	if latest {
		label += " (latest)"
	}
	return label
}

// nextTie ties the next note to the next inject fired before the current
// choice, then to none, then to the latest again.
func (f *facilitator) nextTie() {
	opts := append(f.app.Ex().FiredInjects(), -1)
	cur := f.noteTie()
	k := slices.Index(opts, cur)
	switch {
	case f.tie != tieLatest && cur == -1:
		f.tie = tieLatest
	default:
		f.tie = opts[(k+1)%len(opts)]
	}
	f.stale = true
}

// addNote adds the note typed, tied to the inject chosen. A note refused (its inject not fired
// by now) says why on the status line and stays typed.
func (f *facilitator) addNote() {
	s := strings.TrimSpace(f.note.GetText())
	if s == "" {
		return
	}
	if err := f.app.Ex().AddNote(s, f.noteTie()); err != nil {
		f.refresh(noteRefused(err))
		return
	}
	f.note.SetText("")
	f.refresh("Note added")
}

// noteRefused is the status line of a note refused.
func noteRefused(err error) string { return "Note not added: " + session.NoteRefusal(err) }

// takeRefusedNote puts back into in, when it is empty, the text of a note the server refused
// (serve.Remote's RefusedNote), so that its writer loses nothing typed.
func takeRefusedNote(ex session.Exercise, in *widget.TextInput) {
	if r, ok := ex.(interface{ RefusedNote() string }); ok && in.GetText() == "" {
		if t := r.RefusedNote(); t != "" {
			in.SetText(t)
		}
	}
}
