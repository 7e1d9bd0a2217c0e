package ui

import (
	"path/filepath"
	"strings"
)

// reportPath is where the review exports its report: beside the save, <save>-report.html.
func reportPath(save string) string {
	return strings.TrimSuffix(save, filepath.Ext(save)) + "-report.html"
}

// export writes the report of the game as one HTML page beside the save (X, Export report),
// atomically (ExportReview), after asking when a file is there that the window did not export
// for this game, that has changed since, or whose report covers steps the game has undone since:
// the rule of Ctrl+S (askReplace).
func (r *review) export() {
	a := r.app
	path := reportPath(a.opts.SavePath)
	r.askReplace(&a.exported, path, replacing{
		notOurs: "this window has not exported this game's report to it",
		changed: "it has changed since this window exported it",
		undone:  "its report covers %s that this game has undone since",
		with:    "this game's report",
		not:     "Not exported",
	}, "", func() {
		r.stale = true
		if err := ExportReview(a.Sess, path); err != nil {
			a.say("export failed: " + err.Error())
			return
		}
		a.exported.wrote(a.Sess, path)
		a.say("Exported " + path)
	})
}
