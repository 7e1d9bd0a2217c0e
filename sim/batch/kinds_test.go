package batch

import (
	"slices"
	"testing"
)

// TestColumnsOnlyKindTracks checks that a rows file has a column for each track an actor has and
// none for a track its kind lacks: the campaign's United States has no weapons-programme track.
func TestColumnsOnlyKindTracks(t *testing.T) {
	for _, sc := range library(t) {
		if sc.ID != "campaign" {
			continue
		}
		cols := Columns(sc)
		if !slices.Contains(cols, "track.dprk.wmd") || slices.Contains(cols, "track.us.wmd") {
			t.Errorf("Columns(campaign) has track.dprk.wmd %v and track.us.wmd %v, want true and false",
				slices.Contains(cols, "track.dprk.wmd"), slices.Contains(cols, "track.us.wmd"))
		}
		n := 0
		for a := range sc.Actors {
			n += len(sc.TracksOf(a))
		}
		tracks := slices.DeleteFunc(slices.Clone(cols), func(c string) bool { return len(c) < 6 || c[:6] != "track." })
		if len(tracks) != n || n >= len(sc.Actors)*sc.NT() {
			t.Errorf("Columns(campaign) has %d track columns, want %d, fewer than %d", len(tracks), n, len(sc.Actors)*sc.NT())
		}
		return
	}
	t.Fatal("no campaign in the library")
}
