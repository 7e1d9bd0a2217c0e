package words

import "testing"

// TestCount checks the counts ttx prints, turn labels among them: a scenario of four turns
// labelled "day" is "4 days" in validate's and run's headers and the window's library, not
// "4 daies"; one of one turn is "1 month", not "1 months".
func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		what string
		want string
	}{
		{1, "day", "1 day"},
		{1, "month", "1 month"},
		{4, "day", "4 days"},
		{3, "key", "3 keys"},
		{2, "entry", "2 entries"},
		{9, "entry", "9 entries"},
		{8, "month", "8 months"},
		{0, "side", "0 sides"},
		{2, "y", "2 ys"},
	} {
		if got := Count(tc.n, tc.what); got != tc.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tc.n, tc.what, got, tc.want)
		}
	}
}

// TestPlural checks the plural without a count, as a load error names a scenario's turns
// ("the exercise's rounds 1..3"): the same as Count's.
func TestPlural(t *testing.T) {
	for what, want := range map[string]string{"round": "rounds", "day": "days", "entry": "entries", "turn": "turns"} {
		if got := Plural(what); got != want {
			t.Errorf("Plural(%q) = %q, want %q", what, got, want)
		}
	}
}
