package main

import "slices"

// gcPlaying is the garbage collector's target (GOGC) for the commands that play games one
// after another. A recorded game allocates about 190 KB, and greedy and search allocate
// megabytes a game (copies of the state for each guess), while what stays live is a few
// megabytes: at the runtime's default of 100 the collector runs every few games and marks the
// loaded scenario each time, half of a recorded game's work. At 400 it runs a quarter as
// often: a greedy batch of the campaign takes 20 to 30% less time for 25 MB more memory
// (docs/batch.md, "The program's collector").
const gcPlaying = 400

// playing are the commands gcPlaying is for: not the window, the server or the browser
// client's build, whose memory is larger or longer-lived, nor the commands that read files.
var playing = []string{"run", "replay", "report", "batch", "forecast", "balance"}

// gcPercent returns the garbage collector's target for command name, given the GOGC the
// environment sets ("" for none), or 0 to leave the runtime's: a GOGC the user sets is kept.
func gcPercent(name, gogc string) int {
	if gogc != "" || !slices.Contains(playing, name) {
		return 0
	}
	return gcPlaying
}
