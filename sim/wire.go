package sim

// Snapshot is a side's sight in plain data, as a server sends it to a seat and as the fog-of-war
// tests read it: every field of the state the side sees, its own results and the events it was
// shown. It holds no scenario (see SeatScenarioOf) and no history. Encode it with
// encoding/json.
type Snapshot struct {
	Side      int          `json:"side"`
	Turn      int          `json:"turn"`
	Over      bool         `json:"over"`
	Outcome   string       `json:"outcome,omitempty"`
	Tracks    []int64      `json:"tracks"`
	Status    []string     `json:"status"` // by name (StatusNames)
	Known     []uint64     `json:"known"`
	Traced    []uint64     `json:"traced"`
	Value     []int64      `json:"value"`
	Dirty     []int64      `json:"dirty"`
	Transit   []Transit    `json:"transit"`
	Flow      FlowTotals   `json:"flow"`
	Fired     []int        `json:"fired"`
	Truth     []bool       `json:"truth"`
	Incidents []Incident   `json:"incidents"`
	Learned   []Learned    `json:"learned"`
	Evidence  []Evidence   `json:"evidence"`
	Res       []ResState   `json:"res"`
	Scores    []float64    `json:"scores"`
	Step      Step         `json:"step"`
	Results   []WireResult `json:"results"`
	Events    []Event      `json:"events"`
	Seed      uint64       `json:"seed,omitempty"`
}

// WireResult is a result in plain data: the order, whether it succeeded, the reason's code and
// words, and the chance and roll when the side may know them.
type WireResult struct {
	Order  Order   `json:"order"`
	OK     bool    `json:"ok"`
	Code   string  `json:"code"`
	Why    string  `json:"why,omitempty"`
	Chance float64 `json:"chance"`
	Roll   float64 `json:"roll"`
}

// SnapshotOf returns the plain data of sight v.
func SnapshotOf(v *Sight) Snapshot {
	s := v.State
	out := Snapshot{Side: v.Side, Turn: s.Turn, Over: s.Over, Outcome: s.Outcome, Tracks: s.Tracks,
		Known: s.Known, Traced: s.Traced, Value: s.Value, Dirty: s.Dirty,
		Transit: s.Transit, Flow: s.Flow, Fired: s.Fired, Truth: s.Truth, Incidents: s.Incidents,
		Learned: s.Learned, Evidence: s.Evidence, Res: s.Res, Scores: s.Scores, Step: s.Step,
		Events: s.Events, Seed: s.Seed}
	out.Status = make([]string, len(s.Status))
	for i, st := range s.Status {
		out.Status[i] = st.String()
	}
	out.Results = []WireResult{}
	for _, r := range s.Results {
		w := WireResult{Order: r.Order, OK: r.OK, Code: r.Code(), Chance: r.Chance, Roll: r.Roll}
		if r.Reason != nil {
			w.Why = r.Reason.Error()
		}
		out.Results = append(out.Results, w)
	}
	// Empty lists are empty, never null: how a list came to be empty is not the side's to know.
	out.Transit, out.Incidents, out.Learned = nonNil(out.Transit), nonNil(out.Incidents), nonNil(out.Learned)
	out.Evidence, out.Events = nonNil(out.Evidence), nonNil(out.Events)
	out.Incidents = append([]Incident(nil), out.Incidents...)
	for i := range out.Incidents {
		inc := &out.Incidents[i]
		inc.Authors, inc.Victims, inc.Via, inc.Planted = nonNil(inc.Authors), nonNil(inc.Victims), nonNil(inc.Via), nonNil(inc.Planted)
	}
	out.Incidents = nonNil(out.Incidents)
	return out
}

// nonNil returns xs, or an empty slice for nil.
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
