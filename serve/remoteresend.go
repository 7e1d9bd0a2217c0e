package serve

import (
	"fmt"
	"maps"
	"slices"
)

// What a dropped connection leaves unanswered. The server answers every message it acts on or
// refuses, in the order it reads them. A message written on a connection that dropped before its
// answer came may or may not have been taken; one written while the connection was down never
// was. Left in Remote.sent, such a message was waited for ever after: a team's draft or submit
// held back every later snapshot's drafts (drafting), so that its window showed orders the server
// never had, into the turns after.

// again reports whether message m may be sent again on a new connection without doing twice
// what it does. A team's orders may (a draft or a submit replaces the team's orders for its
// turn, and is refused for another turn), an answer (it replaces the team's last answer to its
// question), a note named by its key (the server takes a key once: noteTaken), the requests of a
// report, the log or a forecast, and those of the white cell's operations that set what they
// say or whose answer is what they ask for: a pause (the clock paused or running: the same
// again leaves it so), a seat (who plays a side), a fire (an inject fires once; rejoined sends
// it only while the inject has not fired, since firing it again puts a step that does nothing in
// the log) and a reissue (its answer is the new link, token: while that has not come, no one
// holds a link the server may have made, and the one sent again replaces it). The others may not:
// a note without a key would be in the log twice, an override would set its track again over
// what a turn resolved since made of it, a deadline (seconds from now) or an extension would
// move the deadline later, a skip would end one more segment, an undo would undo one more step,
// and a resolve may have resolved its turn or be resolving it.
func again(m Message) bool {
	switch m.Type {
	case MsgDraft, MsgSubmit, MsgAnswer, MsgGetRep, MsgGetLog, MsgGetFc, MsgPause, MsgSeat, MsgFire, MsgReissue:
		return true
	case MsgNote:
		return m.Key != ""
	}
	return false
}

// keptWords says what of a message of type typ is kept to be sent once joined again.
func keptWords(typ string) string {
	switch typ {
	case MsgDraft, MsgSubmit:
		return "your orders are kept here, and sent"
	case MsgAnswer:
		return "your answer is kept here, and sent"
	case MsgNote:
		return "your note is kept here, and sent"
	case MsgPause:
		return "the clock's pause or start is kept here, and sent"
	case MsgSeat:
		return "the side's handover is kept here, and sent"
	case MsgFire:
		return "the inject to fire is kept here, and fired unless it has fired by then"
	case MsgReissue:
		return "the request for a new link is kept here, and sent"
	}
	return "the request is sent"
}

// rejoined takes in, once a new connection has joined (r.c is it; r.mu is held), the messages
// the connection before left unanswered, oldest first: the last of a team's orders is sent again
// when the server's snapshot shows it did not have them and the turn is still the one they were
// for (else the team is told they were not taken), a fire when the snapshot shows its inject
// has not fired, and the others that may be (again) are sent again; anything else (an override,
// a deadline, an undo, …) is told as not confirmed, since it may have been done. The drafts are
// the server's, or the orders sent again.
func (r *Remote) rejoined() {
	lost := r.sent
	r.sent = map[int]Message{}
	r.drafts = slices.Clone(r.serverDrafts) // a snapshot's drafts, held back by the messages lost
	var orders *Message
	var unsure []string
	for _, id := range slices.Sorted(maps.Keys(lost)) {
		m := lost[id]
		switch {
		case m.Type == MsgDraft || m.Type == MsgSubmit:
			orders = &m
		case m.Type == MsgFire && r.fired(m.Inject):
			// Fired, by this message or by the game: there is nothing left to do.
		case again(m):
			r.send(m)
		case !slices.Contains(unsure, m.Type):
			unsure = append(unsure, m.Type)
		}
	}
	var told string
	if orders != nil {
		same := slices.Equal(orders.Orders, r.serverDrafts)
		switch {
		case orders.Turn != r.turn():
			told = fmt.Sprintf("The connection dropped before the server took your last orders for turn %d, which is no longer the turn in play: they were not given.", orders.Turn)
		case r.submitted && !same:
			told = "Your orders were in when the connection came back: your last change to them was not taken."
		case same && (orders.Type == MsgDraft || r.submitted):
			// The server had them: only its answer was lost.
		default:
			r.drafts, r.submitted = slices.Clone(orders.Orders), orders.Type == MsgSubmit
			r.send(*orders)
			told = "Joined again: your orders had not reached the server, and are sent again."
		}
	}
	if len(unsure) > 0 {
		if told != "" {
			told += " "
		}
		told += fmt.Sprintf("Not confirmed (%s): the connection dropped before the server answered, and it may not have been done; see whether it was.", listed(unsure))
	}
	if told != "" {
		r.tell(told)
	}
}

// writeFailed takes in message m, which could not be written on connection c (r.mu is held): the
// connection is down, and a new one will join. A message that may be sent again (again) is sent
// on the new connection when one has joined already; else it is kept in r.sent, for rejoined to
// send once one has. Anything else is not sent, and the seat is told.
func (r *Remote) writeFailed(c *Client, m Message) {
	switch {
	case r.taken:
		delete(r.sent, m.ID)
		r.tell("Not sent (" + m.Type + "): this window has stopped, since the seat was opened in another window or on another computer. To play here again, load the page again (or join again with ttx play --join).")
	case !again(m):
		delete(r.sent, m.ID)
		r.tell("Not sent (" + m.Type + "): not connected to the server; do it again once joined again.")
		if m.Type == MsgNote {
			r.refusedNote = m.Text // a note without a key, given back to its writer, who loses nothing typed
		}
	case c != r.c:
		delete(r.sent, m.ID)
		r.send(m)
	default:
		r.tell("Not connected to the server: joining again… " + keptWords(m.Type) + " once joined.")
	}
}

// skipped takes in the answer to message id (r.mu is held): the server answers in order, so a
// message sent before it and still unanswered was not taken, which happens to messages past the
// rate allowed (one rejection a flood, with no id). It reports whether a team's orders were among
// them: unless later orders were taken or are on their way, the drafts are then not the server's
// (ordersSkipped).
func (r *Remote) skipped(id int) bool {
	orders := false
	for k, m := range r.sent {
		if k < id {
			delete(r.sent, k)
			orders = orders || m.Type == MsgDraft || m.Type == MsgSubmit
		}
	}
	return orders
}

// ordersSkipped puts the drafts back to the server's, a team's orders not having been taken
// (skipped), and says so (r.mu is held).
func (r *Remote) ordersSkipped() {
	r.drafts, r.submitted = slices.Clone(r.serverDrafts), false
	r.tell("Not taken (too many messages at once): your orders are as the server has them.")
}

// fired reports whether inject id has fired, as the seat's last snapshot tells (r.mu is held).
func (r *Remote) fired(id string) bool {
	if r.sc == nil || len(r.hist) == 0 {
		return false
	}
	i, f := r.sc.Inject(id), r.hist[len(r.hist)-1].Fired
	return i >= 0 && i < len(f) && f[i] > 0
}
