package report

import (
	"bytes"
	"testing"

	"ttx/sim"
	"ttx/sim/policy"
)

// randomGame plays sc from its start with seed to the end, every side by Random{Seed: seed}.
func randomGame(sc *sim.Scenario, seed uint64) *sim.State {
	pols := make([]policy.Policy, len(sc.Sides))
	for i := range pols {
		pols[i] = policy.Random{Seed: seed}
	}
	return policy.Play(sim.New(sc, seed), pols, 0, nil)
}

// markdown returns a function that renders a report, built with an error, as Markdown, its
// charts linked as c/ID.png; the test fails on the error. (A function, so that it takes a
// build's two results as they come: markdown(t)(Build(…)).)
func markdown(t testing.TB) func(*Report, error) string {
	return func(r *Report, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := r.Markdown(&b, "c/"); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
}
