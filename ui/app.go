package ui

import (
	"image/color"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/session"
	"ttx/sim"
	"ttx/ui/board"
	"ttx/ui/kit"
)

// Options configure a played exercise.
type Options struct {
	// Library lists the scenarios offered on the set-up screen; the one
	// passed to Play is offered first.
	Library []*sim.Scenario
	// Seed, when not nil, replaces the scenario's default seed (zero
	// included).
	Seed *uint64
	// TimerMinutes turns the turn timer on with this many minutes a side.
	TimerMinutes int
	// SavePath is where Ctrl+S saves the order log (default "ttx-save.jsonl").
	SavePath string
	// DownloadDir is where the window saves the logs and reports it downloads (default: the
	// user's Downloads folder when there is one, else the current folder). The browser
	// hands them to its own downloads.
	DownloadDir string
	// Benchmark, when above zero, plays that many frames on the board and
	// prints the frame times, then quits.
	Benchmark int
	// TeamForecasts offers each team its own forecast on its turn screen (F). Off by
	// default: a team's rollouts start from its view but play the scenario's whole rules
	// (other sides' moves and objectives, injects still to come), so their shares can
	// reflect what the team is not told. The white cell's forecast is always there.
	TeamForecasts bool
}

// App is the window's state: the library, the session in play, the boards
// of each side (kept so their layout is stable between turns) and the
// order in which person sides take the keyboard.
type App struct {
	opts Options
	// facForecast is whether the white cell's screen shows the forecast in
	// the board's place (F), kept from one visit of the screen to the next.
	facForecast bool
	Library     []*sim.Scenario
	Sc          *sim.Scenario
	Seats       []Seat
	Seed        uint64
	Timer       TurnTimer
	Sess        *Session
	// guard remembers the save path's file as the window last wrote or loaded it, and exported
	// the review's report as the window last exported it (saveguard.go).
	guard, exported saveGuard

	// ex is the exercise of a window that joined a served exercise (nil at a hot seat); seat
	// is the side it plays, or sim.Facilitator for the white cell and observers. See Ex.
	ex      session.Exercise
	seat    int
	rev     int    // the exercise's revision the window last followed
	problem string // the exercise's problem last shown
	told    int    // the exercise's count of problems told (problems) when last followed
	saved   int    // the exercise's files fetched that the window has saved (see saveFiles)
	// announced are the reissued join links announced on the terminal, by seat.
	announced map[string]string
	// answered is the key question whose answer the seat last saved or withdrew (followAnswer).
	answered string

	themes  map[float64]*kit.Theme
	boards  map[int]*board.Board
	briefed map[int]bool
	seen    map[int]int // per side: the number of turns resolved when it last played
	Status  string      // the last message for the status line (say)
	repeat  repeat      // how many times in a row the status line's message was said
	mgr     *Manager

	// Forecast is the white cell's live forecast of the whole state, and
	// ForecastPols the policy each side plays in its rollouts.
	Forecast     *Forecaster
	ForecastPols []string
	// teamForecasts are the teams' own forecasts, by side, made with only
	// what each side knows; shown on its turn screen when it asks (F).
	teamForecasts map[int]*Forecaster
	showForecast  map[int]bool // per side: it asked to see its forecast
}

// NewApp returns an app at the set-up screen with sc selected.
func NewApp(sc *sim.Scenario, opts Options) *App {
	a := &App{opts: opts, themes: map[float64]*kit.Theme{}}
	if opts.Library == nil {
		opts.Library, _ = EmbeddedLibrary()
	}
	a.Library = append([]*sim.Scenario{sc}, opts.Library...)
	a.Library = dedupScenarios(a.Library)
	if opts.SavePath == "" {
		a.opts.SavePath = "ttx-save.jsonl"
	}
	a.Timer = NewTurnTimer(opts.TimerMinutes)
	a.Forecast = &Forecaster{Side: sim.Facilitator}
	a.choose(sc)
	return a
}

// Ex returns the exercise the window drives: the hot-seat session, or the seat of a served
// exercise the window joined (nil before an exercise starts).
func (a *App) Ex() session.Exercise {
	switch {
	case a.ex != nil:
		return a.ex
	case a.Sess != nil:
		return a.Sess
	}
	return nil
}

// Remote reports whether the window joined a served exercise.
func (a *App) Remote() bool { return a.ex != nil }

// readOnly reports whether the window only watches (an observer's seat): it gives no orders
// and runs nothing, but writes notes.
func (a *App) readOnly() bool {
	w, ok := a.Ex().(session.Watcher)
	return ok && w.ReadOnly()
}

// WatchForecast keeps the white cell's forecast on the game as it now
// stands: screens call it every frame, so the forecast restarts as soon as
// the state changes and refines while the teams deliberate.
func (a *App) WatchForecast() {
	if a.Sess == nil {
		return
	}
	if len(a.ForecastPols) != len(a.Sc.Sides) {
		a.ForecastPols = make([]string, len(a.Sc.Sides))
		for i := range a.ForecastPols {
			a.ForecastPols[i] = ForecastPolicies[0]
		}
	}
	a.Forecast.Watch(a.Sess.State, a.ForecastPols)
}

// teamMayForecast reports whether a team's screen offers the team its forecast: over the
// network when the server lets the seat have it (canForecast), at a hot seat when
// Options.TeamForecasts is set. A team's rollouts play the scenario's whole rules, so their
// shares can reflect what the team is not told; the white cell turns them on knowingly.
func (a *App) teamMayForecast() bool {
	if a.Remote() {
		return a.canForecast()
	}
	return a.opts.TeamForecasts
}

// TeamForecast returns side sd's own forecast, which uses only what the
// side knows (Forecaster.Side), started on the game as it now stands with
// random play for every side; over the network, the one the server made
// from the team's view (followForecast).
func (a *App) TeamForecast(sd int) *Forecaster {
	if !a.teamMayForecast() || !a.Remote() && a.Sess == nil {
		return nil
	}
	if a.teamForecasts == nil {
		a.teamForecasts = map[int]*Forecaster{}
	}
	f, ok := a.teamForecasts[sd]
	if !ok {
		f = &Forecaster{Side: sd, Stages: ForecastStages[:4]}
		a.teamForecasts[sd] = f
	}
	if a.Remote() {
		// The seat holds no rules: the server makes the forecast from the team's view alone.
		a.followForecast(f)
		return f
	}
	pols := make([]string, len(a.Sc.Sides))
	for i := range pols {
		pols[i] = ForecastPolicies[0]
	}
	f.Watch(a.Sess.State, pols)
	return f
}

// Close stops the forecasts' rollouts and waits for them to return.
func (a *App) Close() {
	a.Forecast.Stop()
	for _, f := range a.teamForecasts {
		f.Stop()
	}
}

func dedupScenarios(in []*sim.Scenario) []*sim.Scenario {
	var out []*sim.Scenario
	seen := map[string]bool{}
	for _, sc := range in {
		if sc != nil && !seen[sc.ID+sc.Hash] {
			seen[sc.ID+sc.Hash] = true
			out = append(out, sc)
		}
	}
	return out
}

// choose selects sc on the set-up screen with every side a person.
func (a *App) choose(sc *sim.Scenario) {
	a.Sc = sc
	a.Seats = make([]Seat, len(sc.Sides))
	for i := range a.Seats {
		a.Seats[i] = SeatPerson
	}
	a.Seed = sc.Seed
	if a.opts.Seed != nil {
		a.Seed = *a.opts.Seed
	}
}

// Theme returns the theme for the context's HiDPI scale.
func (a *App) Theme(ctx *Context) *kit.Theme {
	th, ok := a.themes[ctx.Scale]
	if !ok {
		th = kit.NewTheme(ctx.Scale)
		a.themes[ctx.Scale] = th
	}
	return th
}

// Start begins the exercise with the chosen scenario, seats and seed.
func (a *App) Start(ctx *Context) {
	a.Sess = NewSession(a.Sc, a.Seed)
	copy(a.Sess.Seats, a.Seats)
	a.ForecastPols = nil
	a.boards = map[int]*board.Board{}
	a.briefed = map[int]bool{}
	a.seen = map[int]int{}
	a.showForecast = map[int]bool{}
	a.Timer.Reset()
	ctx.Switch(newBriefing(a, -1))
}

// Board returns side sd's board (sim.Facilitator's for the white cell),
// updated to what it sees now.
func (a *App) Board(sd int) *board.Board {
	b, ok := a.boards[sd]
	if !ok {
		b = board.New()
		a.boards[sd] = b
	}
	b.SetModel(board.FromView(a.Ex().View(sd)))
	return b
}

// Next moves play on: to the next person side that has not submitted this
// turn (through a hand-over), or, when all have, resolves the turn.
func (a *App) Next(ctx *Context) {
	if a.Remote() {
		// The server paces the game: the seat goes where play stands for it.
		a.Enter(ctx, a.seat)
		return
	}
	if len(a.Sess.People()) == 0 {
		// Policies play every side: the facilitator paces the turns.
		ctx.Switch(newFacilitator(a, nil))
		return
	}
	for _, sd := range a.Sess.People() {
		if !a.Sess.Done[sd] {
			if !a.handsOver() { // open tables: nothing to hide from the next
				a.Enter(ctx, sd)
				return
			}
			ctx.Switch(newHandover(a, sd))
			return
		}
	}
	if _, err := a.Sess.Resolve(); err != nil {
		a.say(err.Error())
	}
	a.Timer.Reset()
	if a.Sess.State.Over {
		ctx.Switch(newHandover(a, sim.Facilitator))
		return
	}
	a.Next(ctx)
}

// Enter shows side sd its screens after the hand-over: its briefing the
// first time, the playback of what it saw happen since its last turn, then
// its orders; when the game is over, the last turn's playback, then the
// facilitator's screen or the review.
func (a *App) Enter(ctx *Context, sd int) {
	ex := a.Ex()
	switch {
	case sd >= 0 && !a.briefed[sd]:
		a.briefed[sd] = true
		ctx.Switch(newBriefing(a, sd))
	case (sd >= 0 || a.Remote() || a.over()) && a.seen[sd] < a.resolved(sd):
		// At a hot seat the facilitator plays back only the game's last turn (the room has not
		// seen it: the last orders ended the game), then has the review one click away.
		a.seen[sd] = a.resolved(sd)
		ctx.Switch(newResolution(a, sd))
	case a.over():
		ctx.Switch(newReview(a))
	case a.readOnly():
		ctx.Switch(newObserver(a))
	case sd == sim.Facilitator:
		ctx.Switch(newFacilitator(a, nil))
	case ex.Submitted(sd):
		ctx.Switch(newWaiting(a, sd))
	default:
		ctx.Switch(newTurn(a, sd))
	}
}

// resolved counts the turns resolved so far that side sd has seen resolve.
func (a *App) resolved(sd int) int {
	if a.Sess != nil {
		return turnsResolved(a.Sess.State)
	}
	n := 0
	for _, v := range a.ex.Views(sd) {
		if v.Step.Kind == sim.StepTurn {
			n++
		}
	}
	return n
}

// over reports whether the game is over.
func (a *App) over() bool {
	if a.Sess != nil {
		return a.Sess.State.Over
	}
	return a.ex.View(a.seat).Over
}

// turn returns the current turn.
func (a *App) turn() int {
	if a.Sess != nil {
		return a.Sess.State.Turn
	}
	return a.ex.View(a.seat).Turn
}

// seatOr returns the side a remote window plays, or sim.Facilitator at a hot seat (which sees
// all).
func (a *App) seatOr() int {
	if a.Remote() {
		return a.seat
	}
	return sim.Facilitator
}

// stamp changes when the game changes: the state's checksum at a hot seat, the exercise's
// revision over the network.
func (a *App) stamp() uint64 {
	if a.Sess != nil && !a.Remote() {
		return sim.Checksum(a.Sess.State)
	}
	return uint64(a.Ex().Revision())
}

// turnsResolved counts the turns resolved on the way to s.
func turnsResolved(s *sim.State) int {
	n := 0
	for p := s; p != nil; p = p.Prev {
		if p.Step.Kind == sim.StepTurn {
			n++
		}
	}
	return n
}

// SideName returns the name of side sd, or "Facilitator".
func (a *App) SideName(sd int) string {
	if sd < 0 {
		return "Facilitator"
	}
	return a.Sc.Sides[sd].Name
}

// TurnLabel returns e.g. "month 3 of 10".
func (a *App) TurnLabel() string {
	return a.Sc.TurnLabel + " " + itoa(a.turn()) + " of " + itoa(a.Sc.Turns)
}

// header builds the bar at the top of a screen: title, side (the scenario's title on the white
// cell's and the common screens), turn and its exercise time.
func (a *App) header(w *Widgets, title string, sd int) *widget.Container {
	th := w.Theme
	if sd < 0 && a.Remote() {
		sd = a.seat // a team's window shows the common screens under its own name
	}
	bar := w.Row(16, Stretch())
	bar.AddChild(w.Label(title, th.Title, SideColorOrText(a.Sc, sd)))
	if a.Ex() != nil {
		at := ""
		if c := a.Sc.Clock(a.turn(), 0); c != "" && !a.over() {
			at = " · " + c // the exercise clock: when the turn begins
		}
		who := a.Sc.Title // "Facilitator" twice said nothing
		if sd >= 0 {
			who = a.SideName(sd)
		}
		bar.AddChild(w.Label(who+" · "+a.TurnLabel()+at, th.Head, assets.TextDim))
	}
	return bar
}

// SideColorOrText is the side's colour, or the text colour for the
// facilitator.
func SideColorOrText(sc *sim.Scenario, sd int) color.RGBA {
	if sd < 0 {
		return assets.Text
	}
	return board.SideColor(sc, sd)
}

// globalKeys handles the keys every screen shares: F2 for the facilitator.
func (a *App) globalKeys(ctx *Context, from Scene) bool {
	if a.Sess != nil && !a.Remote() && ctx.In.KeyPressed(ebiten.KeyF2) {
		if _, ok := from.(*facilitator); !ok {
			ctx.Switch(newFacilitator(a, from))
			return true
		}
	}
	return false
}
