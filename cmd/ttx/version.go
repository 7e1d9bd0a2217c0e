package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"ttx/sim/batch"
	"ttx/sim/load"
	"ttx/sim/record"
)

// versionText is what 'ttx --version' prints: the program's version (its module version, or
// the commit it was built from), the scenario format it reads, and the formats it writes.
func versionText() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		var rev, dirty string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = ", modified"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			v += " (commit " + rev + dirty + ")"
		}
	}
	return fmt.Sprintf("ttx %s\nscenario format %d, order log format %d, batch rows format %d", v, load.FormatVersion, record.Format, batch.Format)
}

// suggestCommand returns "; did you mean CMD?" for the command nearest to a mistyped name.
func suggestCommand(name string) string {
	best, bestD := "", 3
	for c := range commands {
		if d := levenshtein(strings.ToLower(name), c); d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > 2 {
		return ""
	}
	return "; did you mean " + best + "?"
}

// levenshtein is the edit distance of two short words.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
