package ui

import (
	"context"
	"math"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/sim"
	"ttx/sim/batch"
	"ttx/sim/policy"
	"ttx/ui/kit"
)

// waitDone waits until f's figures are final, or fails after a while.
func waitDone(t *testing.T, f *Forecaster) Figures {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if figs := f.Figures(); figs.Done {
			return figs
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("the forecast did not finish: %+v", f.Figures())
	return Figures{}
}

func randomPols(sc *sim.Scenario, name string) []string {
	p := make([]string, len(sc.Sides))
	for i := range p {
		p[i] = name
	}
	return p
}

// TestForecasterStagesAddUp checks that the live forecast's stages, merged,
// give exactly the figures of the same rollouts played by sim/batch: stage
// k plays the difference from stage k-1 with seed 1+k.
func TestForecasterStagesAddUp(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := sim.New(sc, 3)
	pols := randomPols(sc, "random")
	f := &Forecaster{Side: sim.Facilitator, Workers: 2, Stages: []int{40, 100}}
	defer f.Stop()
	if !f.Watch(s, pols) {
		t.Fatal("the first Watch did not start a forecast")
	}
	got := waitDone(t, f)

	want := batch.NewSummary(sc)
	for k, runs := range []int{40, 60} {
		sum, err := batch.Forecast{Side: sim.Facilitator, Runs: runs, Seed: forecastSeed + uint64(k), Workers: 1}.Run(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		want.Merge(sum)
	}
	wf := FiguresOf(want, 100, pols)
	wf.Done = true
	if !reflect.DeepEqual(got, wf) {
		t.Errorf("live forecast = %+v\nwant %+v", got, wf)
	}
	if got.Games != 100 || math.Abs(got.Total()-1) > 1e-9 {
		t.Errorf("figures of %d games add up to %v, want 100 games adding up to 1", got.Games, got.Total())
	}
}

// TestForecasterRestarts checks when the forecast restarts: not when the
// state and policies are the same, but after each kind of step (a turn,
// an inject, an override, an undo) and a change of policy; and that the
// figures shown are never those of a forecast that was replaced.
func TestForecasterRestarts(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	sess := NewSession(sc, 4)
	for i := range sess.Seats {
		sess.Seats[i] = "random"
	}
	pols := randomPols(sc, "random")
	f := &Forecaster{Side: sim.Facilitator, Workers: 1, Stages: []int{20, 1e6}}
	defer f.Stop()
	watch := func(what string, want bool) {
		t.Helper()
		if got := f.Watch(sess.State, pols); got != want {
			t.Errorf("after %s: Watch restarted = %v, want %v", what, got, want)
		}
	}
	watch("the start", true)
	watch("nothing", false)
	if _, err := sess.Resolve(); err != nil {
		t.Fatal(err)
	}
	watch("a turn", true)
	watch("nothing", false)
	sess.Fire(0)
	watch("an inject", true)
	sess.Override(0, 0, 2)
	watch("an override", true)
	if err := sess.Undo(); err != nil {
		t.Fatal(err)
	}
	watch("an undo", true)
	pols = randomPols(sc, "greedy")
	watch("a change of policy", true)
	pols = randomPols(sc, "random")
	watch("a change back", true)

	// A game played out: every rollout from it ends as it did. The figures
	// of the long forecast it replaces must never show.
	over := policy.Play(sess.State, []policy.Policy{policy.Random{Seed: 1}, policy.Random{Seed: 2}, policy.Random{Seed: 3}}[:len(sc.Sides)], 0, nil)
	if !over.Over {
		t.Fatal("the played-out game is not over")
	}
	f.Stages = []int{30}
	if !f.Watch(over, pols) {
		t.Fatal("Watch of the finished game did not restart")
	}
	figs := waitDone(t, f)
	if figs.Games != 30 {
		t.Fatalf("figures of %d games, want 30", figs.Games)
	}
	for _, b := range figs.Bars {
		want := 0.0
		if b.Outcome == over.Outcome {
			want = 1
		}
		if b.P != want {
			t.Errorf("after the end (outcome %s): %s has share %v, want %v", over.Outcome, b.Outcome, b.P, want)
		}
	}
}

// TestForecasterSide checks that a team's forecast is batch.Forecast with
// that side's knowledge (its rollouts start from guesses at what it
// cannot see), not the facilitator's.
func TestForecasterSide(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := sim.New(sc, 5)
	pols := randomPols(sc, "random")
	f := &Forecaster{Side: 0, Workers: 1, Stages: []int{60}}
	defer f.Stop()
	f.Watch(s, pols)
	got := waitDone(t, f)
	sum, err := batch.Forecast{Side: 0, Runs: 60, Seed: forecastSeed}.Run(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	want := FiguresOf(sum, 60, pols)
	want.Done = true
	if !reflect.DeepEqual(got, want) {
		t.Errorf("side 0's forecast = %+v\nwant batch.Forecast{Side: 0}: %+v", got, want)
	}
}

// TestForecasterWhilePlaying reads figures and plays turns on one
// goroutine, as the window does, while rollouts run on others; run it with
// -race.
func TestForecasterWhilePlaying(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	sess := NewSession(sc, 6)
	for i := range sess.Seats {
		sess.Seats[i] = "random"
	}
	pols := randomPols(sc, "random")
	f := &Forecaster{Side: sim.Facilitator, Workers: 2, Stages: []int{10, 30, 60}}
	team := &Forecaster{Side: 1, Workers: 1, Stages: []int{10, 30}}
	var wg sync.WaitGroup
	for !sess.State.Over {
		f.Watch(sess.State, pols)
		team.Watch(sess.State, pols)
		wg.Go(func() { _ = f.Figures().Bars })
		_ = sim.View(sess.State, 1)
		_ = sim.Checksum(sess.State)
		_ = f.Figures().Status()
		if _, err := sess.Resolve(); err != nil {
			t.Fatal(err)
		}
	}
	f.Watch(sess.State, pols)
	figs := waitDone(t, f)
	f.Stop()
	team.Stop()
	wg.Wait()
	if figs.Games != 60 || figs.Bars == nil {
		t.Errorf("after the game: figures of %d games, want 60", figs.Games)
	}
}

// TestFiguresOf checks the bars of a summary: every named outcome and side
// is shown even at 0%, a draw or unfinished game only when one happened,
// shares add up to 1, and the intervals hold the shares.
func TestFiguresOf(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	sum := batch.NewSummary(sc)
	if f := FiguresOf(sum, 100, nil); f.Total() != 0 || len(f.Bars) != len(sc.Outcomes)+len(sc.Sides) {
		t.Errorf("no games: %d bars adding up to %v, want %d adding up to 0", len(f.Bars), f.Total(), len(sc.Outcomes)+len(sc.Sides))
	}
	s2, err := batch.Forecast{Side: sim.Facilitator, Runs: 200, Seed: 9}.Run(context.Background(), sim.New(sc, 1))
	if err != nil {
		t.Fatal(err)
	}
	f := FiguresOf(s2, 1000, nil)
	if math.Abs(f.Total()-1) > 1e-9 {
		t.Errorf("shares add up to %v, want 1", f.Total())
	}
	games := 0
	for _, b := range f.Bars {
		games += b.Games
		if b.Lo > b.P || b.P > b.Hi {
			t.Errorf("%s: share %v outside its interval [%v, %v]", b.Outcome, b.P, b.Lo, b.Hi)
		}
		if b.Outcome == batch.Unfinished || b.Outcome == "draw" {
			if b.Games == 0 {
				t.Errorf("bar for %s with no games", b.Outcome)
			}
		}
		if sd := sc.Side(b.Outcome); sd != b.Side {
			t.Errorf("%s: side %d, want %d", b.Outcome, b.Side, sd)
		}
	}
	if games != 200 {
		t.Errorf("bars count %d games, want 200", games)
	}
	if got := f.Status(); got != "200 of 1,000 rollouts · refining…" {
		t.Errorf("Status() = %q", got)
	}
}

func TestFigureText(t *testing.T) {
	for _, tt := range []struct {
		b    OutcomeBar
		want string
	}{
		{OutcomeBar{P: 0.315, Lo: 0.287, Hi: 0.344}, "32% (29–34%)"},
		{OutcomeBar{P: 0.017, Lo: 0.011, Hi: 0.027}, "1.7% (1.1–2.7%)"},
		{OutcomeBar{P: 0, Lo: 0, Hi: 0.004}, "0% (0–0.4%)"},
		{OutcomeBar{P: 0.001, Lo: 0.0002, Hi: 0.006}, "0.1% (0–0.6%)"},
	} {
		if got := tt.b.BarText(); got != tt.want {
			t.Errorf("BarText(%v) = %q, want %q", tt.b, got, tt.want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10000: "10,000", 1234567: "1,234,567", -1500: "-1,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestForecastRows checks the layout of the bars: inside the panel below
// its status line, apart; for the white cell (whole labels), in two columns
// when the panel is wide enough for two columns of whole labels, in one
// when the labels are long; for a team, in two columns, the labels taking
// what the columns leave.
func TestForecastRows(t *testing.T) {
	r := kit.Rect{X: 10, Y: 20, W: 700, H: 200}
	for _, tc := range []struct {
		labelW float64
		whole  bool
		cols   int
		room   float64 // the label's least room
	}{{100, true, 2, 100}, {300, true, 1, 300}, {100, false, 2, 100}, {300, false, 2, 150}} {
		g := forecastFit(r.W, 9, tc.labelW, 1, tc.whole)
		rows := g.rows(r, 9, 1)
		if len(rows) != 9 {
			t.Fatalf("%d rows, want 9", len(rows))
		}
		cols := map[float64]bool{}
		for i, a := range rows {
			cols[a.X] = true
			if a.X < r.X || a.X+a.W > r.X+r.W || a.Y < r.Y+forecastRowH {
				t.Errorf("row %d %v outside %v or over the status line", i, a, r)
			}
			for j, b := range rows[:i] {
				if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
					t.Errorf("rows %d %v and %d %v overlap", j, b, i, a)
				}
			}
			if bx, _, bw, _ := g.bar(a, 1); bx-a.X < tc.room || bx-a.X > max(tc.labelW, forecastLabel) || bw < forecastMinW {
				t.Errorf("labels %v wide: row %d's label gets %v, its bar %v", tc.labelW, i, bx-a.X, bw)
			}
		}
		if len(cols) != tc.cols {
			t.Errorf("labels %v wide (whole %v): %d columns in 700 pixels, want %d", tc.labelW, tc.whole, len(cols), tc.cols)
		}
		last := rows[len(rows)-1]
		if h := g.height(9, 1); h < last.Y+last.H-r.Y {
			t.Errorf("height = %v, less than the rows need", h)
		}
	}
	// A panel lower than its grid needs takes more columns (shorter labels) rather than
	// leave rows out.
	low := kit.Rect{X: 10, Y: 20, W: 700, H: forecastRowH * 5}
	g := forecastFit(low.W, 9, 300, 1, true)
	if g.height(9, 1) <= low.H {
		t.Fatalf("a grid of %+v fits %v: no test", g, low)
	}
	g = g.within(low, 9, 1)
	for i, row := range g.rows(low, 9, 1) {
		if row.Y+row.H > low.Y+low.H+1 || row.X+row.W > low.X+low.W {
			t.Errorf("in a low panel %v, row %d at %v falls outside (grid %+v)", low, i, row, g)
		}
	}
	narrow := forecastFit(200, 3, 400, 2, true)
	if len(narrow.rows(kit.Rect{X: 0, Y: 0, W: 200, H: 100}, 3, 2)) != 3 || narrow.label <= 0 {
		t.Errorf("a narrow panel: %+v", narrow)
	}
}

// TestForecastLabelsWhole: the white cell's forecast of the campaign in a
// 1280-pixel window names every outcome whole, the sides' leads included
// ("ahead: Washington, Seoul, Tokyo and the firms" was cut).
func TestForecastLabelsWhole(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	th := kit.NewTheme(1)
	g := forecastGridOf(sc, sim.Facilitator, th, 1280-panelWidth-100)
	for _, o := range append(sc.Outcomes, sim.OutcomeDef{ID: sc.Sides[0].ID}) {
		lbl := outcomeLabel(sc, o.ID)
		if w, _ := text.Measure(lbl, th.Small, 0); w > g.label-6 {
			t.Errorf("%q is %.0f pixels wide, its room %.0f", lbl, w, g.label-6)
		}
		if kit.Ellipsis(lbl, th.Small, g.label-6) != lbl {
			t.Errorf("%q is cut", lbl)
		}
	}
}

func TestForecastPolicies(t *testing.T) {
	if forecastPolicies([]string{"random", "random"}) != nil {
		t.Error("all random: want nil (the batch's fast rollout)")
	}
	ps := forecastPolicies([]string{"random", "greedy"})(7)
	if _, ok := ps[0].(policy.Random); !ok {
		t.Errorf("side 0 plays %T, want Random", ps[0])
	}
	if _, ok := ps[1].(policy.Greedy); !ok {
		t.Errorf("side 1 plays %T, want Greedy", ps[1])
	}
	if got := forecastStages([]string{"random", "greedy"}); got[len(got)-1] > 1000 {
		t.Errorf("stages with greedy = %v, want at most 1,000 rollouts", got)
	}
	if got := forecastStages([]string{"random"}); !reflect.DeepEqual(got, ForecastStages) {
		t.Errorf("stages all random = %v, want %v", got, ForecastStages)
	}
	if nextForecastPolicy("random") != "greedy" || nextForecastPolicy("greedy") != "random" || nextForecastPolicy("x") != "random" {
		t.Error("nextForecastPolicy does not cycle random, greedy")
	}
}

func TestOutcomeText(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	o := sc.Outcomes[0]
	for name, want := range map[string]string{
		o.ID:             o.Text,
		sc.Sides[1].ID:   "no named outcome, and " + sc.Sides[1].Name + " has the highest score.",
		"draw":           "no named outcome, and no side has the highest score.",
		batch.Unfinished: "the rollout stopped before the game ended.",
		"something else": "something else",
	} {
		if got := outcomeText(sc, name); got != want {
			t.Errorf("outcomeText(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestFiguresUnscored: the forecast of a discussion exercise has no side's bar, says nothing of
// scores, winners, draws or sides ahead, and shows the spread of the tracks that moved; a
// team's shows only tracks it sees.
func TestFiguresUnscored(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	s := sim.New(sc, 3)
	for _, sd := range []int{sim.Facilitator, 0} {
		sum, err := batch.Forecast{Side: sd, Runs: 60, Seed: 4}.Run(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		f := FiguresOf(sum, 60, nil)
		for _, b := range f.Bars {
			if b.Side >= 0 {
				t.Errorf("side %d: a bar for side %s", sd, b.Outcome)
			}
		}
		if len(f.Tracks) == 0 {
			t.Fatalf("side %d: no track spreads", sd)
		}
		for _, tr := range f.Tracks {
			if !(float64(tr.Min) <= tr.Lo && tr.Lo <= tr.Mid && tr.Mid <= tr.Hi && tr.Hi <= float64(tr.Max)) {
				t.Errorf("%s: spread %v–%v–%v outside its range %d–%d", tr.Label, tr.Lo, tr.Mid, tr.Hi, tr.Min, tr.Max)
			}
			if sd >= 0 && sc.Actors[tr.Actor].Side != sd && !sc.Tracks[tr.Track].Public {
				t.Errorf("side %d sees %s, a hidden track of another side", sd, tr.Label)
			}
		}
		for _, s := range ForecastTexts(sc, "Forecast", f) {
			if w := scoreWord(s); w != "" {
				t.Errorf("side %d: the forecast says %q: %q", sd, w, s)
			}
		}
	}
	// A scored scenario's forecast names the side ahead.
	scored := loadScenario(t, "campaign.toml")
	sum, err := batch.Forecast{Side: sim.Facilitator, Runs: 40, Seed: 4}.Run(context.Background(), sim.New(scored, 1))
	if err != nil {
		t.Fatal(err)
	}
	if f := FiguresOf(sum, 40, nil); f.Tracks != nil || scoreWord(strings.Join(ForecastTexts(scored, "Forecast", f), "\n")) == "" {
		t.Errorf("a scored forecast: tracks %v, or no side ahead in %q", f.Tracks, ForecastTexts(scored, "Forecast", f))
	}
}

// scoreWord returns the first word of a contest in s (score, winner, draw, ahead), or "".
func scoreWord(s string) string {
	return regexp.MustCompile(`(?i)\b(scores?|winners?|draw|ahead)\b`).FindString(s)
}
