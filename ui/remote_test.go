package ui

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"ttx/serve"
	"ttx/sim"
	"ttx/ui/drive"
)

// serveLoopback serves a game of sc on loopback for the test, the sides in pols played by
// those policies, and returns its join links by seat.
func serveLoopback(t *testing.T, sc *sim.Scenario, pols map[string]string) map[string]string {
	t.Helper()
	return serveLoopbackWith(t, serve.Config{Scenario: sc, Seed: 11, Policies: pols})
}

// serveLoopbackWith is serveLoopback of cfg, its base URL the server's.
func serveLoopbackWith(t *testing.T, cfg serve.Config) map[string]string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	srv := httptest.NewServer(nil)
	cfg.Base = srv.URL + "/"
	g, err := serve.NewGame(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = serve.Handler(ctx, g, nil, nil)
	done := make(chan struct{})
	go func() { g.Run(ctx); close(done) }()
	t.Cleanup(func() {
		cancel()
		<-done
		srv.CloseClientConnections()
		srv.Close()
	})
	return g.Links()
}

// teamAtTurn serves sc with every side but the first played at random, joins the first side's
// window and takes it through its briefing to its turn.
func teamAtTurn(t *testing.T, sc *sim.Scenario) (*App, *rig, *serve.Remote) {
	t.Helper()
	a, r, ex, _ := peopleAtTurn(t, sc, 1)
	return a, r, ex
}

// peopleAtTurn serves sc with its first n sides left to people and the rest played at random,
// joins the first side's window, takes it through its briefing to its turn, and returns the
// join links too.
func peopleAtTurn(t *testing.T, sc *sim.Scenario, n int) (*App, *rig, *serve.Remote, map[string]string) {
	t.Helper()
	return peopleAtTurnWith(t, serve.Config{Scenario: sc, Seed: 11}, n)
}

// peopleAtTurnWith is peopleAtTurn served by cfg, whose policies it sets.
func peopleAtTurnWith(t *testing.T, cfg serve.Config, n int) (*App, *rig, *serve.Remote, map[string]string) {
	t.Helper()
	sc := cfg.Scenario
	cfg.Policies = map[string]string{}
	for _, d := range sc.Sides[n:] {
		cfg.Policies[d.ID] = "random"
	}
	links := serveLoopbackWith(t, cfg)
	a, r, ex := joinWindow(t, links[sc.Sides[0].ID])
	r.click("continue")
	r.until("the team's briefing", r.onScene("*ui.briefing"))
	r.click("continue")
	r.until("the turn", r.onScene("*ui.turn"))
	return a, r, ex, links
}

// joinWindow joins the seat of link and returns its app and a rig at the common briefing.
func joinWindow(t *testing.T, link string) (*App, *rig, *serve.Remote) {
	t.Helper()
	needWindow(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r, err := serve.JoinRemote(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Close)
	a := NewRemoteApp(r)
	g := newRig(t, newBriefing(a, -1), 1280, 800)
	g.mgr.Before = a.Follow
	g.frames(2)
	return a, g, r
}

// until runs frames until cond holds (the server answers in its own time).
func (r *rig) until(what string, cond func() bool) {
	r.t.Helper()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		r.frames(1)
		if cond() {
			return
		}
	}
	r.t.Fatalf("timed out waiting for %s (on %T; status %q)", what, r.mgr.Scene(), appOf(r.driver).Status)
}

// onScene reports whether the current scene is of type typ (as %T prints it).
func (r *rig) onScene(typ string) func() bool {
	return func() bool { return fmt.Sprintf("%T", r.mgr.Scene()) == typ }
}

// TestWindowRemoteTeam joins a served exercise as a team in the window: the common and the
// team's own briefing, an order chosen from the server's legal list with its chance, submit,
// the playback of the turn the server resolved, and the next turn. The window holds only the
// seat's copy of the scenario.
func TestWindowRemoteTeam(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	pols := map[string]string{}
	for _, d := range sc.Sides[1:] {
		pols[d.ID] = "random"
	}
	links := serveLoopback(t, sc, pols)
	a, r, ex := joinWindow(t, links[sc.Sides[0].ID])
	if a.Sc == sc || a.Sc.Sides[1].Briefing != "" || a.Sc.Sides[0].Briefing == "" {
		t.Fatal("the window's scenario is not the team's own copy")
	}
	if strings.Contains(strings.Join(Texts(r.mgr.Scene()), "\n"), sc.Sides[1].Briefing) {
		t.Fatal("the common briefing shows another side's briefing")
	}
	r.shot("remote-briefing")
	r.click("continue")
	r.until("the team's briefing", r.onScene("*ui.briefing"))
	r.click("continue")
	r.until("the turn", r.onScene("*ui.turn"))
	r.clickPrefix("move:")
	order := r.clickPrefix("order:")
	r.until("the draft on the server", func() bool { return len(ex.Drafts(0)) == 1 })
	text := strings.Join(Texts(r.mgr.Scene()), "\n")
	if !strings.Contains(text, "%") {
		t.Errorf("no chance shown on the turn screen:\n%s", text)
	}
	r.shot("remote-orders")
	r.click("submit")
	r.until("the playback of turn 1", r.onScene("*ui.resolution"))
	res := r.mgr.Scene().(*resolution)
	if len(res.events) == 0 {
		t.Fatal("the playback has no events")
	}
	mine := false
	for _, e := range res.events {
		if e.Kind == sim.EvOrder && e.Actor >= 0 && "order:"+sc.Actors[e.Actor].ID == order[:len("order:")+len(sc.Actors[e.Actor].ID)] {
			mine = true
		}
	}
	if !mine {
		t.Errorf("the playback does not show the team's order %s", order)
	}
	for i := 0; i < 3; i++ {
		r.click("next")
	}
	r.frames(30)
	img := r.shot("remote-resolution")
	assertNotBlank(t, "remote-resolution", img)
	r.click("done")
	r.until("the turn of month 2", r.onScene("*ui.turn"))
	if a.turn() != 2 {
		t.Fatalf("turn %d after the playback, want 2", a.turn())
	}
	r.shot("remote-turn-2")
}

// TestWindowRemoteWhiteCell joins as the white cell: the facilitator screen resolves the turn
// through the server, plays it back, fires an inject and adds a note.
func TestWindowRemoteWhiteCell(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	links := serveLoopback(t, sc, nil)
	a, r, ex := joinWindow(t, links["white"])
	r.click("continue")
	r.until("the facilitator", r.onScene("*ui.facilitator"))
	r.shot("remote-white")
	r.click("resolve")
	r.until("the playback", r.onScene("*ui.resolution"))
	r.click("done")
	r.until("the facilitator again", r.onScene("*ui.facilitator"))
	if a.turn() != 2 {
		t.Fatalf("turn %d after resolving, want 2", a.turn())
	}
	fire := r.clickPrefix("fire:")
	in := sc.Inject(strings.TrimPrefix(fire, "fire:"))
	r.until("the inject fired", func() bool { return ex.View(sim.Facilitator).Fired[in] != 0 })
	f := r.mgr.Scene().(*facilitator)
	if err := r.typeInto(f.note, "the team argued well"); err != nil {
		t.Fatal(err)
	}
	r.click("note")
	r.until("the note", func() bool { return len(ex.NoteList()) == 1 })
	r.frames(2)
	if text := strings.Join(Texts(r.mgr.Scene()), "\n"); !strings.Contains(text, "the team argued well") {
		t.Errorf("the note is not listed:\n%s", text)
	}
	r.shot("remote-white-2")
}

// TestWindowRemoteClickSurvivesUpdate: a click under way when the server's news comes (another
// team joins, so who is online changes) still lands: the screen is rebuilt for the news only
// once the button is up and the click has been taken.
func TestWindowRemoteClickSurvivesUpdate(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	_, r, ex, links := peopleAtTurn(t, sc, 2)
	r.frames(10)
	b, err := r.Button("tab:feed")
	if err != nil {
		t.Fatal(err)
	}
	rev := ex.Revision()
	r.inj.Press(drive.Centre(b.GetWidget().Rect))
	r.play(0) // the button is down
	if _, err := joinSeat(t, links[sc.Sides[1].ID]); err != nil {
		t.Fatal(err)
	}
	for end := time.Now().Add(20 * time.Second); ex.Revision() == rev; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatal("timed out waiting for the news of the other team joining")
		}
	}
	r.frames(3) // the button comes up in the first
	tu, ok := r.mgr.Scene().(*turn)
	if !ok {
		t.Fatalf("on %T, want the turn", r.mgr.Scene())
	}
	if tu.tab != "feed" {
		t.Errorf("the feed tab was clicked while the server's news came; the turn shows tab %q: the click was lost", tu.tab)
	}
}
