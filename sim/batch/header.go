package batch

import (
	"fmt"
	"strings"

	"ttx/sim"
)

// Format is the version of the rows file format: 2 added the checksum line at the end.
const Format = 2

// Header is the first line of a rows file: which games of which batch the file holds.
type Header struct {
	Type     string   `json:"type"` // "batch"
	Format   int      `json:"format"`
	Scenario string   `json:"scenario"`
	File     string   `json:"file"`
	Hash     string   `json:"hash"`
	Seed     uint64   `json:"seed"` // the base seed
	Runs     int      `json:"runs"` // games in the whole batch
	Shard    int      `json:"shard,omitempty"`
	Shards   int      `json:"shards,omitempty"` // 0: the file is the whole batch
	Policies []string `json:"policies"`
	MaxTurns int      `json:"max_turns,omitempty"`
	// OrdersHash is the SHA-256 of the orders file (--orders) the scripted sides played, if
	// any: the policies name the file, not what it held, and shards must play the same orders.
	OrdersHash string `json:"orders_hash,omitempty"`
	// Over holds, for each side that a --policy SIDE=POLICY played over the orders the orders
	// file has for it, that file as the command line named it (the side's policy is still
	// SIDE=POLICY): what the summary's first line says of it (PolicyLine), so that a merge of
	// the shards says it as the whole batch does.
	Over map[string]string `json:"over,omitempty"`
	// Labels are what people call the ids the rows name; readers that want only the numbers
	// skip them.
	Labels *Labels `json:"labels,omitempty"`
}

// Labels are the names, titles and labels of a scenario's ids, by kind and id: what people
// read beside the ids of a rows file's columns (score.SIDE, track.ACTOR.TRACK, fired.INJECT,
// vote.RESOLUTION) and outcomes.
type Labels struct {
	Sides       map[string]string `json:"sides,omitempty"`
	Actors      map[string]string `json:"actors,omitempty"`
	Tracks      map[string]string `json:"tracks,omitempty"`
	Injects     map[string]string `json:"injects,omitempty"`
	Resolutions map[string]string `json:"resolutions,omitempty"`
	Outcomes    map[string]string `json:"outcomes,omitempty"`
}

// LabelsOf returns the labels of sc's ids.
func LabelsOf(sc *sim.Scenario) *Labels {
	l := &Labels{Sides: map[string]string{}, Actors: map[string]string{}, Tracks: map[string]string{},
		Injects: map[string]string{}, Resolutions: map[string]string{}, Outcomes: map[string]string{}}
	for _, d := range sc.Sides {
		l.Sides[d.ID] = d.Name
	}
	for _, a := range sc.Actors {
		l.Actors[a.ID] = a.Name
	}
	for i := range sc.Tracks {
		l.Tracks[sc.Tracks[i].ID] = trackLabel(&sc.Tracks[i])
	}
	for _, in := range sc.Injects {
		l.Injects[in.ID] = in.Title
	}
	for _, r := range sc.Resolutions {
		l.Resolutions[r.ID] = r.Title
	}
	for _, o := range sc.Outcomes {
		l.Outcomes[o.ID] = o.Text
	}
	return l
}

// NewHeader returns the header of the rows of sp, played with the policies named.
func NewHeader(sp Spec, policies []string) Header {
	h := Header{Type: "batch", Format: Format, Scenario: sp.Scenario.ID, File: sp.Scenario.File,
		Hash: sp.Scenario.Hash, Seed: sp.Seed, Runs: sp.Runs, Policies: policies, MaxTurns: sp.MaxTurns,
		Labels: LabelsOf(sp.Scenario)}
	if sp.Shards > 1 {
		h.Shard, h.Shards = sp.Shard, sp.Shards
	}
	return h
}

// policyLine returns the policies of h as a summary's first line (Line) names them: SIDE=POLICY for
// each side, then "; SIDE: POLICY, not its orders in FILE" for each side played over its orders
// (Over), in the sides' order.
func (h Header) policyLine() string {
	var b strings.Builder
	b.WriteString(strings.Join(h.Policies, ", "))
	for _, p := range h.Policies {
		side, pol, _ := strings.Cut(p, "=")
		if f, ok := h.Over[side]; ok {
			fmt.Fprintf(&b, "; %s: %s, not its orders in %s", side, pol, f)
		}
	}
	return b.String()
}

// Line is the first line of a batch's or a merge's summary: the seed, the policies, and when
// the games were stopped early (--turns), the turn of sc they were stopped after.
func (h Header) Line(sc *sim.Scenario) string {
	line := fmt.Sprintf("seed %d; %s", h.Seed, h.policyLine())
	if h.MaxTurns > 0 && h.MaxTurns < sc.Turns {
		line += fmt.Sprintf("; each game stopped after %s %d of %d at the latest", strings.ToLower(sc.TurnLabel), h.MaxTurns, sc.Turns)
	}
	return line
}

// Games returns the game indices [lo, hi) the file holds.
func (h Header) Games() (lo, hi int) { return Range(h.Runs, h.Shard, h.Shards) }

// games says why the header's runs and shard name no games of a batch that Range can split,
// or "" when they do: runs from 0, and shard i/n with 0 ≤ i < n (or no shard).
func (h Header) games() string {
	switch {
	case h.Runs < 0:
		return fmt.Sprintf("runs %d: want 0 or more", h.Runs)
	case h.Shards < 0 || h.Shards == 0 && h.Shard != 0 || h.Shards > 0 && (h.Shard < 0 || h.Shard >= h.Shards):
		return fmt.Sprintf("shard %d/%d: want i/n with 0 <= i < n", h.Shard, h.Shards)
	}
	return ""
}

// Same reports why two headers are not of the same batch, or "" when they are.
func (h Header) Same(o Header) string {
	switch {
	case h.Scenario != o.Scenario || h.Hash != o.Hash:
		return fmt.Sprintf("scenario %s (%.12s) and %s (%.12s)", h.Scenario, h.Hash, o.Scenario, o.Hash)
	case h.Seed != o.Seed:
		return fmt.Sprintf("base seed %d and %d", h.Seed, o.Seed)
	case h.Runs != o.Runs:
		return fmt.Sprintf("%d and %d runs", h.Runs, o.Runs)
	case !samePolicies(h, o):
		return fmt.Sprintf("policies %v and %v", h.Policies, o.Policies)
	case h.MaxTurns != o.MaxTurns:
		return fmt.Sprintf("max turns %d and %d", h.MaxTurns, o.MaxTurns)
	case h.OrdersHash != o.OrdersHash:
		return fmt.Sprintf("orders files that differ (%.12s and %.12s)", orNone(h.OrdersHash), orNone(o.OrdersHash))
	}
	return ""
}

// samePolicies reports whether the policies of h and o are the same. A side played from an
// orders file is SIDE=orders:FILE, FILE as the command line gave it; when both headers hold the
// file's hash (OrdersHash, which Same compares), the name is not compared: orders.toml and
// ./orders.toml, or the file on two machines, are one file when they hold the same orders.
// Headers without the hash (rows files written before it) compare the names.
func samePolicies(h, o Header) bool {
	if len(h.Policies) != len(o.Policies) {
		return false
	}
	hashed := h.OrdersHash != "" && o.OrdersHash != ""
	for i, p := range h.Policies {
		q := o.Policies[i]
		if hashed {
			p, q = scriptedAs(p), scriptedAs(q)
		}
		if p != q {
			return false
		}
	}
	return true
}

// scriptedAs returns policy label p (SIDE=POLICY) without the file of an orders file's
// policy: SIDE=orders: for SIDE=orders:FILE, p itself for any other.
func scriptedAs(p string) string {
	side, pol, _ := strings.Cut(p, "=")
	if strings.HasPrefix(pol, "orders:") {
		return side + "=orders:"
	}
	return p
}

// Check reports whether the header fits scenario sc.
func (h Header) Check(sc *sim.Scenario) error {
	if h.Type != "batch" || h.Format != Format {
		return fmt.Errorf("not a ttx batch rows file of format %d", Format)
	}
	if h.Hash == "" {
		return fmt.Errorf("the rows name no scenario hash")
	}
	if h.Scenario != sc.ID || h.Hash != sc.Hash {
		return fmt.Errorf("rows are of scenario %s (%.12s), not of %s (%.12s)", h.Scenario, h.Hash, sc.ID, sc.Hash)
	}
	return nil
}

// orNone is hash, or "none" for a batch without an orders file.
func orNone(hash string) string {
	if hash == "" {
		return "none"
	}
	return hash
}
