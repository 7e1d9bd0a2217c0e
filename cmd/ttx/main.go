// Command ttx is the TTX tabletop simulator: it validates scenarios, plays them headless, in a
// window or over the network, replays and reports on logs, and runs batches and forecasts.
//
//	ttx validate FILE...             check scenario files
//	ttx new [FILE]                   write a commented starter scenario (stdout without FILE)
//	ttx schema                       print the JSON Schema of the scenario format
//	ttx run [FILE] [flags]           play a game headless and print it turn by turn
//	ttx play [FILE]                  run an exercise in a window
//	ttx serve [FILE] [flags]         serve an exercise over the network, a screen for each team
//	ttx web [DIR]                    build the browser client that ttx serve serves
//	ttx briefing [FILE] [flags]      write each team's briefing before play, to hand out
//	ttx replay LOG                   re-run a log and report the first divergence
//	ttx report LOG -o FILE           write the after-action report of a log (.html or .md)
//	ttx note LOG [flags] TEXT        add an observer's note to a log
//	ttx answer LOG [flags] TEXT      record a table's answer to a key question in a log
//	ttx fire LOG INJECT              fire an inject by hand into a log's game
//	ttx batch [FILE] [flags]         play many games and summarise them (--shard i/n for one part)
//	ttx merge ROWS... [flags]        merge the rows files of batch shards
//	ttx forecast LOG|FILE [flags]    forecast the rest of a game by rollouts
//	ttx balance [FILE] [flags]       play policy mixes; flag a side that wins too rarely or too often
//	ttx help [COMMAND], ttx version  the list of commands or a command's usage; the version
//
// Exit codes: 0 ok, 1 invalid input or divergence, 2 usage, 3 a side flagged by ttx balance.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"ttx/internal/words"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
	exitFlagged = 3 // ttx balance: a side is flagged (the check ran, and found one)
)

// command is a subcommand.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

func register(name, summary string, run func(args []string, stdout, stderr io.Writer) int) {
	commands[name] = command{summary: summary, run: run}
}

func main() {
	if len(os.Args) > 1 {
		if p := gcPercent(os.Args[1], os.Getenv("GOGC")); p > 0 {
			debug.SetGCPercent(p)
		}
	}
	os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr))
}

// Main runs ttx with args and returns its exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	defer func(w io.Writer) { errOut = w }(errOut)
	errOut = stderr
	switch {
	case len(args) == 0:
		usage(stderr)
		return exitUsage
	case args[0] == "-h" || args[0] == "--help" || args[0] == "help" && len(args) == 1:
		usage(stdout)
		return exitOK
	case args[0] == "help":
		// ttx help CMD is ttx CMD --help.
		if _, ok := commands[args[1]]; !ok || len(args) > 2 {
			fmt.Fprintf(stderr, "ttx help: no command %q\n", strings.Join(args[1:], " "))
			usage(stderr)
			return exitUsage
		}
		return commands[args[1]].run([]string{"--help"}, stdout, stderr)
	case args[0] == "--version" || args[0] == "version":
		fmt.Fprintln(stdout, versionText())
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "ttx: unknown command %q%s\n", args[0], suggestCommand(args[0]))
		usage(stderr)
		return exitUsage
	}
	return c.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: ttx COMMAND [ARGS]\n\nTTX is a tabletop simulator of cyber geopolitics.\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'ttx help COMMAND' (or 'ttx COMMAND --help') for a command's usage and flags,\n'ttx --version' for the version.")
}

// wantArgs returns a usage error's message for a command that takes want (a log, a log and a
// note's text) and was given n arguments.
func wantArgs(want string, n int) string {
	if n == 0 {
		return "name " + want
	}
	return fmt.Sprintf("name %s, not %s", want, words.Count(n, "argument"))
}
