package ui

import (
	"os"
	"strconv"
	"strings"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/assets"
	"ttx/internal/words"
	"ttx/scenarios"
	"ttx/sim/load"
	"ttx/sim/policy"
)

// library is the set-up screen: the scenarios on offer (embedded ones and
// any file opened), each side set to a person or a policy, the seed and the
// turn timer.
type library struct {
	page
	seed *widget.TextInput
	path *widget.TextInput
}

// NewLibrary returns the set-up screen of a.
func NewLibrary(a *App) Scene { return &library{page: page{app: a}} }

func (l *library) Update(ctx *Context) error {
	l.ensure(ctx, l.build(ctx))
	l.w.Update(ctx)
	return nil
}

var timerChoices = []int{0, 5, 10, 15, 30}

func (l *library) build(ctx *Context) func(w *Widgets) {
	return func(w *Widgets) {
		a, th := l.app, w.Theme
		w.Root.AddChild(w.Label("TTX — set up an exercise", th.Title, assets.Text))
		main := w.Grid(2, []bool{false, true}, []bool{true}, 24)

		left := w.Column(8)
		left.AddChild(w.Label("Scenarios", th.Head, assets.Text))
		for _, sc := range a.Library {
			sc := sc
			label := sc.Title + " (" + words.Count(sc.Turns, sc.TurnLabel) + ")"
			if sc == a.Sc {
				label = "● " + label
			}
			left.AddChild(w.Item("scenario:"+sc.ID, label, 300, func() { a.choose(sc); l.stale = true }))
		}
		left.AddChild(w.Label("Open a scenario file", th.Head, assets.Text))
		l.path = w.input("path/to/scenario.toml", 300)
		left.AddChild(l.path)
		left.AddChild(w.Button("open", "Open file", -1, l.open))
		main.AddChild(left)

		// The briefing takes what the title, the seats and the seed row
		// leave of the column's height.
		right := w.Grid(1, []bool{true}, []bool{false, true, false}, 10)
		sc := a.Sc
		right.AddChild(w.Label(sc.Title, th.Head, assets.Text))
		right.AddChild(w.Paragraph(sc.Summary+"\n\n"+sc.Briefing, 300, 100))
		seats := w.Column(10, Stretch())
		seats.AddChild(w.Label("Who plays each side", th.Head, assets.Text))
		for i, sd := range sc.Sides {
			i := i
			who := "a person at this keyboard"
			if a.Seats[i] != SeatPerson {
				who = "policy " + string(a.Seats[i])
			}
			seats.AddChild(w.Button("seat:"+sd.ID, sd.Name+": "+who, -1, func() {
				a.Seats[i] = nextSeat(a.Seats[i])
				l.stale = true
			}))
		}
		seedRow := w.Row(8)
		seedRow.AddChild(w.Label("Seed", th.Body, assets.Text))
		typed := strconv.FormatUint(a.Seed, 10)
		if l.seed != nil {
			if _, err := strconv.ParseUint(strings.TrimSpace(l.seed.GetText()), 10, 64); err == nil {
				typed = strings.TrimSpace(l.seed.GetText())
			}
		}
		l.seed = w.input("seed", 160)
		l.seed.SetText(typed)
		seedRow.AddChild(l.seed)
		timer := "Turn timer: off"
		if a.Timer.On {
			timer = "Turn timer: " + words.Count(a.Timer.Limit/(60*ticksPerSecond), "minute")
		}
		seedRow.AddChild(w.Button("timer", timer, ebiten.KeyT, func() {
			cur := a.Timer.Limit / (60 * ticksPerSecond)
			if !a.Timer.On {
				cur = 0
			}
			next := timerChoices[0]
			for i, c := range timerChoices {
				if c == cur {
					next = timerChoices[(i+1)%len(timerChoices)]
				}
			}
			a.Timer = NewTurnTimer(next)
			l.stale = true
		}))
		seedRow.AddChild(w.Button("start", "Start exercise", ebiten.KeyEnter, func() {
			if l.readSeed() {
				a.Start(ctx)
			}
		}))
		seats.AddChild(seedRow)
		right.AddChild(seats)
		main.AddChild(right)
		w.Root.AddChild(main)
		w.Root.AddChild(l.statusLine(w))
	}
}

// readSeed takes the seed typed in; it reports false (with a message) when
// it is not a whole number.
func (l *library) readSeed() bool {
	s := strings.TrimSpace(l.seed.GetText())
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		l.app.say("the seed must be a whole number, not " + strconv.Quote(s))
		l.stale = true
		return false
	}
	l.app.Seed = v
	return true
}

func (l *library) open() {
	path := strings.TrimSpace(l.path.GetText())
	data, err := os.ReadFile(path)
	if err == nil {
		sc, lerr := load.LoadWith(path, data, scenarios.ReadBase)
		if err = lerr; err == nil {
			l.app.Library = dedupScenarios(append(l.app.Library, sc))
			l.app.choose(sc)
			l.app.say("Opened " + path)
		}
	}
	if err != nil {
		l.app.say("cannot open: " + firstLine(err.Error()))
	}
	l.stale = true
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

func (l *library) Draw(screen *ebiten.Image, ctx *Context) { l.draw(screen) }

// nextSeat cycles a seat through a person and each policy sim/policy knows.
func nextSeat(s Seat) Seat {
	seats := []Seat{SeatPerson}
	for _, n := range policy.Names {
		seats = append(seats, Seat(n))
	}
	for i, x := range seats {
		if x == s {
			return seats[(i+1)%len(seats)]
		}
	}
	return SeatPerson
}
