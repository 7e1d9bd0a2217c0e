package serve

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestTeamReportHoldsNoScenarioHash: the scenario file's hash is a digest of everything in it,
// other sides' briefings and objectives, truths and injects included, against which a team could
// check a guess at them (the library file with one value changed, say), and the file's name can
// tell what it holds. A team's report and its observers' hold neither; the white cell's keeps
// them, to name the file the game was played from.
func TestTeamReportHoldsNoScenarioHash(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 5})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	hash := sc.Hash[:16] // as much as a report shows
	for _, seat := range []string{"blue", "observer-blue", "white"} {
		c, _ := seated(t, ctx, s.links[seat])
		c.Send(ctx, Message{Type: MsgGetRep})
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgReport || m.Type == MsgReject })
		if m.Type != MsgReport {
			t.Fatalf("%s's report: %s %s", seat, m.Code, m.Reason)
		}
		if got, want := strings.Contains(m.Report, hash), seat == "white"; got != want {
			t.Errorf("the report sent to %s holds the scenario's hash: %v, want %v", seat, got, want)
		}
		if got, want := strings.Contains(m.Report, "markers.toml"), seat == "white"; got != want {
			t.Errorf("the report sent to %s names the scenario file: %v, want %v", seat, got, want)
		}
	}
}
