package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// polSpec is the policy of every side of a batch or forecast, parsed once from --policy flags
// and an orders file, and built afresh for each game from the game's seed.
type polSpec struct {
	names  []string // per side: a policy's name in lower case, or orders:FILE
	script *policy.Script
}

// parsePolicies reads --policy flags (SIDE=POLICY, or POLICY for every side not named) and an
// orders file (its sides follow it). Sides given nothing play random. A side named twice, or
// POLICY for every side given twice, is a usage error: which one was meant is not known.
func parsePolicies(sc *sim.Scenario, flags []string, orders string) (*polSpec, error) {
	ps := &polSpec{names: make([]string, len(sc.Sides))}
	if orders != "" {
		data, err := os.ReadFile(orders)
		if err != nil {
			return nil, err
		}
		turns, err := load.Orders(orders, data, sc)
		if err != nil {
			return nil, err
		}
		ps.script = &policy.Script{Turns: turns}
		for i, has := range ps.script.Sides(sc) {
			if has {
				ps.names[i] = "orders:" + orders
			}
		}
	}
	all := ""
	given := make([]string, len(sc.Sides)) // the flag that named each side
	for _, f := range flags {
		side, name, ok := strings.Cut(f, "=")
		if !ok {
			name = f
		}
		if _, err := policy.Parse(name, 0); err != nil {
			return nil, usageError("--policy: " + err.Error())
		}
		name = strings.ToLower(name) // as policy.Parse reads it, and headers record it
		if !ok {
			if all != "" {
				return nil, usageError(fmt.Sprintf("--policy %s and --policy %s: two policies for every side; give one", all, name))
			}
			all = name
			continue
		}
		i := sc.Side(side)
		if i < 0 {
			return nil, usageError(fmt.Sprintf("--policy %s: no such side %s (sides: %s)", f, side, sideIDs(sc)))
		}
		if given[i] != "" {
			return nil, usageError(fmt.Sprintf("--policy %s and --policy %s: side %s is given twice; give it one policy", given[i], f, side))
		}
		given[i] = f
		ps.names[i] = name
	}
	for i := range ps.names {
		if ps.names[i] == "" {
			ps.names[i] = "random"
			if all != "" {
				ps.names[i] = all
			}
		}
	}
	return ps, nil
}

// labels returns "side=policy" for each side, as headers record them (orders:FILE with the
// file's name as given).
func (ps *polSpec) labels(sc *sim.Scenario) []string {
	out := make([]string, len(ps.names))
	for i, n := range ps.names {
		out[i] = sc.Sides[i].ID + "=" + n
	}
	return out
}

// factory returns the function that builds one game's policies from its seed; nil when every
// side plays random, which the batch then plays by its fast rollout.
func (ps *polSpec) factory() func(seed uint64) []policy.Policy {
	allRandom := true
	for _, n := range ps.names {
		allRandom = allRandom && n == "random"
	}
	if allRandom {
		return nil
	}
	return ps.build
}

// build returns the policies of one game, seeded with its seed.
func (ps *polSpec) build(seed uint64) []policy.Policy {
	out := make([]policy.Policy, len(ps.names))
	for i, n := range ps.names {
		if strings.HasPrefix(n, "orders:") {
			out[i] = ps.script
			continue
		}
		p, _ := policy.Parse(n, seed)
		out[i] = policy.WithClock(p, func() int64 { return time.Now().UnixNano() })
	}
	return out
}
