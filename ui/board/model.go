package board

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

// Group titles of the board's world regions.
const (
	groupNoTeam         = "No team"
	groupInfrastructure = "Infrastructure"
	groupMoney          = "The money trail"
)

// moneyKinds are the kinds of asset that hold or move value: with the
// assets a link joins, they make the money trail.
var moneyKinds = map[string]bool{"wallet": true, "mixer": true, "bridge": true, "exchange": true,
	"treasury": true, "custody": true, "crosschain": true, "otc": true}

// FromView builds the board of what v's side sees: every actor, the
// assets the side knows of, ownership, sponsorship and the links between
// known assets. Actors are grouped by side, the others by the body they sit
// on (the Council) or as having no team; assets as infrastructure or the
// money trail. When the board does not fit its view with its text at full
// size, the groups of the world fold in this turn: no team, the bodies,
// the infrastructure, the money trail; the sides' groups never fold.
func FromView(v *sim.Sight) Model {
	sc := v.Sc
	var m Model
	// Groups: one per side, one per body, no team, infrastructure, money.
	for sd := range sc.Sides {
		m.Groups = append(m.Groups, Group{Title: sc.Sides[sd].Name, Color: SideColor(sc, sd)})
	}
	seat := map[int]int{} // NPC actor -> the group of the first body it sits on
	for i, b := range sc.Bodies {
		m.Groups = append(m.Groups, Group{Title: b.Name, Color: assets.NPC, Fold: 2 + i})
		for _, a := range b.Members {
			if _, ok := seat[a]; !ok && a >= 0 && a < len(sc.Actors) && sc.Actors[a].Side < 0 {
				seat[a] = len(m.Groups) - 1
			}
		}
	}
	noTeam := len(m.Groups)
	infra, money := noTeam+1, noTeam+2
	nb := len(sc.Bodies)
	m.Groups = append(m.Groups, Group{Title: groupNoTeam, Color: assets.NPC, Fold: 1},
		Group{Title: groupInfrastructure, Color: assets.Border, Fold: 2 + nb},
		Group{Title: groupMoney, Color: assets.Orange, Fold: 3 + nb})
	for a := range sc.Actors {
		d := &sc.Actors[a]
		n := Node{ID: d.ID, Label: d.Name, Class: ClassActor, Kind: d.Kind, Color: SideColor(sc, d.Side)}
		switch g, ok := seat[a]; {
		case d.Side >= 0:
			n.Group = d.Side
		case ok:
			n.Group = g
		default:
			n.Group = noTeam
		}
		var det []string
		for _, t := range ActorTracks(sc, a, v.State) {
			val := fmt.Sprintf("%s %d", sc.Tracks[t].Label, v.State.Track(a, t))
			if !v.SeesTrack(a, t) {
				val += " (as briefed)"
			}
			det = append(det, val)
		}
		n.Sub = d.Kind
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
			m.Edges = append(m.Edges, Edge{From: sc.Actors[d.Sponsor].ID, To: d.ID, Kind: EdgeSponsor})
		}
	}
	keyTracks(v, &m, noTeam)
	linked := map[int]bool{}
	for _, l := range sc.Links {
		linked[l.From], linked[l.To] = true, true
	}
	for x := range sc.Assets {
		if !v.Knows(x) {
			continue
		}
		d := &sc.Assets[x]
		st := v.State.Status[x]
		n := Node{ID: d.ID, Label: d.Name, Class: ClassAsset, Kind: d.Kind, Status: statusOf(st),
			Owners: len(d.Owners), Color: assets.Border, Group: infra}
		if moneyKinds[d.Kind] || linked[x] {
			n.Group = money
		}
		var owners []string
		for _, o := range d.Owners {
			owners = append(owners, sc.Actors[o].Name)
			m.Edges = append(m.Edges, Edge{From: sc.Actors[o].ID, To: d.ID, Kind: EdgeOwner})
		}
		if len(d.Owners) == 1 {
			n.Color = SideColor(sc, sc.Actors[d.Owners[0]].Side)
		}
		n.Details = []string{d.Kind + ", " + st.String(), "owners: " + strings.Join(owners, ", ")}
		if len(d.Owners) > 1 {
			n.Details = append(n.Details, "shared: acting on it hits every owner")
		}
		if n.Group == money {
			// The money trail's boxes keep a line for the value they hold.
			n.Sub = d.Kind
		}
		if v.SeesValue(x) {
			val := fmt.Sprintf("value %d, stolen held %d", v.State.Value[x], v.State.Dirty[x])
			n.Details = append(n.Details, val)
			if held := v.State.Value[x] + v.State.Dirty[x]; held > 0 && n.Group == money {
				n.Sub = fmt.Sprintf("%s · holds %d", d.Kind, held)
			}
		}
		m.Nodes = append(m.Nodes, n)
	}
	for _, l := range sc.Links {
		if l.From >= 0 && l.To >= 0 && v.Knows(l.From) && v.Knows(l.To) { // a seat's copy blanks a link it cannot see (-1)
			m.Edges = append(m.Edges, Edge{From: sc.Assets[l.From].ID, To: sc.Assets[l.To].ID, Kind: EdgeLink})
		}
	}
	return m
}

// ActorTracks returns the tracks that matter for actor a in state st, in
// the scenario's order: with [kinds], the tracks of its kind; else those it
// starts away from the track's default, those that have moved since the
// start, and those a move it may play costs. The rest hold their default
// and nothing it does spends them.
func ActorTracks(sc *sim.Scenario, a int, st *sim.State) []int {
	if sc.Kinds != nil {
		return sc.TracksOf(a)
	}
	costs := map[int]bool{}
	if a < len(sc.CanPlay) {
		for _, mv := range sc.CanPlay[a] {
			m := &sc.Moves[mv]
			for _, c := range m.Cost {
				costs[c.Track] = true
			}
			for _, c := range m.CostExprs {
				costs[c.Track] = true
			}
		}
	}
	d := &sc.Actors[a]
	var out []int
	for t := range sc.Tracks {
		start := sc.Tracks[t].Def
		if t < len(d.Tracks) {
			start = d.Tracks[t]
		}
		if start != sc.Tracks[t].Def || (st != nil && st.Track(a, t) != start) || costs[t] {
			out = append(out, t)
		}
	}
	return out
}

// keyTracks gives each group of actors one key track, drawn as a bar on
// its nodes and named in its title: of the public tracks v's side can see,
// the one most of the group's actors start away from its default (the
// first declared on a tie). In the group of no team, whose actors have
// little in common, only those that start away from the default show it.
// The choice depends only on the scenario and the side, so a node keeps
// its size for the whole game.
func keyTracks(v *sim.Sight, m *Model, noTeam int) {
	sc := v.Sc
	if sc.Kinds != nil {
		boardTracks(v, m)
		return
	}
	count := make([][]int, len(m.Groups))
	for i := range count {
		count[i] = make([]int, len(sc.Tracks))
	}
	for a := range sc.Actors {
		g, d := m.Nodes[a].Group, &sc.Actors[a]
		for t := range sc.Tracks {
			if t < len(d.Tracks) && d.Tracks[t] != sc.Tracks[t].Def && sc.Tracks[t].Public && v.SeesTrack(a, t) {
				count[g][t]++
			}
		}
	}
	key := make([]int, len(m.Groups))
	for g := range key {
		key[g] = -1
		for t, c := range count[g] {
			if c > 0 && (key[g] < 0 || c > count[g][key[g]]) {
				key[g] = t
			}
		}
		if key[g] >= 0 {
			m.Groups[g].Track = sc.Tracks[key[g]].Label
		}
	}
	for a := range sc.Actors {
		g := m.Nodes[a].Group
		t := key[g]
		if t >= 0 && g == noTeam && (t >= len(sc.Actors[a].Tracks) || sc.Actors[a].Tracks[t] == sc.Tracks[t].Def) {
			continue
		}
		if t >= 0 && v.SeesTrack(a, t) {
			m.Nodes[a].Gauges = []Gauge{TrackGauge(sc, a, t, v.State)}
		}
	}
}

// boardTracks gives each actor node the bars its kind's board list names
// ([kinds.NAME] board), of the tracks v's side can see, each with its label.
func boardTracks(v *sim.Sight, m *Model) {
	sc := v.Sc
	for a := range sc.Actors {
		k := sc.KindOf(a)
		if k == nil {
			continue
		}
		for _, t := range k.Board {
			if v.SeesTrack(a, t) {
				m.Nodes[a].Gauges = append(m.Nodes[a].Gauges, TrackGauge(sc, a, t, v.State))
			}
		}
		m.Nodes[a].Labelled = len(m.Nodes[a].Gauges) > 0
	}
}

// TrackGauge is track t of actor a in st as a bar.
func TrackGauge(sc *sim.Scenario, a, t int, st *sim.State) Gauge {
	td := &sc.Tracks[t]
	return Gauge{Label: td.Label, Value: st.Track(a, t), Min: td.Min, Max: td.Max}
}
