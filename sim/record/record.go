// Package record is the order log: the save file and the replay of a game. A log is JSON
// Lines: a header naming the scenario (id, file and hash) and the seed, then one entry per step
// (a turn's orders, an inject fired by hand, a track overridden), each with the checksum of the
// state after it, and no wall-clock time, so the same game always writes the same bytes.
package record

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"ttx/sim"
)

// Format is the version of the log format.
const Format = 1

// Header is the first line of a log.
type Header struct {
	Type     string   `json:"type"` // "header"
	Format   int      `json:"format"`
	Scenario string   `json:"scenario"`
	Title    string   `json:"title"`
	File     string   `json:"file"`
	Hash     string   `json:"hash"`
	Seed     uint64   `json:"seed"`
	Policies []string `json:"policies,omitempty"`
}

// Entry is one step of a game.
type Entry struct {
	Type    string      `json:"type"` // "turn", "inject", "override", "end" or "note"
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
	Note     string `json:"note,omitempty"`
	Checksum string `json:"checksum,omitempty"`
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

// AddNote adds an observer's note taken during turn, about inject (an inject id, or ""). Notes
// keep the order they are added in, before the end entry if there is one.
func (l *Log) AddNote(turn int, inject, text string) {
	e := Entry{Type: "note", Turn: turn, Inject: inject, Note: text}
	n := len(l.Entries)
	if n > 0 && l.Entries[n-1].Type == "end" {
		end := l.Entries[n-1]
		l.Entries = append(l.Entries[:n-1], e, end)
		return
	}
	l.Entries = append(l.Entries, e)
}

// Notes returns the log's observer notes in the order they were written.
func (l *Log) Notes() []Entry {
	var ns []Entry
	for _, e := range l.Entries {
		if e.Type == "note" {
			ns = append(ns, e)
		}
	}
	return ns
}

// Write writes the log as JSON Lines.
func (l *Log) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	if err := enc.Encode(l.Header); err != nil {
		return err
	}
	for i := range l.Entries {
		if err := enc.Encode(&l.Entries[i]); err != nil {
			return err
		}
	}
	return nil
}

// Read reads a log written by Write.
func Read(r io.Reader) (*Log, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	l := &Log{}
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		if n == 1 {
			if err := json.Unmarshal(line, &l.Header); err != nil || l.Header.Type != "header" {
				return nil, fmt.Errorf("line 1: not a ttx log header")
			}
			if l.Header.Format != Format {
				return nil, fmt.Errorf("line 1: log format %d, this ttx reads %d", l.Header.Format, Format)
			}
			continue
		}
		var e Entry
		if err := json.Unmarshal(line, &e); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		switch e.Type {
		case "turn", "inject", "override", "end", "note":
		default:
			return nil, fmt.Errorf("line %d: unknown entry type %q", n, e.Type)
		}
		l.Entries = append(l.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("empty log")
	}
	return l, nil
}

// Divergence is where a replay first differs from its log.
type Divergence struct {
	Entry     int // index of the entry, from 0
	Turn      int
	Want, Got string
	Why       string
}

func (d *Divergence) Error() string {
	if d.Why != "" {
		return fmt.Sprintf("entry %d (turn %d): %s", d.Entry+1, d.Turn, d.Why)
	}
	return fmt.Sprintf("entry %d (turn %d): checksum %s in the log, %s on replay", d.Entry+1, d.Turn, d.Want, d.Got)
}

// Replay re-runs a log against its scenario and returns the final state, or the first
// divergence. A log for another scenario file (by hash) diverges before the first entry. Notes
// are skipped.
func Replay(sc *sim.Scenario, l *Log) (*sim.State, *Divergence) {
	if l.Header.Hash != "" && l.Header.Hash != sc.Hash {
		return nil, &Divergence{Entry: -1, Why: "the scenario file differs from the one the log was written with (hash " + short(l.Header.Hash) + ", file has " + short(sc.Hash) + ")"}
	}
	s := sim.New(sc, l.Header.Seed)
	for i, e := range l.Entries {
		switch e.Type {
		case "note":
			continue
		case "turn":
			s = sim.Resolve(s, e.Orders)
		case "inject":
			in := sc.Inject(e.Inject)
			if in < 0 {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "unknown inject " + strconv.Quote(e.Inject)}
			}
			s = sim.Fire(s, in)
		case "override":
			a, t := sc.Actor(e.Actor), sc.Track(e.Track)
			if a < 0 || t < 0 {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "unknown actor or track in override"}
			}
			s = sim.Override(s, a, t, e.Value)
		case "end":
			if !s.Over {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: "the log says the game ended, the replay goes on"}
			}
			if e.Outcome != s.Outcome {
				return s, &Divergence{Entry: i, Turn: e.Turn, Why: fmt.Sprintf("outcome %q in the log, %q on replay", e.Outcome, s.Outcome)}
			}
		}
		if got := Sum(s); got != e.Checksum {
			return s, &Divergence{Entry: i, Turn: e.Turn, Want: e.Checksum, Got: got}
		}
	}
	return s, nil
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
