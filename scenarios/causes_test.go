package scenarios_test

import (
	"fmt"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/policy"
)

// game is a finished game: its final state and every event of it.
type game struct {
	sc     *sim.Scenario
	s      *sim.State
	events []sim.Event
}

// track returns the final value of actor a's track t (ids).
func (g *game) track(a, t string) int64 {
	return g.s.Track(g.sc.Actor(a), g.sc.Track(t))
}

// attributions returns the public attributions made by the actors of side sd ("" for any actor),
// correct or wrong as asked, and the actors they named.
func (g *game) attributions(sd string, correct bool) (n int, named map[string]bool) {
	named = map[string]bool{}
	for _, e := range g.events {
		if e.Kind != sim.EvAttribution || e.Correct != correct {
			continue
		}
		if sd != "" && g.sc.Actors[e.Actor].Side != g.sc.Side(sd) {
			continue
		}
		n++
		if e.Arg >= 0 {
			named[g.sc.Actors[e.Arg].ID] = true
		}
	}
	return n, named
}

// by returns whether actor a attributed anything in public.
func (g *game) by(a string) bool {
	for _, e := range g.events {
		if e.Kind == sim.EvAttribution && int(e.Actor) == g.sc.Actor(a) {
			return true
		}
	}
	return false
}

// vetoed returns whether actor a cast a veto in any vote.
func (g *game) vetoed(a string) bool {
	for _, e := range g.events {
		for _, st := range e.Seats {
			if e.Kind == sim.EvTally && st.Veto && st.Actor == g.sc.Actor(a) {
				return true
			}
		}
	}
	return false
}

// played returns whether actor a played move m with success.
func (g *game) played(a, m string) bool {
	for _, e := range g.events {
		if e.Kind == sim.EvOrder && e.Code == "ok" && int(e.Actor) == g.sc.Actor(a) && int(e.Move) == g.sc.Move(m) {
			return true
		}
	}
	return false
}

// sum adds the amounts of the events of kind k.
func (g *game) sum(k sim.EventKind) int64 {
	t := int64(0)
	for _, e := range g.events {
		if e.Kind == k {
			t += e.Amount
		}
	}
	return t
}

func (g *game) passed(res string) bool {
	return g.s.Res[g.sc.Resolution(res)].Status == sim.Passed
}

// cause says whether a game that ended with an outcome got there the way its text says: "" when
// it did, else what is missing.
type cause func(g *game) string

func need(ok bool, what string, a ...any) string {
	if ok {
		return ""
	}
	return fmt.Sprintf(what, a...)
}

// causes holds, for every named outcome of the library, what its text says happened, checked
// from the game's events where they can tell (who attributed what, who vetoed, what was stolen
// and frozen) rather than from the tracks its condition reads.
var causes = map[string]map[string]cause{
	"principals_game.toml":            principalsCauses(70),
	"principals_one_move.toml":        principalsCauses(70),
	"principals_lukewarm_allies.toml": principalsCauses(70),
	"principals_nuclear_sponsor.toml": principalsCauses(45),
	"campaign.toml": {
		"programme_funded": func(g *game) string {
			return need(g.track("dprk", "wmd") >= 2000, "under 2,000 reached the programme")
		},
		"axis_exposed": func(g *game) string {
			_, right := g.attributions("blue", true)
			wrong, _ := g.attributions("blue", false)
			return need(g.s.Truth[0] && right["lazarus"] && right["gamaredon"] && wrong == 0,
				"not partners, or the defenders did not name both groups correctly without a wrong call (named %v, %d wrong)", right, wrong)
		},
		"money_stopped": func(g *game) string {
			return need(5*g.sum(sim.EvFreeze) >= g.sum(sim.EvTheft) && g.sum(sim.EvTheft) > 0,
				"frozen %d of %d stolen", g.sum(sim.EvFreeze), g.sum(sim.EvTheft))
		},
		"ally_exposed": func(g *game) string {
			_, named := g.attributions("moscow", true)
			return need(named["lazarus"] || named["apt38"] || named["scarcruft"], "Moscow named no DPRK group correctly in public")
		},
		"panel_saved": func(g *game) string {
			return need(g.passed("panel_renewal") && g.track("panel", "mandate") == 1, "the renewal did not pass")
		},
		"looked_away": func(g *game) string {
			_, named := g.attributions("moscow", true)
			return need(g.played("russia", "deny_to_panel") && g.track("panel", "mandate") == 0 && len(named) == 0 && g.track("dprk", "tech") >= 15,
				"Moscow did not deny (%t), the Panel survived, Moscow named someone, or Pyongyang gained little",
				g.played("russia", "deny_to_panel"))
		},
	},
	"ally_as_target.toml": {
		"ally_exposed": func(g *game) string {
			_, named := g.attributions("moscow", true)
			return need(len(named) > 0, "Moscow named no one correctly in public")
		},
		"looked_away": func(g *game) string {
			_, named := g.attributions("moscow", true)
			return need(g.track("russia", "denials") >= 1 && len(named) == 0 && g.track("dprk", "tech") >= 15,
				"Moscow did not deny, named someone, or Pyongyang kept little")
		},
		"quiet_eviction": func(g *game) string {
			_, named := g.attributions("moscow", true)
			return need(len(named) == 0 && g.track("scarcruft", "access")+g.track("lazarus", "access") == 0 && g.track("dprk", "tech") < 15,
				"Moscow named %v correctly, the intruders kept %d footholds, or %d know-how was taken", named,
				g.track("scarcruft", "access")+g.track("lazarus", "access"), g.track("dprk", "tech"))
		},
	},
	"security_council.toml": {
		"breakout": func(g *game) string {
			return need(g.track("dprk", "wmd") >= 90, "no breakout")
		},
		"panel_saved": func(g *game) string {
			return need(g.passed("panel_renewal") && g.track("panel", "mandate") == 1, "the renewal did not pass")
		},
		"designated": func(g *game) string {
			return need(g.passed("cyber_designations") && g.track("panel", "mandate") == 0, "no designations, or the Panel survived")
		},
		"veto_isolates_moscow": func(g *game) string {
			return need(g.vetoed("russia") && g.track("panel", "mandate") == 0 && g.track("russia", "standing") <= 35,
				"Moscow cast no veto, or it cost little")
		},
		"eyes_outside": func(g *game) string {
			return need(g.track("panel", "mandate") == 0 && g.track("msmt", "mandate") == 1, "no coalition team, or the Panel survived")
		},
		"blind": func(g *game) string {
			return need(g.track("panel", "mandate") == 0 && g.track("msmt", "mandate") == 0, "someone still monitors")
		},
	},
	"shared_infrastructure.toml": {
		"partnership_exposed": func(g *game) string {
			_, right := g.attributions("blue", true)
			wrong, _ := g.attributions("blue", false)
			return need(g.s.Truth[0] && right["lazarus"] && right["gamaredon"] && wrong == 0,
				"not partners, or the defenders did not name both correctly without a wrong call (named %v, %d wrong)", right, wrong)
		},
		"imitation_unmasked": func(g *game) string {
			right, _ := g.attributions("blue", true)
			wrong, _ := g.attributions("blue", false)
			return need(!g.s.Truth[0] && right >= 2 && wrong == 0, "partners, or the defenders made %d right and %d wrong calls", right, wrong)
		},
		"fooled": func(g *game) string {
			wrong, _ := g.attributions("blue", false)
			return need(wrong >= 2, "the defenders named the wrong group %d times", wrong)
		},
		"entrenched": func(g *game) string {
			return need(g.track("lazarus", "access")+g.track("gamaredon", "access") >= 6 &&
				g.s.Status[g.sc.Asset("c2_relay")] != sim.Seized, "few footholds, or the relay was seized")
		},
	},
	"stolen_crypto.toml": {
		"money_stopped": func(g *game) string {
			return need(5*g.sum(sim.EvFreeze) >= g.sum(sim.EvTheft) && g.sum(sim.EvTheft) > 0,
				"frozen %d of %d stolen", g.sum(sim.EvFreeze), g.sum(sim.EvTheft))
		},
		"programme_funded": func(g *game) string {
			return need(g.track("dprk", "wmd") >= 1000, "under 1,000 reached the programme")
		},
		"nothing_taken": func(g *game) string {
			return need(g.sum(sim.EvTheft) == 0, "%d was stolen", g.sum(sim.EvTheft))
		},
	},
}

// playGame plays sc with every side under policy pn and returns the finished game.
func playGame(t *testing.T, sc *sim.Scenario, pn string, seed uint64) *game {
	t.Helper()
	pols := make([]policy.Policy, len(sc.Sides))
	for i := range pols {
		p, err := policy.Parse(pn, seed+uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		pols[i] = p
	}
	s := policy.Play(sim.New(sc, seed), pols, 0, nil)
	g := &game{sc: sc, s: s}
	var steps []*sim.State
	for x := s; x != nil; x = x.Prev {
		steps = append(steps, x)
	}
	for i := len(steps) - 1; i >= 0; i-- {
		g.events = append(g.events, steps[i].Events...)
	}
	return g
}

// TestOutcomesMeanWhatTheySay plays each library scenario under random and greedy play and
// checks that every game that ends with a named outcome got there the way the outcome's text
// says: a condition that reads a proxy (exposure for "named in public") fails here.
func TestOutcomesMeanWhatTheySay(t *testing.T) {
	games := 150
	if testing.Short() {
		games = 40
	}
	for _, name := range scenarios.Names() {
		sc, err := scenarios.Load(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cs := causes[name]
		for _, o := range sc.Outcomes {
			if cs[o.ID] == nil {
				t.Errorf("%s: outcome %s has no cause in this test: say how its text is checked", name, o.ID)
			}
		}
		for _, pn := range []string{"random", "greedy"} {
			n := games
			if pn == "greedy" {
				n = games / 4
			}
			for seed := uint64(1); seed <= uint64(n); seed++ {
				g := playGame(t, sc, pn, seed)
				if c := cs[g.s.Outcome]; c != nil {
					if why := c(g); why != "" {
						t.Errorf("%s, %s seed %d: outcome %s (%q), but %s", name, pn, seed, g.s.Outcome, outcomeText(sc, g.s.Outcome), why)
					}
				}
			}
		}
	}
}

func outcomeText(sc *sim.Scenario, id string) string {
	for _, o := range sc.Outcomes {
		if o.ID == id {
			return o.Text
		}
	}
	return ""
}

// principalsCauses are the causes of the Principals' Game's outcomes, and of its variants',
// where the crisis spirals at escalation spiral.
func principalsCauses(spiral int64) map[string]cause {
	return map[string]cause{
		"spiral": func(g *game) string {
			return need(g.track("adversary", "escalation") >= spiral, "escalation ended at %d", g.track("adversary", "escalation"))
		},
		"deterrent_package": func(g *game) string {
			return need(g.passed("package") && g.track("adversary", "deterrence") >= 50 && g.track("adversary", "escalation") < spiral,
				"passed %v, deterrence %d, escalation %d", g.passed("package"), g.track("adversary", "deterrence"), g.track("adversary", "escalation"))
		},
		"modest_package": func(g *game) string {
			return need(g.passed("package") && g.track("adversary", "deterrence") < 50, "passed %v, deterrence %d",
				g.passed("package"), g.track("adversary", "deterrence"))
		},
		"no_package": func(g *game) string {
			return need(!g.passed("package"), "the package passed")
		},
	}
}
