package main

import "testing"

// TestGCPercent: the commands that play games one after another raise the collector's target,
// the others leave it, and a GOGC the user sets is kept.
func TestGCPercent(t *testing.T) {
	for _, c := range []struct {
		name, gogc string
		want       int
	}{
		{"run", "", gcPlaying},
		{"batch", "", gcPlaying},
		{"forecast", "", gcPlaying},
		{"balance", "", gcPlaying},
		{"replay", "", gcPlaying},
		{"report", "", gcPlaying},
		{"batch", "100", 0},
		{"run", "off", 0},
		{"play", "", 0},
		{"serve", "", 0},
		{"web", "", 0},
		{"validate", "", 0},
		{"--help", "", 0},
	} {
		if got := gcPercent(c.name, c.gogc); got != c.want {
			t.Errorf("gcPercent(%q, GOGC=%q) = %d, want %d", c.name, c.gogc, got, c.want)
		}
	}
}
