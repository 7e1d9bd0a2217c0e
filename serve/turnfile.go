package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"ttx/internal/atomicfile"
	"ttx/session"
	"ttx/sim"
	"ttx/sim/record"
)

// The order log holds resolved turns: the orders the teams have drafted or submitted for the
// turn in play are in none of its entries. A server killed mid-turn (a crash, kill -9, a power
// cut) would lose them, submitted orders included, and its teams, joined again to the resumed
// game, would find their orders gone without a word. So the server keeps them beside the log,
// in LOG.orders, written whole (atomically, mode 0600: the rationales are the teams' own) after
// every draft, submit and step, and a resume takes them back, with the turn's clock.

// turnFile is what LOG.orders holds: the step of the game its orders are for (its number and
// the checksum of its state, as the log writes it), each team's orders for the turn in play, and
// the turn's clock.
type turnFile struct {
	Step     int                 `json:"step"`
	Checksum string              `json:"checksum"`
	Sides    map[string]turnSide `json:"sides,omitempty"`
	// Segment is the turn's current timed segment (Game.segment), Left the milliseconds left of
	// its deadline, or of the segment, when the file was written (0: no deadline), and Paused
	// whether the white cell had paused the clock.
	Segment int   `json:"segment,omitempty"`
	Left    int64 `json:"left_ms,omitempty"`
	Paused  bool  `json:"paused,omitempty"`
}

// turnSide is one team's orders for the turn in play, and whether they are in (submitted).
type turnSide struct {
	Orders    []sim.Order `json:"orders,omitempty"`
	Submitted bool        `json:"submitted,omitempty"`
}

// ordersPath is the file of the turn in play's orders beside log.
func ordersPath(log string) string { return log + ".orders" }

// turnNow returns the turn in play's orders as LOG.orders keeps them.
func (g *Game) turnNow() turnFile {
	s := g.sess
	tf := turnFile{Step: len(s.State.History()) - 1, Checksum: record.Sum(s.State), Segment: g.segment, Paused: g.paused}
	switch {
	case g.paused:
		tf.Left = g.left.Milliseconds()
	case !g.deadline.IsZero():
		tf.Left = max(1, g.deadline.Sub(g.now()).Milliseconds())
	}
	for sd, d := range g.sc.Sides {
		if len(s.Pending[sd]) > 0 || s.Done[sd] {
			if tf.Sides == nil {
				tf.Sides = map[string]turnSide{}
			}
			tf.Sides[d.ID] = turnSide{Orders: s.Pending[sd], Submitted: s.Done[sd]}
		}
	}
	return tf
}

// saveOrders writes the turn in play's orders beside the log, when the game keeps one, and
// remembers whether the file holds them (ordersSaved).
func (g *Game) saveOrders() error {
	if g.save == "" {
		return nil
	}
	b, err := json.Marshal(g.turnNow())
	if err == nil {
		err = atomicfile.WriteMode(ordersPath(g.save), append(b, '\n'), 0o600)
	}
	g.ordersSaved = err == nil
	return err
}

// restoreOrders gives a resumed game the orders its teams had drafted or submitted for the turn
// in play when the server stopped, as LOG.orders holds them, when the file is of the step the
// log ends at, and returns the file (nil: none of that step), whose clock restoreClock takes
// back. Each side's orders are checked as a team's message is (checkOrders): a side a policy
// plays now, or orders no longer legal, are left out. Nothing here stops a resume: the log
// alone is the game, and what cannot be taken back is said on the server's log (logLine).
func (g *Game) restoreOrders() *turnFile {
	path := ordersPath(g.save)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a game saved before the server kept them, or a log of ttx run
	}
	var tf turnFile
	if err == nil {
		err = json.Unmarshal(b, &tf)
	}
	if err != nil {
		g.logLine("orders", fmt.Sprintf("%s cannot be read (%v): the teams' orders of the turn in play are not restored", path, err))
		return nil
	}
	step := len(g.sess.State.History()) - 1
	if tf.Step != step || tf.Checksum != record.Sum(g.sess.State) {
		if len(tf.Sides) > 0 {
			g.logLine("orders", fmt.Sprintf("%s holds the orders of step %d, and the log ends at step %d: they are not restored", path, tf.Step, step))
		}
		return nil
	}
	for sd, d := range g.sc.Sides {
		ts, ok := tf.Sides[d.ID]
		if !ok {
			continue
		}
		if g.sess.Seats[sd] != session.SeatPerson {
			g.logLine("orders", fmt.Sprintf("side %s: a policy plays it now: the orders its team gave for turn %d are not restored", d.ID, g.sess.State.Turn))
			continue
		}
		st, _ := g.seatOf(d.ID)
		orders, why := g.checkOrders(st, ts.Orders)
		if why != "" {
			g.logLine("orders", fmt.Sprintf("side %s: the orders its team gave for turn %d are not restored: %s", d.ID, g.sess.State.Turn, why))
			continue
		}
		g.sess.Pending[sd], g.sess.Done[sd] = orders, ts.Submitted
	}
	return &tf
}

// restoreClock gives a resumed game's turn the clock it had when tf was written (its deadline
// started anew by startTurn): the same segment, the time then left, the clock paused or not.
// The time the server was down is not counted: the teams were not playing.
func (g *Game) restoreClock(tf *turnFile) {
	if tf == nil || g.sess.State.Over {
		return
	}
	if tf.Segment > 0 && tf.Segment < len(g.sc.SegmentsOf(g.sess.State.Turn)) {
		g.segment = tf.Segment
	}
	left := time.Duration(tf.Left) * time.Millisecond
	g.paused, g.deadline, g.left = tf.Paused, timeZero, 0
	switch {
	case left <= 0:
	case tf.Paused:
		g.left = left
	default:
		g.deadline = g.now().Add(left)
	}
}

// saveTurn saves the turn in play beside the log, after a team's orders were taken (a draft,
// a submit) or the turn's clock changed: the whole game instead while a save that failed left
// some of it unsaved, so that the warning goes as soon as the game can be saved again. A save
// that fails is told as any other (saveTried); play goes on.
func (g *Game) saveTurn() {
	if g.saveErr != nil {
		g.saveTried(g.saveLog())
		return
	}
	if err := g.saveOrders(); err != nil {
		g.saveTried(err)
	}
}

// anyOrders reports whether a team has drafted or submitted orders for the turn in play.
func (g *Game) anyOrders() bool {
	for sd := range g.sc.Sides {
		if len(g.sess.Pending[sd]) > 0 || g.sess.Done[sd] {
			return true
		}
	}
	return false
}
