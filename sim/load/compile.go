package load

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/checker"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/parser"

	"ttx/sim"
)

// Limits on one expression.
const (
	maxExprLen   = 1000
	maxExprNodes = 200
)

// compiler turns expressions into closures over a sim.Ctx. expr parses and type-checks each
// expression against the scenario's environment types (env.go); the checked tree is then
// compiled here into plain Go closures that read the flat state directly, so an evaluation costs
// a few indirect calls and no allocation. Constructs the closures do not cover are refused at
// load, with their position.
type compiler struct {
	sc   *sim.Scenario
	set  *envSet // the environment types and configurations, see takeEnvSet
	syms map[string]int32

	actorID, actorKind, actorSide []int32
	assetID, assetKind, linkID    []int32
	resStatus, resID              []int32

	// doms holds the domains of string reads, made on first use (see domain).
	doms map[string]*domain

	// may is who self and target may be in the move being compiled (see mayBe); nil outside
	// moves.
	may *mayBe
	// readsScore is set once an expression that reads a side's score is compiled.
	readsScore bool
}

func newCompiler(sc *sim.Scenario) *compiler {
	c := &compiler{sc: sc, set: takeEnvSet(sc), syms: map[string]int32{}}
	for _, n := range sim.StatusNames {
		c.sym(n)
	}
	for _, a := range sc.Actors {
		c.actorID = append(c.actorID, c.sym(a.ID))
		c.actorKind = append(c.actorKind, c.sym(a.Kind))
		side := ""
		if a.Side >= 0 {
			side = sc.Sides[a.Side].ID
		}
		c.actorSide = append(c.actorSide, c.sym(side))
	}
	for _, x := range sc.Assets {
		c.assetID = append(c.assetID, c.sym(x.ID))
		c.assetKind = append(c.assetKind, c.sym(x.Kind))
	}
	for _, l := range sc.Links {
		c.linkID = append(c.linkID, c.sym(l.ID))
	}
	for _, r := range sc.Resolutions {
		c.resID = append(c.resID, c.sym(r.ID))
	}
	for _, n := range sim.ResStatusNames {
		c.resStatus = append(c.resStatus, c.sym(n))
	}
	return c
}

// sym interns a string.
func (c *compiler) sym(s string) int32 {
	if i, ok := c.syms[s]; ok {
		return i
	}
	i := int32(len(c.sc.Syms))
	c.sc.Syms = append(c.sc.Syms, s)
	c.syms[s] = i
	return i
}

// exprError is an expression error at a rune offset of the expression.
type exprError struct {
	off int
	msg string
}

func (e *exprError) Error() string { return e.msg }

// noField matches the expression library's error for a member a structure lacks; its first
// group is the structure's fields, its second the member.
var noField = regexp.MustCompile(`type struct \{(.*)\} has no field (\w+)`)

// fieldNames returns the names expressions read the fields of a structure by, from the
// fields as the expression library lists them ("X_funds float64; X_id string").
func fieldNames(list string) []string {
	var names []string
	for _, f := range strings.Split(list, ";") {
		if name, _, ok := strings.Cut(strings.TrimSpace(f), " "); ok {
			names = append(names, strings.TrimPrefix(name, "X_"))
		}
	}
	return names
}

// startNames returns the names an expression of context k may start with: its environment's
// fields, as expressions write them.
func (c *compiler) startNames(k envKey) []string {
	t := reflect.TypeOf(c.set.envs.env(k))
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var names []string
	for i := range t.NumField() {
		if n := t.Field(i).Tag.Get("expr"); n != "" {
			names = append(names, n)
		}
	}
	return names
}

// badLiteral matches the expression library's error for a number literal out of range.
var badLiteral = regexp.MustCompile(`^invalid (float|integer|hex|octal|binary) literal: strconv\.Parse\w+: parsing "([^"]*)": value out of range`)

// literalError is the error for number literal lit, out of range, that ends near rune offset
// end of src: at the literal, saying why.
func literalError(src string, end int, kind, lit string) error {
	rs := []rune(src)
	off := strings.LastIndex(string(rs[:min(end+1, len(rs))]), lit)
	if off < 0 {
		off = 0
	}
	off = len([]rune(src[:min(off, len(src))]))
	if kind == "float" {
		return &exprError{off: off, msg: fmt.Sprintf("%s is not a finite number: numbers lie within ±1.7e308", lit)}
	}
	return &exprError{off: off, msg: fmt.Sprintf("%s is out of range: a whole number lies within ±9.2e18 (write larger ones as 1e20)", lit)}
}

// parsed names a type-checked expression: its source and context.
type parsed struct {
	src string
	k   envKey
}

// config returns the expr configuration of context k, built once.
func (c *compiler) config(k envKey) *conf.Config {
	if cfg, ok := c.set.configs[k]; ok {
		return cfg
	}
	cfg := conf.CreateNew()
	for _, op := range []expr.Option{expr.Env(c.set.envs.env(k)), expr.DisableAllBuiltins(),
		expr.EnableBuiltin("min"), expr.EnableBuiltin("max"), expr.EnableBuiltin("abs"),
		expr.EnableBuiltin("floor"), expr.EnableBuiltin("ceil"), expr.EnableBuiltin("round"),
		expr.Optimize(false), expr.MaxNodes(maxExprNodes)} {
		op(cfg)
	}
	for _, name := range slices.Sorted(maps.Keys(cfg.Disabled)) {
		delete(cfg.Builtins, name)
	}
	cfg.Functions[modName] = modFunc
	cfg.Visitors = append(cfg.Visitors, modPatcher{})
	cfg.Check()
	c.set.configs[k] = cfg
	return cfg
}

// parse type-checks src in context k and returns its tree.
func (c *compiler) parse(src string, k envKey) (ast.Node, error) {
	if len(src) > maxExprLen {
		return nil, &exprError{msg: fmt.Sprintf("expression is %d characters long, more than %d", len(src), maxExprLen)}
	}
	if strings.TrimSpace(src) == "" {
		return nil, &exprError{msg: "expression is empty"}
	}
	key := parsed{src, k}
	if n, ok := c.set.trees[key]; ok {
		return n, nil
	}
	if n := literal(src); n != nil {
		c.set.trees[key] = n
		return n, nil
	}
	// expr.Compile with these options, without building the configuration anew for every
	// expression and without compiling bytecode the engine never runs: the closures do.
	// The ids a group is read by are checked between parsing and type-checking, where the
	// checker found them when they were fields (see groupKeys).
	cfg := c.config(k)
	tree, err := parser.ParseWithConfig(src, cfg)
	if err == nil {
		if err := c.groupKeys(tree.Node); err != nil {
			return nil, err
		}
		_, err = new(checker.Checker).PatchAndCheck(tree, cfg)
	}
	if err != nil {
		var fe *file.Error
		if errors.As(err, &fe) {
			msg := fe.Message
			var near []string // the names an unknown name may be a slip for
			fields := false   // whether they are the fields of what the name is read of
			base := ""        // what they are the fields of, as the message names it
			if m := noField.FindStringSubmatch(msg); m != nil {
				msg, fields = "unknown name "+m[2], true
				near, base = c.readable(memberBase(src, fe.From), k, fieldNames(m[1]))
			} else if strings.HasPrefix(msg, "unknown name ") {
				near = c.startNames(k)
			}
			switch msg {
			case "unknown name self", "unknown name target", "unknown name arg", "unknown name correct", "unknown name param":
				msg = strings.TrimPrefix(msg, "unknown name ") + " is not available here"
			default:
				if name, ok := strings.CutPrefix(msg, "unknown name "); ok {
					if d := didYouMean(name, near); d != "" || !fields {
						msg += d
					} else {
						// No slip of a field: say what the thing read has (target.status
						// where the target is an actor).
						msg += fmt.Sprintf(" (%s has %s)", base, strings.Join(near, ", "))
					}
				}
			}
			msg = plainChecker(plainTypes(strings.ReplaceAll(msg, "X_", "")))
			if m := badLiteral.FindStringSubmatch(msg); m != nil {
				return nil, literalError(src, fe.From, m[1], m[2])
			}
			if strings.Contains(msg, "exceeds maximum allowed nodes") {
				return nil, &exprError{msg: fmt.Sprintf("expression is too complex: more than %d syntax nodes", maxExprNodes)}
			}
			return nil, &exprError{off: fe.From, msg: msg}
		}
		return nil, &exprError{msg: err.Error()}
	}
	c.set.trees[key] = tree.Node
	return tree.Node, nil
}

// literal returns the tree expr makes of src when src is a plain decimal number (digits, or
// digits, a point and digits), which needs no environment; else nil. A minus sign before a
// number other than zero gives the negative number, which expr would compute from the number
// (-0 is left to expr, which makes it the float -0). Most number expressions of a scenario are
// such; expr's parser and checker cost far more.
func literal(src string) ast.Node {
	neg := strings.HasPrefix(src, "-")
	digits := strings.TrimPrefix(src, "-")
	point := -1
	for i := 0; i < len(digits); i++ {
		switch {
		case digits[i] >= '0' && digits[i] <= '9':
		case digits[i] == '.' && point < 0 && i > 0 && i < len(digits)-1:
			point = i
		default:
			return nil
		}
	}
	if digits == "" {
		return nil
	}
	var n ast.Node
	if point < 0 {
		v, err := strconv.ParseInt(digits, 10, 64)
		if err != nil || v > math.MaxInt || neg && v == 0 {
			return nil
		}
		if neg {
			v = -v
		}
		n = &ast.IntegerNode{Value: int(v)}
	} else {
		v, err := strconv.ParseFloat(digits, 64)
		if err != nil || neg && v == 0 {
			return nil
		}
		if neg {
			v = -v
		}
		n = &ast.FloatNode{Value: v}
	}
	n.SetLocation(file.Location{From: 0, To: len(src)})
	return n
}

// Num compiles a number expression.
func (c *compiler) Num(src string, k envKey) (sim.Num, error) {
	n, err := c.parse(src, k)
	if err != nil {
		return sim.Num{}, err
	}
	v, err := c.node(n, k)
	if err != nil {
		return sim.Num{}, err
	}
	if v.k != kNum {
		return sim.Num{}, &exprError{msg: "expected a number, got " + v.k.String()}
	}
	if v.konst {
		return sim.WholeNum(sim.Num{Src: src, Fn: v.n}, v.kn), nil
	}
	return sim.Num{Src: src, Fn: v.n}, nil
}

// Bool compiles a condition.
func (c *compiler) Bool(src string, k envKey) (sim.Bool, error) {
	n, err := c.parse(src, k)
	if err != nil {
		return sim.Bool{}, err
	}
	v, err := c.node(n, k)
	if err != nil {
		return sim.Bool{}, err
	}
	if v.k != kBool {
		return sim.Bool{}, &exprError{msg: "expected a condition (true or false), got " + v.k.String()}
	}
	return sim.Bool{Src: src, Fn: v.b}, nil
}

type vkind int

const (
	kNum vkind = iota
	kBool
	kSym
)

func (k vkind) String() string { return [...]string{"a number", "a condition", "a string"}[k] }

// val is a compiled sub-expression of one of three kinds. A literal also keeps its value
// (konst), so that comparisons with it compile to one closure instead of two.
type val struct {
	k     vkind
	n     func(*sim.Ctx) float64
	b     func(*sim.Ctx) bool
	s     func(*sim.Ctx) int32
	konst bool
	kn    float64
	ks    int32
	// dom, for a read of a string, is the values it can take (nil: any), so that a literal it
	// is compared with can be checked: asset.relay.status == 'activ' would never hold.
	dom *domain
}

// domain is the values a read of a string can take, and what such a value is ("status",
// "actor", "side", …), for messages.
type domain struct {
	what string
	vals []string
}

// numLit returns the literal number v.
func numLit(v float64) val {
	x := numV(func(*sim.Ctx) float64 { return v })
	x.konst, x.kn = true, v
	return x
}

// symIn returns the read f of a string of domain d.
func symIn(f func(*sim.Ctx) int32, d *domain) val {
	v := symV(f)
	v.dom = d
	return v
}

// domain returns the domain of the reads named name ("asset.status"), whose values are a what,
// listed by vals: made once a load.
func (c *compiler) domain(name, what string, vals func() []string) *domain {
	d, ok := c.doms[name]
	if !ok {
		d = &domain{what: what, vals: vals()}
		if c.doms == nil {
			c.doms = map[string]*domain{}
		}
		c.doms[name] = d
	}
	return d
}

// checkLiteral returns an error when n is a string literal that a read of domain d (nil: any
// value) is compared with and that d does not hold: the comparison would never hold, or
// always, and is a slip.
func (c *compiler) checkLiteral(n ast.Node, d *domain) error {
	lit, ok := n.(*ast.StringNode)
	if !ok || d == nil || slices.Contains(d.vals, lit.Value) {
		return nil
	}
	shown := make([]string, len(d.vals))
	for i, v := range d.vals {
		shown[i] = v
		if v == "" {
			shown[i] = `""`
		}
	}
	return c.errAt(n, "%s", unknownWord(d.what, lit.Value, shown))
}

func numV(f func(*sim.Ctx) float64) val { return val{k: kNum, n: f} }
func boolV(f func(*sim.Ctx) bool) val   { return val{k: kBool, b: f} }
func symV(f func(*sim.Ctx) int32) val   { return val{k: kSym, s: f} }

func (c *compiler) errAt(n ast.Node, format string, a ...any) error {
	return &exprError{off: n.Location().From, msg: fmt.Sprintf(format, a...)}
}

// node compiles one node.
func (c *compiler) node(n ast.Node, k envKey) (val, error) {
	switch n := n.(type) {
	case *ast.IntegerNode:
		return numLit(float64(n.Value)), nil
	case *ast.FloatNode:
		return numLit(n.Value), nil
	case *ast.BoolNode:
		v := n.Value
		return boolV(func(*sim.Ctx) bool { return v }), nil
	case *ast.StringNode:
		v := c.sym(n.Value)
		x := symV(func(*sim.Ctx) int32 { return v })
		x.konst, x.ks = true, v
		return x, nil
	case *ast.IdentifierNode:
		switch n.Value {
		case "turn":
			return numV(func(x *sim.Ctx) float64 { return float64(x.S.Turn) }), nil
		case "turns":
			v := float64(c.sc.Turns)
			return numV(func(*sim.Ctx) float64 { return v }), nil
		case "correct":
			return boolV(func(x *sim.Ctx) bool { return x.Correct }), nil
		case "param":
			return numV(func(x *sim.Ctx) float64 { return float64(x.Param) }), nil
		}
		return val{}, c.errAt(n, "%s is not a value: name one of its fields, as in %s.id", n.Value, n.Value)
	case *ast.MemberNode:
		return c.member(n, k)
	case *ast.UnaryNode:
		return c.unary(n, k)
	case *ast.BinaryNode:
		return c.binary(n, k)
	case *ast.ConditionalNode:
		return c.conditional(n, k)
	case *ast.BuiltinNode:
		return c.builtin(n, k)
	case *ast.CallNode:
		if id, ok := n.Callee.(*ast.IdentifierNode); ok && id.Value == modName && len(n.Arguments) == 2 {
			return c.mod(n, k)
		}
	}
	return val{}, c.errAt(n, "this kind of expression is not supported in scenarios")
}

func (c *compiler) unary(n *ast.UnaryNode, k envKey) (val, error) {
	x, err := c.node(n.Node, k)
	if err != nil {
		return val{}, err
	}
	switch n.Operator {
	case "!", "not":
		if x.k == kBool {
			f := x.b
			return boolV(func(c *sim.Ctx) bool { return !f(c) }), nil
		}
	case "-":
		if x.k == kNum && x.konst { // a negative literal, -5: a literal, as comparisons want
			return numLit(-x.kn), nil
		}
		if x.k == kNum {
			f := x.n
			return numV(func(c *sim.Ctx) float64 { return -f(c) }), nil
		}
	case "+":
		if x.k == kNum {
			return x, nil
		}
	}
	return val{}, c.errAt(n, "operator %s does not apply to %s", n.Operator, x.k)
}

func (c *compiler) conditional(n *ast.ConditionalNode, k envKey) (val, error) {
	cond, err := c.node(n.Cond, k)
	if err != nil {
		return val{}, err
	}
	a, err := c.node(n.Exp1, k)
	if err != nil {
		return val{}, err
	}
	b, err := c.node(n.Exp2, k)
	if err != nil {
		return val{}, err
	}
	if cond.k != kBool || a.k != b.k {
		return val{}, c.errAt(n, "a ? b : c needs a condition and two values of the same kind")
	}
	p := cond.b
	switch a.k {
	case kNum:
		f, g := a.n, b.n
		return numV(func(c *sim.Ctx) float64 {
			if p(c) {
				return f(c)
			}
			return g(c)
		}), nil
	case kBool:
		f, g := a.b, b.b
		return boolV(func(c *sim.Ctx) bool {
			if p(c) {
				return f(c)
			}
			return g(c)
		}), nil
	}
	f, g := a.s, b.s
	return symV(func(c *sim.Ctx) int32 {
		if p(c) {
			return f(c)
		}
		return g(c)
	}), nil
}

func (c *compiler) builtin(n *ast.BuiltinNode, k envKey) (val, error) {
	args := make([]func(*sim.Ctx) float64, len(n.Arguments))
	for i, a := range n.Arguments {
		v, err := c.node(a, k)
		if err != nil {
			return val{}, err
		}
		if v.k != kNum {
			return val{}, c.errAt(a, "%s takes numbers", n.Name)
		}
		args[i] = v.n
	}
	one := func(f func(float64) float64) (val, error) {
		if len(args) != 1 {
			return val{}, c.errAt(n, "%s takes one number", n.Name)
		}
		a := args[0]
		return numV(func(c *sim.Ctx) float64 { return f(a(c)) }), nil
	}
	switch n.Name {
	case "abs":
		return one(math.Abs)
	case "floor":
		return one(math.Floor)
	case "ceil":
		return one(math.Ceil)
	case "round":
		return one(math.Round)
	case "min", "max":
		if len(args) == 0 {
			return val{}, c.errAt(n, "%s takes at least one number", n.Name)
		}
		isMin := n.Name == "min"
		return numV(func(c *sim.Ctx) float64 {
			r := args[0](c)
			for _, a := range args[1:] {
				v := a(c)
				if (isMin && v < r) || (!isMin && v > r) {
					r = v
				}
			}
			return r
		}), nil
	}
	return val{}, c.errAt(n, "%s is not available in scenarios", n.Name)
}

// plainGroup is a group whose entries are plain values (truth, fired), and groupWords the
// words for any group.
var plainGroup = regexp.MustCompile(`map\[string\](bool|float64|string)\b`)

const groupWords = "a group of things (read one by its id, as in actor.ID)"

// plainTypes writes the environment's Go types in a checker message in words: a group read by
// id (map[string]…) and a thing with fields (struct {…}), which would otherwise be spelled out
// field by field.
func plainTypes(msg string) string {
	msg = plainGroup.ReplaceAllString(msg, groupWords)
	var b strings.Builder
	for {
		i := strings.Index(msg, "struct {")
		if i < 0 {
			b.WriteString(msg)
			return b.String()
		}
		start, words := i, "a thing with fields (read one as in self.field)"
		if strings.HasSuffix(msg[:i], "map[string]") {
			start, words = i-len("map[string]"), groupWords
		}
		end, depth := i, 0
		for end < len(msg) {
			if msg[end] == '{' {
				depth++
			} else if msg[end] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
			end++
		}
		b.WriteString(msg[:start])
		b.WriteString(words)
		msg = msg[min(end+1, len(msg)):]
	}
}
