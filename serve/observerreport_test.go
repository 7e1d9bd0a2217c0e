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

// TestObserverNoteInjects: a note sent over the wire names an inject fired by its turn, as
// ttx note's must, and is refused in the same words otherwise: at the white cell (and its
// observers, who see the whole game) an inject that has not fired yet, by its title, and a
// misspelt id, with the id it may mean. An observer of a team's view who ties a note to another
// side's inject, or to one told to its team that has not fired, gets the same refusal as for an
// inject that does not exist, and is offered no id its team does not know, so the answer tells
// nothing of injects the team has not seen.
func TestObserverNoteInjects(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 918273645})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	clients := map[string]*Client{}
	for _, seat := range []string{"white", "observer", "observer-blue"} {
		c, _ := seated(t, ctx, s.links[seat])
		defer c.Close()
		clients[seat] = c
	}
	answer := func(c *Client) Message {
		return until(t, ctx, c, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject })
	}
	note := func(seat, inject string) Message {
		t.Helper()
		clients[seat].Send(ctx, Message{Type: MsgNote, Text: "seen", Inject: inject})
		return answer(clients[seat])
	}
	refused := func(what string, m Message, want string) {
		t.Helper()
		if m.Type != MsgReject || m.Code != RejBadMessage || m.Reason != want {
			t.Errorf("%s: %s %s %q, want refused (%s) %q", what, m.Type, m.Code, m.Reason, RejBadMessage, want)
		}
	}
	const none = "the scenario has no such inject"
	unfired := `"MKREDINJECTTITLE" has not fired in this game (which has reached round 1): add the note on no inject, or on one that has fired`
	refused("the white cell naming red's inject before it fired", note("white", "mkredinjectid"), unfired)
	refused("the white cell's observer naming red's inject before it fired", note("observer", "mkredinjectid"), unfired)
	refused("the white cell naming a misspelt id", note("white", "mkredinjectd"), none+"; did you mean mkredinjectid?")
	for _, id := range []string{"no_such_inject", "mkredinjectid", "mkblueinjectid", "mkblueinjectd"} {
		refused("blue's observer naming "+id+" before any fired", note("observer-blue", id), none)
	}
	fire := func(id string) {
		t.Helper()
		clients["white"].Send(ctx, Message{Type: MsgFire, Inject: id})
		if m := answer(clients["white"]); m.Type != MsgAck {
			t.Fatalf("firing %s: %s %q", id, m.Code, m.Reason)
		}
	}
	// A misspelt inject to fire is refused with the id it may mean, as a note's is.
	clients["white"].Send(ctx, Message{Type: MsgFire, Inject: "mkredinjectd"})
	refused("the white cell firing a misspelt id", answer(clients["white"]), none+"; did you mean mkredinjectid?")
	fire("mkredinjectid")
	fire("mkblueinjectid")
	for _, seat := range []string{"white", "observer"} {
		if m := note(seat, "mkredinjectid"); m.Type != MsgAck {
			t.Errorf("%s naming red's inject once fired: %s %s %q", seat, m.Type, m.Code, m.Reason)
		}
	}
	if m := note("observer-blue", "mkblueinjectid"); m.Type != MsgAck {
		t.Errorf("blue's observer naming blue's inject once fired: %s %s %q", m.Type, m.Code, m.Reason)
	}
	refused("blue's observer naming red's inject once fired", note("observer-blue", "mkredinjectid"), none)
	refused("blue's observer misspelling red's inject", note("observer-blue", "mkredinjectd"), none)
	refused("blue's observer misspelling blue's inject", note("observer-blue", "mkblueinjectd"), none+"; did you mean mkblueinjectid?")
}
