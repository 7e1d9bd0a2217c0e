package ui

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// reportPath is where the review exports its report: beside the save, <save>-report.html.
func reportPath(save string) string {
	return strings.TrimSuffix(save, filepath.Ext(save)) + "-report.html"
}

// export writes the report of the game as one HTML page beside the save (X, Export report),
// atomically (ExportReview), after asking when a file is there that the window did not export
// for this game, or that has changed since: the rule of Ctrl+S (saveGuard.asksToReplace).
func (r *review) export() {
	a := r.app
	path := reportPath(a.opts.SavePath)
	write := func() {
		r.stale = true
		if err := ExportReview(a.Sess, path); err != nil {
			a.Status = "export failed: " + err.Error()
			return
		}
		if info, err := os.Stat(path); err == nil {
			a.exported.mark(a.Sess, info)
		}
		a.Status = "Exported " + path
	}
	if !a.exported.asksToReplace(a.Sess, path) {
		write()
		return
	}
	why := "this window has not exported this game's report to it"
	if a.exported.sess == a.Sess {
		why = "it has changed since this window exported it"
	}
	r.confirm(&question{
		text: path + " is already there, and " + why + ". Replace what it holds with this game's report?",
		yes:  []choice{{"ask:yes", "Replace " + filepath.Base(path), ebiten.KeyY, write}},
		no:   "Not exported: " + path + " is left as it was",
	})
}
