package load

import (
	"slices"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/ast"

	"ttx/sim"
)

// whenTerms returns, for each conjunct of a move's condition src (or for the whole condition
// when it has one), the values it reads, for a refusal to show: member chains (self.funds,
// target.status, actor.us.standing) and turn, each once, in source order.
func (c *compiler) whenTerms(src string, k envKey) [][]sim.Term {
	n, err := c.parse(src, k)
	if err != nil {
		return nil
	}
	cjs := conjuncts(n, nil)
	if len(cjs) < 2 {
		cjs = []ast.Node{n}
	}
	out := make([][]sim.Term, 0, len(cjs))
	for _, cj := range cjs {
		var ts []sim.Term
		for _, r := range reads0(cj, nil) {
			src := r.String()
			if base, props, ok := chain(r); ok {
				src = strings.Join(append([]string{base}, props...), ".")
			}
			if slices.ContainsFunc(ts, func(t sim.Term) bool { return t.Src == src }) {
				continue
			}
			if t, ok := c.term(src, r, k); ok {
				ts = append(ts, t)
			}
		}
		out = append(out, ts)
	}
	return out
}

// reads0 appends the reads in n: member chains and turn, outermost first.
func reads0(n ast.Node, out []ast.Node) []ast.Node {
	switch x := n.(type) {
	case *ast.MemberNode:
		if _, _, ok := chain(x); ok {
			return append(out, x)
		}
		return reads0(x.Node, out)
	case *ast.IdentifierNode:
		if x.Value == "turn" {
			return append(out, x)
		}
	case *ast.UnaryNode:
		return reads0(x.Node, out)
	case *ast.BinaryNode:
		return reads0(x.Right, reads0(x.Left, out))
	case *ast.ConditionalNode:
		return reads0(x.Exp2, reads0(x.Exp1, reads0(x.Cond, out)))
	case *ast.BuiltinNode:
		for _, a := range x.Arguments {
			out = reads0(a, out)
		}
	case *ast.CallNode:
		for _, a := range x.Arguments {
			out = reads0(a, out)
		}
	case *ast.ArrayNode:
		for _, a := range x.Nodes {
			out = reads0(a, out)
		}
	}
	return out
}

// term compiles one read as a term: its value as shown, and for a track an actor's kind lacks,
// that it holds the track's default.
func (c *compiler) term(src string, n ast.Node, k envKey) (sim.Term, bool) {
	v, err := c.node(n, k)
	if err != nil {
		return sim.Term{}, false
	}
	sc := c.sc
	switch v.k {
	case kBool:
		return sim.Term{Src: src, Show: func(x *sim.Ctx) string { return strconv.FormatBool(v.b(x)) }}, true
	case kSym:
		return sim.Term{Src: src, Show: func(x *sim.Ctx) string {
			if s := v.s(x); s >= 0 && int(s) < len(sc.Syms) {
				return strconv.Quote(sc.Syms[s])
			}
			return "?"
		}}, true
	}
	show := func(x *sim.Ctx) string { return strconv.FormatFloat(v.n(x), 'f', -1, 64) }
	who, t := c.trackOf(n)
	if who == nil {
		return sim.Term{Src: src, Show: show}, true
	}
	return sim.Term{Src: src, Show: func(x *sim.Ctx) string {
		s := show(x)
		if a := who(x); a >= 0 && a < len(sc.Actors) && !sc.HasTrack(a, t) {
			s += " (the track's default: " + sc.Actors[a].ID + "'s kind has no " + sc.Tracks[t].ID + ")"
		}
		return s
	}}, true
}

// trackOf returns, when n reads an actor's track, which actor and which track; else nil.
func (c *compiler) trackOf(n ast.Node) (func(*sim.Ctx) int, int) {
	base, props, ok := chain(n)
	if !ok || len(props) == 0 {
		return nil, 0
	}
	t := c.sc.Track(props[len(props)-1])
	if t < 0 {
		return nil, 0
	}
	switch {
	case base == "self" && len(props) == 1:
		return index{fixed: -1, of: ofSelf}.fn(), t
	case base == "target" && len(props) == 1:
		return index{fixed: -1, of: ofTarget}.fn(), t
	case base == "arg" && len(props) == 1:
		return index{fixed: -1, of: ofArg}.fn(), t
	case base == "actor" && len(props) == 2:
		return index{fixed: c.sc.Actor(props[0])}.fn(), t
	}
	return nil, 0
}
