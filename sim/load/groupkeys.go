package load

import (
	"slices"

	"github.com/expr-lang/expr/ast"

	"ttx/sim"
)

// groupKeys returns an error at the first read of a group by an id it does not have
// (actor.nobody, truth.nosuch): the environment types give each group as a map from id (see
// envs.group), so the type checker lets any id through. The error is the one the checker gave
// when each id was a field of its own: "unknown name ID", at the member read.
func (c *compiler) groupKeys(n ast.Node) error {
	v := keyCheck{c: c}
	ast.Walk(&n, &v)
	return v.err
}

// keyCheck is the visitor of groupKeys.
type keyCheck struct {
	c   *compiler
	err error
}

// Visit implements ast.Visitor: children are visited before their parents, left to right, so
// the first error kept is the leftmost innermost.
func (v *keyCheck) Visit(node *ast.Node) {
	m, ok := (*node).(*ast.MemberNode)
	if !ok || v.err != nil {
		return
	}
	base, ok := m.Node.(*ast.IdentifierNode)
	if !ok {
		return
	}
	key, ok := m.Property.(*ast.StringNode)
	if !ok {
		return
	}
	if v.c.hasKey(base.Value, key.Value) {
		return
	}
	v.err = &exprError{off: m.Location().From, msg: "unknown name " + key.Value + didYouMean(key.Value, v.c.keysOf(base.Value))}
}

// keysOf returns the ids group is read by (actor.ID, truth.ID, fired.INJECT, …).
func (c *compiler) keysOf(group string) []string {
	if group == "fired" {
		group = "inject"
	}
	return idsOf(c.sc, group)
}

// hasKey reports whether group has an entry id: a thing of that kind with that id, which is
// an id as expressions write them.
func (c *compiler) hasKey(group, id string) bool {
	sc := c.sc
	var found bool
	switch group {
	case "actor":
		found = sc.Actor(id) >= 0
	case "asset":
		found = sc.Asset(id) >= 0
	case "resolution":
		found = sc.Resolution(id) >= 0
	case "side":
		found = sc.Side(id) >= 0
	case "truth":
		found = slices.ContainsFunc(sc.Truths, func(t sim.TruthDef) bool { return t.ID == id })
	case "fired":
		found = sc.Inject(id) >= 0
	default:
		return true // not a group
	}
	return found && validID(id)
}
