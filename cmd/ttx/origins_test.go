package main

import (
	"slices"
	"testing"
)

// TestOriginList checks that --origin's hosts are split at commas and trimmed, so that a list
// written with spaces after its commas allows every host it names.
func TestOriginList(t *testing.T) {
	for _, c := range []struct {
		flag string
		want []string
	}{
		{"", nil},
		{"a.example", []string{"a.example"}},
		{"a.example, b.example:8443", []string{"a.example", "b.example:8443"}},
		{" a.example ,, ", []string{"a.example"}},
	} {
		if got := originList(c.flag); !slices.Equal(got, c.want) {
			t.Errorf("originList(%q) = %q, want %q", c.flag, got, c.want)
		}
	}
}
