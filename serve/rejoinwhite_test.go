package serve

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ttx/sim"
)

// TestRemoteRejoinWhiteCell: the white cell's window whose operations were on their way when the
// link died joins again and sends again those that do the same done twice: a pause, a side's
// handover and an inject to fire that has not fired. An override and a deadline, which would
// be done twice, are told as not confirmed, and not sent. An inject the server fired (only the
// answer lost) is not fired again, which would put a second step in the log, and a new link
// whose answer was lost is asked for again, since the white cell never had it. Before, every
// one of them was told as not confirmed.
func TestRemoteRejoinWhiteCell(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save})
	net, link := relay(t, s, s.links["white"])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, err := JoinRemote(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	defer white.Close()
	blueInject, redInject := sc.Inject("mkblueinjectid"), sc.Inject("mkredinjectid")
	red := sc.Side("red")
	actor, track := sc.Actor("blue_state"), sc.Track("funds")
	if blueInject < 0 || redInject < 0 || red < 0 || actor < 0 || track < 0 || !sc.HasTrack(actor, track) {
		t.Fatal("the scenario lacks an inject, side, actor or track of the test")
	}
	fired := func(i int) bool {
		for _, f := range white.FiredInjects() {
			if f == i {
				return true
			}
		}
		return false
	}

	// Lost on the way.
	net.drop()
	white.SetPaused(true)
	white.Fire(blueInject)
	white.SetSeat(red, "greedy")
	white.Override(actor, track, 77)
	white.SetDeadline(600)
	time.Sleep(200 * time.Millisecond)
	net.cut()
	waitFor(t, "the window joined again, every message answered", func() bool { return settled(white) })
	if due, paused := white.Deadline(); !paused || !due.IsZero() {
		t.Errorf("after joining again the clock is due %v, paused %v; want paused with no deadline", due, paused)
	}
	if !fired(blueInject) {
		t.Error("the inject to fire was not fired once joined again")
	}
	seated := false
	for _, p := range white.Presence() {
		seated = seated || p.Seat == "red" && p.Policy != ""
	}
	if !seated {
		t.Errorf("red was not handed to its policy once joined again: %+v", white.Presence())
	}
	if p := white.Problem(); !strings.HasPrefix(p, "Not confirmed (override and deadline):") {
		t.Errorf("the window says %q, want the override and the deadline not confirmed, and nothing else", p)
	}

	// Taken by the server, their answers lost.
	net.deafen()
	white.Fire(redInject)
	waitFor(t, "the inject fired in the log", func() bool { return fileHas(save, `"inject":"mkredinjectid"`) })
	was := tokenHashes(t, save+".tokens")["blue"]
	white.Reissue("blue")
	waitFor(t, "blue's new token saved", func() bool { return tokenHashes(t, save+".tokens")["blue"] != was })
	net.cut()
	waitFor(t, "the window joined again, every message answered", func() bool { return settled(white) })
	if p := white.Problem(); strings.Contains(p, "Not confirmed") {
		t.Errorf("the window says %q", p)
	}
	newLink := white.Links()["blue"]
	if newLink == "" {
		t.Fatal("the white cell has no new link for blue once joined again")
	}
	if _, m := joined(t, ctx, newLink); m.Type != MsgWelcome || m.Seat == nil || m.Seat.Side != "blue" {
		t.Errorf("blue's new link, asked for again: %s %q, want blue's seat", m.Type, m.Reason)
	}

	white.Close()
	s.stop()
	steps := map[string]int{}
	for _, p := range s.g.sess.State.History()[1:] {
		switch {
		case p.Step.Inject == blueInject && p.Step.Kind == sim.StepInject:
			steps["mkblueinjectid"]++
		case p.Step.Inject == redInject && p.Step.Kind == sim.StepInject:
			steps["mkredinjectid"]++
		case p.Step.Kind == sim.StepOverride:
			steps["override"]++
		}
	}
	if steps["mkblueinjectid"] != 1 || steps["mkredinjectid"] != 1 || steps["override"] != 0 {
		t.Errorf("the game's steps: %v, want each inject fired once and no override", steps)
	}
}

// TestRemoteTokenAnswersReissue: a new link that came before the connection dropped (its ack
// lost after it) answers the reissue, which is not asked for again: a second new link would
// replace the one the white cell holds, and may have handed out.
func TestRemoteTokenAnswersReissue(t *testing.T) {
	r := &Remote{out: make(chan Message, 4), sent: map[int]Message{5: {Type: MsgReissue, ID: 5, Side: "blue"}},
		links: map[string]string{}}
	r.apply(Message{Type: MsgToken, ID: 5, Side: "blue", Link: "http://server/#t=1"})
	r.mu.Lock()
	r.rejoined()
	r.mu.Unlock()
	if len(r.out) != 0 {
		t.Errorf("joined again after the new link came, the window sends %+v", <-r.out)
	}
	if got := r.Links()["blue"]; got != "http://server/#t=1" {
		t.Errorf("the new link: %q", got)
	}
}
