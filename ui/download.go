package ui

import "ttx/session"

// fetch asks the exercise for a file (session.FileLog, session.FileReport) and saves it when
// it comes: at once at a hot seat, with the server's answer over the network (Follow).
func (a *App) fetch(kind string) {
	fs, ok := a.Ex().(session.Files)
	if !ok {
		return
	}
	fs.Fetch(kind)
	if a.Remote() {
		a.say("Asking the server for the " + kind + "…")
	} else if p := a.Ex().Problem(); p != "" {
		a.say(p)
	}
	a.saveFiles()
}

// canFetch reports whether the window's exercise gives files to download.
func (a *App) canFetch() bool {
	_, ok := a.Ex().(session.Files)
	return ok
}

// saveFiles saves the files the exercise fetched since the last call, and says where.
func (a *App) saveFiles() {
	fs, ok := a.Ex().(session.Files)
	if !ok {
		return
	}
	files := fs.Fetched()
	for ; a.saved < len(files); a.saved++ {
		where, err := download(a.opts.DownloadDir, files[a.saved])
		if err != nil {
			a.say("Could not save " + files[a.saved].Name + ": " + err.Error())
			continue
		}
		a.say("Saved the " + files[a.saved].Kind + " to " + where)
	}
}
