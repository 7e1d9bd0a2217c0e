package main

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"ttx/internal/logpath"
	"ttx/serve"
	"ttx/session"
	"ttx/sim"
	"ttx/sim/policy"
	"ttx/sim/record"
)

func init() {
	register("serve", "serve an exercise over the network: every team on its own screen", serveCmd)
}

func serveCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[FILE] [flags]", "Serves an exercise (the embedded default when no FILE is given) over HTTP and WebSocket\nand prints one join link per team, one for the white cell and one for observers. Each\nlink carries its seat's secret token after '#', which browsers never send to servers.\nThe server holds the true state and sends each seat only what it may see. See\ndocs/serving.md.", stdout)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (':8080' serves every interface: a training LAN)")
	seed := seedVar(fs, "seed (default: a fresh random one, which the server never sends)")
	save := fs.String("save", "", "write the order log here after every step, and beside it the seats' token hashes (FILE.tokens) and the teams' orders of the turn in play (FILE.orders), both mode 0600")
	resume := fs.String("resume", "", "resume the exercise saved in this log (with the tokens beside it, or --new-links), and go on saving to it; --seat changes who plays a side")
	newLinks := fs.Bool("new-links", false, "with --resume: give every seat (teams, white cell, observers) a new link, printed as a new game's, and write the tokens file anew; the old links no longer join (a lost or damaged tokens file, a leaked link)")
	var seats multi
	fs.Var(&seats, "seat", "SIDE=POLICY: a policy plays SIDE (repeatable, once a side); POLICY is "+strings.Join(policy.Names, ", ")+", or person: a team plays SIDE (on --resume, a side a policy played gets a new link, printed)")
	cert := fs.String("cert", "", "TLS certificate file (with --key): serve https and wss")
	key := fs.String("key", "", "TLS key file")
	web := fs.String("web", "", "the browser client's folder (index.html, index.js, index.css, ttx.wasm.gz, wasm_exec.js); default: web/ beside the binary, if present")
	origins := fs.String("origin", "", "comma-separated hosts allowed as a WebSocket's Origin besides the server's own (behind a reverse proxy)")
	var hosts multi
	fs.Var(&hosts, "allow-host", "`NAME` the teams reach the server by, besides its own (IP addresses, localhost, this machine's name, the links' and --addr's host): repeatable or comma-separated; .DOMAIN allows DOMAIN and every name under it. Requests for any other host are refused (a guard against DNS rebinding)")
	turn := durationVar(fs, "turn-time", "each turn's `duration` for the teams' orders, such as 20m (0: none; the white cell can set one)")
	public := fs.String("url", "", "the base of the join links, as the teams reach the server (default: from --addr)")
	teamFc := fs.Bool("team-forecasts", false, "let each team (and the observers of its view) ask for its own forecast: rollouts from its view under the scenario's whole rules, whose shares can reflect what it is not told (the white cell's forecast is always on)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	sc, code := scenarioArg("serve", pos, stderr)
	if sc == nil {
		return code
	}
	if *resume != "" && len(pos) == 0 {
		if msg := resumeScenario(*resume, sc); msg != "" {
			fmt.Fprintln(stderr, "ttx serve:", msg)
			return exitUsage
		}
	}
	if *newLinks && *resume == "" {
		fmt.Fprintln(stderr, "ttx serve: --new-links goes with --resume LOG (a new game's links are all new)")
		return exitUsage
	}
	if msg := resumeFlags(*resume, *save, seed.set); msg != "" {
		fmt.Fprintln(stderr, "ttx serve:", msg)
		return exitUsage
	}
	allowHosts, err := hostList(hosts, *addr)
	if err != nil {
		fmt.Fprintln(stderr, "ttx serve:", err)
		return exitUsage
	}
	if (*cert == "") != (*key == "") {
		fmt.Fprintln(stderr, "ttx serve: --cert and --key go together")
		return exitUsage
	}
	// The clock waits for the white cell: the links take a while to reach the tables, and a
	// turn whose time ran out meanwhile would resolve with no team's orders.
	cfg := serve.Config{Scenario: sc, Save: *save, TurnTime: turn.d, Paused: true, Policies: map[string]string{}, TeamForecasts: *teamFc, Log: stderr}
	if *resume != "" {
		cfg.Save, cfg.Resume, cfg.NewLinks = *resume, true, *newLinks
	}
	var b [8]byte
	rand.Read(b[:])
	cfg.Seed = seed.or(binary.LittleEndian.Uint64(b[:]))
	given := map[string]string{} // the flag that named each side
	for _, s := range seats {
		side, pol, ok := strings.Cut(s, "=")
		sd := sideArg(sc, side)
		if !ok || sd < 0 {
			fmt.Fprintf(stderr, "ttx serve: --seat %s: want SIDE=POLICY or SIDE=%s with SIDE one of %s\n", s, session.SeatPerson, sideIDs(sc))
			return exitUsage
		}
		side = sc.Sides[sd].ID // as the scenario spells it, whatever the case given
		if given[side] != "" {
			fmt.Fprintf(stderr, "ttx serve: --seat %s and --seat %s: side %s is seated twice; give it one seat\n", given[side], s, side)
			return exitUsage
		}
		given[side] = s
		st, err := session.ParseServedSeat(pol)
		if err != nil {
			fmt.Fprintf(stderr, "ttx serve: --seat %s: %v\n", s, err)
			return exitUsage
		}
		cfg.Policies[side] = string(st)
	}
	webPath, webFS, err := webDir(*web)
	if err != nil {
		fmt.Fprintln(stderr, "ttx serve:", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "ttx serve:", err)
		return exitInvalid
	}
	scheme := "http"
	if *cert != "" {
		scheme = "https"
	}
	cfg.Base = *public
	if cfg.Base == "" {
		cfg.Base = scheme + "://" + linkHost(ln.Addr().String()) + "/"
	}
	if !strings.HasSuffix(cfg.Base, "/") {
		cfg.Base += "/"
	}
	if cfg.Save != "" {
		// Held while the server runs: ttx note and ttx answer refuse the log, whose next save
		// would drop what they add, and so does a second server resuming it.
		unlock, err := lockLog(cfg.Save)
		switch {
		case errors.Is(err, errLogServed):
			ln.Close()
			fmt.Fprintf(stderr, "ttx serve: %s is the log of an exercise another ttx serve is running (it holds %s): stop that server first, or join its exercise with its links\n", cfg.Save, lockPath(cfg.Save))
			return exitInvalid
		case err == nil:
			defer unlock()
		}
	}
	g, err := serve.NewGame(cfg)
	if err != nil {
		ln.Close()
		if _, ok := errors.AsType[*serve.TokensError](err); ok {
			fmt.Fprintf(stderr, "ttx serve: %v; %s\n", err, newLinksHint)
			return exitInvalid
		}
		if e, ok := errors.AsType[*serve.LogExistsError](err); ok {
			fmt.Fprintf(stderr, "ttx serve: %v; %s\n", err, logExistsHint(pos, e.Path))
			return exitInvalid
		}
		fmt.Fprintln(stderr, "ttx serve:", err)
		return exitInvalid
	}
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	allow := &serve.Allow{Origins: originList(*origins), Hosts: allowHosts}
	srv := serve.NewServer(serve.Handler(ctx, g, webFS, allow))
	paused := g.Paused()
	go g.Run(ctx)
	fmt.Fprintf(stdout, "%s — serving at %s (Ctrl+C stops; the log is %s)\n", sc.Title, cfg.Base, orNone(cfg.Save))
	if webFS == nil {
		fmt.Fprintln(stdout, "  no browser client here: teams join with `ttx play --join LINK` (see docs/serving.md)")
	} else if warn := staleClient(webPath, webFS); warn != "" {
		fmt.Fprintln(stdout, "  "+warn)
	}
	if paused {
		fmt.Fprintln(stdout, "  the clock is paused until the white cell starts it (Resume, P) once the tables have joined")
	}
	printLinks(stdout, sc, g, *resume != "")
	go func() {
		<-ctx.Done()
		sctx, c := context.WithTimeout(context.Background(), 5*time.Second)
		defer c()
		srv.Shutdown(sctx)
	}()
	if *cert != "" {
		err = srv.ServeTLS(ln, *cert, *key)
	} else {
		err = srv.Serve(ln)
	}
	if err != nil && err != http.ErrServerClosed {
		fmt.Fprintln(stderr, "ttx serve:", err)
		return exitInvalid
	}
	return exitOK
}

// newLinksHint is the way on from a resume refused for its seats' tokens (serve.TokensError).
const newLinksHint = "or resume with a new link for every seat: --new-links (the old links no longer join)"

// logExistsHint is the way on from a new game refused for a log file that exists
// (serve.LogExistsError), as a command line with the scenario FILE given (pos): resume the game
// it holds, or save the new one elsewhere.
func logExistsHint(pos []string, path string) string {
	cmd := "ttx serve"
	if len(pos) > 0 {
		cmd += " " + shellQuote(pos[0])
	}
	return fmt.Sprintf("to go on with that game: %s --resume %s; to start a new one: --save another file (or move %s away)", cmd, shellQuote(path), shellQuote(path))
}

// resumeScenario says, when the log to resume is not a game of sc (the default scenario, since
// no FILE was given), which scenario file to give; "" when it is, or when the log cannot be read
// (the resume tells why).
func resumeScenario(log string, sc *sim.Scenario) string {
	f, err := os.Open(log)
	if err != nil {
		return ""
	}
	defer f.Close()
	l, err := record.Read(f)
	if err != nil || l.Header.Scenario == sc.ID {
		return ""
	}
	file := l.Header.File
	if _, ok := embedded(file); !ok && file != "" {
		file = logpath.Resolve(log, file)
	}
	return fmt.Sprintf("%s: a game of scenario %q, and with no scenario FILE the server plays %q: give the log's, as in ttx serve %s --resume %s",
		log, l.Header.Scenario, sc.ID, shellQuote(file), shellQuote(log))
}

// printLinks prints the join links the game made: every seat's of a new game or of one resumed
// with --new-links; of a resumed game, those of the sides it gave to a person (its other seats
// keep the links they were given).
func printLinks(w io.Writer, sc *sim.Scenario, g *serve.Game, resumed bool) {
	links := g.Links()
	var names []string
	for _, n := range g.SeatNames() {
		if links[n] != "" {
			names = append(names, n)
		}
	}
	if resumed {
		switch len(names) {
		case 0:
			fmt.Fprintln(w, "  resumed: every seat joins with the link it was given before")
			return
		case len(g.SeatNames()):
			fmt.Fprintln(w, "  resumed with new links for every seat: the old links no longer join")
		default:
			fmt.Fprintln(w, "  resumed: every seat joins with the link it was given before, but these:")
		}
	}
	labels := make([]string, len(names))
	width := 0
	for i, n := range names {
		label := n
		if sd := sc.Side(n); sd >= 0 {
			label = "team " + sc.Sides[sd].Name
		} else if n == "white" {
			label = "white cell"
		} else if sd := sc.Side(strings.TrimPrefix(n, "observer-")); sd >= 0 {
			label = "observers of " + sc.Sides[sd].Name
		} else {
			label = "observers (all)"
		}
		labels[i] = label + ":"
		width = max(width, utf8.RuneCountInString(labels[i]))
	}
	// The links in one column after their labels; when a label is too long for a line of 80
	// to hold it and a link, each link goes under its label.
	for i, n := range names {
		if width > maxLinkLabel {
			fmt.Fprintf(w, "  %s\n      %s\n", labels[i], links[n])
			continue
		}
		fmt.Fprintf(w, "  %s%s %s\n", labels[i], strings.Repeat(" ", width-utf8.RuneCountInString(labels[i])), links[n])
	}
	fmt.Fprintln(w, "  each link is its seat's key: give it only to that seat")
}

// maxLinkLabel is the longest seat label printLinks puts its link beside.
const maxLinkLabel = 28

// linkHost is the host of the join links for a listening address: loopback names stay, an
// unspecified address (":8080") becomes this machine's name.
func linkHost(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		if h, err := os.Hostname(); err == nil {
			host = h
		}
	}
	return net.JoinHostPort(host, port)
}

// webDir returns the browser client's folder and its files: dir, or web/ beside the binary
// when dir is "" (--web not given), with "" and nil when that folder has no client (no
// index.html): the server then serves without one. A folder named with --web must hold the
// client: one that is not there, or has no index.html, is an error that says how to build it.
func webDir(dir string) (string, fs.FS, error) {
	if dir == "" {
		exe, err := os.Executable()
		if err != nil {
			return "", nil, nil
		}
		dir = filepath.Join(filepath.Dir(exe), "web")
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			return "", nil, nil
		}
		return dir, os.DirFS(dir), nil
	}
	build := fmt.Sprintf("build the browser client there with `ttx web %s`, or leave out --web to serve without it (teams join with ttx play --join)", shellQuote(dir))
	switch st, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return "", nil, fmt.Errorf("--web %s: no such folder; %s", dir, build)
	case err != nil:
		return "", nil, fmt.Errorf("--web %s: %v", dir, err)
	case !st.IsDir():
		return "", nil, fmt.Errorf("--web %s is not a folder: give the folder `ttx web` built the browser client in", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); errors.Is(err, fs.ErrNotExist) {
		return "", nil, fmt.Errorf("--web %s holds no browser client (no index.html); %s", dir, build)
	} else if err != nil {
		return "", nil, fmt.Errorf("--web %s: %v", dir, err)
	}
	return dir, os.DirFS(dir), nil
}

// staleClient says, when the browser client's folder dir (its files web) lacks files its page
// loads (a folder built by an older ttx web, whose page the server's policy does not run),
// which, and the command that builds the client again in that folder; "" when it has them all.
func staleClient(dir string, web fs.FS) string {
	miss := serve.MissingClientFiles(web)
	if len(miss) == 0 {
		return ""
	}
	return fmt.Sprintf("the browser client's folder %s lacks %s (built by an older ttx?): the teams' browsers are told their client is out of date until it is built again with `ttx web %s`",
		dir, strings.Join(miss, ", "), shellQuote(dir))
}

func orNone(s string) string {
	if s == "" {
		return "not kept (--save FILE keeps it)"
	}
	return s
}

// originList returns the hosts of --origin: comma-separated, each trimmed of spaces, empty
// ones dropped ("a.example, b.example" is two hosts, not a host " b.example" no browser sends).
func originList(flag string) []string {
	var hosts []string
	for _, h := range strings.Split(flag, ",") {
		if h = strings.TrimSpace(h); h != "" {
			hosts = append(hosts, h)
		}
	}
	return hosts
}

// hostList returns the names of --allow-host (each flag's value split at commas and trimmed,
// empty ones dropped) and the host of --addr (a name the server listens on is one of its own;
// an address is allowed anyway), or an error that says which name is not one.
func hostList(flags []string, addr string) ([]string, error) {
	var hosts []string
	for _, f := range flags {
		for _, h := range strings.Split(f, ",") {
			if h = strings.TrimSpace(h); h == "" {
				continue
			}
			if err := serve.CheckHost(h); err != nil {
				return nil, fmt.Errorf("--allow-host %v", err)
			}
			hosts = append(hosts, h)
		}
	}
	if host, _, err := net.SplitHostPort(addr); err == nil && host != "" {
		hosts = append(hosts, host)
	}
	return hosts, nil
}

// resumeFlags says what is wrong with a resume's flags, or "": a resumed game goes on saving to
// the log it resumes and keeps the seed that log holds, so a --save naming another file, or a
// --seed, would be dropped without a word.
func resumeFlags(resume, save string, seeded bool) string {
	if resume == "" {
		return ""
	}
	if save != "" && !sameFile(save, resume) {
		return fmt.Sprintf("--save %s goes with a new game: a resumed game goes on saving to the log it resumes (%s)", save, resume)
	}
	if seeded {
		return "--seed goes with a new game: a resumed game keeps the seed its log holds"
	}
	return ""
}
