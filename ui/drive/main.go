package drive

import (
	"errors"
	"fmt"
	"os"
)

// Main runs a test binary's tests (run calls m.Run) beside a real window
// (see InWindow), so that window tests may draw and read pixels back, and
// returns the exit code. Without a display (DISPLAY unset), or when Ebiten
// cannot start, run is called outside any window with noWindow saying why,
// and the window tests skip (see Need).
func Main(run func(noWindow error) int) int {
	if os.Getenv("DISPLAY") == "" {
		return run(errors.New("no display: DISPLAY is unset (run under xvfb-run -a)"))
	}
	code := 1
	ran, err := InWindow("ttx tests", 320, 240, func() error {
		code = run(nil)
		return nil
	})
	if !ran {
		return run(fmt.Errorf("ebiten could not start: %v", err))
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "drive: the window's loop failed: %v\n", err)
		return 1
	}
	return code
}

// TB is the part of testing.TB that Need uses.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Need lets a window test go on when its tests run beside a window
// (noWindow is nil, see Main); otherwise it skips t, or fails it when
// TTX_REQUIRE_WINDOW=1.
func Need(t TB, noWindow error) {
	t.Helper()
	if noWindow == nil {
		return
	}
	if os.Getenv("TTX_REQUIRE_WINDOW") == "1" {
		t.Fatalf("window test needs a window: %v", noWindow)
	}
	t.Skipf("window test skipped: %v", noWindow)
}
