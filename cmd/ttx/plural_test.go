package main

import "testing"

// TestPlural checks the counts ttx prints, turn labels among them: a scenario of four turns
// labelled "day" is "4 days" in validate's and run's headers, not "4 daies".
func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		n    int
		what string
		want string
	}{
		{1, "day", "1 day"},
		{4, "day", "4 days"},
		{3, "key", "3 keys"},
		{2, "entry", "2 entries"},
		{9, "entry", "9 entries"},
		{8, "month", "8 months"},
		{0, "side", "0 sides"},
		{2, "y", "2 ys"},
	} {
		if got := plural(tc.n, tc.what); got != tc.want {
			t.Errorf("plural(%d, %q) = %q, want %q", tc.n, tc.what, got, tc.want)
		}
	}
}
