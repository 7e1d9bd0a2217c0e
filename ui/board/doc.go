// Package board draws a game's actors, assets and links as a graph: the
// model of what a side may see (FromView builds it from a sim view), its
// layout in groups (LayoutGroups), the groups of the world folded when the
// board cannot show everything at full text size (a click opens one), a
// pan-and-zoom camera, hit testing and the board's drawing, legend, tooltip
// and animations.
//
// A screen owns a Board: it sets the model when the view changes, calls
// Update with the frame's kit.Input and the screen area the board fills
// (it returns the node clicked), and Draw. The board depends on the kit
// and on nothing else of the window, and its pure parts (layout, camera,
// hit testing, the model from a view) are tested without a display.
package board
