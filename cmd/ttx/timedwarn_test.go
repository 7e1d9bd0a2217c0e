package main

import (
	"strings"
	"testing"
)

// TestTimedPolicyWarns: a batch or forecast with a policy that plays by the clock (search:Nms)
// warns that its games are not reproducible, which the help's promise (the same result for any
// --workers) does not hold for; with search:N (rollouts) it warns of nothing.
func TestTimedPolicyWarns(t *testing.T) {
	for _, cmd := range []string{"batch", "forecast"} {
		code, _, errs := ttxMain(cmd, miniFile, "--runs", "1", "--policy", "blue=search:1ms")
		if code != exitOK || !strings.Contains(errs, "ttx "+cmd+": warning: blue=search:1ms plays by the clock") || !strings.Contains(errs, "not reproducible") {
			t.Errorf("%s --policy blue=search:1ms: exit %d, stderr %q; want a warning that it is not reproducible", cmd, code, errs)
		}
		if code, _, errs := ttxMain(cmd, miniFile, "--runs", "1", "--policy", "blue=search:5"); code != exitOK || errs != "" {
			t.Errorf("%s --policy blue=search:5: exit %d, stderr %q; want no warning", cmd, code, errs)
		}
	}
}
