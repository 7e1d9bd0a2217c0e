// Package drive plays the window by injected input, for its tests, its
// screenshot walk (ttx play FILE --screenshot DIR) and its benchmark.
//
// A Driver steps a Game (the window's scene manager) by hand beside a
// running Ebiten game: each frame is an Update and a Draw onto an offscreen
// screen of fixed size, input comes from a kit.Injector, buttons are found
// by the names the screen registered them under, text is pasted into
// inputs, and the screen is read back and saved as PNG files. InWindow runs
// a function beside a real window's loop, in lock step with it, where
// drawing and reading pixels back are allowed (a Driver lets the window's
// frame end every few of its frames, so Ebiten releases what it drew);
// Main runs a test binary's tests there
// (Need skips a window test when there is no window); Loop plays a game in
// the window frame by frame, as Ebiten paces them.
//
// The package stands below the screens (package ui imports it, not the
// other way round): it knows a game only by the small interfaces Game,
// Widgets and TextField, which ui's Manager, its widget trees and
// ebitenui's text inputs satisfy. So ui's own tests, which reach its
// unexported screens, drive the window through it as well.
package drive
