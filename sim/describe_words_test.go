package sim

import "testing"

// TestNamesWords: a name counts as named only as whole words, in any case.
func TestNamesWords(t *testing.T) {
	for _, tc := range []struct {
		s, name string
		want    bool
	}{
		{"Report to the national CERT", "National CERT", true},
		{"Report to the national CERTs", "National CERT", false},
		{"Run operations by hand", "UN", false},
		{"Brief the UN", "UN", true},
		{"UN talks", "UN", true},
		{"Press the UN, and the UN's allies", "UN", true},
		{"Lobby for pressure", "China", false},
		{"Seize the Gamaredon server", "Gamaredon server", true},
		{"Seize the server", "", false},
	} {
		if got := namesWords(tc.s, tc.name); got != tc.want {
			t.Errorf("namesWords(%q, %q) = %v, want %v", tc.s, tc.name, got, tc.want)
		}
	}
}
