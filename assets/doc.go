// Package assets holds what the TTX window draws with and ships inside the
// binary: the Go fonts as Ebiten text faces and a colour-blind-safe palette.
//
// The palette is Okabe–Ito (Okabe and Ito, "Color Universal Design", 2008):
// eight colours that people with the common forms of colour blindness can
// still tell apart. Every status also has a glyph, so the window never
// relies on colour alone.
//
// Nothing here reads files: fonts come from golang.org/x/image/font/gofont.
package assets
