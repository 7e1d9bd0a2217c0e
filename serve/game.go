package serve

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"ttx/internal/atomicfile"
	"ttx/session"
	"ttx/sim"
	"ttx/sim/policy"
)

// seat is one place at an exercise: a team's (its side), the white cell's, or an observers'
// (reading the white cell's view, or one team's).
type seat struct {
	name string // the side's id, "white", "observer" or "observer-SIDE"
	role string
	side int // the side whose view it reads: sim.Facilitator for the white cell and observers
}

// Game is one exercise being served. One goroutine (Run) owns its session: every connection's
// messages reach it through a channel, so the state is never shared. What takes long is done on
// other goroutines, from a seat's view, and comes back through the same channel: forecasts, and
// the orders of the policies that play sides (resolve.go).
type Game struct {
	sc     *sim.Scenario
	sess   *session.Session
	seats  []seat
	tokens *Tokens
	save   string // the log file ("" none); its tokens are beside it (save + ".tokens")
	base   string // the join links' base, such as http://127.0.0.1:8080/
	now    func() time.Time
	reqs   chan request
	conns  map[string]*conn // a team's or the white cell's connection, by seat
	// watchers are the observers' connections: many may share the observers' link.
	watchers map[*conn]bool
	limits   Limits
	turnFor  time.Duration // each turn's time (0: no deadline unless the white cell sets one)

	deadline time.Time     // the current turn's deadline, or its segment's (zero: none)
	segment  int           // the current segment of the turn (sim.Scenario.SegmentsOf), if it has any
	left     time.Duration // while paused: what was left of the deadline
	paused   bool
	links    map[string]string // join links made at start, by seat (tokens are then forgotten)
	// scen is, by seat, a hash of the seat's copy of the scenario as it last was sent it.
	scen map[string][32]byte
	// forecasts are the seats' forecasts, by seat; ctx is Run's, which stops their rollouts.
	forecasts map[string]*forecastJob
	// teamForecasts is Config.TeamForecasts.
	teamForecasts bool
	ctx           context.Context

	// logged is the state the log on disk holds, as of its last save that succeeded,
	// loggedNotes how many notes it holds, and loggedAnswers its answers (unsavedAnswers).
	logged        *sim.State
	loggedNotes   int
	loggedAnswers map[answerKey]string
	// saveErr is why the last save failed (nil: the last save succeeded).
	saveErr error
	// ordersSaved is whether the file beside the log (LOG.orders) holds the teams' orders of
	// the turn in play as they are (saveOrders).
	ordersSaved bool
	// toldUnsaved are the seats told that notes or answers of their own are not saved (notice
	// unsaved), with how many notes and answers they were last told of, until told they are.
	toldUnsaved map[string][2]int
	// log is Config.Log.
	log io.Writer

	// thinking is the resolve under way while the policies that play sides choose their orders
	// on another goroutine (nil: none); held are the white cell's messages that wait for it
	// (holds), in the order they came; think runs the policies (session.Thinking.Think).
	thinking *session.Thinking
	held     []request
	think    func(*session.Thinking)
}

// Limits bound what a seat may send.
type Limits struct {
	// ReadBytes is the largest message (512 KiB): a frame over it closes the connection. It
	// holds the largest a seat may send, a draft of Orders orders whose rationales are of
	// Rationale characters each, every character JSON's longest (an escape of 6 bytes).
	ReadBytes   int64
	Orders      int     // orders in one draft or submit
	Rationale   int     // characters of a rationale (a note's: session.CheckNote)
	Rate, Burst float64 // messages a second, and the burst allowed
	Queue       int     // messages waiting to be written to a connection before it is dropped
	// Hello is how long a connection may take to join a seat (a hello with a seat's token)
	// before it is closed, so that sockets that never join do not pile up (0: 30 s).
	Hello time.Duration
	// Notes is the most notes one seat may write in a game, the observers' shared seat
	// included: each rewrites the log (0: 2,000).
	Notes int
	// Beat is how often the server pings every connection, closing one whose pong has not come
	// within as long again, and sends every seat its presence, so that a client hears from it at
	// least that often (0: 30 s). A link that died without a word (a laptop gone to another
	// network, a cable pulled) is then noticed by both ends within a minute or two, not the
	// quarter of an hour TCP takes.
	Beat time.Duration
}

// beat returns l.Beat, or its default.
func (l Limits) beat() time.Duration {
	if l.Beat <= 0 {
		return DefaultLimits.Beat
	}
	return l.Beat
}

// hello returns l.Hello, or its default.
func (l Limits) hello() time.Duration {
	if l.Hello <= 0 {
		return DefaultLimits.Hello
	}
	return l.Hello
}

// notes returns l.Notes, or its default.
func (l Limits) notes() int {
	if l.Notes <= 0 {
		return DefaultLimits.Notes
	}
	return l.Notes
}

// DefaultLimits are the limits of ttx serve.
var DefaultLimits = Limits{ReadBytes: 512 << 10, Orders: 64, Rationale: 1000, Rate: 20, Burst: 40, Queue: 256, Hello: 30 * time.Second, Notes: 2000, Beat: 30 * time.Second}

// Config says how to start a game.
type Config struct {
	Scenario *sim.Scenario
	Seed     uint64
	// Policies plays sides by a policy (a side id → a policy name, as ttx run takes them), or
	// gives them to a team (session.SeatPerson): on a resume, a side a policy played gets a
	// new link (Links). Names are read in any case (session.ParseSeat); NewGame refuses any
	// other name.
	Policies map[string]string
	// Save is the log file, written after every step; "" keeps none.
	Save string
	// Resume replays Save and goes on from it, with the tokens saved beside it.
	Resume bool
	// NewLinks, with Resume, gives every seat a new token in place of those saved beside the
	// log (lost, damaged, or a link leaked): the old links no longer join.
	NewLinks bool
	// Base is the join links' base URL.
	Base     string
	TurnTime time.Duration
	// Paused starts the game's clock paused, when its first turn has one (timed segments, or
	// TurnTime): the white cell starts it (pause, false) once the tables have joined, so that
	// the turn's time does not run out, and the turn resolve with no team's orders, while the
	// links are still on their way. ttx serve sets it.
	Paused bool
	Limits Limits
	// Now is the clock (time.Now when nil).
	Now func() time.Time
	// TeamForecasts lets a team's seat, and the observers of its view, ask for forecasts. Off
	// by default: a team's rollouts start from its view, but they play the scenario's whole
	// rules (other sides' moves and objectives, injects still to come, the outcomes), so their
	// shares can reflect what the team is not told. The white cell's seat always may.
	TeamForecasts bool
	// Log, when not nil, is written a line for each thing that goes wrong with the game as it
	// runs, as the white cell is told it: a save that failed (and the next that succeeded), a
	// turn that did not resolve; and for a seat's link the white cell replaced (the seat, never
	// the link). ttx serve gives its standard error.
	Log io.Writer
}

// request is what a connection asks of its game.
type request struct {
	c    *conn
	kind int
	msg  Message
	fc   *forecastDone     // reqForecast
	th   *session.Thinking // reqThought
}

const (
	reqMsg = iota
	reqLeave
	reqForecast
	reqThought
)

// NewGame starts (or, with cfg.Resume, resumes) an exercise. The join links of a new game are
// in Links; a resumed game keeps its seats' tokens, so its links are those given before, but
// with cfg.NewLinks (every seat's link is new) and for a side a policy played that
// cfg.Policies gives to a person (its link is new). A new game whose cfg.Save exists is a
// *LogExistsError; a resume refused for its tokens file is a *TokensError.
func NewGame(cfg Config) (*Game, error) {
	sc := cfg.Scenario
	if err := checkPolicies(cfg.Policies); err != nil {
		return nil, err
	}
	g := &Game{sc: sc, save: cfg.Save, base: cfg.Base, now: cfg.Now, reqs: make(chan request, 256),
		conns: map[string]*conn{}, watchers: map[*conn]bool{}, limits: cfg.Limits, turnFor: cfg.TurnTime, links: map[string]string{}, scen: map[string][32]byte{},
		forecasts: map[string]*forecastJob{}, teamForecasts: cfg.TeamForecasts, ctx: context.Background(), log: cfg.Log,
		toldUnsaved: map[string][2]int{}, think: (*session.Thinking).Think}
	if g.now == nil {
		g.now = time.Now
	}
	if g.limits == (Limits{}) {
		g.limits = DefaultLimits
	}
	for i, d := range sc.Sides {
		if d.ID == "white" || d.ID == "observer" {
			// Its team and the other seat would share one name, and so one token: the white
			// cell's or the observers' link would be the team's.
			return nil, fmt.Errorf("side %s: the %s seat of a served exercise has that name; give the side another id", d.ID, d.ID)
		}
		if err := seatNameTaken(sc, i); err != nil {
			return nil, err
		}
		g.seats = append(g.seats, seat{name: d.ID, role: RoleTeam, side: i})
	}
	g.seats = append(g.seats, seat{name: "white", role: RoleWhite, side: sim.Facilitator},
		seat{name: "observer", role: RoleObserver, side: sim.Facilitator})
	for i, d := range sc.Sides {
		g.seats = append(g.seats, seat{name: "observer-" + d.ID, role: RoleObserver, side: i})
	}
	if cfg.Resume {
		if err := g.resume(cfg); err != nil {
			return nil, err
		}
	} else {
		if err := unused(cfg.Save); err != nil {
			return nil, err
		}
		g.sess = session.NewSession(sc, cfg.Seed)
		g.tokens = &Tokens{}
		for _, st := range g.seats {
			g.links[st.name] = g.link(st.name)
		}
	}
	var turn *turnFile // a resumed game's turn in play, as saved beside its log
	for side, pol := range cfg.Policies {
		sd := sc.Side(side)
		if sd < 0 {
			return nil, fmt.Errorf("policy for side %s: no such side", side)
		}
		st, _ := session.ParseServedSeat(pol) // checkPolicies took it
		was := g.sess.Seats[sd]
		g.sess.Reseat(sd, st)
		if was != session.SeatPerson && g.sess.Seats[sd] == session.SeatPerson && g.links[side] == "" {
			// A person takes over the side a policy played: the team needs a link, and the
			// one the side was given before may be long gone.
			g.links[side] = g.link(side)
		}
	}
	if cfg.Resume {
		// The orders the teams had given for the turn in play when the server stopped, with
		// the seats as they are now, and the turn's clock (below, once the turn is started).
		turn = g.restoreOrders()
		// A resume saves the log (who plays each side) and then the tokens (new links): one
		// refused after the other was written would leave a log that a later resume reads
		// differently (a side given to a person with no link printed), so both are tried first.
		for _, p := range []string{g.save, g.save + ".tokens"} {
			if err := atomicfile.CanWrite(p); err != nil {
				return nil, err
			}
		}
	}
	g.paused = cfg.Paused && g.clocked()
	g.startTurn()
	g.restoreClock(turn)
	if cfg.Paused && g.clocked() && !g.paused {
		// Resumed with its clock running: paused with the time it had left, until the white
		// cell starts it once the tables have joined again.
		g.paused = true
		if !g.deadline.IsZero() {
			g.left, g.deadline = g.deadline.Sub(g.now()), timeZero
		}
	}
	if err := g.persist(); err != nil {
		return nil, err
	}
	return g, nil
}

// clocked reports whether the current turn runs on a clock: timed segments or a turn time.
func (g *Game) clocked() bool {
	return !g.sess.State.Over && (len(g.sc.SegmentsOf(g.sess.State.Turn)) > 0 || g.turnFor > 0)
}

// Paused reports whether the game's clock is paused. Only before Run, or once it has stopped.
func (g *Game) Paused() bool { return g.paused }

// seatNameTaken says, by an error naming side i, when the side's id cannot name its team's seat:
// empty (a seat named "" is a connection not joined), or the name of another seat (another
// side's id, or the seat of the observers of another side's view, "observer-" and its id),
// whose token it would share. The loader refuses such ids; this guards a scenario made without it.
func seatNameTaken(sc *sim.Scenario, i int) error {
	id := sc.Sides[i].ID
	if id == "" {
		return fmt.Errorf("side[%d]: no id: a served exercise names the side's team seat by it", i)
	}
	for j, o := range sc.Sides {
		switch {
		case j != i && o.ID == id:
			return fmt.Errorf("side %s: another side has that id; give the side another id", id)
		case "observer-"+o.ID == id:
			return fmt.Errorf("side %s: the seat of the observers of side %s has that name; give the side another id", id, o.ID)
		}
	}
	return nil
}

// checkPolicies refuses a name in pols (a side id → a policy name) that is neither a policy nor
// session.SeatPerson, in any case, or a search over a served side's budget
// (session.ParseServedSeat), naming the side and the name: the side's seat would name no
// policy, and every later resolve would fail, or hold every turn while it thinks. The sides are
// checked in order of their ids.
func checkPolicies(pols map[string]string) error {
	for _, side := range slices.Sorted(maps.Keys(pols)) {
		pol := pols[side]
		if _, err := session.ParseSeat(pol); err != nil {
			return fmt.Errorf("side %s: policy %q: want one of %s, or %s (a team plays the side)", side, pol, strings.Join(policy.Names, ", "), session.SeatPerson)
		}
		if _, err := session.ParseServedSeat(pol); err != nil {
			return fmt.Errorf("side %s: policy %q: %v", side, pol, err)
		}
	}
	return nil
}

// Links returns the join links the game made at start, by seat name: teams by side id, then
// "white", "observer" (the white cell's view) and "observer-SIDE" (a team's view). A new game,
// or one resumed with Config.NewLinks, has every seat's; a resumed game has only those of the
// sides it gave from a policy to a person (its other seats keep their links).
func (g *Game) Links() map[string]string { return g.links }

// link gives seat a new token and returns its join link; the seat's old token stops working.
func (g *Game) link(seat string) string { return g.base + "#t=" + g.tokens.Set(seat) }

// SeatNames returns the seats in order: the teams, the white cell, the observers.
func (g *Game) SeatNames() []string {
	var out []string
	for _, st := range g.seats {
		out = append(out, st.name)
	}
	return out
}

// Run serves the game until ctx is done.
func (g *Game) Run(ctx context.Context) {
	g.ctx = ctx
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	beat := time.NewTicker(g.limits.beat())
	defer beat.Stop()
	for {
		select {
		case <-beat.C:
			g.presence() // every seat hears from the server at least this often
		case <-ctx.Done():
			for _, c := range g.conns {
				c.close()
			}
			for c := range g.watchers {
				c.close()
			}
			return
		case r := <-g.reqs:
			switch r.kind {
			case reqMsg:
				g.handle(r.c, r.msg)
			case reqForecast:
				g.forecastMade(r.fc)
			case reqThought:
				g.thought(r.th)
			case reqLeave:
				switch {
				case g.watchers[r.c]:
					delete(g.watchers, r.c)
					g.presence()
				case g.conns[r.c.seat] == r.c:
					delete(g.conns, r.c.seat)
					g.presence()
				}
			}
		case <-tick.C:
			// While the policies think, the turn is resolving already: its time is not up again.
			if g.thinking == nil && !g.paused && !g.deadline.IsZero() && !g.now().Before(g.deadline) && !g.sess.State.Over {
				g.timeUp()
			}
		}
	}
}

// State returns the game's true state. Only the goroutine running the game, or a caller once it
// has stopped, may call it.
func (g *Game) State() *sim.State { return g.sess.State }

// startTurn sets the new turn's deadline.
func (g *Game) startTurn() {
	g.deadline, g.segment = time.Time{}, 0
	if segs := g.sc.SegmentsOf(g.sess.State.Turn); len(segs) > 0 && !g.sess.State.Over {
		g.startSegment(segs[0])
		return
	}
	if g.turnFor > 0 && !g.sess.State.Over {
		g.deadline = g.now().Add(g.turnFor)
		if g.paused {
			g.left, g.deadline = g.turnFor, time.Time{}
		}
	}
}

// startSegment runs segment sg of the turn on the clock.
func (g *Game) startSegment(sg sim.SegmentDef) {
	d := time.Duration(sg.Length) * time.Second
	g.deadline = g.now().Add(d)
	if g.paused {
		g.left, g.deadline = d, time.Time{}
	}
}

// timeUp moves on when the clock runs out: to the turn's next segment, or, after its last (or
// at a turn's deadline), resolves the turn with the drafts as they stand.
func (g *Game) timeUp() {
	segs := g.sc.SegmentsOf(g.sess.State.Turn)
	if g.segment+1 < len(segs) {
		g.segment++
		g.startSegment(segs[g.segment])
		g.saveTurn()
		g.broadcast()
		return
	}
	if err := g.resolve(); err != nil {
		// Else the deadline, past at every tick, would try the turn again four times a second.
		g.deadline, g.left = timeZero, 0
		g.broadcast()
		g.toWhite(&Message{Type: MsgNotice, Code: NoticeUnresolved, Reason: err.Error() + "; the turn's deadline is cleared: resolve it by hand once it can be"})
	}
}

// persist saves the log and the tokens' hashes, when the game keeps a log: at the game's start
// and with a new link, the only times the tokens change.
func (g *Game) persist() error {
	if g.save == "" {
		return nil
	}
	if err := g.saveLog(); err != nil {
		return err
	}
	return g.tokens.Save(g.save + ".tokens")
}

// saveLog writes the order log and, beside it, the teams' orders of the turn in play
// (saveOrders), not the tokens, when the game keeps a log, and, once the log is written,
// remembers what it holds. Play (a step, a note, an answer) saves these alone: the tokens change
// only with a new link, whose save is persist's.
func (g *Game) saveLog() error {
	if g.save == "" {
		return nil
	}
	if err := g.sess.Save(g.save); err != nil {
		return err
	}
	g.logged, g.loggedNotes, g.loggedAnswers = g.sess.State, len(g.sess.Notes), answersOf(g.sess.Answers)
	return g.saveOrders()
}

// notesBy counts the notes seat name has written.
func (g *Game) notesBy(name string) int {
	n := 0
	for _, nt := range g.sess.Notes {
		if nt.Author == name {
			n++
		}
	}
	return n
}

// seatOf returns the seat named name.
func (g *Game) seatOf(name string) (seat, bool) {
	for _, st := range g.seats {
		if st.name == name {
			return st, true
		}
	}
	return seat{}, false
}
