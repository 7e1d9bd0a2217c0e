package serve

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"ttx/session"
	"ttx/sim"
)

// Remote is one seat of a served exercise as a window drives it (session.Exercise). A goroutine
// reads the server's messages into what the window reads each frame; another writes what the
// window sends, so the window never waits on the network. It holds only what the seat was sent:
// its own copy of the scenario and its views. An operation takes effect when the server's next
// snapshot comes; a refusal is told by Problem. When the connection drops, Remote joins again
// with the same link and is whole with the next snapshot, unless the server no longer takes the
// link (LinkReplaced).
type Remote struct {
	link string
	ctx  context.Context
	// silence is how long a connection may bring nothing before Remote takes it for dead
	// (the package's silence when it joined).
	silence time.Duration
	cancel  context.CancelFunc
	out     chan Message

	mu        sync.Mutex
	c         *Client
	seat      SeatInfo
	side      int // the side whose view the seat reads (sim.Facilitator for the white cell)
	sc        *sim.Scenario
	hist      []sim.Snapshot // the view of each step so far: hist[i] is step i
	sights    []*sim.Sight   // hist's sights, built when asked for
	legal     []session.Choice
	drafts    []sim.Order
	submitted bool
	deadline  int64
	paused    bool
	seats     []Presence
	notes     []session.Note
	sent      map[int]Message // messages sent and not yet answered, by id
	queued    int             // messages sent to out and not yet taken into sent
	id        int             // the last message's id
	// serverDrafts are the drafts as the server last had them (a refused draft goes back to them).
	serverDrafts []sim.Order
	rev          int
	problem      string
	problems     int // how many times problem was told (tell), the same words again too
	// unsaved is the server's warning that the game's log is not saved (the white cell's) or
	// that the seat's own notes or answers are not (a team's, an observer's), which Unsaved
	// returns until the server says they are saved ("": none).
	unsaved string
	// unsavedAnswers are the questions whose answer, as the team gave it, the server said it
	// has not saved yet (with unsaved; nil: none).
	unsavedAnswers []string
	online         bool
	// taken is set once the server said another connection took the seat over (notice taken):
	// Remote then does not join again by itself.
	taken bool

	links    map[string]string // links reissued, by seat
	files    []session.File    // files fetched
	forecast *session.Forecast // the latest forecast come
	fcAsked  int               // the step a forecast was last asked for (-1: none)

	// A discussion turn: the key questions put to the team (at the white cell's view: to every
	// table, each with the tables it is put to), its answers (every table's), and the turn's
	// current segment (nil: none).
	questions []Question
	answers   []session.Answer
	segment   *SegmentInfo

	// players is who played the sides the seat is told of, as the last snapshot said.
	players []Played
	// refusedNote is the text of the last note the server refused, until RefusedNote takes it.
	refusedNote string
	// thinking is the problem told by the white cell's notice thinking, until the next step.
	thinking string
}

// JoinRemote joins the exercise of a join link and waits (until ctx is done) for the seat's
// welcome, history and first snapshot.
func JoinRemote(ctx context.Context, link string) (*Remote, error) {
	c, err := Join(ctx, link)
	if err != nil {
		return nil, err
	}
	rctx, cancel := context.WithCancel(context.Background())
	r := &Remote{link: link, ctx: rctx, silence: silence, cancel: cancel, out: make(chan Message, 64), c: c, sent: map[int]Message{},
		links: map[string]string{}, fcAsked: -1}
	if err := r.greet(ctx, c); err != nil {
		cancel()
		c.Drop()
		return nil, err
	}
	go r.read(c)
	go r.write()
	return r, nil
}

// greet reads the welcome, the history and the first snapshot of a new connection.
func (r *Remote) greet(ctx context.Context, c *Client) error {
	for {
		m, err := c.Recv(ctx)
		if err != nil {
			return err
		}
		if m.Type == MsgReject {
			return &joinRefused{code: m.Code, reason: m.Reason}
		}
		r.apply(m)
		if m.Type == MsgSnapshot {
			return nil
		}
	}
}

// joinRefused is the server's refusal of a join: its rejection's code and reason.
type joinRefused struct{ code, reason string }

func (e *joinRefused) Error() string { return "the server refused to join: " + e.reason }

// silence is how long Remote waits for a message from the server before it takes the
// connection for dead, drops it and joins again: two and a half of the server's beats.
var silence = 75 * time.Second

// LinkReplaced is what Problem says once the server refuses the seat's link on a join again
// after its connection dropped: the seat was given a new link (or the server now runs another
// exercise), and Remote no longer tries.
const LinkReplaced = "This link no longer joins the exercise: the white cell has given this seat a new link, or started the exercise again with new links. Ask the white cell for the link, and join with that."

// read applies the server's messages until the connection ends, then joins again, until it
// joins or the server refuses the link's token (LinkReplaced).
func (r *Remote) read(c *Client) {
	for {
		// The server sends every seat its presence at least every 30 s (Limits.Beat): nothing
		// for longer is a link that died without a word, which TCP would hold open for a
		// quarter of an hour while the window showed a game that no longer moved.
		ctx, cancel := context.WithTimeout(r.ctx, r.silence)
		m, err := c.Recv(ctx)
		cancel()
		if err != nil {
			break
		}
		r.apply(m)
	}
	c.Drop()
	r.mu.Lock()
	r.online = false
	taken := r.taken
	if !taken {
		r.tell("The connection to the server was lost: joining again…")
	}
	r.rev++
	r.mu.Unlock()
	if taken {
		return // the seat is played elsewhere: joining again would take it back, and back again
	}
	for r.ctx.Err() == nil {
		select {
		case <-r.ctx.Done():
			return
		case <-time.After(2 * time.Second):
		}
		ctx, cancel := context.WithTimeout(r.ctx, 20*time.Second)
		c2, err := Join(ctx, r.link)
		if err == nil {
			err = r.greet(ctx, c2)
			if err != nil {
				c2.Drop()
			}
		}
		cancel()
		if ref := (*joinRefused)(nil); errors.As(err, &ref) && ref.code == RejToken {
			// The token is no seat's now: the white cell gave the seat a new link (or the
			// server every seat, --new-links). Trying it again would never join.
			r.mu.Lock()
			r.tell(LinkReplaced)
			r.rev++
			r.mu.Unlock()
			return
		}
		if err == nil {
			r.mu.Lock()
			r.c = c2
			r.tell("")
			r.rejoined()
			r.rev++
			r.mu.Unlock()
			r.read(c2)
			return
		}
	}
}

// write sends the window's messages in order.
func (r *Remote) write() {
	for {
		select {
		case <-r.ctx.Done():
			return
		case m := <-r.out:
			r.mu.Lock()
			r.queued--
			c := r.c
			r.id++
			m.ID = r.id
			r.sent[m.ID] = m
			r.mu.Unlock()
			ctx, cancel := context.WithTimeout(r.ctx, 10*time.Second)
			err := c.Write(ctx, m)
			cancel()
			if err != nil {
				r.mu.Lock()
				r.writeFailed(c, m)
				r.rev++
				r.mu.Unlock()
			}
		}
	}
}

// send queues m for the server; a full queue drops it and says so. r.mu is held.
func (r *Remote) send(m Message) {
	select {
	case r.out <- m:
		r.queued++
	default:
		r.tell("Too many messages waiting for the server: " + m.Type + " was not sent.")
		r.rev++
	}
}

// apply takes in one message from the server.
func (r *Remote) apply(m Message) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch m.Type {
	case MsgWelcome:
		if m.Seat != nil {
			r.seat = *m.Seat
		}
		r.side = sim.Facilitator
		if m.Scenario != nil {
			r.side = m.Scenario.Side
			r.sc = m.Scenario.Scenario()
			r.sights = nil
		}
		r.online = true
		r.unsaved, r.unsavedAnswers = "", nil // a new connection: the server warns again if the log is still not saved
	case MsgHistory:
		r.hist, r.sights = slices.Clone(m.History), nil
	case MsgSnapshot:
		if m.View == nil || m.Step < 0 || m.Step > len(r.hist) {
			return
		}
		if m.Scenario != nil {
			r.sc, r.sights = m.Scenario.Scenario(), nil
		}
		if m.Step != len(r.hist)-1 {
			r.fcAsked = -1 // a new step (or one undone): its forecast is still to ask for
			if r.thinking != "" && r.problem == r.thinking {
				r.tell("") // the turn waited for its policies: it has resolved
			}
			r.thinking = ""
		}
		// A snapshot of an earlier step follows an undo: the steps after it are gone.
		r.hist = append(r.hist[:m.Step], *m.View)
		if len(r.sights) > m.Step {
			r.sights = r.sights[:m.Step]
		}
		r.legal = r.legal[:0]
		for _, o := range m.Legal {
			r.legal = append(r.legal, session.Choice{Order: o.Order, Chance: o.Chance, Cost: o.Cost})
		}
		r.serverDrafts = m.Drafts
		if !r.drafting() {
			r.drafts = slices.Clone(m.Drafts)
		}
		r.submitted, r.deadline, r.paused = m.Submitted, m.Deadline, m.Paused
		r.segment, r.answers, r.questions = m.Segment, m.Answers, m.Questions
		r.players = m.Players
	case MsgPresence:
		if slices.Equal(r.seats, m.Seats) {
			return // the server's beat, as before: a window rebuilds nothing for it
		}
		r.seats = m.Seats
	case MsgAck:
		orders := r.skipped(m.ID)
		s := r.sent[m.ID]
		delete(r.sent, m.ID)
		if orders && s.Type != MsgDraft && s.Type != MsgSubmit && !r.drafting() {
			r.ordersSkipped()
		}
		switch s.Type {
		case MsgGetFc:
			return // nothing changed: the forecast comes by itself
		case MsgNote:
			r.notes = append(r.notes, session.Note{Turn: r.turn(), Inject: s.Inject, Text: s.Text})
		case MsgDraft, MsgSubmit:
			r.serverDrafts = s.Orders
		case MsgAnswer:
			r.answered(s)
		}
	case MsgReject:
		if m.ID != 0 && m.Code != RejRate && r.skipped(m.ID) && !r.drafting() {
			r.ordersSkipped() // told before the rejection, which is the problem shown
		}
		s := r.sent[m.ID]
		delete(r.sent, m.ID)
		if s.Type == MsgDraft || s.Type == MsgSubmit {
			r.drafts, r.submitted = slices.Clone(r.serverDrafts), false
		}
		if s.Type == MsgNote {
			r.refusedNote = s.Text
			r.tell("Note not added: " + m.Reason)
		} else {
			r.tell("Refused: " + m.Reason)
		}
	case MsgNotice:
		switch m.Code {
		case NoticeUnsaved:
			r.unsaved, r.unsavedAnswers = "Warning: "+m.Reason, nil
			for _, a := range m.Answers {
				r.unsavedAnswers = append(r.unsavedAnswers, a.Question)
			}
		case NoticeSaved:
			r.unsaved, r.unsavedAnswers = "", nil
			r.tell("Server: " + m.Reason)
		case NoticeUnresolved:
			r.tell("Warning: " + m.Reason)
		case NoticeTaken:
			r.taken = true
			r.tell(m.Reason)
		case NoticeThinking:
			r.thinking = "Server: " + m.Reason
			r.tell(r.thinking)
		default:
			r.tell("Server: " + m.Reason)
		}
	case MsgToken:
		delete(r.sent, m.ID) // the reissue's answer, with the link: it is not to be sent again
		r.links[m.Side] = m.Link
		r.tell("New link for " + m.Side + ": " + m.Link)
	case MsgLog:
		if r.skipped(m.ID) && !r.drafting() {
			r.ordersSkipped()
		}
		delete(r.sent, m.ID)
		r.files = append(r.files, session.File{Kind: session.FileLog, Name: r.fileName("log.jsonl"), Data: []byte(m.Log)})
	case MsgReport:
		if r.skipped(m.ID) && !r.drafting() {
			r.ordersSkipped()
		}
		delete(r.sent, m.ID)
		r.files = append(r.files, session.File{Kind: session.FileReport, Name: r.fileName("report.html"), Data: []byte(m.Report)})
	case MsgForecast:
		// A window reads the forecast every frame and draws it: its coming leaves Revision as
		// it is, so no screen is rebuilt (and no click or typing lost) for it.
		if m.Forecast != nil {
			fc := *m.Forecast
			r.forecast = &fc
		}
		return
	default:
		return
	}
	r.rev++
}

// drafting reports whether a draft or submit of the window is on its way (its drafts are then
// newer than a snapshot's).
func (r *Remote) drafting() bool {
	for _, m := range r.sent {
		if m.Type == MsgDraft || m.Type == MsgSubmit {
			return true
		}
	}
	return r.queued > 0
}

// turn is the current turn.
func (r *Remote) turn() int {
	if len(r.hist) == 0 {
		return 0
	}
	return r.hist[len(r.hist)-1].Turn
}

// sightsLocked returns the seat's sight of every step, building those not built yet.
func (r *Remote) sightsLocked() []*sim.Sight {
	for i := len(r.sights); i < len(r.hist); i++ {
		r.sights = append(r.sights, r.hist[i].Sight(r.sc))
	}
	return r.sights
}

// Close leaves the exercise.
func (r *Remote) Close() {
	r.cancel()
	r.mu.Lock()
	c := r.c
	r.mu.Unlock()
	c.Close()
}

// Seat says who the seat is.
func (r *Remote) Seat() SeatInfo {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seat
}

// Side is the side whose view the seat reads, sim.Facilitator for the white cell's.
func (r *Remote) Side() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.side
}

// Presence returns who is connected and which teams have submitted, as last told.
func (r *Remote) Presence() []Presence {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.seats)
}

// Online reports whether the seat is connected now.
func (r *Remote) Online() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.online
}

// Deadline returns when the turn's orders are due by the server's clock (zero: none), and
// whether the white cell has paused the clock.
func (r *Remote) Deadline() (time.Time, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.deadline == 0 {
		return time.Time{}, r.paused
	}
	return time.UnixMilli(r.deadline), r.paused
}

// SetPaused pauses or restarts the turn's clock (the white cell).
func (r *Remote) SetPaused(p bool) { r.op(Message{Type: MsgPause, Paused: p}) }

// SetDeadline makes the turn's orders due secs seconds from now, 0 for no deadline (the white
// cell).
func (r *Remote) SetDeadline(secs int) { r.op(Message{Type: MsgDeadline, Seconds: secs}) }

// op sends m under the lock.
func (r *Remote) op(m Message) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.send(m)
}

// The session.Exercise methods.

var _ session.Exercise = (*Remote)(nil)

// Scenario returns the seat's copy of the scenario.
func (r *Remote) Scenario() *sim.Scenario {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sc
}

// View returns the seat's view now, whichever side is asked for: a seat has only its own.
func (r *Remote) View(int) *sim.Sight {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.sightsLocked()
	return s[len(s)-1]
}

// Views returns the seat's view of every step so far.
func (r *Remote) Views(int) []*sim.Sight {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.sightsLocked())
}

// People returns the seat's side when it is a team played by a person.
func (r *Remote) People() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seat.Role != RoleTeam || r.side < 0 {
		return nil
	}
	for _, p := range r.seats {
		if p.Seat == r.seat.Name && p.Policy != "" {
			return nil
		}
	}
	return []int{r.side}
}

// Legal returns the orders the server says the seat's side may give now.
func (r *Remote) Legal(int) []session.Choice {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.legal)
}

// Drafts returns the seat's orders this turn so far.
func (r *Remote) Drafts(int) []sim.Order {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.drafts)
}

// Add adds o to the drafts and sends them.
func (r *Remote) Add(_ int, o sim.Order) {
	r.mu.Lock()
	defer r.mu.Unlock()
	o.Side = r.seat.Side
	r.drafts = append(r.drafts, o)
	r.sendDrafts(MsgDraft)
}

// Remove drops the i-th draft and sends the rest.
func (r *Remote) Remove(_ int, i int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if i < 0 || i >= len(r.drafts) {
		return
	}
	r.drafts = slices.Delete(slices.Clone(r.drafts), i, i+1)
	r.sendDrafts(MsgDraft)
}

// sendDrafts sends the drafts as a draft or a submit.
func (r *Remote) sendDrafts(typ string) {
	r.send(Message{Type: typ, Turn: r.turn(), Orders: slices.Clone(r.drafts)})
	r.rev++
}

// Submit sends the drafts as the seat's orders for the turn.
func (r *Remote) Submit(int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.submitted = true
	r.sendDrafts(MsgSubmit)
}

// Submitted reports whether the seat's orders are in for this turn.
func (r *Remote) Submitted(int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.submitted
}

// ResolveTurn asks the server to resolve the turn.
func (r *Remote) ResolveTurn() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.send(Message{Type: MsgResolve, Turn: r.turn()})
	return nil
}

// Fire asks the server to fire inject i.
func (r *Remote) Fire(i int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if i >= 0 && i < len(r.sc.Injects) {
		r.send(Message{Type: MsgFire, Inject: r.sc.Injects[i].ID})
	}
}

// Override asks the server to set track t of actor a to v.
func (r *Remote) Override(a, t int, v int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if a >= 0 && a < len(r.sc.Actors) && t >= 0 && t < len(r.sc.Tracks) {
		r.send(Message{Type: MsgOverride, Actor: r.sc.Actors[a].ID, Track: r.sc.Tracks[t].ID, Value: v})
	}
}

// Undo asks the server to step back over the last step.
func (r *Remote) Undo() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.hist) < 2 {
		return errors.New("nothing to undo")
	}
	r.send(Message{Type: MsgUndo})
	return nil
}

// AddNote sends an observer note; it is listed once the server has it. It is named by a key of
// its own (newNoteKey), with which it is sent again when the connection drops before the
// server's answer, and which the server takes once. A note tied to an inject that, as the seat
// was last told, had not fired (or that the seat does not know) is refused here, in the server's
// words (session.NoteInject), and not sent; one the server refuses all the same (the inject
// undone meanwhile) is told by Problem, and RefusedNote gives its text back.
func (r *Remote) AddNote(text string, inject int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := Message{Type: MsgNote, Text: text, Key: newNoteKey()} // kept in sent, and sent again with it
	if inject >= 0 {
		if inject < len(r.sc.Injects) {
			m.Inject = r.sc.Injects[inject].ID
		}
		if len(r.hist) > 0 {
			v := r.sightsLocked()[len(r.hist)-1]
			if _, err := session.NoteInject(v.State, r.side, m.Inject, v.Turn); err != nil {
				return err
			}
		}
	}
	r.send(m)
	return nil
}

// RefusedNote returns the text of the last note the server refused, once, and "" when there is
// none, so that a window can give it back to its writer.
func (r *Remote) RefusedNote() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	t := r.refusedNote
	r.refusedNote = ""
	return t
}

// NoteList returns the notes this window has added.
func (r *Remote) NoteList() []session.Note {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.notes)
}

// FiredInjects returns the injects fired that the seat was told, the latest first.
func (r *Remote) FiredInjects() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.hist) == 0 {
		return nil
	}
	return session.Fired(r.hist[len(r.hist)-1].Fired)
}

// Revision changes with every message that changed what Remote returns.
func (r *Remote) Revision() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.rev
}

// Problem returns the last refusal, trouble with the connection or notice from the server, or
// "": the server's warning that the game's log is not saved is not one of them (Unsaved), but
// its saying that the log is saved again is.
func (r *Remote) Problem() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.problem
}

// Problems counts the problems told so far (Problem), one a time, a refusal in the same words
// as the last too, and the connection made anew (Problem then ""): a window that sees the count
// change has a problem to say again, even one that reads as the last did.
func (r *Remote) Problems() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.problems
}

// tell makes p the problem (Problem), counting it. r.mu is held.
func (r *Remote) tell(p string) {
	r.problem = p
	r.problems++
}

// Unsaved returns the server's warning that the game's log is not saved (notice unsaved): to
// the white cell, the whole game's; to a team or an observer, that its own answers or notes are
// not saved yet. It stands from when it comes until the server says they are saved (notice
// saved) or the connection is made anew (the server warns again on a join while they are still
// not saved); "" otherwise.
func (r *Remote) Unsaved() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.unsaved
}

// Waiting returns the names of the teams played by a person whose orders are not in yet.
func (r *Remote) Waiting() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, p := range r.seats {
		if p.Role != RoleTeam || p.Ready || p.Policy != "" {
			continue
		}
		name := p.Seat
		if r.sc != nil {
			if sd := r.sc.Side(p.Seat); sd >= 0 {
				name = r.sc.Sides[sd].Name
			}
		}
		if !p.Online {
			name += " (not connected)"
		}
		out = append(out, name)
	}
	return out
}
