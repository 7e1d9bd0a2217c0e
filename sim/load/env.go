package load

import (
	"reflect"
	"slices"
	"strings"

	"ttx/sim"
)

// envs builds, for one scenario, the Go types that expr type-checks expressions against: a
// struct per kind of thing (actor, asset, …) whose fields are what an expression may read, and
// an environment struct per context (a move with its target kind, an inject, a stance, …).
// Unknown names are then compile errors with their position.
type envs struct {
	actor, asset, link, incident, res    reflect.Type
	actors, assets, ress, truths, fireds reflect.Type
	sides, flow                          reflect.Type
	cache                                map[envKey]any
}

// envKey is a context an expression is compiled in.
type envKey struct {
	self    bool // self is an actor
	target  int  // sim.Target* of target; sim.TargetNone: no target
	arg     bool // arg is an actor
	correct bool // correct is available (attribution effects)
	param   bool // param is available (a move with a parameter)
}

var (
	tNum  = reflect.TypeOf(0.0)
	tStr  = reflect.TypeOf("")
	tBool = reflect.TypeOf(false)
)

// field returns a struct field named name for expressions.
func field(name string, t reflect.Type) reflect.StructField {
	return reflect.StructField{Name: "X_" + name, Type: t, Tag: reflect.StructTag(`expr:"` + name + `"`)}
}

func structOf(fs []reflect.StructField) reflect.Type { return reflect.StructOf(fs) }

// reserved are the field names an actor has besides its tracks.
var reserved = []string{"id", "kind", "side", "name"}

func newEnvs(sc *sim.Scenario) *envs {
	e := &envs{cache: map[envKey]any{}}
	var fs []reflect.StructField
	for _, n := range reserved[:3] {
		fs = append(fs, field(n, tStr))
	}
	for _, t := range sc.Tracks {
		// A track whose name is not an id or is reserved is refused (builder.tracks), and
		// its expressions are still checked: left out, it cannot make the type a field
		// reflect refuses (a duplicate, or a name that is no Go identifier).
		if validID(t.ID) && !slices.Contains(reserved, t.ID) {
			fs = append(fs, field(t.ID, tNum))
		}
	}
	e.actor = structOf(fs)
	e.asset = structOf([]reflect.StructField{field("id", tStr), field("kind", tStr),
		field("status", tStr), field("value", tNum), field("dirty", tNum), field("owners", tNum),
		field("traced", tBool)})
	e.link = structOf([]reflect.StructField{field("id", tStr), field("fee", tNum),
		field("delay", tNum), field("value", tNum)})
	e.incident = structOf([]reflect.StructField{field("age", tNum), field("evidence", tNum), field("against", tNum),
		field("attributed", tBool)})
	e.res = structOf([]reflect.StructField{field("id", tStr), field("status", tStr), field("yes", tNum),
		field("no", tNum), field("abstain", tNum), field("passed", tBool), field("tabled", tBool)})
	e.flow = structOf([]reflect.StructField{field("stolen", tNum), field("held", tNum),
		field("transit", tNum), field("frozen", tNum), field("fees", tNum), field("cashed", tNum)})
	e.actors = e.group(e.actor)
	e.assets = e.group(e.asset)
	e.ress = e.group(e.res)
	e.truths = e.group(tBool)
	e.fireds = e.group(tBool)
	score := structOf([]reflect.StructField{field("score", tNum)})
	e.sides = e.group(score)
	return e
}

// group returns the type of a group of things read by id (actor.lazarus, truth.x, …): a map
// from id to t. Its ids are not part of the type: a struct with a field per id would put every
// id, and the whole type of each, into the name of every context's environment, a megabyte of
// type names on the campaign that reflect keeps for the program's life. The compiler checks the
// ids of a checked expression instead (groupKeys), with the position the checker would give.
func (e *envs) group(t reflect.Type) reflect.Type { return reflect.MapOf(tStr, t) }

// env returns a zero value of the environment struct of a context.
func (e *envs) env(k envKey) any {
	if v, ok := e.cache[k]; ok {
		return v
	}
	fs := []reflect.StructField{field("turn", tNum), field("turns", tNum),
		field("actor", e.actors), field("asset", e.assets), field("resolution", e.ress),
		field("truth", e.truths), field("fired", e.fireds), field("side", e.sides),
		field("flow", e.flow)}
	if k.self {
		fs = append(fs, field("self", e.actor))
	}
	if t := e.targetType(k.target); t != nil {
		fs = append(fs, field("target", t))
	}
	if k.arg {
		fs = append(fs, field("arg", e.actor))
	}
	if k.correct {
		fs = append(fs, field("correct", tBool))
	}
	if k.param {
		fs = append(fs, field("param", tNum))
	}
	v := reflect.New(structOf(fs)).Elem().Interface()
	e.cache[k] = v
	return v
}

func (e *envs) targetType(kind int) reflect.Type {
	switch kind {
	case sim.TargetActor:
		return e.actor
	case sim.TargetAsset:
		return e.asset
	case sim.TargetLink:
		return e.link
	case sim.TargetIncident:
		return e.incident
	case sim.TargetResolution:
		return e.res
	}
	return nil
}

// validID reports whether s is an id: [a-z][a-z0-9_]*, at most 40 characters.
func validID(s string) bool {
	if s == "" || len(s) > 40 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_')
	}) < 0
}
