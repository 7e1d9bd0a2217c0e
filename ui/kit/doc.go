// Package kit is what every part of the window stands on and nothing of
// the window itself: geometry (Rect, Point), the input of one frame (Input,
// read from the devices by EbitenInput or played from a script by an
// Injector), the theme (ebitenui's widget theme and the faces at one HiDPI
// scale) and text wrapping, cutting and reflowing. It imports no other
// package of ui.
package kit
