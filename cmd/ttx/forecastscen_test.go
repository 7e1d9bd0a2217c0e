package main

import (
	"strings"
	"testing"
)

// TestForecastScenarioFlagOnAScenario: --scenario names a log's scenario; given with a scenario
// file it was ignored without a word (the forecast played FILE, not the file --scenario named),
// as --at is not. It is refused as a usage error, and without it the forecast runs.
func TestForecastScenarioFlagOnAScenario(t *testing.T) {
	code, out, errs := ttxMain("forecast", miniFile, "--scenario", "../../sim/testdata/discussion.toml", "--runs", "5")
	if code != exitUsage || !strings.Contains(errs, "--scenario applies to a log") || out != "" {
		t.Errorf("forecast FILE --scenario OTHER: exit %d, stdout %q, stderr %q; want exit %d and --scenario refused", code, out, errs, exitUsage)
	}
	if code, _, errs := ttxMain("forecast", miniFile, "--runs", "5"); code != exitOK {
		t.Errorf("forecast FILE: exit %d: %s", code, errs)
	}
}
