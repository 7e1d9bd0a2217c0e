package serve

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestFacilitatorReportSeedWithheld: the facilitator's report the server sends the white cell
// and the observers of its view says that the seed is withheld, in its heading and its
// overview, and never gives a seed: it read "seed 0" and "Seed 0", a seed the game did not
// have, as if the exercise had been played with it.
func TestFacilitatorReportSeedWithheld(t *testing.T) {
	sc := fixture(t, "../sim/testdata/discussion.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 918273645})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, seat := range []string{"white", "observer"} {
		c, _ := seated(t, ctx, s.links[seat])
		c.Send(ctx, Message{Type: MsgGetRep})
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgReport || m.Type == MsgReject })
		if m.Type != MsgReport {
			t.Fatalf("%s's report: %s %s", seat, m.Code, m.Reason)
		}
		for _, want := range []string{" · seed withheld · ", "<th>Seed</th><td>withheld: it stays on the server, and the exercise's log holds it</td>"} {
			if !strings.Contains(m.Report, want) {
				t.Errorf("%s's report does not say %q", seat, want)
			}
		}
		for _, bad := range []string{"seed 0", "<th>Seed</th><td>0</td>", "918273645"} {
			if strings.Contains(m.Report, bad) {
				t.Errorf("%s's report holds %q", seat, bad)
			}
		}
		c.Close()
	}
}
