package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"ttx/serve"
	"ttx/ui"
)

func init() {
	register("play", "run a facilitated exercise in a window", playCmd)
}

// screenshotKey is the key that writes the current screen to a PNG during play (Ebiten's own
// screenshot support; the file goes to the working directory).
const screenshotKey = "f12"

func playCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("play", "[FILE] [flags]", "Opens the exercise window on a scenario (the embedded campaign when no FILE is\ngiven): set-up, briefings, board, orders, hand-over, resolution, facilitator\ncontrols (F2) and the after-action review. F12 writes the current screen as a PNG.", stdout)
	seed := seedVar(fs, "the seed, a whole `number` (default: the scenario's)")
	timer := fs.Int("timer", 0, "turn timer in minutes a side (0: off)")
	teamFc := fs.Bool("team-forecasts", false, "offer each team its own forecast on its turn (F): rollouts from its view under the scenario's whole rules, whose shares can reflect what it is not told (the white cell's forecast is always on)")
	save := fs.String("save", "ttx-save.jsonl", "where Ctrl+S saves the order log")
	shots := fs.String("screenshot", "", "step through set-up, briefing, board, orders and hand-over, write each screen as a PNG into this directory, and exit")
	bench := fs.Int("bench", 0, "draw this many frames of the board, print Update+Draw frame times, and exit")
	join := fs.String("join", "", "join a served exercise (ttx serve) with the seat's link, http://HOST:PORT/#t=TOKEN")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if *join != "" {
		if *teamFc {
			return usageFail(fs, "--team-forecasts is the server's to set (ttx serve --team-forecasts), not a joining window's")
		}
		return joinCmd(*join, pos, stderr)
	}
	if *timer < 0 || *bench < 0 {
		return usageFail(fs, "--timer and --bench must not be negative")
	}
	sc, code := scenarioArg("play", pos, stderr)
	if sc == nil {
		return code
	}
	if os.Getenv("EBITENGINE_SCREENSHOT_KEY") == "" {
		os.Setenv("EBITENGINE_SCREENSHOT_KEY", screenshotKey)
	}
	var err error
	if *shots != "" {
		err = ui.Screenshots(sc, *shots)
	} else {
		opts := ui.Options{TimerMinutes: *timer, SavePath: *save, Benchmark: *bench, TeamForecasts: *teamFc}
		if seed.set {
			v := seed.v // 0 included: --seed 0 plays seed 0
			opts.Seed = &v
		}
		err = ui.Play(sc, opts)
	}
	if err != nil {
		fmt.Fprintln(stderr, "ttx play:", err)
		return exitInvalid
	}
	if *shots != "" {
		fmt.Fprintf(stdout, "screens written to %s\n", *shots)
	}
	return exitOK
}

// joinCmd opens the window on the seat of a served exercise that link names.
func joinCmd(link string, pos []string, stderr io.Writer) int {
	if len(pos) > 0 {
		fmt.Fprintln(stderr, "ttx play: --join takes no FILE: the server sends the seat its scenario")
		return exitUsage
	}
	if _, _, err := serve.ParseLink(link); err != nil {
		fmt.Fprintln(stderr, "ttx play: --join:", err)
		return exitUsage
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	r, err := serve.JoinRemote(ctx, link)
	cancel()
	if err != nil {
		fmt.Fprintln(stderr, "ttx play: --join:", err)
		return exitInvalid
	}
	defer r.Close()
	if err := ui.PlayRemote(r); err != nil {
		fmt.Fprintln(stderr, "ttx play:", err)
		return exitInvalid
	}
	return exitOK
}
