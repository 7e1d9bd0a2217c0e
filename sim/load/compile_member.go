package load

import (
	"github.com/expr-lang/expr/ast"

	"ttx/sim"
)

// index says which entity a member chain reads: a fixed one, or the order's self, target or
// argument.
type index struct {
	fixed int // >= 0: that entity
	of    int // when fixed < 0: ofSelf, ofTarget or ofArg
}

const (
	ofSelf = iota
	ofTarget
	ofArg
)

// at returns the index of the entity ix reads in context c: called in the fields' closures, where
// it is inlined, rather than made a closure of its own (fn), which each field read would call.
func (ix index) at(c *sim.Ctx) int {
	switch {
	case ix.fixed >= 0:
		return ix.fixed
	case ix.of == ofSelf:
		return c.Self
	case ix.of == ofTarget:
		return c.Target
	}
	return c.Arg
}

// fn returns ix.at as a function.
func (ix index) fn() func(*sim.Ctx) int { return ix.at }

// chain flattens a member chain a.b.c into its base name and properties.
func chain(n ast.Node) (string, []string, bool) {
	depth := 0
	for x := n; ; depth++ {
		m, ok := x.(*ast.MemberNode)
		if !ok {
			break
		}
		x = m.Node
	}
	props := make([]string, depth) // filled from the end: the outermost property is last
	for {
		switch m := n.(type) {
		case *ast.MemberNode:
			s, ok := m.Property.(*ast.StringNode)
			if !ok || m.Optional || m.Method {
				return "", nil, false
			}
			depth--
			props[depth] = s.Value
			n = m.Node
		case *ast.IdentifierNode:
			return m.Value, props, true
		default:
			return "", nil, false
		}
	}
}

// member compiles a member chain such as self.capability or actor.lazarus.exposure. The type
// checker has already refused unknown names, so every name here exists.
func (c *compiler) member(n *ast.MemberNode, k envKey) (val, error) {
	base, props, ok := chain(n)
	if !ok {
		return val{}, c.errAt(n, "this kind of member access is not supported in scenarios")
	}
	sc := c.sc
	need := func(p int) (val, error) {
		return val{}, c.errAt(n, "%s needs %d more name(s) after it", base, p-len(props))
	}
	switch base {
	case "self":
		return c.actorField(index{fixed: -1, of: ofSelf}, props[0], n)
	case "arg":
		return c.actorField(index{fixed: -1, of: ofArg}, props[0], n)
	case "target":
		ix := index{fixed: -1, of: ofTarget}
		switch k.target {
		case sim.TargetActor:
			return c.actorField(ix, props[0], n)
		case sim.TargetAsset:
			return c.assetField(ix, props[0], n)
		case sim.TargetLink:
			return c.linkField(ix, props[0], n)
		case sim.TargetIncident:
			return c.incidentField(ix, props[0], n)
		case sim.TargetResolution:
			return c.resField(ix, props[0], n)
		}
	case "actor", "asset", "resolution", "side":
		if len(props) < 2 {
			return need(2)
		}
		switch base {
		case "actor":
			return c.actorField(index{fixed: sc.Actor(props[0])}, props[1], n)
		case "asset":
			return c.assetField(index{fixed: sc.Asset(props[0])}, props[1], n)
		case "resolution":
			return c.resField(index{fixed: sc.Resolution(props[0])}, props[1], n)
		case "side":
			i := sc.Side(props[0])
			c.readsScore = true
			return numV(func(x *sim.Ctx) float64 { x.ReadScore(i); return x.S.Scores[i] }), nil
		}
	case "truth":
		i := -1
		for j, t := range sc.Truths {
			if t.ID == props[0] {
				i = j
			}
		}
		return boolV(func(x *sim.Ctx) bool { x.ReadSecret(); return x.S.Truth[i] }), nil
	case "fired":
		i := sc.Inject(props[0])
		return boolV(func(x *sim.Ctx) bool { x.ReadFired(i); return x.S.Fired[i] != 0 }), nil
	case "flow":
		return c.flowField(props[0], n)
	}
	return val{}, c.errAt(n, "%s has no fields", base)
}

func (c *compiler) actorField(ix index, f string, n ast.Node) (val, error) {
	switch f {
	case "id", "kind", "side":
		tab := map[string][]int32{"id": c.actorID, "kind": c.actorKind, "side": c.actorSide}[f]
		read := func(x *sim.Ctx) int32 { return tab[ix.at(x)] }
		sc := c.sc
		switch f {
		case "id":
			return symIn(read, c.domain("actor.id", "actor", func() []string { return idsOf(sc, "actor") })), nil
		case "kind":
			return symIn(read, c.domain("actor.kind", "kind", func() []string { return actorKinds(sc) })), nil
		}
		return symIn(read, c.domain("actor.side", "side", func() []string { return actorSides(sc) })), nil
	}
	t := c.sc.Track(f)
	if t < 0 {
		return val{}, c.errAt(n, "unknown name %s", f)
	}
	if msg := c.may.lacks(c.sc, ix, t); msg != "" {
		return val{}, c.errAt(n, "%s", msg)
	}
	switch {
	case ix.fixed >= 0:
		// IndexTracks has run, and the actor has the track (lacks refused it otherwise): its
		// slot is the state's.
		a, k := ix.fixed, c.sc.Slot(ix.fixed, t)
		return numV(func(x *sim.Ctx) float64 { x.ReadTrack(a, t); return float64(x.S.Tracks[k]) }), nil
	case ix.of == ofSelf:
		return numV(func(x *sim.Ctx) float64 { x.ReadTrack(x.Self, t); return float64(x.S.Track(x.Self, t)) }), nil
	case ix.of == ofTarget:
		return numV(func(x *sim.Ctx) float64 { x.ReadTrack(x.Target, t); return float64(x.S.Track(x.Target, t)) }), nil
	}
	return numV(func(x *sim.Ctx) float64 { x.ReadTrack(x.Arg, t); return float64(x.S.Track(x.Arg, t)) }), nil
}

func (c *compiler) assetField(ix index, f string, n ast.Node) (val, error) {
	// The closures read the compiler's tables, never the compiler, which a scenario must not
	// keep alive (its caches of environments and checked expressions with it).
	ids, kinds := c.assetID, c.assetKind
	switch f {
	case "id":
		return symIn(func(x *sim.Ctx) int32 { return ids[ix.at(x)] }, c.domain("asset.id", "asset", func() []string { return idsOf(c.sc, "asset") })), nil
	case "kind":
		return symIn(func(x *sim.Ctx) int32 { return kinds[ix.at(x)] }, c.domain("asset.kind", "kind", func() []string { return assetKinds(c.sc) })), nil
	case "status":
		return symIn(func(x *sim.Ctx) int32 { return int32(x.AssetStatus(ix.at(x))) }, c.domain("asset.status", "status", func() []string { return sim.StatusNames })), nil
	case "value":
		return numV(func(x *sim.Ctx) float64 { return float64(x.AssetValue(ix.at(x), false)) }), nil
	case "dirty":
		return numV(func(x *sim.Ctx) float64 { return float64(x.AssetValue(ix.at(x), true)) }), nil
	case "owners":
		sc := c.sc
		return numV(func(x *sim.Ctx) float64 { return float64(len(sc.Assets[ix.at(x)].Owners)) }), nil
	case "traced":
		return boolV(func(x *sim.Ctx) bool { return x.AssetTraced(ix.at(x)) }), nil
	}
	return val{}, c.errAt(n, "unknown name %s", f)
}

func (c *compiler) linkField(ix index, f string, n ast.Node) (val, error) {
	sc := c.sc
	switch f {
	case "id":
		ids := c.linkID // the table, not the compiler (see assetField)
		return symIn(func(x *sim.Ctx) int32 { return ids[ix.at(x)] }, c.domain("link.id", "link", func() []string { return idsOf(c.sc, "link") })), nil
	case "fee":
		return numV(func(x *sim.Ctx) float64 { return float64(sc.Links[ix.at(x)].FeeBP) / 100 }), nil
	case "delay":
		return numV(func(x *sim.Ctx) float64 { return float64(sc.Links[ix.at(x)].Delay) }), nil
	case "value":
		return numV(func(x *sim.Ctx) float64 {
			return float64(x.AssetValue(sc.Links[ix.at(x)].From, true))
		}), nil
	}
	return val{}, c.errAt(n, "unknown name %s", f)
}

func (c *compiler) incidentField(ix index, f string, n ast.Node) (val, error) {
	switch f {
	case "age":
		return numV(func(x *sim.Ctx) float64 { return float64(x.S.Turn - x.S.Incidents[ix.at(x)].Turn) }), nil
	case "evidence":
		// The strongest case against any one candidate, from what the acting side has found or
		// was made public: one find on a shared server that points at two owners is a case of
		// its strength against each, not twice the strength.
		return numV(func(x *sim.Ctx) float64 { return float64(strongest(x, ix.at(x))) }), nil
	case "against":
		return numV(func(x *sim.Ctx) float64 {
			if x.Arg < 0 {
				return 0
			}
			return float64(against(x, ix.at(x), x.Arg))
		}), nil
	case "attributed":
		return boolV(func(x *sim.Ctx) bool { return x.S.Incidents[ix.at(x)].Attributed != 0 }), nil
	}
	return val{}, c.errAt(n, "unknown name %s", f)
}

func (c *compiler) resField(ix index, f string, n ast.Node) (val, error) {
	ids, statuses := c.resID, c.resStatus // the tables, not the compiler (see assetField)
	switch f {
	case "id":
		return symIn(func(x *sim.Ctx) int32 { return ids[ix.at(x)] }, c.domain("resolution.id", "resolution", func() []string { return idsOf(c.sc, "resolution") })), nil
	case "status":
		return symIn(func(x *sim.Ctx) int32 { return statuses[x.S.Res[readRes(x, ix)].Status] }, c.domain("resolution.status", "status", func() []string { return sim.ResStatusNames })), nil
	case "yes":
		return numV(func(x *sim.Ctx) float64 { return float64(x.S.Res[readRes(x, ix)].Yes) }), nil
	case "no":
		return numV(func(x *sim.Ctx) float64 { return float64(x.S.Res[readRes(x, ix)].No) }), nil
	case "abstain":
		return numV(func(x *sim.Ctx) float64 { return float64(x.S.Res[readRes(x, ix)].Abst) }), nil
	case "passed":
		return boolV(func(x *sim.Ctx) bool { return x.S.Res[readRes(x, ix)].Status == sim.Passed }), nil
	case "tabled":
		return boolV(func(x *sim.Ctx) bool { return x.S.Res[readRes(x, ix)].Status == sim.Tabled }), nil
	}
	return val{}, c.errAt(n, "unknown name %s", f)
}

func (c *compiler) flowField(f string, n ast.Node) (val, error) {
	switch f {
	case "stolen":
		return numV(func(x *sim.Ctx) float64 { x.ReadSecret(); return float64(x.S.Flow.Stolen) }), nil
	case "frozen":
		return numV(func(x *sim.Ctx) float64 { x.ReadSecret(); return float64(x.S.Flow.Frozen) }), nil
	case "fees":
		return numV(func(x *sim.Ctx) float64 { x.ReadSecret(); return float64(x.S.Flow.Fees) }), nil
	case "cashed":
		return numV(func(x *sim.Ctx) float64 { x.ReadSecret(); return float64(x.S.Flow.Cashed) }), nil
	case "held":
		return numV(func(x *sim.Ctx) float64 { x.ReadSecret(); h, _ := x.S.Held(); return float64(h) }), nil
	case "transit":
		return numV(func(x *sim.Ctx) float64 { x.ReadSecret(); _, t := x.S.Held(); return float64(t) }), nil
	}
	return val{}, c.errAt(n, "unknown name %s", f)
}

// strongest returns the strength of the strongest case on incident i against any one actor,
// from the evidence the acting side has found or that was made public. An incident's evidence
// points at a few actors (its authors, the owners of what it went through, those planted), so
// the sums are kept in a short list; past its length, each actor's case is summed on its own.
func strongest(x *sim.Ctx, i int) int64 {
	var who [8]int
	var w [8]int64
	n := 0
	evs, sd := x.S.EvidenceOn(i), x.Side // kept apart: the loop reloads nothing through x
	for k := range evs {
		e := &evs[k]
		if int(e.Incident) != i || !e.Public && int(e.Side) != sd {
			continue
		}
		j := 0
		for j < n && who[j] != int(e.Accused) {
			j++
		}
		if j == n {
			if n == len(who) {
				return strongestOfMany(x, i)
			}
			who[n], w[n] = int(e.Accused), 0
			n++
		}
		w[j] += e.Strength
	}
	best := int64(0)
	for _, v := range w[:n] {
		best = max(best, v)
	}
	return best
}

// strongestOfMany is strongest for any number of accused.
func strongestOfMany(x *sim.Ctx, i int) int64 {
	best := int64(0)
	for _, e := range x.S.EvidenceOn(i) {
		if int(e.Incident) == i && (e.Public || int(e.Side) == x.Side) {
			best = max(best, against(x, i, int(e.Accused)))
		}
	}
	return best
}

// against is the strength of the evidence against actor a on incident i that the acting side
// has found or that was made public.
func against(x *sim.Ctx, i, a int) int64 {
	w := int64(0)
	for _, e := range x.S.EvidenceOn(i) {
		if int(e.Incident) == i && int(e.Accused) == a && (e.Public || int(e.Side) == x.Side) {
			w += e.Strength
		}
	}
	return w
}

// readRes returns the resolution a field reads, noting the read (see sim.Ctx.Watch).
func readRes(x *sim.Ctx, ix index) int {
	i := ix.at(x)
	x.ReadResolution(i)
	return i
}
