package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"ttx/ui/drive"
	"ttx/ui/kit"
)

// tourCheck is called after each screenshot of a tour with its name; a
// test uses it to assert what the screen shows.
type tourCheck func(name string, d *driver) error

// tour drives an app from its set-up screen through a whole exercise by
// injected input, as a facilitator and the teams would: start, briefings,
// for every side a hand-over, in a turn with a discussion an answer to its
// first key question (the first side's screen shot), one order chosen
// actor → move → target, the first side's feed and its newest inject's card,
// the resolution played back, the facilitator's screen with a note and
// the forecast's figures of 1,000 rollouts, the rest of the game resolved by the facilitator, and the review. It saves a
// screenshot of each screen and returns their names. A one-turn game ends
// with its first turn: the tour then goes from the closing hand-over to the
// facilitator and the review, and has no playback screen.
func tour(d *driver, checks ...tourCheck) ([]string, error) {
	n := 0
	shot := func(name string) error {
		n++
		name = fmt.Sprintf("%02d-%s", n, name)
		if _, err := d.Shot(name); err != nil {
			return err
		}
		for _, c := range checks {
			if err := c(name, d); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		return nil
	}
	steps := []func() error{
		func() error { return d.Frames(3) },
		func() error { return shot("library") },
		func() error { return d.Click("start") },
		func() error { return shot("briefing") },
		func() error { return d.Click("continue") },
	}
	for _, st := range steps {
		if err := st(); err != nil {
			return d.Shots(), err
		}
	}
	app := appOf(d)
	if app == nil {
		return d.Shots(), fmt.Errorf("the tour needs an App behind scene %T", d.Game().Scene())
	}
	// Turn 1: every person side in turn.
	for i, sd := range app.Sess.People() {
		id := app.Sc.Sides[sd].ID
		err := run(
			func() error { return expect(d, "*ui.handover") },
			func() error { return shot("handover-" + id) },
			func() error { return d.Click("continue") },
			func() error { return shot("briefing-" + id) },
			func() error { return d.Click("continue") },
			func() error { return expect(d, "*ui.turn") },
			func() error { return tourDiscussion(d, i == 0, id, shot) },
			func() error { _, err := d.ClickPrefix("move:"); return err },
			func() error { return d.TypeInto(rationaleOf(d), "test rationale "+id) },
			func() error { _, err := d.ClickPrefix("order:"); return err },
			func() error { return shot("orders-" + id) },
			func() error {
				if i > 0 {
					return nil
				}
				if err := d.Click("tab:feed"); err != nil {
					return err
				}
				if err := shot("feed-" + id); err != nil {
					return err
				}
				if err := tourInject(d, id, shot); err != nil {
					return err
				}
				return d.Click("tab:orders")
			},
			func() error { return d.Click("submit") },
		)
		if err != nil {
			return d.Shots(), err
		}
	}
	if app.Sess.State.Over {
		// A one-turn game ended when the last side submitted: the hand-over
		// names the facilitator, who plays the turn back to the room, then
		// has the review one click away.
		defer app.Close()
		err := run(
			func() error { return expect(d, "*ui.handover") },
			func() error { return shot("handover-end") },
			func() error { return d.Click("continue") },
			func() error { return expect(d, "*ui.resolution") },
			func() error { d.Injector().Move(kit.Point{X: 4, Y: 4}); return stepResolution(d, 4) },
			func() error { return shot("resolution-end") },
			func() error { return d.Click("done") },
			func() error { return facilitatorNote(d, app, shot) },
			func() error { return d.Click("review") },
			func() error { return expect(d, "*ui.review") },
			func() error { return d.Frames(2) },
			func() error { return shot("review") },
		)
		return d.Shots(), err
	}
	// Turn 2 opens with the first side's playback of turn 1.
	first := app.Sess.People()[0]
	err := run(
		func() error { return expect(d, "*ui.handover") },
		func() error { return shot("handover-" + app.Sc.Sides[first].ID + "-turn-2") },
		func() error { return d.Click("continue") },
		func() error { return expect(d, "*ui.resolution") },
		func() error { d.Injector().Move(kit.Point{X: 4, Y: 4}); return stepResolution(d, 4) },
		func() error { return shot("resolution-" + app.Sc.Sides[first].ID) },
		func() error { return d.Click("done") },
		func() error { return expect(d, "*ui.turn") },
		func() error { return d.Key(ebiten.KeyF2) },
		func() error { return facilitatorNote(d, app, shot) },
	)
	if err != nil {
		return d.Shots(), err
	}
	// The facilitator resolves the rest of the game.
	for guard := 0; !app.Sess.State.Over && guard < 2*app.Sc.Turns+2; guard++ {
		if err := run(
			func() error { return d.Click("resolve") },
			func() error { return expect(d, "*ui.resolution") },
			func() error { return d.Click("done") },
		); err != nil {
			return d.Shots(), err
		}
	}
	defer app.Close()
	err = run(
		func() error { return expect(d, "*ui.facilitator") },
		func() error { return d.Click("review") },
		func() error { return expect(d, "*ui.review") },
		func() error { return d.Frames(2) },
		func() error { return shot("review") },
	)
	return d.Shots(), err
}

// facilitatorNote checks the facilitator's screen is open, adds an observer
// note, waits for the forecast's first 1,000 rollouts and takes the shot.
func facilitatorNote(d *driver, app *App, shot func(string) error) error {
	return run(
		func() error { return expect(d, "*ui.facilitator") },
		func() error { return d.TypeInto(d.Game().Scene().(*facilitator).note, "observer note") },
		func() error { return d.Click("note") },
		func() error { _, err := waitFigures(d, app, 1000, 60*time.Second); return err },
		func() error { return shot("facilitator") },
	)
}

// tourDiscussion, on a turn screen with a Discussion tab, answers the first key question (and
// takes the shot when first), then goes to the orders.
func tourDiscussion(d *driver, first bool, id string, shot func(string) error) error {
	if _, err := d.Button("tab:discussion"); err != nil {
		return nil // a contest with no key questions this turn
	}
	if err := d.Click("tab:discussion"); err != nil {
		return err
	}
	t := d.Game().Scene().(*turn)
	if qs := t.app.Ex().Questions(t.sd); len(qs) > 0 {
		in, ok := t.w.inputs["answer:"+qs[0].ID]
		if !ok {
			return fmt.Errorf("no answer box for %s", qs[0].ID)
		}
		if err := d.TypeInto(in, "test answer "+id); err != nil {
			return err
		}
		if err := d.Click("save:" + qs[0].ID); err != nil {
			return err
		}
	}
	if first {
		if err := shot("discussion-" + id); err != nil {
			return err
		}
	}
	return d.Click("tab:orders")
}

// tourInject opens the newest inject on its card, when one came this turn, takes the shot and
// closes it with Esc.
func tourInject(d *driver, id string, shot func(string) error) error {
	if _, err := d.Button("new-inject"); err != nil {
		return nil
	}
	return run(
		func() error { return d.Click("new-inject") },
		func() error { return expect(d, "*ui.card") },
		func() error { return shot("inject-" + id) },
		func() error { return d.Key(ebiten.KeyEscape) },
		func() error { return expect(d, "*ui.turn") },
	)
}

func run(steps ...func() error) error {
	for _, s := range steps {
		if err := s(); err != nil {
			return err
		}
	}
	return nil
}

func appOf(d *driver) *App {
	if ws, ok := d.Game().Scene().(interface{ appOf() *App }); ok {
		return ws.appOf()
	}
	return nil
}

func (p *page) appOf() *App { return p.app }

func expect(d *driver, typ string) error {
	if got := fmt.Sprintf("%T", d.Game().Scene()); got != typ {
		return fmt.Errorf("on screen %s, want %s (status: %q)", got, typ, appStatus(d))
	}
	return nil
}

func appStatus(d *driver) string {
	if a := appOf(d); a != nil {
		return a.Status
	}
	return ""
}

func rationaleOf(d *driver) drive.TextField {
	if t, ok := d.Game().Scene().(*turn); ok {
		return t.orders.rationale
	}
	return nil
}

// stepResolution shows n events (or all there are) and lets tallies play.
func stepResolution(d *driver, n int) error {
	for i := 0; i < n; i++ {
		if err := d.Key(ebiten.KeySpace); err != nil {
			return err
		}
		if err := d.Frames(15); err != nil {
			return err
		}
	}
	return nil
}

// textOf joins every text of the current scene, for assertions.
func textOf(d *driver) string { return strings.Join(d.Texts(), "\n") }
