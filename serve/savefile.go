package serve

import (
	"fmt"
	"os"

	"ttx/internal/atomicfile"
)

// unused reports, by an error, when a new game's log file path already exists: the game's first
// save would replace it, and with it a game played before (a server restarted with --save where
// --resume was meant). A device or a pipe (/dev/null) is written, never replaced.
func unused(path string) error {
	if path == "" || atomicfile.Special(path) {
		return nil
	}
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists, and a new game would replace it: --resume %s goes on with the game it holds; to start a new one, save it elsewhere (or move the file away)", path, path)
	}
	return nil
}
