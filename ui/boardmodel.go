package ui

import (
	"fmt"
	"image/color"
	"strings"

	"ttx/assets"
	"ttx/sim"
)

// SideColor returns the colour of side sd: the scenario's own when it gives
// one, else the palette's; NPCs (sd < 0) are grey.
func SideColor(sc *sim.Scenario, sd int) color.RGBA {
	if sd < 0 || sd >= len(sc.Sides) {
		return assets.NPC
	}
	if c, ok := assets.ParseHex(sc.Sides[sd].Color); ok {
		return c
	}
	return assets.SideColor(sd)
}

// statusOf maps a sim status to the palette's.
func statusOf(st sim.Status) assets.Status { return assets.Status(st.String()) }

// BoardFromView builds the board of what v's side sees: every actor, the
// assets the side knows of, ownership, sponsorship and the links between
// known assets.
func BoardFromView(v *sim.Sight) BoardModel {
	sc := v.Sc
	var m BoardModel
	for a := range sc.Actors {
		d := &sc.Actors[a]
		n := BoardNode{ID: d.ID, Label: d.Name, Class: ClassActor, Kind: d.Kind, Color: SideColor(sc, d.Side)}
		var sub, det []string
		for t := range sc.Tracks {
			val := fmt.Sprintf("%s %d", sc.Tracks[t].Label, v.State.Track(a, t))
			if !v.SeesTrack(a, t) {
				det = append(det, val+" (as briefed)")
				continue
			}
			det = append(det, val)
			if len(sub) < 2 {
				sub = append(sub, val)
			}
		}
		n.Sub = d.Kind
		if len(sub) > 0 {
			n.Sub += " · " + strings.Join(sub, " · ")
		}
		head := d.Kind
		if d.Side >= 0 {
			head += ", " + sc.Sides[d.Side].Name
		} else {
			head += ", no team"
		}
		if d.Sponsor >= 0 {
			head += ", sponsor " + sc.Actors[d.Sponsor].Name
		}
		if len(d.Tags) > 0 {
			head += " [" + strings.Join(d.Tags, ", ") + "]"
		}
		n.Details = append([]string{head}, det...)
		m.Nodes = append(m.Nodes, n)
		if d.Sponsor >= 0 {
			m.Edges = append(m.Edges, BoardEdge{From: sc.Actors[d.Sponsor].ID, To: d.ID, Kind: EdgeSponsor})
		}
	}
	for x := range sc.Assets {
		if !v.Knows(x) {
			continue
		}
		d := &sc.Assets[x]
		st := v.State.Status[x]
		n := BoardNode{ID: d.ID, Label: d.Name, Class: ClassAsset, Kind: d.Kind, Status: statusOf(st),
			Owners: len(d.Owners), Color: assets.Border}
		n.Sub = d.Kind + " · " + st.String()
		var owners []string
		for _, o := range d.Owners {
			owners = append(owners, sc.Actors[o].Name)
			m.Edges = append(m.Edges, BoardEdge{From: sc.Actors[o].ID, To: d.ID, Kind: EdgeOwner})
		}
		if len(d.Owners) == 1 {
			n.Color = SideColor(sc, sc.Actors[d.Owners[0]].Side)
		}
		n.Details = []string{d.Kind + ", " + st.String(), "owners: " + strings.Join(owners, ", ")}
		if len(d.Owners) > 1 {
			n.Details = append(n.Details, "shared: acting on it hits every owner")
		}
		if v.SeesValue(x) {
			val := fmt.Sprintf("value %d, stolen held %d", v.State.Value[x], v.State.Dirty[x])
			n.Details = append(n.Details, val)
			if v.State.Value[x]+v.State.Dirty[x] > 0 {
				n.Sub += fmt.Sprintf(" · %d", v.State.Value[x]+v.State.Dirty[x])
			}
		}
		m.Nodes = append(m.Nodes, n)
	}
	for _, l := range sc.Links {
		if l.From >= 0 && l.To >= 0 && v.Knows(l.From) && v.Knows(l.To) { // a seat's copy blanks a link it cannot see (-1)
			m.Edges = append(m.Edges, BoardEdge{From: sc.Assets[l.From].ID, To: sc.Assets[l.To].ID, Kind: EdgeLink})
		}
	}
	return m
}
