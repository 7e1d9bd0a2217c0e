package sim

// Status is the state of an asset. Its value is also its symbol in Scenario.Syms.
type Status uint8

// Asset statuses.
const (
	Active Status = iota
	Exposed
	Seized
	Frozen
	Offline
	Compromised
)

// StatusNames are the names of the statuses, indexed by Status.
var StatusNames = []string{"active", "exposed", "seized", "frozen", "offline", "compromised"}

func (s Status) String() string { return StatusNames[s] }

// Phase is a step of adjudication; phases resolve in increasing order.
type Phase uint8

// The phases of a turn, in the order they resolve.
const (
	PhaseDefence Phase = iota
	PhaseOperations
	PhaseInvestigation
	PhaseFlows
	PhaseDiplomacy
	PhaseVotes
)

// PhaseNames are the names of the phases, indexed by Phase.
var PhaseNames = []string{"defence", "operations", "investigation", "flows", "diplomacy", "votes"}

func (p Phase) String() string { return PhaseNames[p] }

// Lookup returns the index of name in names, or -1.
func Lookup(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}
