package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ebitenui/ebitenui/widget"

	"ttx/assets"
	"ttx/sim"
	"ttx/ui/kit"
)

// maxActorMatches is how many actors matching the typed text are listed.
const maxActorMatches = 6

// ActorMatches returns the actors whose id or name contains q (ignoring
// case), in the scenario's order, an actor whose id is q exactly first.
// An empty q matches none.
func ActorMatches(sc *sim.Scenario, q string) []int {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return nil
	}
	var out []int
	for i, a := range sc.Actors {
		switch {
		case strings.ToLower(a.ID) == q:
			out = append([]int{i}, out...)
		case strings.Contains(strings.ToLower(a.ID), q), strings.Contains(strings.ToLower(a.Name), q):
			out = append(out, i)
		}
	}
	return out
}

// buildOverride adds the track override to col: an input to find an actor
// by id or name (or a click on the board), the matching actors, the
// chosen actor's tracks with their current values, and the new value.
// Everything is reachable with Tab and Enter; Enter in the actor input
// picks the first match, Enter in the value sets it.
func (f *facilitator) buildOverride(w *Widgets, col *widget.Container) {
	th, sc, st := w.Theme, f.app.Sc, f.app.Ex().View(sim.Facilitator)
	col.AddChild(w.Label("Override a track", th.Head, assets.Text))
	row := w.Row(8)
	f.actor = w.Input("ov-actor", "find an actor: id or name", 220, f.pickFirst)
	row.AddChild(f.actor)
	chosen := "no actor picked (or click one on the board)"
	if f.ovActor >= 0 {
		chosen = "→ " + sc.Actors[f.ovActor].Name
	}
	row.AddChild(w.Note(chosen, panelWidth-240)) // wrapped: the hint was cut off mid-sentence
	col.AddChild(row)
	f.ovFilter = f.typedActor()
	if m := ActorMatches(sc, f.ovFilter); len(m) > 0 && !(f.ovActor >= 0 && m[0] == f.ovActor && len(m) == 1) {
		for _, a := range m[:min(len(m), maxActorMatches)] {
			a := a
			label := sc.Actors[a].Name + " (" + sc.Actors[a].ID + ")"
			if a == f.ovActor {
				label = "● " + label
			}
			col.AddChild(w.Item("pick:"+sc.Actors[a].ID, label, panelWidth, func() { f.pickActor(a) }))
		}
		if len(m) > maxActorMatches {
			col.AddChild(w.Note(fmt.Sprintf("… and %d more: type more of the name", len(m)-maxActorMatches), panelWidth))
		}
	} else if f.ovFilter != "" && len(m) == 0 {
		col.AddChild(w.Note("no actor matches "+strconv.Quote(f.ovFilter), panelWidth))
	}
	if f.ovActor < 0 {
		return
	}
	grid := w.Grid(3, []bool{true, true, true}, nil, 4)
	for t, tr := range sc.Tracks {
		if !sc.HasTrack(f.ovActor, t) {
			continue // its kind has no such track
		}
		t := t
		label := fmt.Sprintf("%s %d", tr.ID, st.Track(f.ovActor, t))
		if t == f.ovTrack {
			label = "● " + label
		}
		grid.AddChild(w.Item("track:"+tr.ID, label, panelWidth/3-4, func() { f.pickTrack(t) }))
	}
	col.AddChild(grid)
	vrow := w.Row(8)
	what, hint := "pick a track", "new value"
	if f.ovTrack >= 0 && sc.HasTrack(f.ovActor, f.ovTrack) {
		tr := sc.Tracks[f.ovTrack]
		cur := st.Track(f.ovActor, f.ovTrack)
		what = fmt.Sprintf("%s: now %d (%d to %d)", tr.Label, cur, tr.Min, tr.Max)
		hint = fmt.Sprintf("now %d", cur)
	}
	f.value = w.Input("ov-value", hint, 110, f.override)
	vrow.AddChild(f.value, w.Button("override", "Set", -1, f.override))
	vrow.AddChild(w.Label(kit.Ellipsis(what, th.Small, float64(th.Px(panelWidth-200))), th.Small, assets.TextDim))
	col.AddChild(vrow)
}

// typedActor returns the text of the actor input.
func (f *facilitator) typedActor() string {
	if f.w != nil {
		if s, ok := f.w.InputText("ov-actor"); ok {
			return s
		}
	}
	return ""
}

// filterChanged rebuilds the matches when the actor input's text changed;
// an exact id picks that actor.
func (f *facilitator) filterChanged() {
	q := f.typedActor()
	if q == f.ovFilter {
		return
	}
	f.ovFilter = q
	if a := f.app.Sc.Actor(strings.TrimSpace(q)); a >= 0 {
		f.ovActor = a
	}
	f.stale = true
}

// pickActor chooses actor a for the override.
func (f *facilitator) pickActor(a int) {
	f.ovActor = a
	id := f.app.Sc.Actors[a].ID
	if f.actor != nil {
		f.actor.SetText(id)
	}
	f.ovFilter = id
	f.stale = true
}

// pickFirst chooses the first actor matching the typed text.
func (f *facilitator) pickFirst() {
	if m := ActorMatches(f.app.Sc, f.typedActor()); len(m) > 0 {
		f.pickActor(m[0])
	}
}

// pickTrack chooses track t for the override.
func (f *facilitator) pickTrack(t int) {
	f.ovTrack = t
	f.stale = true
}

// override sets the picked actor's picked track to the value typed in.
func (f *facilitator) override() {
	sc := f.app.Sc
	if f.ovActor < 0 || f.ovTrack < 0 || !sc.HasTrack(f.ovActor, f.ovTrack) {
		f.refresh("override: pick an actor and one of its tracks first")
		return
	}
	v, err := strconv.ParseInt(strings.TrimSpace(f.value.GetText()), 10, 64)
	if err != nil {
		f.refresh("override: the value must be a whole number")
		return
	}
	f.app.Ex().Override(f.ovActor, f.ovTrack, v)
	f.value.SetText("")
	if f.app.Remote() {
		f.refresh(fmt.Sprintf("Setting %s %s to %d…", sc.Actors[f.ovActor].Name, sc.Tracks[f.ovTrack].Label, v))
		return
	}
	f.refresh(fmt.Sprintf("Set %s %s to %d", sc.Actors[f.ovActor].Name, sc.Tracks[f.ovTrack].Label,
		f.app.Sess.State.Track(f.ovActor, f.ovTrack)))
}
