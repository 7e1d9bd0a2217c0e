package ui

import (
	"math"
	"sort"
)

// NodeClass separates the two families of board nodes.
type NodeClass int

// Node classes, laid out left to right in this order.
const (
	ClassActor NodeClass = iota
	ClassAsset
)

// GraphNode is one box on the board: its id, class, free kind word and size.
type GraphNode struct {
	ID    string
	Class NodeClass
	Kind  string
	W, H  float64
}

// GraphEdge joins two nodes by id (an owner to its asset, a sponsor to its
// group, a link between assets).
type GraphEdge struct{ From, To string }

// Graph is what the board lays out.
type Graph struct {
	Nodes []GraphNode
	Edges []GraphEdge
}

// Placement is where each node goes, by id, in world units.
type Placement map[string]Rect

// Spacing of the layout, in world units.
const (
	layoutColGap = 70  // between columns
	layoutRowGap = 18  // between boxes of a column
	layoutMaxCol = 640 // a column wraps when taller than this (or than the board is wide)
)

// columnOf puts kinds into four columns, left to right: states and bodies;
// groups, firms and other actors; infrastructure; holdings of value.
func columnOf(c NodeClass, kind string) int {
	if c == ClassActor {
		switch kind {
		case "state", "body":
			return 0
		}
		return 1
	}
	switch kind {
	case "wallet", "mixer", "bridge", "exchange", "treasury":
		return 3
	}
	return 2
}

// LayoutGraph places the nodes of g in four columns by kind (see
// columnOf), each column ordered by the mean
// row of its neighbours in earlier columns (then by id), tall columns
// wrapped. Nodes already in prev keep their place, so the board stays still
// between turns; new nodes take their column's place and are pushed down
// until they overlap nothing. The result depends only on g and prev, not on
// the order of g's slices, and no two boxes overlap.
func LayoutGraph(g Graph, prev Placement) Placement {
	nodes := append([]GraphNode(nil), g.Nodes...)
	sort.Slice(nodes, func(i, j int) bool {
		a, b := nodes[i], nodes[j]
		if ca, cb := columnOf(a.Class, a.Kind), columnOf(b.Class, b.Kind); ca != cb {
			return ca < cb
		}
		return a.ID < b.ID
	})
	nodes = dedupNodes(nodes)
	adj := adjacency(g.Edges)
	ideal := idealPlaces(nodes, adj)

	out := make(Placement, len(nodes))
	var placed []Rect
	// Known nodes first, in sorted order, then new ones: only a node that
	// must move to avoid an overlap ever moves.
	for pass := 0; pass < 2; pass++ {
		for _, n := range nodes {
			old, known := prev[n.ID]
			if known != (pass == 0) {
				continue
			}
			r := ideal[n.ID]
			if known {
				r = Rect{old.X, old.Y, n.W, n.H}
			}
			r = pushClear(r, placed)
			placed = append(placed, r)
			out[n.ID] = r
		}
	}
	return out
}

func dedupNodes(sorted []GraphNode) []GraphNode {
	out := sorted[:0]
	seen := map[string]bool{}
	for _, n := range sorted {
		if seen[n.ID] {
			continue
		}
		seen[n.ID] = true
		if n.W <= 0 {
			n.W = 1
		}
		if n.H <= 0 {
			n.H = 1
		}
		out = append(out, n)
	}
	return out
}

func adjacency(edges []GraphEdge) map[string][]string {
	adj := map[string][]string{}
	for _, e := range edges {
		if e.From == e.To {
			continue
		}
		adj[e.From] = append(adj[e.From], e.To)
		adj[e.To] = append(adj[e.To], e.From)
	}
	return adj
}

// idealPlaces lays the sorted nodes out in columns with no memory of an
// earlier placement.
func idealPlaces(nodes []GraphNode, adj map[string][]string) Placement {
	type column struct{ nodes []GraphNode }
	var cols []column
	for i, n := range nodes {
		if i == 0 || columnOf(n.Class, n.Kind) != columnOf(nodes[i-1].Class, nodes[i-1].Kind) {
			cols = append(cols, column{})
		}
		c := &cols[len(cols)-1]
		c.nodes = append(c.nodes, n)
	}
	out := Placement{}
	row := map[string]float64{} // centre y of each placed node
	// Columns wrap at the height that makes the board roughly square.
	area := 0.0
	for _, n := range nodes {
		area += (n.W + layoutColGap) * (n.H + layoutRowGap)
	}
	maxCol := math.Max(layoutMaxCol, 1.1*math.Sqrt(area))
	x := 0.0
	for _, c := range cols {
		order := append([]GraphNode(nil), c.nodes...)
		key := make(map[string]float64, len(order))
		for _, n := range order {
			sum, k := 0.0, 0
			for _, m := range adj[n.ID] {
				if y, ok := row[m]; ok {
					sum += y
					k++
				}
			}
			key[n.ID] = math.Inf(1)
			if k > 0 {
				key[n.ID] = sum / float64(k)
			}
		}
		sort.SliceStable(order, func(i, j int) bool {
			ki, kj := key[order[i].ID], key[order[j].ID]
			if ki != kj {
				return ki < kj
			}
			return order[i].ID < order[j].ID
		})
		// Split into sub-columns no taller than maxCol.
		var subs [][]GraphNode
		h := math.Inf(1)
		for _, n := range order {
			if h+n.H > maxCol {
				subs = append(subs, nil)
				h = 0
			}
			subs[len(subs)-1] = append(subs[len(subs)-1], n)
			h += n.H + layoutRowGap
		}
		for _, s := range subs {
			w, total := 0.0, -float64(layoutRowGap)
			for _, n := range s {
				w = math.Max(w, n.W)
				total += n.H + layoutRowGap
			}
			y := -total / 2
			for _, n := range s {
				out[n.ID] = Rect{x + (w-n.W)/2, y, n.W, n.H}
				row[n.ID] = y + n.H/2
				y += n.H + layoutRowGap
			}
			x += w + layoutColGap
		}
	}
	return out
}

// pushClear moves r down until it overlaps none of placed (with the row gap
// kept clear). Each step puts r below a box it overlapped, so it ends.
func pushClear(r Rect, placed []Rect) Rect {
	for {
		moved := false
		for _, p := range placed {
			if r.Overlaps(p, layoutRowGap/2) {
				r.Y = p.Y + p.H + layoutRowGap
				moved = true
			}
		}
		if !moved {
			return r
		}
	}
}

// Bounds returns the rectangle holding every placed node.
func (p Placement) Bounds() Rect {
	var b Rect
	for _, r := range p {
		b = b.Union(r)
	}
	return b
}
