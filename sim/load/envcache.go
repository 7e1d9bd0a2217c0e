package load

import (
	"strings"
	"sync"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/conf"

	"ttx/sim"
)

// envSet is what expressions are type-checked against for one set of names: the environment
// types and, per context, expr's configuration. Building them (reflect.StructOf, expr.Env) is a
// quarter of loading a scenario, and they depend only on the names (envNames), so loading the
// same scenario again (a server's sessions, batch runs, a variant and its base) reuses them.
// So are the expressions type-checked against them (trees): a checked tree depends only on
// the names, the expression and its context, and parsing and checking were a quarter of
// loading a scenario again; a variant shares most of its expressions with its base.
type envSet struct {
	names   string
	envs    *envs
	configs map[envKey]*conf.Config
	trees   map[parsed]ast.Node // each expression checked once (guards reread conditions), never changed after
}

// maxTrees is how many checked expressions a set keeps between loads; past it, a set given
// back forgets them (a server loading many variants of one scenario stays bounded).
const maxTrees = 4096

// maxEnvSets is how many envSets are kept between loads; a file with other names replaces
// the one kept longest.
const maxEnvSets = 8

// envSets keeps envSets between loads. A load takes its set out and gives it back once its
// expressions are compiled, so that no two loads use one set at once: expr's configurations
// keep caches of their own and are not safe for concurrent use. What a load gets is the same
// whether it is taken from here or built: the cache changes only the time a load takes.
var envSets struct {
	sync.Mutex
	sets []*envSet // the oldest first
}

// envNames returns the names the environment types of sc are made of, in one string, or ""
// when one of them is not an id (then two lists could read alike: ids have no , or ;).
func envNames(sc *sim.Scenario) string {
	var sb strings.Builder
	ok := true
	add := func(n int, id func(int) string) {
		for i := 0; i < n; i++ {
			ok = ok && validID(id(i))
			sb.WriteString(id(i))
			sb.WriteByte(',')
		}
		sb.WriteByte(';')
	}
	add(len(sc.Tracks), func(i int) string { return sc.Tracks[i].ID })
	add(len(sc.Actors), func(i int) string { return sc.Actors[i].ID })
	add(len(sc.Assets), func(i int) string { return sc.Assets[i].ID })
	add(len(sc.Resolutions), func(i int) string { return sc.Resolutions[i].ID })
	add(len(sc.Truths), func(i int) string { return sc.Truths[i].ID })
	add(len(sc.Injects), func(i int) string { return sc.Injects[i].ID })
	add(len(sc.Sides), func(i int) string { return sc.Sides[i].ID })
	if !ok {
		return ""
	}
	return sb.String()
}

// takeEnvSet returns the envSet of sc's names, kept or new. A scenario with a name that is
// not an id (refused, but its expressions are still checked) gets a new set, never kept.
func takeEnvSet(sc *sim.Scenario) *envSet {
	names := envNames(sc)
	if names != "" {
		envSets.Lock()
		for i, s := range envSets.sets {
			if s.names == names {
				envSets.sets = append(envSets.sets[:i], envSets.sets[i+1:]...)
				envSets.Unlock()
				return s
			}
		}
		envSets.Unlock()
	}
	return &envSet{names: names, envs: newEnvs(sc), configs: map[envKey]*conf.Config{}, trees: map[parsed]ast.Node{}}
}

// giveEnvSet keeps s for later loads.
func giveEnvSet(s *envSet) {
	if s.names == "" {
		return
	}
	if len(s.trees) > maxTrees {
		clear(s.trees)
	}
	envSets.Lock()
	defer envSets.Unlock()
	if len(envSets.sets) == maxEnvSets {
		envSets.sets = envSets.sets[1:]
	}
	envSets.sets = append(envSets.sets, s)
}
