package sim_test

// The rule case catalogue, like the DATC of Diplomacy adjudicators: every file in
// testdata/cases/MECHANIC/*.toml is one named rule, played on a small fixture scenario and
// checked exactly. The mechanics (caseGroups) are the sections of docs/rules.md. TestCases runs
// them all; `go test ./sim -run TestCases/NAME` runs one.
//
// A case file:
//
//	name = "shared-takedown-hits-every-owner"   # the file's name without .toml
//	rule = "One sentence: the rule the case proves."
//	scenario = "fixtures/core.toml"             # relative to testdata/cases/
//	seed = 3                                    # optional: the scenario's seed
//	permute = true                              # optional: replay every turn's orders in every
//	                                            # order of submission; the states must not differ
//
//	[[before]]                                  # facilitator steps before turn 1, in order
//	override = "red_group.funds"                # sim.Override of ACTOR.TRACK ...
//	to = 3
//	[[before]]
//	fire = "alarm"                              # ... or sim.Fire of an inject
//
//	[start]                                     # optional: expectations once the game started
//	truths = { collab = true }
//
//	[[turn]]                                    # one turn: orders, then what must hold after it
//	before = [{ fire = "alarm" }]               # optional facilitator steps before the orders
//	orders = ["north_firm takedown relay", "red:north_firm takedown relay"]
//	[turn.expect]
//	results = ["ok", "not-yours"]
//
// An order is written `[SIDE:]ACTOR MOVE [TARGET [ARG]]`; `-` stands for no target.
//
// Expectations (every key optional; only what is given is checked, exactly):
//
//	results     result code of each order, in submission order ("ok", "cost", "chance", …)
//	reasons     Reason.Error() of each order, "" for a success
//	tracks      { "ACTOR.TRACK" = N }
//	status      { ASSET = "seized" }
//	value       { ASSET = N }          value held that is not stolen
//	dirty       { ASSET = N }          stolen value held
//	known       { ASSET = [SIDE, …] }  the sides that know the asset
//	traced      { ASSET = [SIDE, …] }  the sides tracing it
//	flow        { stolen, held, transit, frozen, fees, cashed = N }
//	transit     ["LINK AMOUNT @TURN", …]   every parcel in transit, in order
//	incidents   [{ authors, victims, via = [ids], planted = ["ACTOR:STRENGTH"],
//	              known, attributed = [SIDE, …], public = bool }, …]   every incident, in order
//	evidence    ["SIDE INCIDENT ACCUSED STRENGTH [public]", …]          every piece, in order
//	confidence  [{ side = SIDE, incident = "incident_1", of = { ACTOR = 0.571 } }]  (±0.0005;
//	            the candidates must be exactly those given)
//	resolutions { RES = { status, yes, no, abstain, vetoed, by, due } }
//	ballots     { "RES.MEMBER" = "yes" }  the seat's ballot in this step's tally of RES
//	attributions  ["ACCUSER INCIDENT ACCUSED correct|wrong", …]  this step's public attributions
//	fired       { INJECT = TURN }        the turn it fired, 0 for not fired
//	truths      { TRUTH = bool }
//	scores      { SIDE = N }
//	turn, over, outcome
//	events      sim.Describe of every event of the step, exact and in order
//	unchanged   true: the state equals the one before the turn except for its turn number
//
// After every step of every case, sim.Check must hold (tracks in bounds, value conserved). On a
// failure the test prints the case, its rule, every difference, and sim.Dump of the state
// before and after the step.

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"ttx/sim"
	"ttx/sim/load"
)

const casesDir = "testdata/cases"

// caseGroups are the folders of casesDir that hold cases, one per mechanic as docs/rules.md
// has them: the turn, numbers, attribution, votes, value flows and graded and numeric choices. fixtures/ holds the
// scenarios they play.
var caseGroups = []string{"core", "numbers", "attribution", "votes", "flows", "params"}

// caseFiles returns the path of every case file, by group then name. A case file outside the
// groups, or a folder that is neither a group nor fixtures, is an error: every case has a
// mechanic.
func caseFiles() ([]string, error) {
	entries, err := os.ReadDir(casesDir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		switch {
		case e.IsDir() && e.Name() != "fixtures" && !slices.Contains(caseGroups, e.Name()):
			return nil, fmt.Errorf("%s/%s is not a group of cases (%v) nor fixtures", casesDir, e.Name(), caseGroups)
		case !e.IsDir() && strings.HasSuffix(e.Name(), ".toml"):
			return nil, fmt.Errorf("%s/%s is in no group: move it to the folder of its mechanic (%v)", casesDir, e.Name(), caseGroups)
		}
	}
	var files []string
	for _, g := range caseGroups {
		fs, err := filepath.Glob(filepath.Join(casesDir, g, "*.toml"))
		if err != nil {
			return nil, err
		}
		if len(fs) == 0 {
			return nil, fmt.Errorf("no cases in %s/%s", casesDir, g)
		}
		files = append(files, fs...)
	}
	return files, nil
}

// ruleCase is one file of the catalogue.
type ruleCase struct {
	Name     string      `toml:"name"`
	Rule     string      `toml:"rule"`
	Scenario string      `toml:"scenario"`
	Seed     *uint64     `toml:"seed"`
	Permute  bool        `toml:"permute"`
	Before   []caseStep  `toml:"before"`
	Start    *caseExpect `toml:"start"`
	Turn     []caseTurn  `toml:"turn"`
	file     string      // path of the case file
	sc       *sim.Scenario
}

// caseStep is a facilitator action: an override or an inject fired by hand.
type caseStep struct {
	Override string `toml:"override"`
	To       int64  `toml:"to"`
	Fire     string `toml:"fire"`
}

// caseTurn is one turn of a case.
type caseTurn struct {
	Before []caseStep  `toml:"before"`
	Orders []string    `toml:"orders"`
	Expect *caseExpect `toml:"expect"`
}

// TestCases runs every case of the catalogue.
func TestCases(t *testing.T) {
	files, err := caseFiles()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		c, err := caseRead(f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		t.Run(c.Name, func(t *testing.T) { c.run(t) })
	}
}

// caseRead reads and checks one case file.
func caseRead(path string) (*ruleCase, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c := &ruleCase{file: path}
	md, err := toml.Decode(string(src), c)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		return nil, fmt.Errorf("%s: unknown keys %v", path, u)
	}
	if want := strings.TrimSuffix(filepath.Base(path), ".toml"); c.Name != want {
		return nil, fmt.Errorf("%s: name %q, want %q (the file's name)", path, c.Name, want)
	}
	if c.Rule == "" || c.Scenario == "" || len(c.Turn) == 0 {
		return nil, fmt.Errorf("%s: a case needs rule, scenario and at least one [[turn]]", path)
	}
	for i, tn := range c.Turn {
		if tn.Expect == nil || tn.Expect.empty() {
			return nil, fmt.Errorf("%s: turn %d expects nothing: give [turn.expect]", path, i+1)
		}
	}
	sp := filepath.Join(casesDir, c.Scenario)
	ssrc, err := os.ReadFile(sp)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	c.sc, err = load.Load(sp, ssrc)
	if err != nil {
		return nil, fmt.Errorf("%s: scenario: %v", path, err)
	}
	return c, nil
}

// caseParseOrder reads `[SIDE:]ACTOR MOVE [TARGET [ARG]] [=PARAM]`.
func caseParseOrder(s string) (sim.Order, error) {
	f := strings.Fields(s)
	var o sim.Order
	if n := len(f); n > 2 && strings.HasPrefix(f[n-1], "=") {
		p, err := strconv.Atoi(f[n-1][1:])
		if err != nil {
			return sim.Order{}, fmt.Errorf("order %q: the parameter %s is not a whole number", s, f[n-1])
		}
		o.Param, f = p, f[:n-1]
	}
	if len(f) < 2 || len(f) > 4 {
		return sim.Order{}, fmt.Errorf("order %q: want [SIDE:]ACTOR MOVE [TARGET [ARG]] [=PARAM]", s)
	}
	if side, actor, ok := strings.Cut(f[0], ":"); ok {
		o.Side, o.Actor = side, actor
	} else {
		o.Actor = f[0]
	}
	o.Move = f[1]
	if len(f) > 2 && f[2] != "-" {
		o.Target = f[2]
	}
	if len(f) > 3 {
		o.Arg = f[3]
	}
	return o, nil
}

// run plays the case as written, then, if it asks, with every turn's orders in every order of
// submission, and requires the same states.
func (c *ruleCase) run(t *testing.T) {
	sums := c.play(t, nil, -1)
	if !c.Permute || t.Failed() {
		return
	}
	for ti, tn := range c.Turn {
		n := 0
		casePermutations(len(tn.Orders), func(p []int) {
			n++
			if n > 720 {
				return
			}
			got := c.play(t, p, ti)
			if !slices.Equal(got, sums) {
				t.Errorf("case %s: turn %d with orders submitted as %v: checksums %x, want %x (as written)",
					c.Name, ti+1, p, got, sums)
			}
		})
	}
}

// play runs the case once; turn pt's orders are submitted in the order perm gives. It returns
// the checksum after every step.
func (c *ruleCase) play(t *testing.T, perm []int, pt int) []uint64 {
	t.Helper()
	seed := c.sc.Seed
	if c.Seed != nil {
		seed = *c.Seed
	}
	var sums []uint64
	s := sim.New(c.sc, seed)
	where := "start"
	if perm != nil {
		where = fmt.Sprintf("start (turn %d permuted %v)", pt+1, perm)
	}
	if !c.checkInvariant(t, where, nil, s) {
		return nil
	}
	s = c.steps(t, c.Before, s, where)
	if s == nil {
		return nil
	}
	sums = append(sums, sim.Checksum(s))
	if c.Start != nil {
		c.expect(t, where, c.Start, nil, s, nil)
	}
	for ti, tn := range c.Turn {
		where := fmt.Sprintf("turn %d", ti+1)
		if ti == pt {
			where += fmt.Sprintf(" (orders permuted %v)", perm)
		}
		if s = c.steps(t, tn.Before, s, where); s == nil {
			return nil
		}
		orders := make([]sim.Order, len(tn.Orders))
		for i, os := range tn.Orders {
			o, err := caseParseOrder(os)
			if err != nil {
				t.Fatalf("case %s: %s: %v", c.Name, where, err)
			}
			orders[i] = o
		}
		idx := make([]int, len(orders)) // idx[k]: the written position of the k-th submitted order
		for i := range idx {
			idx[i] = i
		}
		if ti == pt {
			idx = perm
		}
		sub := make([]sim.Order, len(orders))
		for k, i := range idx {
			sub[k] = orders[i]
		}
		before := s
		s = sim.Resolve(s, sub)
		if !c.checkInvariant(t, where, before, s) {
			return nil
		}
		res := make([]sim.Result, len(orders))
		for k, i := range idx {
			res[i] = s.Results[k]
		}
		c.expect(t, where, tn.Expect, before, s, res)
		sums = append(sums, sim.Checksum(s))
	}
	return sums
}

// steps applies facilitator steps.
func (c *ruleCase) steps(t *testing.T, steps []caseStep, s *sim.State, where string) *sim.State {
	t.Helper()
	sc := c.sc
	for _, st := range steps {
		before := s
		switch {
		case st.Fire != "" && st.Override == "":
			i := sc.Inject(st.Fire)
			if i < 0 {
				t.Fatalf("case %s: %s: no inject %q", c.Name, where, st.Fire)
			}
			s = sim.Fire(s, i)
		case st.Override != "" && st.Fire == "":
			a, tr, ok := caseTrackRef(sc, st.Override)
			if !ok {
				t.Fatalf("case %s: %s: no track %q", c.Name, where, st.Override)
			}
			s = sim.Override(s, a, tr, st.To)
		default:
			t.Fatalf("case %s: %s: a step is either override (with to) or fire", c.Name, where)
		}
		if !c.checkInvariant(t, where+" (facilitator step)", before, s) {
			return nil
		}
	}
	return s
}

// checkInvariant requires sim.Check to hold.
func (c *ruleCase) checkInvariant(t *testing.T, where string, before, s *sim.State) bool {
	t.Helper()
	if err := sim.Check(s); err != nil {
		c.fail(t, where, []string{"sim.Check: " + err.Error()}, before, s)
		return false
	}
	return true
}

// fail reports the differences of a step with both states.
func (c *ruleCase) fail(t *testing.T, where string, diffs []string, before, after *sim.State) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "case %s (%s), %s\nrule: %s\n", c.Name, c.file, where, c.Rule)
	for _, d := range diffs {
		fmt.Fprintf(&b, "  %s\n", d)
	}
	if before != nil {
		fmt.Fprintf(&b, "--- state before:\n%s", sim.Dump(before))
	}
	fmt.Fprintf(&b, "--- state after (got):\n%s", sim.Dump(after))
	b.WriteString("--- events (got):\n")
	for _, e := range after.Events {
		fmt.Fprintf(&b, "  %s\n", sim.Describe(after.Sc, e))
	}
	t.Error(b.String())
}

// caseTrackRef resolves "ACTOR.TRACK".
func caseTrackRef(sc *sim.Scenario, ref string) (a, tr int, ok bool) {
	an, tn, _ := strings.Cut(ref, ".")
	a, tr = sc.Actor(an), sc.Track(tn)
	return a, tr, a >= 0 && tr >= 0
}

func caseKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// casePermutations calls f with every permutation of 0..n-1 (Heap's algorithm).
func casePermutations(n int, f func([]int)) {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	var gen func(k int)
	gen = func(k int) {
		if k <= 1 {
			f(append([]int(nil), p...))
			return
		}
		for i := 0; i < k; i++ {
			gen(k - 1)
			if k%2 == 0 {
				p[i], p[k-1] = p[k-1], p[i]
			} else {
				p[0], p[k-1] = p[k-1], p[0]
			}
		}
	}
	gen(n)
}
