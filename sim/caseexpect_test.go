package sim_test

// The expectations of the rule case catalogue (see cases_test.go) and how a step's state is
// compared with them.

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"ttx/sim"
)

// caseExpect is what must hold after a step.
type caseExpect struct {
	Results     []string            `toml:"results"`
	Reasons     []string            `toml:"reasons"`
	Tracks      map[string]int64    `toml:"tracks"`
	Status      map[string]string   `toml:"status"`
	Value       map[string]int64    `toml:"value"`
	Dirty       map[string]int64    `toml:"dirty"`
	Known       map[string][]string `toml:"known"`
	Traced      map[string][]string `toml:"traced"`
	Flow        map[string]int64    `toml:"flow"`
	Transit     []string            `toml:"transit"`
	Incidents   []caseIncident      `toml:"incidents"`
	Evidence    []string            `toml:"evidence"`
	Confidence  []caseConfidence    `toml:"confidence"`
	Resolutions map[string]caseRes  `toml:"resolutions"`
	Ballots     map[string]string   `toml:"ballots"`
	Attribution []string            `toml:"attributions"`
	Fired       map[string]int      `toml:"fired"`
	Truths      map[string]bool     `toml:"truths"`
	Scores      map[string]float64  `toml:"scores"`
	Turn        *int                `toml:"turn"`
	Over        *bool               `toml:"over"`
	Outcome     *string             `toml:"outcome"`
	Events      []string            `toml:"events"`
	Unchanged   bool                `toml:"unchanged"`
}

// empty reports whether the expectation checks nothing.
func (e *caseExpect) empty() bool {
	return e.Results == nil && e.Reasons == nil && e.Tracks == nil && e.Status == nil &&
		e.Value == nil && e.Dirty == nil && e.Known == nil && e.Traced == nil && e.Flow == nil &&
		e.Transit == nil && e.Incidents == nil && e.Evidence == nil && e.Confidence == nil &&
		e.Resolutions == nil && e.Ballots == nil && e.Attribution == nil && e.Fired == nil && e.Truths == nil &&
		e.Scores == nil && e.Turn == nil && e.Over == nil && e.Outcome == nil && e.Events == nil &&
		!e.Unchanged
}

type caseIncident struct {
	Authors    []string `toml:"authors"`
	Victims    []string `toml:"victims"`
	Via        []string `toml:"via"`
	Planted    []string `toml:"planted"`
	Known      []string `toml:"known"`
	Attributed []string `toml:"attributed"`
	Public     *bool    `toml:"public"`
}

type caseConfidence struct {
	Side     string             `toml:"side"`
	Incident string             `toml:"incident"`
	Of       map[string]float64 `toml:"of"`
}

type caseRes struct {
	Status  *string `toml:"status"`
	Yes     *int    `toml:"yes"`
	No      *int    `toml:"no"`
	Abstain *int    `toml:"abstain"`
	Vetoed  *bool   `toml:"vetoed"`
	By      *string `toml:"by"`
	Due     *int    `toml:"due"`
}

// caseSideIDs names the sides in a side bitmask.
func caseSideIDs(sc *sim.Scenario, m uint64) []string {
	ids := []string{}
	for i := range sc.Sides {
		if m&(1<<uint(i)) != 0 {
			ids = append(ids, sc.Sides[i].ID)
		}
	}
	return ids
}

func caseActorIDs(sc *sim.Scenario, as []int) []string {
	ids := []string{}
	for _, a := range as {
		ids = append(ids, sc.Actors[a].ID)
	}
	return ids
}

func caseNorm(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// caseCheck compares the state after a step with what a case expects, collecting every
// difference.
type caseCheck struct {
	sc        *sim.Scenario
	before, s *sim.State
	res       []sim.Result // in the order the case wrote the orders
	diffs     []string
}

func (ck *caseCheck) diff(what string, got, want any) {
	if fmt.Sprint(got) != fmt.Sprint(want) {
		ck.diffs = append(ck.diffs, fmt.Sprintf("%s = %v, want %v", what, got, want))
	}
}

func (ck *caseCheck) bad(format string, a ...any) {
	ck.diffs = append(ck.diffs, fmt.Sprintf(format, a...))
}

// expect compares a step's state with its expectations and reports every difference.
func (c *ruleCase) expect(t *testing.T, where string, e *caseExpect, before, s *sim.State, res []sim.Result) {
	t.Helper()
	ck := &caseCheck{sc: c.sc, before: before, s: s, res: res}
	ck.orders(e)
	ck.state(e)
	ck.flows(e)
	ck.attribution(e)
	ck.votes(e)
	ck.game(e)
	if len(ck.diffs) > 0 {
		c.fail(t, where, ck.diffs, before, s)
	}
}

// orders checks the results and reasons of the orders.
func (ck *caseCheck) orders(e *caseExpect) {
	diff := ck.diff
	if e.Results != nil {
		got := make([]string, len(ck.res))
		for i, r := range ck.res {
			got[i] = r.Code()
		}
		diff("results", caseQuote(got), caseQuote(e.Results))
	}
	if e.Reasons != nil {
		got := make([]string, len(ck.res))
		for i, r := range ck.res {
			if r.Reason != nil {
				got[i] = r.Reason.Error()
			}
		}
		diff("reasons", caseQuote(got), caseQuote(e.Reasons))
	}
}

// state checks tracks and assets.
func (ck *caseCheck) state(e *caseExpect) {
	sc, s := ck.sc, ck.s
	diff, bad := ck.diff, ck.bad
	for _, k := range caseKeys(e.Tracks) {
		a, tr, ok := caseTrackRef(sc, k)
		if !ok {
			bad("tracks: no track %q", k)
			continue
		}
		diff("track "+k, s.Track(a, tr), e.Tracks[k])
	}
	asset := func(what, id string) int {
		x := sc.Asset(id)
		if x < 0 {
			bad("%s: no asset %q", what, id)
		}
		return x
	}
	for _, k := range caseKeys(e.Status) {
		if x := asset("status", k); x >= 0 {
			diff("status of "+k, s.Status[x], e.Status[k])
		}
	}
	for _, k := range caseKeys(e.Value) {
		if x := asset("value", k); x >= 0 {
			diff("value of "+k, s.Value[x], e.Value[k])
		}
	}
	for _, k := range caseKeys(e.Dirty) {
		if x := asset("dirty", k); x >= 0 {
			diff("dirty value of "+k, s.Dirty[x], e.Dirty[k])
		}
	}
	for _, k := range caseKeys(e.Known) {
		if x := asset("known", k); x >= 0 {
			diff("sides knowing "+k, caseSideIDs(sc, s.Known[x]), caseNorm(e.Known[k]))
		}
	}
	for _, k := range caseKeys(e.Traced) {
		if x := asset("traced", k); x >= 0 {
			diff("sides tracing "+k, caseSideIDs(sc, s.Traced[x]), caseNorm(e.Traced[k]))
		}
	}
}

// flows checks the flow totals and the value in transit.
func (ck *caseCheck) flows(e *caseExpect) {
	sc, s := ck.sc, ck.s
	diff, bad := ck.diff, ck.bad
	if e.Flow != nil {
		held, transit := s.Held()
		f := s.Flow
		got := map[string]int64{"stolen": f.Stolen, "held": held, "transit": transit,
			"frozen": f.Frozen, "fees": f.Fees, "cashed": f.Cashed}
		for _, k := range caseKeys(e.Flow) {
			v, ok := got[k]
			if !ok {
				bad("flow: no total %q (stolen, held, transit, frozen, fees, cashed)", k)
				continue
			}
			diff("flow "+k, v, e.Flow[k])
		}
	}
	if e.Transit != nil {
		got := []string{}
		for _, tr := range s.Transit {
			got = append(got, fmt.Sprintf("%s %d @%d", sc.Links[tr.Link].ID, tr.Amount, tr.Arrive))
		}
		diff("transit", caseQuote(got), caseQuote(e.Transit))
	}
}

// attribution checks incidents, evidence, confidence and attributions.
func (ck *caseCheck) attribution(e *caseExpect) {
	sc, s := ck.sc, ck.s
	diff, bad := ck.diff, ck.bad
	if e.Incidents != nil {
		if len(s.Incidents) != len(e.Incidents) {
			bad("incidents: %d, want %d", len(s.Incidents), len(e.Incidents))
		}
		for i := range min(len(s.Incidents), len(e.Incidents)) {
			got, want := &s.Incidents[i], &e.Incidents[i]
			id := sim.IncidentID(i)
			if want.Authors != nil {
				diff(id+" authors", caseActorIDs(sc, got.Authors), want.Authors)
			}
			if want.Victims != nil {
				diff(id+" victims", caseActorIDs(sc, got.Victims), want.Victims)
			}
			if want.Via != nil {
				var via []string
				for _, x := range got.Via {
					via = append(via, sc.Assets[x].ID)
				}
				diff(id+" via", caseNorm(via), want.Via)
			}
			if want.Planted != nil {
				var pl []string
				for _, p := range got.Planted {
					pl = append(pl, fmt.Sprintf("%s:%d", sc.Actors[p.Actor].ID, p.Strength))
				}
				diff(id+" planted", caseNorm(pl), want.Planted)
			}
			if want.Known != nil {
				diff(id+" known to", caseSideIDs(sc, got.Known), want.Known)
			}
			if want.Attributed != nil {
				diff(id+" attributed by", caseSideIDs(sc, got.Attributed), want.Attributed)
			}
			if want.Public != nil {
				diff(id+" public", got.Public, *want.Public)
			}
		}
	}
	if e.Evidence != nil {
		got := []string{}
		for _, ev := range s.Evidence {
			side := "-"
			if ev.Side >= 0 {
				side = sc.Sides[ev.Side].ID
			}
			line := fmt.Sprintf("%s %s %s %d", side, sim.IncidentID(int(ev.Incident)), sc.Actors[ev.Accused].ID, ev.Strength)
			if ev.Public {
				line += " public"
			}
			got = append(got, line)
		}
		diff("evidence", caseQuote(got), caseQuote(e.Evidence))
	}
	for _, cf := range e.Confidence {
		sd := sc.Side(cf.Side)
		inc := -1
		if n, err := fmt.Sscanf(cf.Incident, "incident_%d", &inc); err != nil || n != 1 || inc < 1 || inc > len(s.Incidents) {
			bad("confidence: no incident %q", cf.Incident)
			continue
		}
		if sd < 0 {
			bad("confidence: no side %q", cf.Side)
			continue
		}
		cands, conf := s.Confidence(sd, inc-1)
		got := map[string]float64{}
		for i, a := range cands {
			got[sc.Actors[a].ID] = conf[i]
		}
		what := fmt.Sprintf("confidence of %s in %s", cf.Side, cf.Incident)
		if !slices.Equal(caseKeys(got), caseKeys(cf.Of)) {
			bad("%s: candidates %v, want %v", what, caseKeys(got), caseKeys(cf.Of))
			continue
		}
		for _, k := range caseKeys(cf.Of) {
			if math.Abs(got[k]-cf.Of[k]) > 0.0005 {
				bad("%s: %s = %.4f, want %.4f", what, k, got[k], cf.Of[k])
			}
		}
	}
	if e.Attribution != nil {
		got := []string{}
		for _, ev := range s.Events {
			if ev.Kind == sim.EvAttribution {
				verdict := "wrong"
				if ev.Correct {
					verdict = "correct"
				}
				got = append(got, fmt.Sprintf("%s %s %s %s", sc.Actors[ev.Actor].ID,
					sim.IncidentID(int(ev.Incident)), sc.Actors[ev.Arg].ID, verdict))
			}
		}
		diff("attributions", caseQuote(got), caseQuote(e.Attribution))
	}
}

// votes checks resolutions and ballots.
func (ck *caseCheck) votes(e *caseExpect) {
	sc, s := ck.sc, ck.s
	diff, bad := ck.diff, ck.bad
	for _, k := range caseKeys(e.Resolutions) {
		i := sc.Resolution(k)
		if i < 0 {
			bad("resolutions: no resolution %q", k)
			continue
		}
		got, want := s.Res[i], e.Resolutions[k]
		if want.Status != nil {
			diff(k+" status", sim.ResStatusNames[got.Status], *want.Status)
		}
		if want.Yes != nil {
			diff(k+" yes", got.Yes, *want.Yes)
		}
		if want.No != nil {
			diff(k+" no", got.No, *want.No)
		}
		if want.Abstain != nil {
			diff(k+" abstain", got.Abst, *want.Abstain)
		}
		if want.Vetoed != nil {
			diff(k+" vetoed", got.Vetoed, *want.Vetoed)
		}
		if want.By != nil {
			by := "-"
			if got.By >= 0 {
				by = sc.Actors[got.By].ID
			}
			diff(k+" tabled by", by, *want.By)
		}
		if want.Due != nil {
			diff(k+" due", got.Due, *want.Due)
		}
	}
	for _, k := range caseKeys(e.Ballots) {
		rn, mn, _ := strings.Cut(k, ".")
		ri, m := sc.Resolution(rn), sc.Actor(mn)
		if ri < 0 || m < 0 {
			bad("ballots: no resolution or member %q", k)
			continue
		}
		got := "no tally"
		for _, ev := range s.Events {
			if ev.Kind != sim.EvTally || int(ev.Res) != ri {
				continue
			}
			got = "no seat"
			for _, seat := range ev.Seats {
				if seat.Actor == m {
					got = sim.BallotNames[seat.Ballot]
				}
			}
		}
		diff("ballot "+k, got, e.Ballots[k])
	}
}

// game checks injects, truths, scores, the turn, the end, events and the whole state.
func (ck *caseCheck) game(e *caseExpect) {
	sc, s := ck.sc, ck.s
	diff, bad := ck.diff, ck.bad
	for _, k := range caseKeys(e.Fired) {
		if i := sc.Inject(k); i >= 0 {
			diff("inject "+k+" fired at", s.Fired[i], e.Fired[k])
		} else {
			bad("fired: no inject %q", k)
		}
	}
	for _, k := range caseKeys(e.Truths) {
		i := slices.IndexFunc(sc.Truths, func(d sim.TruthDef) bool { return d.ID == k })
		if i < 0 {
			bad("truths: no truth %q", k)
			continue
		}
		diff("truth "+k, s.Truth[i], e.Truths[k])
	}
	for _, k := range caseKeys(e.Scores) {
		if sd := sc.Side(k); sd >= 0 {
			diff("score of "+k, s.Scores[sd], e.Scores[k])
		} else {
			bad("scores: no side %q", k)
		}
	}
	if e.Turn != nil {
		diff("turn", s.Turn, *e.Turn)
	}
	if e.Over != nil {
		diff("over", s.Over, *e.Over)
	}
	if e.Outcome != nil {
		diff("outcome", s.Outcome, *e.Outcome)
	}
	if e.Events != nil {
		got := []string{}
		for _, ev := range s.Events {
			got = append(got, sim.Describe(sc, ev))
		}
		if !slices.Equal(got, e.Events) {
			var b bytes.Buffer
			b.WriteString("events differ:\n    got:\n")
			for _, l := range got {
				fmt.Fprintf(&b, "      %q\n", l)
			}
			b.WriteString("    want:\n")
			for _, l := range e.Events {
				fmt.Fprintf(&b, "      %q\n", l)
			}
			ck.diffs = append(ck.diffs, strings.TrimRight(b.String(), "\n"))
		}
	}
	if e.Unchanged && ck.before != nil {
		_, b, _ := strings.Cut(sim.Dump(ck.before), "\n")
		_, a, _ := strings.Cut(sim.Dump(s), "\n")
		if a != b {
			bad("unchanged: the state changed beyond its turn number")
		}
	}
}

func caseQuote(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
