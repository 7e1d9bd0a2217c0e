// Package record is the order log: the save file and the replay of a game. A log is JSON
// Lines: a header naming the scenario (id, file and hash) and the seed, then one entry per step
// (a turn's orders, an inject fired by hand, a track overridden), each with the checksum of the
// state after it, and no wall-clock time, so the same game always writes the same bytes. Entries
// that change nothing in the game follow the steps: observers' notes, the tables' answers, and
// who played a side for which turns when that changed during the game (seat entries, Players).
//
// Every line ends with a chain hash: the header's is the SHA-256 of its own bytes, each entry's
// the SHA-256 of the previous line's chain hash and its own bytes, and the header counts the
// entries. Read refuses a log in which any byte was changed, a line added, removed or moved,
// or an entry follows the end of the game, naming the line (see docs/logs.md).
package record

import (
	"fmt"

	"ttx/sim"
)

// Format is the version of the log format: 2 added the chain hashes and the count of entries.
const Format = 2

// FileMode is the permission a log file is written with: its owner's alone, since a log holds
// the seed, which decides every hidden truth and roll, and every side's orders.
const FileMode = 0o600

// Header is the first line of a log.
type Header struct {
	Type     string   `json:"type"` // "header"
	Format   int      `json:"format"`
	Scenario string   `json:"scenario"`
	Title    string   `json:"title"`
	File     string   `json:"file"`
	Hash     string   `json:"hash"` // SHA-256 of the scenario file
	Seed     uint64   `json:"seed"`
	Policies []string `json:"policies,omitempty"`
	// Entries is the number of entries after the header; Write sets it.
	Entries int `json:"entries"`
	// Chain is the header's chain hash; Write sets it, Read checks it.
	Chain string `json:"chain,omitempty"`
}

// EntryTypes are the types of the entries a log holds: the steps of the game (a turn's orders,
// an inject fired by hand, a track overridden), the entries that change nothing in it (an
// observer's note, a table's answer, who played a side), and the end. Read refuses any other;
// docs/logs.md has a row for each.
var EntryTypes = []string{"turn", "inject", "override", "seat", "note", "answer", "end"}

// Entry is one step of a game.
type Entry struct {
	Type    string      `json:"type"` // one of EntryTypes
	Turn    int         `json:"turn"`
	Orders  []sim.Order `json:"orders,omitempty"`
	Inject  string      `json:"inject,omitempty"`
	Actor   string      `json:"actor,omitempty"`
	Track   string      `json:"track,omitempty"`
	Value   int64       `json:"value,omitempty"`
	Outcome string      `json:"outcome,omitempty"`
	Scores  []float64   `json:"scores,omitempty"`
	// Note is an observer's note (type "note"); Turn is the turn it was taken in and Inject
	// the id of the inject it is about, if any.
	Note string `json:"note,omitempty"`
	// Category is what kind of observation a note is (Categories), Tags the capabilities or
	// objectives it concerns, Author who wrote it, Action the corrective action it proposes.
	Category string   `json:"category,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Author   string   `json:"author,omitempty"`
	Action   string   `json:"action,omitempty"`
	// Key is what a served note's client named it by (type "note"; "": none): a note sent again
	// with the key of one its author already wrote is that note, and is not added again, also
	// by a server resumed from the log.
	Key string `json:"key,omitempty"`
	// Side, Question and Answer are a table's answer (type "answer") to a key question (a
	// question's id, or INJECT#N for an inject's N-th question) asked in Turn.
	Side     string `json:"side,omitempty"`
	Question string `json:"question,omitempty"`
	Answer   string `json:"answer,omitempty"`
	// Player is who played Side from Turn on (type "seat"): a policy's name, orders:FILE or
	// SeatPerson; see Players.
	Player   string `json:"player,omitempty"`
	Checksum string `json:"checksum,omitempty"`
	// Chain is the entry's chain hash; Write sets it, Read checks it. It must stay the last
	// field: the chain covers the line's bytes before it.
	Chain string `json:"chain,omitempty"`
}

// Log is a header and its entries.
type Log struct {
	Header  Header
	Entries []Entry
}

// NewHeader returns the header of a game of sc with seed.
func NewHeader(sc *sim.Scenario, seed uint64, policies []string) Header {
	return Header{Type: "header", Format: Format, Scenario: sc.ID, Title: sc.Title, File: sc.File,
		Hash: sc.Hash, Seed: seed, Policies: policies}
}

// Sum formats a state's checksum as it appears in logs.
func Sum(s *sim.State) string { return fmt.Sprintf("%016x", sim.Checksum(s)) }

// Of returns the log of the game that led to s.
func Of(h Header, s *sim.State) *Log {
	l := &Log{Header: h}
	hist := s.History()
	sc := s.Sc
	for _, p := range hist[1:] {
		e := Entry{Turn: p.Prev.Turn, Checksum: Sum(p)}
		switch p.Step.Kind {
		case sim.StepTurn:
			e.Type = "turn"
			for _, r := range p.Results {
				e.Orders = append(e.Orders, r.Order)
			}
		case sim.StepInject:
			e.Type, e.Inject = "inject", sc.Injects[p.Step.Inject].ID
		case sim.StepOverride:
			e.Type = "override"
			e.Actor, e.Track = sc.Actors[p.Step.Actor].ID, sc.Tracks[p.Step.Track].ID
			e.Value = p.Step.Value
		}
		l.Entries = append(l.Entries, e)
	}
	if s.Over {
		l.Entries = append(l.Entries, Entry{Type: "end", Turn: s.Turn, Outcome: s.Outcome,
			Scores: s.Scores, Checksum: Sum(s)})
	}
	return l
}

// Categories are the kinds of observation a note may be, after HSEEP's data collection: a
// strength, an area for improvement, and the gaps, interdependencies, friction and support
// thresholds that discussion exercises look for.
var Categories = []string{"strength", "improvement", "gap", "interdependency", "friction", "support"}

// CategoryNames are the categories as a report heads them.
var CategoryNames = map[string]string{"strength": "Strength", "improvement": "Area for improvement",
	"gap": "Gap", "interdependency": "Interdependency", "friction": "Friction", "support": "Support threshold"}

// AddNote adds an observer's note taken during turn, about inject (an inject id, or ""). Notes
// keep the order they are added in, before the end entry if there is one.
func (l *Log) AddNote(turn int, inject, text string) {
	l.AddObservation(Entry{Turn: turn, Inject: inject, Note: text})
}

// AddObservation adds a note with its category, tags, author and action (e's Turn, Inject,
// Note and those), as AddNote does.
func (l *Log) AddObservation(e Entry) {
	e.Type = "note"
	l.insert(e)
}

// insert adds e before the end entry, if there is one.
func (l *Log) insert(e Entry) {
	n := len(l.Entries)
	if n > 0 && l.Entries[n-1].Type == "end" {
		end := l.Entries[n-1]
		l.Entries = append(l.Entries[:n-1], e, end)
		return
	}
	l.Entries = append(l.Entries, e)
}

// AddAnswer adds side's answer to question, asked in turn, as AddNote adds a note.
func (l *Log) AddAnswer(turn int, side, question, text string) {
	l.insert(Entry{Type: "answer", Turn: turn, Side: side, Question: question, Answer: text})
}

// Answers returns the log's answers in the order they were written.
func (l *Log) Answers() []Entry { return l.ofType("answer") }

// Notes returns the log's observer notes in the order they were written.
func (l *Log) Notes() []Entry { return l.ofType("note") }

// ofType returns the log's entries of type typ in the order they were written.
func (l *Log) ofType(typ string) []Entry {
	var es []Entry
	for _, e := range l.Entries {
		if e.Type == typ {
			es = append(es, e)
		}
	}
	return es
}
