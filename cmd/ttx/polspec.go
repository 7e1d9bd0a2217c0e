package main

import (
	"crypto/sha256"
	"fmt"
	"io"
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
	orders string // the orders file, as given
	// ordersHash is the SHA-256 of the orders file as read, in hexadecimal ("" without one):
	// what a rows file's header records, so that merge refuses shards of other orders.
	ordersHash string
	over       []bool // per side: the orders file has orders for it, which a --policy SIDE= replaces
}

// parsePolicies reads --policy flags (SIDE=POLICY, or POLICY for every side not named) and an
// orders file. A side the orders file has orders for follows it, unless a --policy SIDE=POLICY
// names it: the policy plays it instead (a history file scripts every side, and a side played
// otherwise is the question asked of it), which over records for the account to say. POLICY for
// every side plays only the sides neither named nor scripted. Sides given nothing play random.
// A side named twice, or POLICY for every side given twice, is a usage error: which one was
// meant is not known.
func parsePolicies(sc *sim.Scenario, flags []string, orders string) (*polSpec, error) {
	ps := &polSpec{names: make([]string, len(sc.Sides)), orders: orders, over: make([]bool, len(sc.Sides))}
	if orders != "" {
		data, err := os.ReadFile(orders)
		if err != nil {
			return nil, err
		}
		ps.ordersHash = fmt.Sprintf("%x", sha256.Sum256(data))
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
		i := sideArg(sc, side)
		if i < 0 {
			return nil, usageError(fmt.Sprintf("--policy %s: no such side %s (sides: %s)", f, side, sideIDs(sc)))
		}
		if given[i] != "" {
			return nil, usageError(fmt.Sprintf("--policy %s and --policy %s: side %s is given twice; give it one policy", given[i], f, sc.Sides[i].ID))
		}
		given[i] = f
		ps.over[i] = ps.names[i] != ""
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

// overNote says, for side i played by a --policy over the orders the orders file has for it,
// that the file's orders are not played ("not its orders in FILE"); "" for any other side.
func (ps *polSpec) overNote(i int) string {
	if !ps.over[i] {
		return ""
	}
	return "not its orders in " + ps.orders
}

// overrides is overNote for every side it applies to, as "; side: policy, not its orders in
// FILE" each, for the line that names the policies of a batch or forecast.
func (ps *polSpec) overrides(sc *sim.Scenario) string {
	var b strings.Builder
	for i, n := range ps.names {
		if note := ps.overNote(i); note != "" {
			fmt.Fprintf(&b, "; %s: %s, %s", sc.Sides[i].ID, n, note)
		}
	}
	return b.String()
}

// overFiles returns, by side id, the orders file of each side played over its orders in it
// (overNote), as a rows file's header records them; nil when there is none.
func (ps *polSpec) overFiles(sc *sim.Scenario) map[string]string {
	var m map[string]string
	for i := range ps.names {
		if ps.over[i] {
			if m == nil {
				m = map[string]string{}
			}
			m[sc.Sides[i].ID] = ps.orders
		}
	}
	return m
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

// timed returns "side=policy" for each side whose policy has a time budget (search:Nms), ", "
// between them, or "": such a policy plays by the clock, so a batch or forecast with one depends
// on the machine's speed and load, and is not the same from run to run or for any --workers.
func (ps *polSpec) timed(sc *sim.Scenario) string {
	var out []string
	for i, n := range ps.names {
		if p, err := policy.Parse(n, 0); err == nil {
			if s, ok := p.(*policy.Search); ok && s.Millis > 0 {
				out = append(out, sc.Sides[i].ID+"="+n)
			}
		}
	}
	return strings.Join(out, ", ")
}

// warnTimed warns on stderr, for command cmd, when a policy of ps plays by the clock (timed).
func warnTimed(stderr io.Writer, cmd string, ps *polSpec, sc *sim.Scenario) {
	if t := ps.timed(sc); t != "" {
		fmt.Fprintf(stderr, "ttx %s: warning: %s plays by the clock: the games depend on this machine's speed and load, and are not reproducible (nor the same for any --workers); give search:ROLLOUTS for results to compare\n", cmd, t)
	}
}
