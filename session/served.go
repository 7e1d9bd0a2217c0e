package session

import "ttx/sim/record"

// The optional abilities of an exercise: a window type-asserts them, so it stays ignorant of
// whether it drives a hot seat or a seat of a served exercise.

// SeatStatus is one seat of a served exercise as the white cell's presence panel lists it.
type SeatStatus struct {
	Seat   string // the seat's name: a side's id, "white", "observer" or "observer-SIDE"
	Role   string // "team", "white" or "observer"
	Online bool   // someone holds the seat now (observers: at least one)
	Ready  bool   // a team: its orders are in for the turn
	Drafts int    // a team: its draft orders so far (told to the white cell only)
	Count  int    // observers: how many are connected
	Policy string // a team played by a policy: the policy's name
}

// Seating is an exercise whose seats the white cell manages from its window: who is
// connected and ready, a seat's join link given anew, a side handed to a policy and back.
type Seating interface {
	// Seats returns every seat's status as last told, in the server's order.
	Seats() []SeatStatus
	// Reissue gives seat a new join link; the old one stops working. The link comes by Links.
	Reissue(seat string)
	// Links returns the links reissued so far, by seat (the latest of each).
	Links() map[string]string
	// SetSeat hands side sd to a policy ("random", "greedy", "search"), or back to its team
	// ("person").
	SetSeat(sd int, policy string)
}

// Players is an exercise that tells its seat who played the sides it may know of, for which
// turns, as the game's log says it (record.Players): a team its own side alone, the white cell
// every side. A window's after-action review names them, as the server's report does.
type Players interface {
	// Played returns who played side sd for which turns so far, and false when the seat is not
	// told of sd.
	Played(sd int) ([]record.Stretch, bool)
}

// File kinds a window may fetch.
const (
	FileLog    = "log"    // the order log (JSON Lines)
	FileReport = "report" // the seat's after-action report (HTML): a team's own handout
)

// File is a file fetched for the window to save.
type File struct {
	Kind string // FileLog or FileReport
	Name string // a file name for it, such as "campaign-log.jsonl"
	Data []byte
}

// Files is an exercise whose log and reports a window may fetch and save.
type Files interface {
	// Fetch asks for a file of kind (FileLog, FileReport); it comes by Fetched, or Problem
	// says why not.
	Fetch(kind string)
	// Fetched returns the files come so far, oldest first.
	Fetched() []File
}

// Share is one outcome's share of a forecast's rollouts.
type Share struct {
	Outcome string  `json:"outcome"` // a scenario outcome's id, a side's id, "draw" or "unfinished"
	Games   int     `json:"games"`
	P       float64 `json:"p"`  // the share of the rollouts
	Lo      float64 `json:"lo"` // its 95% Wilson interval
	Hi      float64 `json:"hi"`
}

// Forecast is a forecast of the rest of a game, as a seat of a served exercise is sent it.
type Forecast struct {
	Step   int     `json:"step"`   // the step of the game it starts from
	Games  int     `json:"games"`  // rollouts played
	Shares []Share `json:"shares"` // in the summary's order
}

// Forecasts is an exercise that forecasts the rest of the game for its seat, from the seat's
// own view only (the white cell's: the whole state).
type Forecasts interface {
	// CanForecast reports whether the seat may have forecasts: a server keeps them from a
	// team's seat unless its white cell turned team forecasts on.
	CanForecast() bool
	// AskForecast asks for the forecast from the current step, unless it has it, asked, or
	// may not have it.
	AskForecast()
	// Forecast returns the latest forecast come, and whether one has. A window reads it every
	// frame: a forecast's coming does not change Revision.
	Forecast() (Forecast, bool)
}

// Watcher is an exercise whose seat only watches: an observer, who reads its view and writes
// notes but gives no orders and runs nothing.
type Watcher interface {
	// ReadOnly reports whether the seat only watches.
	ReadOnly() bool
}
