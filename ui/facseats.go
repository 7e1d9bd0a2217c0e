package ui

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/session"
	"ttx/sim"
)

// SeatPolicies are the policies the white cell may hand a team's side to from its window, as
// `ttx serve --seat SIDE=POLICY` does.
var SeatPolicies = []string{"random", "greedy", "search"}

// buildSeats adds the white cell's presence panel of a served exercise to col: every seat,
// whether it is connected, a team's drafts or orders in or the policy playing it, the
// observers; under a team, buttons handing its side to a policy or back to the team; under
// every seat but the white cell's own, one giving it a new join link (askReissue), shown in
// full once the server sends it. Presence comes live: the screen is rebuilt with every message.
func (f *facilitator) buildSeats(w *Widgets, col *widget.Container) {
	a, th := f.app, w.Theme
	seating, ok := a.Ex().(session.Seating)
	if !ok {
		return
	}
	col.AddChild(w.Label("Seats", th.Head, assets.Text))
	links := seating.Links()
	for _, st := range seating.Seats() {
		label := w.Label(seatLine(a.Sc, st), th.Small, seatColor(st))
		row := w.Row(6)
		if sd := a.Sc.Side(st.Seat); st.Role == "team" && sd >= 0 {
			col.AddChild(label) // a team's buttons take a line of their own
			if st.Policy == "" {
				for _, p := range SeatPolicies {
					p := p
					row.AddChild(w.Button("hand:"+st.Seat+":"+p, "Hand to "+p, -1, func() {
						seating.SetSeat(sd, p)
						f.refresh("Handing " + a.SideName(sd) + " to " + p + "…")
					}))
				}
			} else {
				row.AddChild(w.Button("hand:"+st.Seat+":person", "Back to the team", -1, func() {
					seating.SetSeat(sd, string(session.SeatPerson))
					f.refresh("Handing " + a.SideName(sd) + " back to its team…")
				}))
			}
		} else {
			row.AddChild(label)
		}
		if st.Role != "white" {
			st := st
			row.AddChild(w.Button("reissue:"+st.Seat, "New link", -1, func() { f.askReissue(seating, st) }))
		}
		col.AddChild(row)
		if l := links[st.Seat]; l != "" {
			col.AddChild(w.Note("New link for "+seatName(a.Sc, st)+" (the old one no longer works):", panelWidth))
			face := th.Small // the link itself in the text's colour, to read and copy
			col.AddChild(widget.NewText(widget.TextOpts.Text(l, &face, assets.Text),
				widget.TextOpts.MaxWidth(float64(th.Px(panelWidth)))))
		}
	}
}

// askReissue asks the white cell whether seat st is to have a new join link, since whoever is
// connected with its old one is disconnected, and asks the server for it if so.
func (f *facilitator) askReissue(seating session.Seating, st session.SeatStatus) {
	name := seatName(f.app.Sc, st)
	who := "whoever is connected with it is disconnected, and joins again only with the new link you send"
	if st.Role == "observer" {
		who = "every observer connected with it is disconnected, and joins again only with the new link you send"
	}
	f.confirm(&question{
		text: "Give " + name + " a new link? Its old link stops working at once: " + who + ". No other seat is interrupted.",
		yes: []choice{{"ask:reissue", "New link", ebiten.KeyL, func() {
			seating.Reissue(st.Seat)
			f.refresh("Asking for a new link for " + name + "…")
		}}},
		no: "No new link: " + name + " keeps its link.",
	})
}

// seatName names a seat as the seats panel does: a team by its side's name, the observers by
// the view they read.
func seatName(sc *sim.Scenario, st session.SeatStatus) string {
	switch st.Role {
	case "white":
		return "the white cell"
	case "observer":
		if id, ok := strings.CutPrefix(st.Seat, "observer-"); ok && sc.Side(id) >= 0 {
			return "the observers of " + sc.Sides[sc.Side(id)].Name
		}
		return "the observers of the white cell's view"
	}
	if sd := sc.Side(st.Seat); sd >= 0 {
		return sc.Sides[sd].Name
	}
	return st.Seat
}

// seatLine says who a seat is and how it stands.
func seatLine(sc *sim.Scenario, st session.SeatStatus) string {
	on := "not connected"
	if st.Online {
		on = "connected"
	}
	switch st.Role {
	case "white":
		return "White cell: " + on
	case "observer":
		who := "Observers (white cell's view)"
		if id, ok := strings.CutPrefix(st.Seat, "observer-"); ok && sc.Side(id) >= 0 {
			who = "Observers of " + sc.Sides[sc.Side(id)].Name
		}
		return fmt.Sprintf("%s: %d connected", who, st.Count)
	}
	name := st.Seat
	if sd := sc.Side(st.Seat); sd >= 0 {
		name = sc.Sides[sd].Name
	}
	switch {
	case st.Policy != "":
		return fmt.Sprintf("%s: played by %s (%s)", name, st.Policy, on)
	case st.Ready:
		return fmt.Sprintf("%s: %s · orders in", name, on)
	}
	return fmt.Sprintf("%s: %s · %d draft orders", name, on, st.Drafts)
}

// seatColor is green for a team whose orders are in, dim for a seat nobody holds.
func seatColor(st session.SeatStatus) color.Color {
	switch {
	case st.Ready || st.Policy != "":
		return assets.BluishGreen
	case !st.Online:
		return assets.TextDim
	}
	return assets.Text
}

// announceLinks announces (on the terminal, or the browser's console) each link reissued that
// it has not announced: the panel shows it too, but a window's text cannot be copied.
func (a *App) announceLinks() {
	seating, ok := a.ex.(session.Seating)
	if !ok {
		return
	}
	if a.announced == nil {
		a.announced = map[string]string{}
	}
	links := seating.Links()
	for _, st := range seating.Seats() {
		if l := links[st.Seat]; l != "" && a.announced[st.Seat] != l {
			a.announced[st.Seat] = l
			announce(st.Seat, l)
		}
	}
}
