// Package serve is the exercise server: it owns each game's true state and serves every seat
// (a team, the white cell, an observer) over a WebSocket only what that seat may see. It also
// holds the Go client of the protocol (Client), which the window and the tests use. The
// protocol is documented in docs/protocol.md.
package serve

import (
	"encoding/json"

	"ttx/session"
	"ttx/sim"
)

// Version is the protocol's version. A hello of another version is refused.
const Version = 1

// Roles of a seat.
const (
	RoleTeam     = "team"
	RoleWhite    = "white"
	RoleObserver = "observer"
)

// Message is one message in either direction: a JSON object whose Type says which fields are
// used. ID, when a client gives one, comes back in the ack or rejection of that message.
type Message struct {
	Type string `json:"type"`
	ID   int    `json:"id,omitempty"`

	// hello
	V     int    `json:"v,omitempty"`
	Token string `json:"token,omitempty"`

	// draft, submit (the turn they are for), resolve
	Turn   int         `json:"turn,omitempty"`
	Orders []sim.Order `json:"orders,omitempty"`

	// note; fire (Inject); override (Actor, Track, Value); seat (Side, Policy); reissue (Side)
	Text   string `json:"text,omitempty"`
	Inject string `json:"inject,omitempty"`
	Actor  string `json:"actor,omitempty"`
	Track  string `json:"track,omitempty"`
	Value  int64  `json:"value,omitempty"`
	Side   string `json:"side,omitempty"`
	Policy string `json:"policy,omitempty"`
	// note: its kind (one of record.Categories), the capabilities it concerns, a corrective action
	Category string   `json:"category,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Action   string   `json:"action,omitempty"`
	// note: what the client names it by (newNoteKey), so that a note sent again after a dropped
	// connection is added once ("": not named, added each time it comes)
	Key string `json:"key,omitempty"`
	// deadline: seconds from now (0 clears it); pause: Paused
	Seconds int  `json:"seconds,omitempty"`
	Paused  bool `json:"paused,omitempty"`

	// welcome
	Seat     *SeatInfo         `json:"seat,omitempty"`
	Scenario *sim.SeatScenario `json:"scenario,omitempty"`
	Build    string            `json:"build,omitempty"`

	// snapshot (and history entries)
	Step      int           `json:"step,omitempty"`
	View      *sim.Snapshot `json:"view,omitempty"`
	Legal     []LegalOrder  `json:"legal,omitempty"`
	Drafts    []sim.Order   `json:"drafts,omitempty"`
	Submitted bool          `json:"submitted,omitempty"`
	// Deadline is when the turn's orders are due (or its segment ends), in Unix milliseconds by
	// the server's clock; 0: none.
	Deadline int64 `json:"deadline,omitempty"`
	// Segment is the turn's current timed segment, when it has segments.
	Segment *SegmentInfo `json:"segment,omitempty"`

	// snapshot (teams): the key questions put to the team this turn and its answers so far;
	// answer: Question and Text; notice unsaved (to a team): its answers the log does not hold
	// (Text "": withdrawn)
	Questions []Question       `json:"questions,omitempty"`
	Answers   []session.Answer `json:"answers,omitempty"`
	Question  string           `json:"question,omitempty"`

	// snapshot: who played the sides the seat may know of, for which turns (a team's seat and
	// its observers: the team's own side alone; the white cell's view: every side)
	Players []Played `json:"players,omitempty"`

	// history: every step's view so far, oldest first
	History []sim.Snapshot `json:"history,omitempty"`

	// presence
	Seats []Presence `json:"seats,omitempty"`

	// reject; notice (Code is one of the Notice codes)
	Code   string `json:"code,omitempty"`
	Reason string `json:"reason,omitempty"`
	// notice unsaved (to the white cell): the log's file, and the steps the game has made that
	// are not in it
	File  string `json:"file,omitempty"`
	Steps []int  `json:"steps,omitempty"`

	// token (to the white cell): a seat's new join link; log: the order log (JSON Lines);
	// report: the seat's after-action report (HTML)
	Link   string `json:"link,omitempty"`
	Log    string `json:"log,omitempty"`
	Report string `json:"report,omitempty"`

	// forecast: the rest of the game forecast from the seat's own view
	Forecast *session.Forecast `json:"forecast,omitempty"`
}

// SeatInfo says who a connection is.
type SeatInfo struct {
	Role string `json:"role"`
	// Side is the team's side id (RoleTeam), or the side an observer watches ("" for the white
	// cell's view).
	Side string `json:"side,omitempty"`
	Name string `json:"name"`
	// Forecasts is whether the seat may ask for forecasts (get_forecast): always for the white
	// cell's view, for a team's view only when the server was started with team forecasts on.
	Forecasts bool `json:"forecasts,omitempty"`
}

// LegalOrder is an order the seat's side may give this turn, as far as its view tells, with its
// chance of success as its view gives it (-1 where the chance rests on what it cannot see) and,
// where the move's cost depends on the order, its cost as the view tells (session.Choice).
type LegalOrder struct {
	sim.Order
	Chance float64           `json:"chance"`
	Cost   []sim.TrackAmount `json:"cost,omitempty"`
}

// SegmentInfo is the turn's current segment: its name, its place and the turn's count.
type SegmentInfo struct {
	Name  string `json:"name"`
	Index int    `json:"index"`
	Count int    `json:"count"`
}

// Question is a key question put to a team; to the white cell and the observers of its view,
// one put to any table, with the tables it is put to (To, by side id), which no team is told.
type Question struct {
	ID   string   `json:"id"`
	Text string   `json:"text"`
	To   []string `json:"to,omitempty"`
}

// Presence is one seat's state: connected, and for a team whether it has submitted.
type Presence struct {
	Seat   string `json:"seat"`
	Role   string `json:"role"`
	Online bool   `json:"online"`
	Ready  bool   `json:"ready,omitempty"`
	Count  int    `json:"count,omitempty"` // observers: how many are connected
	Policy string `json:"policy,omitempty"`
	// Drafts counts a team's draft orders; only the white cell is told it.
	Drafts int `json:"drafts,omitempty"`
}

// Message types.
const (
	// client → server
	MsgHello    = "hello"
	MsgDraft    = "draft"
	MsgSubmit   = "submit"
	MsgNote     = "note"
	MsgResolve  = "resolve"
	MsgFire     = "fire"
	MsgOverride = "override"
	MsgUndo     = "undo"
	MsgSeat     = "seat"
	MsgReissue  = "reissue"
	MsgDeadline = "deadline"
	MsgPause    = "pause"
	MsgSkip     = "skip"
	MsgExtend   = "extend"
	MsgGetLog   = "get_log"
	MsgGetRep   = "get_report"
	MsgAnswer   = "answer"
	MsgGetFc    = "get_forecast"
	// server → client
	MsgWelcome  = "welcome"
	MsgSnapshot = "snapshot"
	MsgHistory  = "history"
	MsgPresence = "presence"
	MsgAck      = "ack"
	MsgReject   = "reject"
	MsgToken    = "token"
	MsgLog      = "log"
	MsgReport   = "report"
	MsgForecast = "forecast"
	MsgNotice   = "notice"
)

// Rejection codes.
const (
	RejBadMessage = "bad-message" // not a message of the protocol, or a field out of bounds
	RejVersion    = "version"     // a hello of another protocol version
	RejToken      = "token"       // no seat has this token
	RejRole       = "role"        // the seat may not do this
	RejTurn       = "turn"        // not the current turn
	RejSubmitted  = "submitted"   // the team has submitted this turn
	RejDeadline   = "deadline"    // the turn's deadline has passed
	RejOrder      = "order"       // an order the side may not give
	RejOver       = "over"        // the game is over
	RejRate       = "rate"        // too many messages
	RejState      = "state"       // the operation cannot be done now (nothing to undo, …)
)

// Notice codes: what a notice tells a seat (the white cell, unless said) unasked, when something
// goes wrong with the game itself (not with a message the seat sent, which a rejection answers).
const (
	// unsaved: the log could not be saved: why, and what is not in it. A team or observers'
	// seat that wrote an answer or a note the log does not hold is told only that its own
	// are not saved yet.
	NoticeUnsaved = "unsaved"
	// saved: the log is saved again after a save that failed (a team or observers' seat told
	// of its own: they are saved).
	NoticeSaved      = "saved"
	NoticeUnresolved = "unresolved" // the turn did not resolve (to a team whose orders are in, too)
	// thinking: the turn is resolving, and waits for the policies that play sides to choose
	// their orders (to the white cell alone); its changes to the game wait for it too.
	NoticeThinking = "thinking"
	// taken: another connection joined with the seat's link and plays the seat now; this one is
	// closed, and a client does not join again by itself (two would take the seat from each
	// other for good).
	NoticeTaken = "taken"
)

// encode returns m as JSON.
func encode(m *Message) []byte {
	b, err := json.Marshal(m)
	if err != nil {
		// Every field is plain data; a failure here is a bug, not input.
		panic("serve: encode: " + err.Error())
	}
	return b
}
