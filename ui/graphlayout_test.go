package ui

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

func sampleGraph() Graph {
	box := func(id string, c NodeClass, kind string) GraphNode {
		return GraphNode{ID: id, Class: c, Kind: kind, W: 120, H: 44}
	}
	return Graph{
		Nodes: []GraphNode{
			box("dprk", ClassActor, "state"),
			box("russia", ClassActor, "state"),
			box("lazarus", ClassActor, "group"),
			box("gamaredon", ClassActor, "group"),
			box("mandiant", ClassActor, "firm"),
			box("unsc", ClassActor, "body"),
			box("c2_relay", ClassAsset, "server"),
			box("tg_channel", ClassAsset, "channel"),
			box("hot_wallet", ClassAsset, "wallet"),
			box("mixer", ClassAsset, "mixer"),
		},
		Edges: []GraphEdge{
			{"dprk", "lazarus"}, {"russia", "gamaredon"},
			{"lazarus", "c2_relay"}, {"gamaredon", "c2_relay"},
			{"gamaredon", "tg_channel"}, {"lazarus", "hot_wallet"},
			{"hot_wallet", "mixer"},
		},
	}
}

func assertNoOverlap(t *testing.T, p Placement) {
	t.Helper()
	ids := make([]string, 0, len(p))
	for id := range p {
		ids = append(ids, id)
	}
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if p[ids[i]].Overlaps(p[ids[j]], 0) {
				t.Errorf("%s %v overlaps %s %v", ids[i], p[ids[i]], ids[j], p[ids[j]])
			}
		}
	}
}

func TestLayoutGraphColumnsByKind(t *testing.T) {
	p := LayoutGraph(sampleGraph(), nil)
	if len(p) != 10 {
		t.Fatalf("placed %d nodes, want 10", len(p))
	}
	assertNoOverlap(t, p)
	left := func(a, b string) {
		t.Helper()
		if !(p[a].X+p[a].W <= p[b].X) {
			t.Errorf("%s at x=%v is not left of %s at x=%v", a, p[a].X, b, p[b].X)
		}
	}
	left("dprk", "lazarus")
	left("unsc", "mandiant")
	left("mandiant", "c2_relay")
	left("lazarus", "tg_channel")
	left("c2_relay", "hot_wallet")
	left("tg_channel", "mixer")
	same := func(a, b string) {
		t.Helper()
		if p[a].Center().X != p[b].Center().X {
			t.Errorf("%s %v and %s %v not in one column", a, p[a], b, p[b])
		}
	}
	same("dprk", "russia")
	same("dprk", "unsc")
	same("lazarus", "mandiant")
	same("c2_relay", "tg_channel")
	same("hot_wallet", "mixer")
	// dprk sorts before russia; each group follows its sponsor's row.
	if !(p["dprk"].Y < p["russia"].Y) || !(p["lazarus"].Y < p["gamaredon"].Y) {
		t.Errorf("groups not in their sponsors' order: dprk %v russia %v lazarus %v gamaredon %v",
			p["dprk"].Y, p["russia"].Y, p["lazarus"].Y, p["gamaredon"].Y)
	}
}

func TestLayoutGraphIgnoresInputOrder(t *testing.T) {
	g := sampleGraph()
	want := LayoutGraph(g, nil)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		h := Graph{Nodes: append([]GraphNode(nil), g.Nodes...), Edges: append([]GraphEdge(nil), g.Edges...)}
		r.Shuffle(len(h.Nodes), func(a, b int) { h.Nodes[a], h.Nodes[b] = h.Nodes[b], h.Nodes[a] })
		r.Shuffle(len(h.Edges), func(a, b int) { h.Edges[a], h.Edges[b] = h.Edges[b], h.Edges[a] })
		if got := LayoutGraph(h, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("shuffle %d: layout changed:\n got %v\nwant %v", i, got, want)
		}
	}
}

func TestLayoutGraphStableBetweenTurns(t *testing.T) {
	g := sampleGraph()
	first := LayoutGraph(g, nil)
	// A turn later a hidden server is revealed and a node grew a line of text.
	g.Nodes = append(g.Nodes, GraphNode{ID: "a_new_server", Class: ClassAsset, Kind: "server", W: 120, H: 44})
	g.Edges = append(g.Edges, GraphEdge{"lazarus", "a_new_server"})
	second := LayoutGraph(g, first)
	for id, r := range first {
		if second[id] != r {
			t.Errorf("%s moved from %v to %v", id, r, second[id])
		}
	}
	if _, ok := second["a_new_server"]; !ok {
		t.Fatal("new node not placed")
	}
	assertNoOverlap(t, second)
	// Same graph, same history: same answer.
	if again := LayoutGraph(g, first); !reflect.DeepEqual(again, second) {
		t.Error("layout with history is not deterministic")
	}
	// A node that left the graph leaves the placement.
	g.Nodes = g.Nodes[1:]
	if third := LayoutGraph(g, second); len(third) != len(second)-1 {
		t.Errorf("placed %d nodes after one left, want %d", len(third), len(second)-1)
	}
}

func TestLayoutGraphNoOverlapRandom(t *testing.T) {
	kinds := []string{"state", "group", "firm", "server", "wallet", "oddity"}
	r := rand.New(rand.NewPCG(7, 9))
	for trial := 0; trial < 50; trial++ {
		var g Graph
		n := 1 + r.IntN(80)
		for i := 0; i < n; i++ {
			k := kinds[r.IntN(len(kinds))]
			c := ClassActor
			if i%2 == 1 {
				c = ClassAsset
			}
			g.Nodes = append(g.Nodes, GraphNode{ID: fmt.Sprintf("n%02d", i), Class: c, Kind: k,
				W: 40 + float64(r.IntN(120)), H: 20 + float64(r.IntN(60))})
		}
		for i := 0; i < n; i++ {
			g.Edges = append(g.Edges, GraphEdge{fmt.Sprintf("n%02d", r.IntN(n)), fmt.Sprintf("n%02d", r.IntN(n))})
		}
		p := LayoutGraph(g, nil)
		if len(p) != n {
			t.Fatalf("trial %d: placed %d of %d", trial, len(p), n)
		}
		assertNoOverlap(t, p)
		// Feed a scrambled previous placement: overlaps must still be resolved.
		prev := Placement{}
		for id := range p {
			prev[id] = Rect{float64(r.IntN(200)), float64(r.IntN(200)), 10, 10}
		}
		assertNoOverlap(t, LayoutGraph(g, prev))
		if tall := p.Bounds(); n > 40 && tall.H > 3*layoutMaxCol {
			t.Errorf("trial %d: %d nodes laid out %v tall: columns did not wrap", trial, n, tall.H)
		}
	}
}

func TestLayoutGraphDuplicateIDs(t *testing.T) {
	g := Graph{Nodes: []GraphNode{
		{ID: "x", Kind: "state", W: 10, H: 10},
		{ID: "x", Kind: "state", W: 10, H: 10},
	}}
	if p := LayoutGraph(g, nil); len(p) != 1 {
		t.Errorf("placed %d, want 1", len(p))
	}
}
