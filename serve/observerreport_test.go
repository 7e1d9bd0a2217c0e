package serve

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestObserverReportIsTheirView: an observer bound to a team's view gets that team's report,
// with none of the other sides' secrets or the truths, as the team would; the observers of the
// white cell's view get the facilitator's report (without the seed). Asked at the start, as an
// observer may ask at any time.
func TestObserverReportIsTheirView(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 918273645})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	report := func(seat string) string {
		t.Helper()
		c, _ := seated(t, ctx, s.links[seat])
		c.Send(ctx, Message{Type: MsgGetRep})
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgReport || m.Type == MsgReject })
		if m.Type != MsgReport {
			t.Fatalf("%s's report: %s %s", seat, m.Code, m.Reason)
		}
		return m.Report
	}
	blue := report("observer-blue")
	for _, bad := range []string{"MKREDBRIEFING", "MKREDOBJECTIVE", "MKGREEN", "MKTRUTH", "MKEXPECTED", "Facilitator's document"} {
		if strings.Contains(blue, bad) {
			t.Errorf("the report sent to blue's observers holds %q", bad)
		}
	}
	if !strings.Contains(blue, "Handout for Blue") {
		t.Error("the report sent to blue's observers is not blue's")
	}
	all := report("observer")
	if !strings.Contains(all, "Facilitator's document") || !strings.Contains(all, "MKREDBRIEFING") {
		t.Error("the white cell's observers do not get the facilitator's report")
	}
	for seat, r := range map[string]string{"observer-blue": blue, "observer": all, "white": report("white")} {
		if strings.Contains(r, "918273645") {
			t.Errorf("the report sent to %s holds the seed", seat)
		}
	}
}

// TestObserverNoteInjects: an observer of a team's view who ties a note to another side's
// inject gets the same refusal as for an inject that does not exist, so the answer tells nothing
// of the other side's injects; the white cell's observers may name any inject.
func TestObserverNoteInjects(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 918273645})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	note := func(seat, inject string) Message {
		t.Helper()
		c, _ := seated(t, ctx, s.links[seat])
		c.Send(ctx, Message{Type: MsgNote, Text: "seen", Inject: inject})
		return until(t, ctx, c, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject })
	}
	none := note("observer-blue", "no_such_inject")
	red := note("observer-blue", "mkredinjectid")
	if none.Type != MsgReject || red.Type != MsgReject || red.Code != none.Code || red.Reason != none.Reason {
		t.Errorf("blue's observer naming red's inject: %s %s %q; naming none: %s %s %q", red.Type, red.Code, red.Reason, none.Type, none.Code, none.Reason)
	}
	if m := note("observer", "mkredinjectid"); m.Type != MsgAck {
		t.Errorf("the white cell's observer naming red's inject: %s %s", m.Type, m.Reason)
	}
}
