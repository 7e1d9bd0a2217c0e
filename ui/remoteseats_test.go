package ui

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/serve"
	"ttx/sim"
	"ttx/ui/kit"
)

// serveSaved serves a game of sc on loopback for the test like serveLoopback, its log saved
// to save when not "", and returns its join links by seat.
func serveSaved(t *testing.T, sc *sim.Scenario, pols map[string]string, save string) map[string]string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	srv := httptest.NewServer(nil)
	g, err := serve.NewGame(serve.Config{Scenario: sc, Seed: 11, Policies: pols, Base: srv.URL + "/", Save: save})
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

// joinSeat joins link as a client without a window (a team at another laptop).
func joinSeat(t *testing.T, link string) (*serve.Remote, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r, err := serve.JoinRemote(ctx, link)
	if err == nil {
		t.Cleanup(r.Close)
	}
	return r, err
}

// text is the current screen's text.
func (r *rig) text() string { return strings.Join(Texts(r.mgr.Scene()), "\n") }

// TestWindowRemoteSeats: the white cell's window lists the seats live (a team connected, its
// drafts, its orders in), gives a team a new link (the old one is then refused, the new one
// taken), hands a team to a policy, which plays its orders when the server resolves the
// turn, and back; the server's forecast fills its forecast panel.
func TestWindowRemoteSeats(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	blue, pyong := sc.Sides[0], sc.Sides[1]
	links := serveLoopback(t, sc, map[string]string{sc.Sides[2].ID: "random"})
	a, r, white := joinWindow(t, links["white"])
	r.click("continue")
	r.until("the facilitator", r.onScene("*ui.facilitator"))
	if strings.Contains(r.text(), blue.Name+": connected") {
		t.Fatalf("the panel shows %s connected before it joined:\n%s", blue.Name, r.text())
	}
	team, err := joinSeat(t, links[blue.ID])
	if err != nil {
		t.Fatal(err)
	}
	r.until("blue connected", func() bool { return strings.Contains(r.text(), blue.Name+": connected · 0 draft orders") })
	team.Add(0, team.Legal(0)[0].Order)
	r.until("blue's draft", func() bool { return strings.Contains(r.text(), blue.Name+": connected · 1 draft orders") })
	team.Submit(0)
	r.until("blue's orders in", func() bool { return strings.Contains(r.text(), blue.Name+": connected · orders in") })
	r.until("the white cell's forecast", func() bool { return a.Forecast.Figures().Games == serve.ForecastRuns })
	r.frames(2)
	assertNotBlank(t, "remote-white-seats", r.shot("remote-white-seats"))

	// A new link for Pyongyang: asked first, since it disconnects the team; cancelled, the
	// team keeps its link.
	old, err := joinSeat(t, links[pyong.ID])
	if err != nil {
		t.Fatal(err)
	}
	r.until("Pyongyang connected on its old link", func() bool { return strings.Contains(r.text(), pyong.Name+": connected") })
	ask := "Give " + pyong.Name + " a new link?"
	r.click("reissue:" + pyong.ID)
	r.until("the question", func() bool { return strings.Contains(r.text(), ask) })
	r.frames(2)
	assertNotBlank(t, "remote-white-newlink-ask", r.shot("remote-white-newlink-ask"))
	r.click("ask:no")
	r.until("the question gone", func() bool { return !strings.Contains(r.text(), ask) })
	if a.Status != "No new link: "+pyong.Name+" keeps its link." || len(white.Links()) != 0 {
		t.Fatalf("the new link cancelled: status %q, links %v", a.Status, white.Links())
	}
	// Asked again and given: the old one is refused, its connection closed, the new one taken.
	r.click("reissue:" + pyong.ID)
	r.until("the question again", func() bool { return strings.Contains(r.text(), ask) })
	r.click("ask:reissue")
	r.until("the new link", func() bool { return white.Links()[pyong.ID] != "" })
	link := white.Links()[pyong.ID]
	r.until("the new link shown", func() bool { return strings.Contains(r.text(), link) })
	r.until("Pyongyang not connected", func() bool { return strings.Contains(r.text(), pyong.Name+": not connected") })
	r.frames(2)
	assertNotBlank(t, "remote-white-newlink", r.shot("remote-white-newlink"))
	r.until("Pyongyang's window on its old link disconnected", func() bool { return !old.Online() })
	if _, err := joinSeat(t, links[pyong.ID]); err == nil || !strings.Contains(err.Error(), "no seat has this token") {
		t.Fatalf("the old link joined (err %v)", err)
	}
	if _, err := joinSeat(t, link); err != nil {
		t.Fatalf("the new link: %v", err)
	}
	// A message coming between a click's press and release rebuilds the screen and loses the
	// click: let the presence of the new connection come first.
	r.until("Pyongyang connected", func() bool { return strings.Contains(r.text(), pyong.Name+": connected") })

	// Pyongyang handed to a policy: every person's orders are in, so the turn resolves and the
	// policy's orders are played.
	r.click("hand:" + pyong.ID + ":random")
	r.until("the playback", r.onScene("*ui.resolution"))
	played := false
	for _, v := range white.Views(sim.Facilitator) {
		for _, res := range v.Results {
			if act := sc.Actor(res.Order.Actor); act >= 0 && sc.Actors[act].Side == 1 {
				played = true
			}
		}
	}
	if !played {
		t.Fatalf("no order of %s was played in the turn resolved", pyong.Name)
	}
	r.click("done")
	r.until("the facilitator again", r.onScene("*ui.facilitator"))
	r.until("the forecast of month 2", func() bool { return a.Forecast.Figures().Done })
	if !strings.Contains(r.text(), pyong.Name+": played by random") {
		t.Fatalf("the panel does not show the policy:\n%s", r.text())
	}
	r.click("hand:" + pyong.ID + ":person")
	r.until("Pyongyang back to its team", func() bool { return strings.Contains(r.text(), pyong.Name+": connected · 0 draft orders") })
	r.shot("remote-white-seats-2")
}

// TestWindowRemoteDownloads: once the game is over, the white cell's window downloads the log,
// byte for byte the server's, and the full report; a team's window downloads its own report,
// which is not the white cell's.
func TestWindowRemoteDownloads(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	pols := map[string]string{}
	for _, d := range sc.Sides {
		pols[d.ID] = "random"
	}
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	links := serveSaved(t, sc, pols, save)
	a, r, _ := joinWindow(t, links["white"])
	dir := t.TempDir()
	a.opts.DownloadDir = dir
	r.click("continue")
	r.until("the facilitator", r.onScene("*ui.facilitator"))
	if _, err := r.button("get:log"); err == nil {
		t.Fatal("the log may be downloaded before the game is over (it holds the seed)")
	}
	for i := 0; i < sc.Turns; i++ {
		r.click("resolve")
		r.until("the playback", r.onScene("*ui.resolution"))
		r.click("done")
		r.until("the next screen", func() bool { return !r.onScene("*ui.resolution")() })
	}
	r.until("the review", r.onScene("*ui.review"))
	r.click("get:log")
	got := filepath.Join(dir, sc.ID+"-log.jsonl")
	r.until("the log saved", func() bool { _, err := os.Stat(got); return err == nil })
	want, err := os.ReadFile(save)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(got); !bytes.Equal(b, want) {
		t.Fatalf("the log downloaded (%d bytes) is not the server's (%d bytes)", len(b), len(want))
	}
	if !strings.Contains(a.Status, got) {
		t.Errorf("the status does not say where the log went: %q", a.Status)
	}
	r.click("get:report")
	whiteRep := filepath.Join(dir, sc.ID+"-report.html")
	r.until("the report saved", func() bool { _, err := os.Stat(whiteRep); return err == nil })

	port := sc.Sides[0]
	ta, tr, _ := joinWindow(t, links[port.ID])
	tdir := t.TempDir()
	ta.opts.DownloadDir = tdir
	tr.click("continue")
	tr.until("the team's briefing", tr.onScene("*ui.briefing"))
	tr.click("continue")
	tr.until("the team's review", tr.onScene("*ui.review"))
	if _, err := tr.button("get:log"); err == nil {
		t.Fatal("a team is offered the log")
	}
	tr.click("get:report")
	teamRep := filepath.Join(tdir, sc.ID+"-"+port.ID+"-report.html")
	tr.until("the team's report saved", func() bool { _, err := os.Stat(teamRep); return err == nil })
	wb, _ := os.ReadFile(whiteRep)
	tb, _ := os.ReadFile(teamRep)
	if len(tb) == 0 || bytes.Equal(tb, wb) || !bytes.Contains(tb, []byte(port.Name)) {
		t.Fatalf("the team's report (%d bytes) is not its own handout", len(tb))
	}
}

// TestWindowRemoteTeamForecast: a team's window has no forecast unless the server turned team
// forecasts on; then its forecast is the server's forecast of the team's view, and nothing
// else: the figures equal those made from View(state, side). Off, F opens no forecast panel
// and makes no forecaster (the window's only way to ask the server for a forecast, which the
// server would refuse: TestTeamForecastsOff), in the same frames in which, on, F opens the
// panel and the forecaster that asks the server.
func TestWindowRemoteTeamForecast(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	pressF := func(r *rig) *turn {
		t.Helper()
		tu, ok := r.mgr.Scene().(*turn)
		if !ok {
			t.Fatalf("on %T, want the team's turn", r.mgr.Scene())
		}
		r.key(ebiten.KeyF)
		r.frames(2)
		return tu
	}
	a, r, _ := teamAtTurn(t, sc)
	if _, ok := r.mgr.Scene().(widgetScene).widgets().Find("forecast"); ok {
		t.Error("the team's window has a forecast switch, though the server keeps forecasts from teams")
	}
	if tu := pressF(r); tu.forecast != nil || a.teamForecasts[0] != nil {
		t.Errorf("F opened the forecast panel (%v) or a forecaster (%v), though the server keeps forecasts from teams", tu.forecast != nil, a.teamForecasts[0] != nil)
	}

	a, r, _, _ = peopleAtTurnWith(t, serve.Config{Scenario: sc, Seed: 11, TeamForecasts: true}, 1)
	if _, ok := r.mgr.Scene().(widgetScene).widgets().Find("forecast"); !ok {
		t.Error("the team's window has no forecast switch, though the server lets teams ask")
	}
	if tu := pressF(r); tu.forecast == nil || a.teamForecasts[0] == nil {
		t.Fatalf("F opened no forecast panel (%v) or no forecaster (%v), though the server lets teams ask", tu.forecast != nil, a.teamForecasts[0] != nil)
	}
	r.until("the team's forecast", func() bool {
		f := a.teamForecasts[0]
		return f != nil && f.Figures().Games > 0
	})
	want, err := serve.ForecastOf(context.Background(), sim.View(sim.New(sc, 11), 0), serve.ForecastRuns)
	if err != nil {
		t.Fatal(err)
	}
	got := a.teamForecasts[0].Figures()
	if w := servedFigures(a.Sc, *want, 0); !slices.Equal(got.Bars, w.Bars) || !got.Done {
		t.Fatalf("the team's forecast\n%+v\nwant the one of its view\n%+v", got, w)
	}
	r.frames(2)
	assertNotBlank(t, "remote-team-forecast", r.shot("remote-team-forecast"))
}

// TestWindowRemoteObserver: an observer's window has no order, submit, resolve, inject,
// override or clock control: clicks where the white cell's controls are change nothing on the
// server; its notes reach the server. An observer of a team reads the team's view, with no
// order controls either.
func TestWindowRemoteObserver(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	links := serveLoopback(t, sc, nil)
	_, wr, white := joinWindow(t, links["white"])
	wr.click("continue")
	wr.until("the facilitator", wr.onScene("*ui.facilitator"))
	ws := wr.mgr.Scene().(widgetScene).widgets()
	var spots []kit.Point
	for _, n := range ws.ButtonNames() {
		if n == "resolve" || n == "pause" || n == "timer" || n == "undo" || strings.HasPrefix(n, "fire:") || strings.HasPrefix(n, "override") {
			b, _ := ws.Find(n)
			spots = append(spots, centre(b.GetWidget().Rect))
		}
	}
	if len(spots) < 4 {
		t.Fatalf("found %d of the white cell's controls", len(spots))
	}

	_, r, obs := joinWindow(t, links["observer"])
	r.click("continue")
	r.until("the observer's screen", r.onScene("*ui.observer"))
	noControls := func(who string) {
		t.Helper()
		for _, n := range r.mgr.Scene().(widgetScene).widgets().ButtonNames() {
			for _, bad := range []string{"resolve", "submit", "fire:", "override", "order:", "move:", "pause", "timer", "undo", "hand:", "reissue:"} {
				if strings.HasPrefix(n, bad) {
					t.Errorf("%s's window has the control %s", who, n)
				}
			}
		}
	}
	noControls("the observer")
	steps, fired := len(white.Views(sim.Facilitator)), white.FiredInjects()
	for _, p := range spots {
		r.inj.Click(p)
		r.play(2)
	}
	// The server answers a seat's messages in order, and tells the white cell of a change before
	// it answers the white cell's next message. So once an answer from the observer's seat (no
	// click of its window sends one) is refused, anything its clicks sent has been answered; and
	// once a message of the white cell sent after it is refused too, any change they made has
	// reached the white cell.
	obs.Answer(0, "q", "an observer's answer")
	r.until("the observer's answer refused", func() bool { return r.shows("Refused: only a team answers the key questions") })
	if p := white.Problem(); p != "" {
		t.Fatalf("the white cell was told %q before its own message", p)
	}
	white.Reissue("white") // refused: the white cell's link is not given anew from its window
	wr.until("the white cell's reissue refused", func() bool { return strings.HasPrefix(white.Problem(), "Refused: ") })
	v := white.View(sim.Facilitator)
	if due, paused := white.Deadline(); v.Turn != 1 || !slices.Equal(white.FiredInjects(), fired) || !due.IsZero() || paused || len(white.Views(sim.Facilitator)) != steps {
		t.Fatalf("clicks in the observer's window changed the game: turn %d, fired %v, deadline %v, paused %v", v.Turn, white.FiredInjects(), due, paused)
	}
	f := r.mgr.Scene().(*observer)
	if err := r.typeInto(f.note, "the white cell hesitated"); err != nil {
		t.Fatal(err)
	}
	r.click("note")
	r.until("the note", func() bool { return len(obs.NoteList()) == 1 })
	r.until("the note listed", func() bool { return strings.Contains(r.text(), "the white cell hesitated") })
	r.shot("remote-observer")

	blue := sc.Sides[0]
	_, br, bobs := joinWindow(t, links["observer-"+blue.ID])
	if bobs.Side() != 0 {
		t.Fatalf("the observer of %s reads side %d", blue.ID, bobs.Side())
	}
	br.click("continue")
	br.until("the team's briefing", br.onScene("*ui.briefing"))
	br.click("continue")
	br.until("the observer's screen", br.onScene("*ui.observer"))
	r = br
	noControls("the observer of " + blue.Name)
	if !strings.Contains(br.text(), blue.Name+"'s view") {
		t.Errorf("the observer's screen does not say whose view it reads:\n%s", br.text())
	}
}
