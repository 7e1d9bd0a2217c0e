//go:build !js

package ui

import (
	"fmt"
	"os"
)

// announce prints a join link reissued on the window's terminal, whence it can be copied:
// Ebiten has no clipboard.
func announce(seat, link string) { fmt.Fprintf(os.Stdout, "new link for %s: %s\n", seat, link) }
