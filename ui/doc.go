// Package ui is the Ebiten front end of TTX: a scene manager, the screens of
// a facilitated exercise, the board, and the input they share.
//
// The window reads sim views and events and sends orders; it never applies a
// rule itself. Each side's screens are built from sim.View(state, side)
// only, and the facilitator's from the whole state. Saves are sim/record
// order logs (observer notes included), written atomically; the after-action
// review shows sim/report's report, its text and the data of its charts, and
// exports it as HTML.
//
// Entry points:
//
//	ui.Play(sc, ui.Options{})   // ttx play [FILE]: the window, until it closes
//	ui.Screenshots(sc, dir)     // ttx play [FILE] --screenshot DIR: a scripted
//	                            // exercise, one PNG per screen, then return
//
// Screens, in the order of play: set-up (library, a person or a policy per
// side, seed, turn timer), the common briefing, then for each person side in
// turn a hand-over cover, its private briefing (first turn), the playback of
// what it saw of the last turn, and its turn (board, orders, feed, and on
// request (F) its own forecast, made from what it knows only). The
// facilitator's screen (F2 anywhere) sees everything and fires injects,
// overrides tracks (an actor found by id or name, or clicked on the board,
// then one of its tracks), undoes, saves and loads, pauses, runs the timer
// and takes notes tied to an inject of its choice; the after-action review
// ends the game.
//
// The live forecast under the facilitator's board asks "where is this
// going?": a Forecaster plays sim/batch's Forecast of the rest of the game
// on other goroutines, in growing stages (ForecastStages: 100 rollouts,
// then 300, 1,000, …), and the screen draws the outcome probabilities with
// their 95% Wilson intervals from its latest Figures each frame. Any
// change of the state (a turn, an undo, an inject, an override, a load) or
// of the rollouts' policies (random or greedy, per side) cancels it and
// starts anew; it keeps refining while the teams deliberate.
//
// Keys: Tab and Shift+Tab move the focus, Enter or Space press the focused
// button; each button shows its own shortcut in brackets. On boards, drag
// pans, the wheel or + and - zoom, 0 fits, arrows pan; hover shows details.
//
// The window is in layers: package kit (geometry, a frame's input, the
// theme, wrapping) at the bottom, package board (the board's model, layout,
// camera, hit testing and drawing) and package drive (the driver that plays
// the window by injected input) over it, and this package, the screens,
// over all three. Input is read once per frame into a kit.Input
// (kit.EbitenInput reads the devices, a kit.Injector plays a script), and
// widgets see only that Input, so tests drive the real window.
//
// The driver (drive.Driver) steps a Manager frame by frame onto an
// offscreen screen, clicks buttons by the names the screens register them
// under, types into inputs and saves screenshots. It knows the window only
// by small interfaces (drive.Game, which Manager satisfies, and
// drive.Widgets, which a screen's Widgets satisfies), so it stands below
// this package: this package's own tests, which reach its unexported
// screens, play through it, and so do Screenshots and the benchmark. The
// tour (tour.go), the scripted walk through every screen that Screenshots
// and the tests play, stays here, beside the screens it knows.
//
// The pure parts (the board's layout, camera and hit testing, wrapping, the
// forecast's restarts and figures) are tested without a display (go test -race ./ui/ for the forecast's goroutines). The window tests run beside a real
// Ebiten game loop (TestMain in harness_test.go, through drive.Main):
//
//	apt-get install -y xvfb xauth
//	xvfb-run -a go test ./ui/...                 # TTX_SCREENS_DIR=dir keeps the PNGs
//
// Without a display they skip with a message, unless TTX_REQUIRE_WINDOW=1
// makes them fail. EBITENGINE_GRAPHICS_LIBRARY=opengl forces the backend.
package ui
