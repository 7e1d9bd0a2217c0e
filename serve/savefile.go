package serve

import (
	"fmt"
	"os"

	"ttx/internal/atomicfile"
)

// LogExistsError refuses a new game whose log file already exists: the game's first save would
// replace it, and with it a game played before (a server restarted to save a new game where it
// was meant to resume the old one). The caller may offer the ways on: resume the game the file
// holds, or save the new one elsewhere.
type LogExistsError struct {
	Path string // the log file that exists
}

func (e *LogExistsError) Error() string {
	return fmt.Sprintf("%s already exists, and a new game would replace it and the game it holds", e.Path)
}

// unused reports, by a *LogExistsError, when a new game's log file path already exists. A
// device or a pipe (/dev/null) is written, never replaced.
func unused(path string) error {
	if path == "" || atomicfile.Special(path) {
		return nil
	}
	if _, err := os.Lstat(path); err == nil {
		return &LogExistsError{Path: path}
	}
	return nil
}
