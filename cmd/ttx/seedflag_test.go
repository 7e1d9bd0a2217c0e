package main

import (
	"strings"
	"testing"
)

// TestSeedUnsignedEverywhere: every command's --seed is a whole number from 0 to 2^64-1, and a
// negative or larger one is a usage error saying so. forecast read its seed as a signed number:
// it refused seeds from 2^63 ("value out of range"), which run, batch and balance take, and
// said only "want 0 or more" of one below 0.
func TestSeedUnsignedEverywhere(t *testing.T) {
	cmds := [][]string{
		{"run", miniFile, "-q"},
		{"batch", miniFile, "--runs", "2"},
		{"forecast", miniFile, "--runs", "2"},
		{"balance", miniFile, "--games", "1", "--search-games", "0"},
	}
	for _, cmd := range cmds {
		for _, c := range []struct{ seed, want string }{
			{"-1", "a seed is a whole number from 0 to 18446744073709551615, not negative"},
			{"-18446744073709551616", "a seed is a whole number from 0 to 18446744073709551615, not negative"},
			{"18446744073709551616", "a seed is a whole number from 0 to 18446744073709551615; this one is larger"},
			{"seven", "a seed is a whole number from 0 to 18446744073709551615\n"},
		} {
			args := append(append([]string{}, cmd...), "--seed", c.seed)
			code, _, errs := ttxMain(args...)
			if code != exitUsage || !strings.Contains(errs, c.want) {
				t.Errorf("%v: exit %d, %q; want exit %d and %q", args, code, errs, exitUsage, c.want)
			}
		}
		for _, seed := range []string{"0", "9223372036854775808", "18446744073709551615"} {
			args := append(append([]string{}, cmd...), "--seed", seed)
			if code, _, errs := ttxMain(args...); code != exitOK {
				t.Errorf("%v: exit %d: %s", args, code, errs)
			}
		}
	}
}
