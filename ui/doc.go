// Package ui is the Ebiten front end of TTX: a scene manager, the screens of
// a facilitated exercise, the board, and the input they share.
//
// The window reads sim views and events and sends orders; it never applies a
// rule itself. Each side's screens are built from sim.View(state, side) only,
// and the facilitator's from the whole state.
//
// The pure parts (graph layout, camera, hit testing) are ordinary functions
// tested without a display. The window tests run inside a real Ebiten game
// loop (see TestMain in the test files): start them under X with
//
//	xvfb-run -a go test ./ui/...
//
// Without a display they skip, unless TTX_REQUIRE_WINDOW=1 makes them fail.
package ui
