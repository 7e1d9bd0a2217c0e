package load_test

import (
	"fmt"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

// TestTrackStartsAtZero: a track whose default is left out starts at 0, or at the bound nearer
// 0 when 0 is outside its range, for an actor that gives it no value; a default, or the
// actor's own value, wins.
func TestTrackStartsAtZero(t *testing.T) {
	for _, c := range []struct {
		bounds    string // the track's keys
		want, own int64  // where it starts; what the envoy gives it
	}{
		{"", 0, 5},
		{"min = -10\nmax = 10", 0, -10},
		{"min = -5\nmax = 0", 0, -5},
		{"min = 3\nmax = 10", 3, 9},
		{"min = -20\nmax = -5", -5, -20},
		{"min = -10\nmax = 10\ndefault = -4", -4, 0},
		{"min = 2\nmax = 10\ndefault = 6", 6, 2},
	} {
		src := fmt.Sprintf(`[scenario]
id = "starts"
title = "Starts"
turns = 1

[tracks.stance]
%s

[[side]]
id = "blue"
name = "Blue"

[[actor]]
id = "home"
kind = "state"
side = "blue"

[[actor]]
id = "envoy"
kind = "state"
side = "blue"
tracks = { stance = %d }
`, c.bounds, c.own)
		sc, err := load.Load("starts.toml", []byte(src))
		if err != nil {
			t.Fatalf("Load(stance with %q): %v", c.bounds, err)
		}
		s := sim.New(sc, 1)
		if got := sc.Tracks[0].Def; got != c.want {
			t.Errorf("Load(stance with %q): default %d, want %d", c.bounds, got, c.want)
		}
		if got := s.Track(0, 0); got != c.want {
			t.Errorf("stance with %q: home starts at %d, want %d", c.bounds, got, c.want)
		}
		if got := s.Track(1, 0); got != c.own {
			t.Errorf("stance with %q: envoy starts at %d, want the %d it gives", c.bounds, got, c.own)
		}
	}
}
