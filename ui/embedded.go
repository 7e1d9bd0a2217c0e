//go:build !js

package ui

import (
	"errors"
	"slices"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
)

// EmbeddedLibrary loads every embedded scenario, the default first.
func EmbeddedLibrary() ([]*sim.Scenario, error) {
	names := scenarios.Names()
	if i := slices.Index(names, scenarios.Default); i > 0 {
		names = append([]string{scenarios.Default}, slices.Delete(names, i, i+1)...)
	}
	var out []*sim.Scenario
	var errs []error
	for _, n := range names {
		data, _ := scenarios.Read(n)
		sc, err := load.LoadWith(scenarios.Prefix+n, data, scenarios.ReadBase)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, sc)
	}
	return out, errors.Join(errs...)
}
